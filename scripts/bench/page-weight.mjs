import { gzipSync } from 'node:zlib';
import { withPage } from './server.mjs';

export const HOWTO = '/no/erp/admin/update-connection/';
const BUDGET_KB = 20;

/** Gzip size of a body, as a server with compression would send it. */
export const gzipBytes = (buffer) => gzipSync(buffer, { level: 9 }).length;
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Classifies a response for the weight table. */
export function kindOf(response) {
  const type = response.headers()['content-type'] ?? '';
  if (type.includes('html')) return 'html';
  if (type.includes('css')) return 'css';
  if (type.includes('javascript')) return 'js';
  return 'other';
}

/** Records every response the page receives while `act(page)` runs, with its gzip size. */
export async function recordResponses(page, act) {
  const pending = [];
  const listener = (response) => {
    pending.push(
      response.body().then(
        (body) => ({ url: response.url(), kind: kindOf(response), gzip: gzipBytes(body) }),
        // Redirects and aborted requests have no body.
        () => undefined,
      ),
    );
  };
  page.on('response', listener);
  await act(page);
  await page.waitForLoadState('networkidle');
  page.off('response', listener);
  // Every body is awaited, also those still arriving when the network went idle.
  return (await Promise.all(pending)).filter(Boolean);
}

/** What the howto page loads before the reader scrolls: HTML, CSS and JS in gzip bytes, against the budget. */
export async function measurePageWeight(baseURL) {
  const loaded = await withPage((page) => recordResponses(page, (p) => p.goto(baseURL + HOWTO)));
  const sum = (kind) => loaded.filter((r) => r.kind === kind).reduce((total, r) => total + r.gzip, 0);
  const total = sum('html') + sum('css') + sum('js');
  console.log(`\nPage weight of ${HOWTO} before any scrolling (gzip)`);
  console.table({
    HTML: kb(sum('html')),
    CSS: kb(sum('css')),
    JS: kb(sum('js')),
    other: kb(sum('other')),
    total: kb(total),
  });
  const js = loaded.filter((r) => r.kind === 'js').length;
  console.log(
    `budget: under ${BUDGET_KB} KB and no JavaScript before scrolling -> ${kb(total)}, ${js} JS file(s): ${total < BUDGET_KB * 1024 && js === 0 ? 'within budget' : 'OVER BUDGET'}`,
  );
}
