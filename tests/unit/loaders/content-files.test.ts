import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import {
  CONTENT_FILE_EXTENSIONS,
  ContentFileError,
  contentRoots,
  resolveContentFile,
  type ContentFileRequest,
} from '../../../src/loaders/content-files.ts';

/**
 * A real folder tree with real symbolic links, made for the test in the system's temporary folder (outside the
 * project, so "outside" is really outside):
 *   docs/page.mdx, docs/includes/note.md, docs/images/logo.png, docs/nav.json, docs/snippets/card.jsx
 *   docs/includes/escape.md -> ../../outside/secret.md      (a link out of the docs root)
 *   docs/includes/inside-link.md -> note.md                 (a link that stays inside)
 *   docs/includes/text-link.md -> ../notes.txt              (a link to a file of the wrong kind)
 *   docs/shared -> ../outside                              (a linked folder)
 *   outside/secret.md
 */
let base: string;
let docs: string;
let page: string;

beforeAll(() => {
  base = realpathSync(mkdtempSync(join(tmpdir(), 'content-files-')));
  docs = join(base, 'docs');
  for (const dir of ['docs/includes', 'docs/images', 'docs/snippets', 'outside'])
    mkdirSync(join(base, dir), { recursive: true });
  const files = ['docs/page.mdx', 'docs/includes/note.md', 'docs/images/logo.png', 'docs/nav.json', 'docs/notes.txt'];
  for (const file of [...files, 'docs/snippets/card.jsx', 'outside/secret.md']) writeFileSync(join(base, file), 'x');
  symlinkSync('../../outside/secret.md', join(docs, 'includes/escape.md'));
  symlinkSync('note.md', join(docs, 'includes/inside-link.md'));
  symlinkSync('../notes.txt', join(docs, 'includes/text-link.md'));
  symlinkSync('../outside', join(docs, 'shared'));
  page = join(docs, 'page.mdx');
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

const resolveIn = (target: string, more: Partial<ContentFileRequest> = {}) =>
  resolveContentFile({ target, from: page, line: 4, kind: 'markdown', roots: [docs], ...more });

/** The error a request throws, with the temporary folder written as <tmp> so the message can be pinned. */
function refusal(target: string, more: Partial<ContentFileRequest> = {}): { problem: string; message: string } {
  try {
    resolveIn(target, more);
  } catch (error) {
    if (!(error instanceof ContentFileError)) throw error;
    return { problem: error.problem, message: error.message.replaceAll(base, '<tmp>') };
  }
  throw new Error(`"${target}" was not refused`);
}

describe('resolveContentFile', () => {
  test('returns the real path of a file inside the roots, relative to the file that names it', () => {
    expect(resolveIn('includes/note.md')).toBe(join(docs, 'includes/note.md'));
    expect(resolveIn('./includes/../includes/note.md')).toBe(join(docs, 'includes/note.md'));
    expect(resolveIn('includes/inside-link.md')).toBe(join(docs, 'includes/note.md'));
    expect(resolveIn('images/logo.png', { kind: 'image' })).toBe(join(docs, 'images/logo.png'));
    expect(resolveIn('nav.json', { kind: 'navigation' })).toBe(join(docs, 'nav.json'));
    expect(resolveIn('/snippets/card.jsx', { kind: 'script', leadingSlash: 'docs-root' })).toBe(
      join(docs, 'snippets/card.jsx'),
    );
    expect(resolveIn('includes/no%74e.md?x=1#top', { url: true })).toBe(join(docs, 'includes/note.md'));
  });

  test('refuses a path out of the docs root before looking it up, with the page, line and path as written', () => {
    expect(refusal('../../../../../../../../../../etc/passwd.md')).toEqual({
      problem: 'outside',
      message:
        '<tmp>/docs/page.mdx:4: File "../../../../../../../../../../etc/passwd.md" leads to /etc/passwd.md, outside the folders the site may read (<tmp>/docs). Move the file into the docs root and fix the path.',
    });
    expect(refusal('/../../outside/secret.md', { leadingSlash: 'docs-root' }).problem).toBe('outside');
  });

  test('follows symbolic links, of files and of folders, and refuses those that lead out', () => {
    expect(refusal('includes/escape.md', { label: 'Include' })).toEqual({
      problem: 'outside',
      message:
        '<tmp>/docs/page.mdx:4: Include "includes/escape.md" is a symbolic link to <tmp>/outside/secret.md, outside the folders the site may read (<tmp>/docs). Move the file into the docs root and fix the path.',
    });
    expect(refusal('shared/secret.md').problem).toBe('outside');
  });

  test('refuses an extension the kind does not allow, as written and where a link leads', () => {
    expect(refusal('notes.txt')).toEqual({
      problem: 'extension',
      message:
        '<tmp>/docs/page.mdx:4: File "notes.txt" is not a markdown file: files must end in .md, .mdx. Fix the path.',
    });
    expect(refusal('includes/text-link.md')).toEqual({
      problem: 'extension',
      message:
        '<tmp>/docs/page.mdx:4: File "includes/text-link.md" is a symbolic link to <tmp>/docs/notes.txt, which is not a markdown file (.md, .mdx).',
    });
    expect(refusal('page.mdx', { kind: 'image', label: 'Image' }).message).toBe(
      '<tmp>/docs/page.mdx:4: Image "page.mdx" is not an image: images must end in .png, .jpg, .jpeg, .gif, .svg, .webp, .avif. Fix the path.',
    );
    expect(refusal('nav.json?raw', { kind: 'navigation' }).problem).toBe('extension');
  });

  test('refuses web addresses, a leading / unless the caller allows it, folders and missing files', () => {
    expect(refusal('https://example.com/x.md').message).toBe(
      '<tmp>/docs/page.mdx:4: File "https://example.com/x.md" is not a file path. Write a path relative to this file, such as ../includes/name.md.',
    );
    expect(refusal('file:///etc/x.md').problem).toBe('not-a-path');
    expect(refusal('/includes/note.md').message).toBe(
      '<tmp>/docs/page.mdx:4: File "/includes/note.md" starts with /. Write a path relative to this file, such as ../includes/name.md.',
    );
    expect(refusal('includes/gone.md').message).toBe(
      '<tmp>/docs/page.mdx:4: File "includes/gone.md": there is no file <tmp>/docs/includes/gone.md. Fix the path (relative to this file).',
    );
    expect(refusal('/gone.md', { leadingSlash: 'docs-root' }).message).toContain('(relative to the docs root)');
    mkdirSync(join(docs, 'folder.md'), { recursive: true });
    expect(refusal('folder.md').problem).toBe('not-a-file');
  });

  test('names the file relative to the project when it is inside it, and leaves out an unknown line', () => {
    let error: unknown;
    try {
      resolveContentFile({ target: '../gone.md', from: 'content/docs/index.mdx', kind: 'markdown' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContentFileError);
    expect((error as ContentFileError).message).toMatch(
      /^content\/docs\/index\.mdx: File "\.\.\/gone\.md": there is no file content\/gone\.md\./,
    );
  });

  test('the kinds and their extensions', () => {
    expect(CONTENT_FILE_EXTENSIONS).toEqual({
      markdown: ['.md', '.mdx'],
      image: ['.png', '.jpg', '.jpeg', '.gif', '.svg', '.webp', '.avif'],
      navigation: ['.json', '.yaml', '.yml'],
      script: ['.js', '.jsx', '.ts', '.tsx'],
    });
  });
});

describe('contentRoots', () => {
  const saved = process.env.DOCS_ROOT;
  afterEach(() => {
    if (saved === undefined) delete process.env.DOCS_ROOT;
    else process.env.DOCS_ROOT = saved;
  });
  const shown = (roots: readonly string[]) => roots.map((root) => relative(process.cwd(), root) || '.');

  test('the docs root first, then content/; DOCS_ROOT, resolved against the project, replaces content/docs', () => {
    delete process.env.DOCS_ROOT;
    expect(shown(contentRoots())).toEqual(['content/docs', 'content']);
    process.env.DOCS_ROOT = 'tests/fixtures/markdown/docs';
    expect(shown(contentRoots())).toEqual(['tests/fixtures/markdown/docs', 'content']);
    expect(shown(contentRoots('tests'))).toEqual(['tests', 'content']);
  });

  test('with symbolic links resolved, and a DOCS_ROOT that does not exist is an error', () => {
    process.env.DOCS_ROOT = join(docs, 'shared');
    expect(contentRoots()[0]).toBe(join(base, 'outside'));
    process.env.DOCS_ROOT = 'finnes/ikke';
    expect(() => contentRoots()).toThrowError(/^DOCS_ROOT is "finnes\/ikke", but there is no folder .*finnes\/ikke/);
  });
});
