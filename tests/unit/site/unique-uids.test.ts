import { describe, expect, it } from 'vitest';
import { assertUniqueUids } from '../../../src/loaders/unique-uids.ts';

describe('assertUniqueUids', () => {
  it('passes distinct uids', () => {
    expect(() =>
      assertUniqueUids([
        { uid: 'a', file: 'a.mdx' },
        { uid: 'b', file: 'b.mdx' },
      ]),
    ).not.toThrow();
  });

  it('names the uid and both files when two pages share one', () => {
    expect(() =>
      assertUniqueUids([
        { uid: 'help-x', file: 'content/docs/a.mdx' },
        { uid: 'help-y', file: 'content/docs/b.mdx' },
        { uid: 'help-x', file: 'content/docs/c.mdx' },
      ]),
    ).toThrowErrorMatchingInlineSnapshot(`
      [Error: Duplicate uid:
        - uid "help-x" is used by both content/docs/a.mdx and content/docs/c.mdx
      Each page needs its own uid.]
    `);
  });
});
