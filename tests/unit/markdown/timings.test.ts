import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { rehypeCallouts, remarkAlertMarkers } from '../../../src/markdown/alerts.ts';
import { takeTimings, timedPlugins } from '../../../src/markdown/timings.ts';

const source = '> [!NOTE]\n> Hvis koblingen er aktiv, må du deaktivere den.\n\n## Trinn {#steps}\n';

async function render(wrap: (list: PluggableList) => PluggableList): Promise<string> {
  const processor = unified()
    .use(remarkParse)
    .use(wrap([remarkAlertMarkers]))
    .use(remarkRehype)
    .use(wrap([rehypeCallouts]))
    .use(rehypeStringify);
  return String(await processor.process(source));
}

describe('build timings (BUILD_TIMINGS=1)', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    takeTimings();
  });

  test('off: the plugin lists are passed through as they are', () => {
    vi.stubEnv('BUILD_TIMINGS', '');
    const list: PluggableList = [remarkParse];
    expect(timedPlugins(list, 'x')).toBe(list);
  });

  test('on: every plugin is timed under its name, and the page comes out the same', async () => {
    const plain = await render((list) => list);
    expect(plain).toContain('Merk');
    vi.stubEnv('BUILD_TIMINGS', '1');
    expect(await render((list) => timedPlugins(list, 'test'))).toBe(plain);
    const labels = takeTimings().map((row) => row.label);
    expect(labels).toEqual(expect.arrayContaining(['test remarkAlertMarkers', 'test rehypeCallouts']));
  });
});
