import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';

/**
 * `{#}` once made micromark-heading-id loop forever, so a page holding it hung the build. The term checker, which
 * parses with Sätteri, reports it as a syntax error at its line.
 * The page is parsed in a child process with a time limit, so a return of that bug fails this test instead of
 * hanging the test run.
 */
const SCRIPT = `
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { VFile } from 'vfile';
import { remarkHeadingIds } from './src/markdown/heading-ids.ts';
import { readPageText } from './src/localization/terms/page-text.ts';
const processor = unified().use(remarkParse).use(remarkMdx).use(remarkHeadingIds);
const file = new VFile({ path: 'content/docs/no/side.mdx', value: '# Side\\n\\n## Overskrift {#}\\n\\nTekst.\\n' });
try {
  await processor.run(processor.parse(file), file);
  console.log('no error');
} catch (error) {
  console.log(error.message);
}
try {
  console.log(readPageText('side.mdx', String(file.value)).segments.length);
} catch (error) {
  console.log(error.message);
}
`;

test('a heading with an empty id, {#}, fails naming the page and line instead of hanging the build', () => {
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', SCRIPT], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(child.signal, 'the parse did not finish within a minute').toBeNull();
  expect(child.stderr).toBe('');
  expect(child.stdout.split('\n')).toEqual([
    expect.stringMatching(/side\.mdx:3: Heading id "\{#\}" is not a valid id/),
    expect.stringMatching(/^side\.mdx:3: the page could not be parsed as MDX: /),
    '',
  ]);
});
