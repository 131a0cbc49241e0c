// `npm run bench`: prints the figures the issues budget. Numbers are reported, not asserted: the tests assert
// behaviour, this script measures. Each part can run alone: `npm run bench -- weight build island latency store
// scale corpus`; `scale` takes `--pages=100,500,5000` and `--runs=3` (or BENCH_PAGES, BENCH_RUNS).
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { measureBuildTimes } from './bench/build-time.mjs';
import { measurePageWeight } from './bench/page-weight.mjs';
import { measureIsland } from './bench/island.mjs';
import { measureLatency } from './bench/latency.mjs';
import { measureStore } from './bench/store.mjs';
import { withPreviewServer } from './bench/server.mjs';
import { measureCorpus } from './bench/corpus.mjs';
import { measureScale } from './bench/build-scale.mjs';

const args = process.argv.slice(2);
const parts = args.filter((arg) => !arg.startsWith('--'));
const wants = (name) => parts.length === 0 || parts.includes(name);

const started = performance.now();
if (wants('weight') || wants('island') || wants('latency')) {
  console.log('Building the site once for the page measurements …');
  execFileSync('npx', ['astro', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  await withPreviewServer(async (baseURL) => {
    if (wants('weight')) await measurePageWeight(baseURL);
    if (wants('island')) await measureIsland(baseURL);
    if (wants('latency')) await measureLatency(baseURL);
  });
}
if (wants('store')) await measureStore();
if (wants('build')) await measureBuildTimes([0, 10, 100, 1000]);
if (wants('scale')) await measureScale(args);
if (wants('corpus')) await measureCorpus();
console.log(`\nbench finished in ${((performance.now() - started) / 1000).toFixed(1)} s`);
