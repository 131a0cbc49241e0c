import { withPage } from './server.mjs';

const KEYSTROKES = 120;
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/**
 * Keystroke-to-paint latency in the dialog's Navn field: from keydown to the frame after React has rendered
 * (requestAnimationFrame, then a task, which runs after that frame is painted). Headless Chromium on this machine.
 */
export async function measureLatency(baseURL) {
  const samples = await withPage(async (page) => {
    await page.goto(`${baseURL}/simulator/?situasjon=felt-last`);
    const name = page.getByRole('dialog', { name: 'Konfigurer ERP-kobling' }).getByRole('textbox', { name: 'Navn', exact: true });
    await name.waitFor();
    await name.evaluate((input) => {
      window.__latency = [];
      input.addEventListener('keydown', () => {
        const start = performance.now();
        requestAnimationFrame(() => setTimeout(() => window.__latency.push(performance.now() - start), 0));
      });
    });
    await name.focus();
    await page.keyboard.press('End');
    for (let i = 0; i < KEYSTROKES; i++) {
      await page.keyboard.press(i % 10 === 9 ? 'Backspace' : 'a');
    }
    await page.waitForTimeout(100);
    return page.evaluate(() => window.__latency);
  });
  const sorted = [...samples].sort((a, b) => a - b);
  const p50 = percentile(sorted, 50);
  const p95 = percentile(sorted, 95);
  console.log(`\nKeystroke-to-paint latency in Konfigurer ERP-kobling (${sorted.length} keystrokes, headless Chromium)`);
  console.log(`  p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms (budget p95 < 16 ms: ${p95 < 16 ? 'within budget' : 'OVER BUDGET'})`);
}
