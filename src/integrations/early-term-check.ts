import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import type { Finding } from '../localization/terms/finding.ts';
import { setEarlyTermCheck } from '../localization/terms/early-check.ts';

/**
 * Starts the review page's term check (/oversettelse/) in a worker thread as soon as `astro build` starts. It reads
 * every page of the site and of the docs root, which on a big docs root takes as long as rendering them; in a
 * thread of its own it runs beside the content sync on the second core instead of holding up the pages after it.
 * Only a speed-up: the review page checks the site itself if the thread fails.
 */
export function earlyTermCheckIntegration(root = '.'): AstroIntegration {
  let worker: Worker | undefined;
  return {
    name: 'early-term-check',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        const thread = new Worker(new URL('../localization/terms/check-site-worker.ts', import.meta.url), {
          workerData: { root },
          // A small young generation: the check makes much short-lived garbage (a syntax tree per page), and with
          // V8's default the thread's memory grows by 150 MB more for the same CPU time.
          resourceLimits: { maxYoungGenerationSizeMb: 16 },
        });
        worker = thread;
        const findings = new Promise<Finding[] | undefined>((done) => {
          thread.once('message', (result: Finding[] | undefined) => done(result));
          thread.once('error', () => done(undefined));
          thread.once('exit', () => done(undefined));
        });
        setEarlyTermCheck(root, findings);
      },
      'astro:build:done': async () => {
        await worker?.terminate();
      },
    },
  };
}
