import { chmodSync, cpSync, lstatSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * `npm run test:corpus` builds from a writable copy of the docs root, made fresh before each build, so the tests can
 * show the build wrote nothing there (the shared corpus is read-only, which would hide a write as a failed build or
 * not at all). Inside node_modules so no linter, formatter or watcher reads its files as the project's.
 */
export const CORPUS_COPY = 'node_modules/.cache/test-corpus/docs-root';
/** The copy's tree as it was just before the build: {@link treeSnapshot} as JSON. */
export const CORPUS_SNAPSHOT = 'node_modules/.cache/test-corpus/docs-root.before.json';

/** One entry below a folder, with what any write to it would change. */
export interface TreeEntry {
  path: string;
  type: 'file' | 'folder' | 'link' | 'other';
  size: number;
  mode: number;
  mtimeMs: number;
  /** Changes on every write, rename or permission change, even one that restores the modification time. */
  ctimeMs: number;
}

/** Every file, folder and link below `root` (links not followed), in name order. */
export function treeSnapshot(root: string): TreeEntry[] {
  const paths = readdirSync(root, { recursive: true, encoding: 'utf8' }).sort();
  return paths.map((path) => {
    const stat = lstatSync(join(root, path));
    const type = stat.isFile() ? 'file' : stat.isDirectory() ? 'folder' : stat.isSymbolicLink() ? 'link' : 'other';
    return { path, type, size: stat.size, mode: stat.mode, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs };
  });
}

/**
 * Replaces `to` with a copy of the docs root at `from` (links kept as links), writable by its owner even when the
 * original is read-only, so a write by the build would succeed there and show in the tree rather than fail.
 */
export function copyDocsRoot(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(dirname(to), { recursive: true });
  cpSync(from, to, { recursive: true, verbatimSymlinks: true });
  for (const entry of [{ path: '', type: 'folder' }, ...treeSnapshot(to)]) {
    if (entry.type === 'link') continue;
    const path = join(to, entry.path);
    chmodSync(path, lstatSync(path).mode | 0o200);
  }
}
