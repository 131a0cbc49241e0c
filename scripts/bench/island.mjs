import { HOWTO, kb, recordResponses } from './page-weight.mjs';
import { withPage } from './server.mjs';

const BUDGET_KB = 90;

/** Sum of the gzip sizes of the JavaScript responses. */
const jsBytes = (responses) => responses.filter((r) => r.kind === 'js').reduce((sum, r) => sum + r.gzip, 0);

/**
 * The simulator island's JavaScript (gzip), including React: what the howto page loads when the reader scrolls
 * to the simulator until it is interactive (the budget), what the page then loads without any action, and what a
 * returning reader (with stored state) loads on top.
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
    const total = jsBytes(js);
    console.log(`\nSimulator island on ${HOWTO} (gzip)`);
    console.log(`  JavaScript before scrolling: ${jsBefore.length} file(s), ${kb(jsBytes(jsBefore))}`);
    console.table(Object.fromEntries(js.map((r) => [new URL(r.url).pathname, kb(r.gzip)])));
    console.log(
      `  island on first visit, until interactive: ${kb(total)} (budget ${BUDGET_KB} KB including React): ${total <= BUDGET_KB * 1024 ? 'within budget' : 'OVER BUDGET'}`,
    );
    const after = await recordResponses(page, (p) => p.waitForTimeout(1500));
    console.log(
      `  then, without any action: +${kb(jsBytes(after))} in ${after.filter((r) => r.kind === 'js').length} file(s)`,
    );

    // A returning reader has a stored place: go to the Sync tab (which the simulator stores), then come back.
    const islandElement = page.locator('astro-island').first();
    await page.getByRole('button', { name: 'Tilbud/Sync' }).click();
    await page.waitForFunction(() => Object.keys(localStorage).some((key) => key.startsWith('erp-sim:')));
    const returning = await recordResponses(page, async (p) => {
      await p.reload();
      await islandElement.scrollIntoViewIfNeeded();
      await p.waitForFunction(
        () => !document.querySelector('astro-island[ssr]') && !document.querySelector('.sim[aria-busy]'),
      );
    });
    const seen = new Set([...island, ...after].map((r) => r.url));
    const extra = returning.filter((r) => r.kind === 'js' && !seen.has(r.url));
    const extraBytes = jsBytes(extra);
    console.log(
      `  returning reader (its stored place is checked before use): +${kb(extraBytes)} in ${extra.length} file(s), ${kb(total + extraBytes)} in all`,
    );
  });
}
