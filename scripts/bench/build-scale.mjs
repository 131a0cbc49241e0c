import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { writeGeneratedDocsRoot } from './generated-docs-root.mjs';
import { loadAverage, mb, measureProcess } from './measure-process.mjs';
import { bareDir, installStarlight, STARLIGHT_DIR, writeBareProject, writeStarlightProject } from './starlight.mjs';

const WORK = join(tmpdir(), 'erp-hjelp-bench-scale');
/** The docs-root build's cache: removed before each build, so every figure is a first (cold) build. */
const CACHE = 'node_modules/.astro-docs-root';

/**
 * Page counts, runs, the time limit of one build and another checkout of this site to compare with, from
 * `--pages=100,500` / `--runs=3` / `--timeout=600` / `--baseline=../old-checkout`, or BENCH_PAGES / BENCH_RUNS /
 * BENCH_TIMEOUT / BENCH_BASELINE. BENCH_LOGS=folder keeps what each build printed.
 */
export function scaleOptions(args, env = process.env) {
  const flag = (name) => args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
  const pages = (flag('pages') ?? env.BENCH_PAGES ?? '100,500')
    .split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  const runs = Math.max(1, Number(flag('runs') ?? env.BENCH_RUNS ?? 1) || 1);
  const timeout = Math.max(1, Number(flag('timeout') ?? env.BENCH_TIMEOUT ?? 600) || 600);
  const baseline = flag('baseline') ?? env.BENCH_BASELINE;
  return { pages, runs, timeout, baseline: baseline ? resolve(baseline) : undefined };
}

