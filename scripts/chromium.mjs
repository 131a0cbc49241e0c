import { existsSync } from 'node:fs';

/**
 * How to start a browser here. Playwright cannot download its own browser on these machines, so tests and
 * benchmarks drive Debian's Chromium when it is installed and fall back to Playwright's own elsewhere.
 */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export const chromiumLaunchOptions = existsSync(DEBIAN_CHROMIUM)
  ? {
      executablePath: DEBIAN_CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    }
  : {};
