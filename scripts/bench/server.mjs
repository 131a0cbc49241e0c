import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../chromium.mjs';

// BENCH_PORT lets several checkouts measure side by side without one measuring another's server.
const PORT = Number(process.env.BENCH_PORT ?? 4323);

/**
 * Serves dist/ (or the `SITE_OUT_DIR` in `env`) with `astro preview` for the duration of `work(baseURL)`.
 */
export async function withPreviewServer(work, { env = {}, port = PORT } = {}) {
  const server = spawn('npx', ['astro', 'preview', '--port', String(port), '--ignore-lock'], {
    stdio: 'ignore',
    detached: true,
    env: { ...process.env, ...env },
  });
  const baseURL = `http://localhost:${port}`;
  try {
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`${baseURL}/`)).ok) break;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    await work(baseURL);
  } finally {
    process.kill(-server.pid, 'SIGTERM');
  }
}

/** A fresh headless Chromium page for `work(page)`. */
export async function withPage(work, viewport = { width: 1280, height: 800 }) {
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage({ viewport });
    return await work(page);
  } finally {
    await browser.close();
  }
}
