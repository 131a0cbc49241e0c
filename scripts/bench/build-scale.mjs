import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeGeneratedDocsRoot } from './generated-docs-root.mjs';
import { loadAverage, mb, measureProcess } from './measure-process.mjs';
import { installStarlight, STARLIGHT_DIR, writeStarlightProject } from './starlight.mjs';

const WORK = join(tmpdir(), 'erp-hjelp-bench-scale');
/** The docs-root build's cache: removed before each build, so every figure is a first (cold) build. */
const CACHE = 'node_modules/.astro-docs-root';

/** Page counts and runs from `--pages=100,500` / `--runs=3`, or BENCH_PAGES / BENCH_RUNS. */
export function scaleOptions(args, env = process.env) {
  const flag = (name) => args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
  const pages = (flag('pages') ?? env.BENCH_PAGES ?? '100,500')
    .split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  const runs = Math.max(1, Number(flag('runs') ?? env.BENCH_RUNS ?? 1) || 1);
  return { pages, runs };
}

/** This site built from a generated docs root of `count` pages, cold. */
async function buildOurs(count) {
  const root = writeGeneratedDocsRoot(join(WORK, `docs-root-${count}`), count);
  const out = join(WORK, `out-${count}`);
  rmSync(CACHE, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
  return measureProcess(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: { DOCS_ROOT: root, SITE_OUT_DIR: out },
    label: `The ${count}-page build`,
  });
}

/** Starlight building the same pages, cold (its cache and output removed first). */
function buildStarlight(count) {
  writeStarlightProject(count);
  for (const folder of ['node_modules/.astro', '.astro', 'dist']) {
    rmSync(join(STARLIGHT_DIR, folder), { recursive: true, force: true });
  }
  return measureProcess(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: STARLIGHT_DIR,
    label: `Starlight's ${count}-page build`,
  });
}

/** The best of `runs` builds: least wall and CPU time; the highest peak memory seen. */
async function best(runs, build) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await build());
  return {
    seconds: Math.min(...results.map((r) => r.seconds)),
    cpu: Math.min(...results.map((r) => r.cpu)),
    peak: Math.max(...results.map((r) => r.peak)),
  };
}

const ratio = (a, b) => (b ? (a / b).toFixed(2) : '–');

/**
 * `npm run bench -- scale`: N copies of the seed page built as a docs root (DOCS_ROOT) by this site and, in the same
 * run, as MDX pages by Astro Starlight (installed into a project of its own under the temp folder when npm can
 * fetch it), each from a cold cache. Prints wall time, CPU time and peak memory of both and their ratios.
 */
export async function measureScale(args) {
  const { pages, runs } = scaleOptions(args);
  console.log(`\nBuild at scale: N copies of the seed page, this site (DOCS_ROOT) against Astro Starlight`);
  console.log(`  pages: ${pages.join(', ')}; best of ${runs} run(s) each; load average before: ${loadAverage()}`);
  const missing = installStarlight();
  if (missing) console.log(`  Astro Starlight could not be installed, so only this site is measured: ${missing}`);
  const rows = {};
  for (const count of pages) {
    const ours = await best(runs, () => buildOurs(count));
    const starlight = missing ? undefined : await best(runs, () => buildStarlight(count));
    rows[`${count} pages`] = {
      'ours (s)': ours.seconds.toFixed(1),
      'ours CPU (s)': ours.cpu.toFixed(1),
      'ours peak (MB)': mb(ours.peak),
      'Starlight (s)': starlight?.seconds.toFixed(1) ?? '–',
      'Starlight CPU (s)': starlight?.cpu.toFixed(1) ?? '–',
      'Starlight peak (MB)': starlight ? mb(starlight.peak) : '–',
      'time ratio': ratio(ours.seconds, starlight?.seconds),
      'CPU ratio': ratio(ours.cpu, starlight?.cpu),
      'memory ratio': ratio(ours.peak, starlight?.peak),
    };
    console.log(
      `  ${count} pages: ours ${ours.seconds.toFixed(1)} s, ${mb(ours.peak)} MB` +
        (starlight ? `; Starlight ${starlight.seconds.toFixed(1)} s, ${mb(starlight.peak)} MB` : ''),
    );
  }
  console.table(rows);
  console.log(`  load average after: ${loadAverage()}`);
  console.log(
    '  targets: 500 pages at most 0.8 x Starlight in time and 1.0 x in memory; 5000 pages under 60 s and 2 GB' +
      ' (BENCH_PAGES=100,500,5000)',
  );
  rmSync(resolve(WORK), { recursive: true, force: true });
}
