import type { AstroIntegration } from 'astro';
import { formatTimings, takeTimings, timingsEnabled } from '../markdown/timings.ts';

/**
 * With `BUILD_TIMINGS=1`, prints how long each remark and rehype plugin and each timed build step took, summed
 * over the pages, when the build is done (the docs-root loader prints its own share when it finishes). The
 * performance section of the README was measured with it.
 */
export function buildTimingsIntegration(): AstroIntegration {
  return {
    name: 'build-timings',
    hooks: {
      'astro:build:done': ({ logger }) => {
        if (!timingsEnabled()) return;
        logger.info(`build steps, summed over pages:\n${formatTimings(takeTimings()).join('\n')}`);
      },
    },
  };
}
