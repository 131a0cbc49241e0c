import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadAverage, measureProcess } from './measure-process.mjs';
import { gzipBytes, kb, recordResponses } from './page-weight.mjs';
import { withPage, withPreviewServer } from './server.mjs';
import { findCorpusRoot } from '../corpus-root.mjs';

// Found as the corpus tests find it: CORPUS_ROOT, beside this checkout, or beside the repository it was cloned from.
const { root: found, tried } = findCorpusRoot();
const CORPUS = found ?? tried[0];
const OUT = 'dist-corpus';
const CACHE = 'node_modules/.astro-docs-root';
const BUDGET_KB = 20;
/** Three real pages: the howto with the simulator below the fold, a page with tabs, and a long plain page. */
const PAGES = [
  '/no/erp/admin/update-connection/',
  '/no/learn/basics/notifications/',
  '/no/learn/getting-started/main-screen/navigator/',
];

/** Runs `astro build` on the corpus; resolves with wall and CPU time, peak memory of the process tree and the log. */
function build() {
  return measureProcess(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: { DOCS_ROOT: CORPUS, SITE_OUT_DIR: OUT },
    label: 'The corpus build',
  });
}

function htmlFiles(folder, out = []) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) htmlFiles(path, out);
    else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out;
}

/** Every page of the build, weighed as sent: its HTML and stylesheets (gzip), and whether it loads a script file. */
function weighAll() {
  const css = new Map();
  const pages = htmlFiles(resolve(OUT))
    .map((path) => ({ path, html: readFileSync(path) }))
    .filter(({ html }) => html.includes('<article'))
    .map(({ path, html }) => {
      const text = html.toString();
      let bytes = gzipBytes(html);
      for (const [, href] of text.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)) {
        if (!css.has(href)) css.set(href, gzipBytes(readFileSync(join(OUT, href))));
        bytes += css.get(href);
      }
      const scripts = [...text.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].length;
      return {
        route: `/${path.slice(resolve(OUT).length + 1).replace(/index\.html$/, '')}`,
        bytes,
        scripts,
        tabs: text.includes('data-tabs=""'),
      };
    });
  return pages;
}

/** `npm run bench -- corpus`: the build of SuperOffice's real help, cold and warm, and what its pages weigh. */
export async function measureCorpus() {
  if (!existsSync(resolve(CORPUS, 'docs.json'))) {
    console.log(`\nCorpus bench skipped: no docs root at ${tried.join(' or ')} (set CORPUS_ROOT)`);
    return;
  }
  console.log(`\nBuilding the corpus (${CORPUS}) from a cold cache, then again with nothing changed …`);
  // Wall time depends on what else the machine runs; the load average says how busy it was.
  console.log(`  load average before: ${loadAverage()}`);
  rmSync(CACHE, { recursive: true, force: true });
  rmSync(OUT, { recursive: true, force: true });
  const cold = await build();
  const warm = await build();
  const line = /(\d+) pages from .* \((\d+) rendered/.exec(cold.log);
  const redirects = /(\d+) redirect pages/.exec(readFileSync('docs-root-report.md', 'utf8'))?.[1];
  const indexed = /indexed (\d+) pages/.exec(cold.log)?.[1];
  console.table({
    'cold build (s)': cold.seconds.toFixed(1),
    'cold build, CPU time (s)': cold.cpu.toFixed(1),
    'warm build (s)': warm.seconds.toFixed(1),
    'warm build, CPU time (s)': warm.cpu.toFixed(1),
    'peak memory, cold (MB)': (cold.peak / 1024 / 1024).toFixed(0),
    'peak memory, warm (MB)': (warm.peak / 1024 / 1024).toFixed(0),
    'docs-root pages': line?.[1],
    'redirect pages': redirects,
    'pages in the search index': indexed,
  });
  console.log(
    `targets: 555 pages under 30 s including search -> ${cold.seconds.toFixed(1)} s; peak memory under 1.5 GB -> ${(cold.peak / 1024 ** 3).toFixed(2)} GB`,
  );

  const all = weighAll();
  const heaviest = [...all].sort((a, b) => b.bytes - a.bytes).slice(0, 3);
  const over = all.filter((p) => p.bytes > BUDGET_KB * 1024);
  const scripted = all.filter((p) => p.scripts > 0 && !p.tabs);
  console.log(`\nEvery page of the corpus build (${all.length}), HTML and CSS as sent (gzip):`);
  console.log(`  heaviest: ${heaviest.map((p) => `${p.route} ${kb(p.bytes)}`).join(', ')}`);
  console.log(
    `  over ${BUDGET_KB} KB: ${over.length}; loading a script file in the HTML, tabs excepted: ${scripted.length}`,
  );

  await withPreviewServer(
    async (baseURL) => {
      const rows = {};
      for (const route of PAGES) {
        const loaded = await withPage((page) => recordResponses(page, (p) => p.goto(baseURL + route)));
        const sum = (kind) => loaded.filter((r) => r.kind === kind).reduce((t, r) => t + r.gzip, 0);
        const total = sum('html') + sum('css') + sum('js');
        rows[route] = {
          HTML: kb(sum('html')),
          CSS: kb(sum('css')),
          JS: kb(sum('js')),
          'JS files': loaded.filter((r) => r.kind === 'js').length,
          total: kb(total),
          images: kb(sum('other')),
        };
      }
      console.log('\nPage weight of three real pages before any scrolling (gzip, as the browser loads them)');
      console.table(rows);
    },
    { env: { SITE_OUT_DIR: OUT }, port: Number(process.env.BENCH_PORT ?? 4323) + 1 },
  );
}