/** Runs `astro build` in `cwd` with the Astro installed in `project`, measured, stopped after `timeout` seconds. */
function astroBuild(project, cwd, env, label, timeout) {
  return measureProcess(process.execPath, [join(project, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd,
    env,
    label,
    timeoutSeconds: timeout,
  });
}

/** The three builds of `count` copies of the seed page, each from a cold cache. */
const builds = {
  /** This site, the copies as a generated docs root (DOCS_ROOT). */
  ours(count, timeout) {
    const root = writeGeneratedDocsRoot(join(WORK, `docs-root-${count}`), count);
    const out = join(WORK, `out-${count}`);
    rmSync(CACHE, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
    return astroBuild(
      resolve('.'),
      resolve('.'),
      { DOCS_ROOT: root, SITE_OUT_DIR: out },
      `The ${count}-page build`,
      timeout,
    );
  },
  /** Astro Starlight, the same copies as MDX with its own callout component. */
  starlight(count, timeout) {
    writeStarlightProject(count);
    for (const folder of ['node_modules/.astro', '.astro', 'dist']) {
      rmSync(join(STARLIGHT_DIR, folder), { recursive: true, force: true });
    }
    return astroBuild(STARLIGHT_DIR, STARLIGHT_DIR, {}, `Starlight's ${count}-page build`, timeout);
  },
  /** Astro alone: the same copies as MDX pages with an empty plugin set and a bare layout, with either parser. */
  bare(count, timeout, parser = 'unified') {
    writeBareProject(count, parser);
    const dir = bareDir(parser);
    for (const folder of ['node_modules/.astro', '.astro', 'dist']) {
      rmSync(join(dir, folder), { recursive: true, force: true });
    }
    return astroBuild(STARLIGHT_DIR, dir, {}, `Astro's ${count}-page build (${parser})`, timeout);
  },
};

/** The best of several builds of one kind: least wall and CPU time; the highest peak memory seen. */
function best(results) {
  return {
    seconds: Math.min(...results.map((r) => r.seconds)),
    cpu: Math.min(...results.map((r) => r.cpu)),
    peak: Math.max(...results.map((r) => r.peak)),
    timedOut: results.every((r) => r.timedOut),
    // Astro logs each page it writes; a build that was stopped shows how far it got.
    written: Math.max(...results.map((r) => (r.log.match(/index\.html/g) ?? []).length)),
  };
}

/**
 * Runs each kind of build `runs` times, taking turns (baseline, this site, Starlight, Astro alone, then again), so
 * a change in the machine's load falls on every kind alike; returns the best of each kind.
 */
async function inTurns(runs, kinds, logs) {
  const results = new Map(kinds.map(([name]) => [name, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, build] of kinds) {
      const result = await build();
      results.get(name).push(result);
      if (logs) writeFileSync(`${logs}-${name}-${i + 1}.log`, result.log);
    }
  }
  return new Map([...results].map(([name, list]) => [name, best(list)]));
}

/** A build's time for the table: seconds, or how far it got when it was stopped. */
const seconds = (result, count) =>
  result.timedOut
    ? `> ${result.seconds.toFixed(0)} (stopped, ${result.written} of ${count} pages)`
    : result.seconds.toFixed(1);
const ratio = (a, b) => (b && !a.timedOut && !b.timedOut ? (a.seconds / b.seconds).toFixed(2) : '–');
const memoryRatio = (a, b) => (b && !b.timedOut ? (a.peak / b.peak).toFixed(2) : '–');

/**
 * `npm run bench -- scale`: N copies of the seed page built as a docs root (DOCS_ROOT) by this site and, in the same
 * run, as MDX pages by Astro Starlight (installed into a project of its own under the temp folder when npm can
 * fetch it) and by Astro alone with an empty plugin set, each from a cold cache. Prints wall time, CPU time and
 * peak memory of each and this site's ratios to Starlight.
 */
export async function measureScale(args) {
  const { pages, runs, timeout, baseline } = scaleOptions(args);
  console.log(`\nBuild at scale: N copies of the seed page, this site (DOCS_ROOT) against Astro Starlight`);
  console.log(
    `  pages: ${pages.join(', ')}; best of ${runs} run(s) of each, taking turns, each stopped after ${timeout} s; ` +
      `load average before: ${loadAverage()}`,
  );
  const missing = installStarlight();
  if (missing) console.log(`  Astro Starlight could not be installed, so only this site is measured: ${missing}`);
  const rows = {};
  for (const count of pages) {
    const kinds = [
      ...(baseline ? [['before', () => builds.ours(count, timeout, baseline)]] : []),
      ['ours', () => builds.ours(count, timeout)],
      ...(missing
        ? []
        : [
            ['starlight', () => builds.starlight(count, timeout)],
            ['bare', () => builds.bare(count, timeout)],
            ['bare-satteri', () => builds.bare(count, timeout, 'satteri')],
          ]),
    ];
    const logs = process.env.BENCH_LOGS && join(resolve(process.env.BENCH_LOGS), `${count}`);
    if (logs) mkdirSync(dirname(logs), { recursive: true });
    const results = await inTurns(runs, kinds, logs);
    const [before, ours, starlight, bare, bareSatteri] = ['before', 'ours', 'starlight', 'bare', 'bare-satteri'].map(
      (name) => results.get(name),
    );
    const row = (name, result) => {
      rows[`${count} pages, ${name}`] = {
        'wall (s)': seconds(result, count),
        'CPU (s)': result.timedOut ? '–' : result.cpu.toFixed(1),
        'peak memory (MB)': mb(result.peak),
      };
    };
    if (before) row(`baseline (${baseline})`, before);
    row('this site', ours);
    if (starlight) row('Starlight', starlight);
    if (bare) row('Astro alone, unified', bare);
    if (bareSatteri) row('Astro alone, Sätteri', bareSatteri);
    console.log(
      `  ${count} pages: this site ${seconds(ours, count)} s, ${mb(ours.peak)} MB` +
        (starlight
          ? `; Starlight ${seconds(starlight, count)} s, ${mb(starlight.peak)} MB; ` +
            `time ratio ${ratio(ours, starlight)}, memory ratio ${memoryRatio(ours, starlight)}`
          : ''),
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
