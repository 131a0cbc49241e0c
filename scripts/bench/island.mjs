import { HOWTO, kb, recordResponses } from './page-weight.mjs';
import { withPage } from './server.mjs';

const BUDGET_KB = 80;

/**
 * The simulator island's JavaScript (gzip), including React: what the howto page loads when the reader scrolls
 * to the simulator, and what a returning reader (with stored state) loads on top.
 */
export async function measureIsland(baseURL) {
  await withPage(async (page) => {
    const before = await recordResponses(page, (p) => p.goto(baseURL + HOWTO));
    const jsBefore = before.filter((r) => r.kind === 'js');
    const island = await recordResponses(page, async (p) => {
      await p.locator('astro-island').first().scrollIntoViewIfNeeded();
      await p.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
    });
    const js = island.filter((r) => r.kind === 'js');
    const total = js.reduce((sum, r) => sum + r.gzip, 0);
    console.log(`\nSimulator island on ${HOWTO} (gzip)`);
    console.log(`  JavaScript before scrolling: ${jsBefore.length} file(s), ${kb(jsBefore.reduce((s, r) => s + r.gzip, 0))}`);
    console.table(Object.fromEntries(js.map((r) => [new URL(r.url).pathname, kb(r.gzip)])));
    console.log(`  island on first visit: ${kb(total)} (budget ${BUDGET_KB} KB including React): ${total <= BUDGET_KB * 1024 ? 'within budget' : 'OVER BUDGET'}`);

    const returning = await recordResponses(page, async (p) => {
      await p.reload();
      await p.locator('astro-island').first().scrollIntoViewIfNeeded();
      await p.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
    });
    const extra = returning.filter((r) => r.kind === 'js' && !js.some((first) => first.url === r.url));
    const extraBytes = extra.reduce((sum, r) => sum + r.gzip, 0);
    console.log(`  returning reader (stored state is validated): +${kb(extraBytes)} in ${extra.length} file(s), ${kb(total + extraBytes)} in all`);
  });
}
