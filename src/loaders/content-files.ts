import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * The one rule for every file the build reads because a writer named it: includes, MDX `import`s, images,
 * snippets, navigation `$ref`s, pages found in the docs root. A file may be read only when
 *
 * 1. it is named by a path (not a web address), relative to the file that names it, or, where the caller allows
 *    it, absolute from the docs root (`/snippets/x.jsx`);
 * 2. its name has an extension allowed for its kind ({@link CONTENT_FILE_EXTENSIONS});
 * 3. it lies inside one of the content roots ({@link contentRoots}) both as written and after every symbolic link
 *    is followed (a link inside the docs root that points outside it is refused);
 * 4. it exists and is a file.
 *
 * Anything else throws a {@link ContentFileError} naming the file that named it, the line, the path as written,
 * why it was refused and how to fix it. Paths outside the roots are refused before the disk is asked anything
 * about them, so a page cannot even learn whether `/etc/passwd` exists.
 *
 * The project root is the working directory, as everywhere in the build (npm scripts run there).
 */

/** What a file is used as; each kind allows its own extensions. */
export type ContentFileKind = 'markdown' | 'image' | 'navigation' | 'script';

/**
 * Extensions (lower case, with the dot) each kind allows. `navigation` has `.yaml` and `.yml` besides Mintlify's
 * `.json`, because the site's own table of contents is `toc.yaml`.
 */
export const CONTENT_FILE_EXTENSIONS: Readonly<Record<ContentFileKind, readonly string[]>> = {
  markdown: ['.md', '.mdx'],
  image: ['.png', '.jpg', '.jpeg', '.gif', '.svg', '.webp', '.avif'],
  navigation: ['.json', '.yaml', '.yml'],
  script: ['.js', '.jsx', '.ts', '.tsx'],
};

/** Why a file was refused. */
export type ContentFileProblem =
  /** A web address or something else that is no file path. */
  | 'not-a-path'
  /** Starts with `/` where the caller wants a path relative to the file. */
  | 'absolute'
  /** The extension is not one of the kind's, as written or after following symbolic links. */
  | 'extension'
  /** Outside every content root, as written or after following symbolic links. */
  | 'outside'
  /** Nothing there. */
  | 'missing'
  /** There, but a folder (or a device, a socket). */
  | 'not-a-file';

/** What {@link resolveContentFile} is asked to resolve. */
export interface ContentFileRequest {
  /** The path as the writer wrote it (`../includes/note.md`). */
  target: string;
  /** The file it is written in: absolute, or relative to the project root. */
  from: string;
  /** The line of `from` it is written on, for the message. */
  line?: number;
  /** What the file is used as; a list allows any of them (an MDX `import` may name markdown, a script or an image). */
  kind: ContentFileKind | readonly ContentFileKind[];
  /** The allowed roots, absolute and real. Default {@link contentRoots}(). The first is the docs root. */
  roots?: readonly string[];
  /**
   * What a leading `/` means: `'refuse'` (default; the writer is told to write a relative path) or
   * `'docs-root'`: the path is absolute from the docs root (`roots[0]`), as Mintlify's `/snippets/x.jsx`.
   */
  leadingSlash?: 'refuse' | 'docs-root';
  /**
   * The target is a markdown URL (a link or image destination): a `?query` and `#hash` are dropped and the rest is
   * percent-decoded before it is resolved. Default false: imports and `$ref`s are plain paths.
   */
  url?: boolean;
  /** How the message names the reference: `Include`, `Image`, `Import`. Default `File`. */
  label?: string;
}

/** A file the rule refuses: `message` is `file:line: reason`, and each part is kept for callers that place it. */
export class ContentFileError extends Error {
  /** The file the path is written in, as shown in build output (relative to the project when inside it). */
  readonly file: string;
  readonly line: number | undefined;
  /** The path as written. */
  readonly target: string;
  readonly problem: ContentFileProblem;
  /** The message without its `file:line: ` place, for callers that report the place themselves. */
  readonly reason: string;

  constructor(request: ContentFileRequest, problem: ContentFileProblem, reason: string) {
    const file = shownPath(resolve(request.from));
    super(`${request.line ? `${file}:${request.line}` : file}: ${reason}`);
    this.name = 'ContentFileError';
    this.file = file;
    this.line = request.line;
    this.target = request.target;
    this.problem = problem;
    this.reason = reason;
  }
}

/** The real path of a folder or file when it exists, else its absolute path. */
function realOrResolved(path: string): string {
  const absolute = resolve(path);
  return existsSync(absolute) ? realpathSync(absolute) : absolute;
}

/**
 * The real paths (symbolic links resolved) of the folders the build may read content from, the docs root first:
 * the docs root (`docsRoot` when given, else the environment's `DOCS_ROOT` resolved against the project root,
 * else `content/docs`) and the project's own `content/`. A `DOCS_ROOT` that does not exist is an error.
 */
export function contentRoots(docsRoot?: string): readonly string[] {
  const fromEnv = process.env.DOCS_ROOT?.trim() ?? '';
  if (docsRoot === undefined && fromEnv !== '' && !existsSync(resolve(fromEnv)))
    throw new Error(
      `DOCS_ROOT is "${fromEnv}", but there is no folder ${resolve(fromEnv)}. Fix DOCS_ROOT or unset it.`,
    );
  const docs = realOrResolved(docsRoot ?? (fromEnv === '' ? 'content/docs' : fromEnv));
  const content = realOrResolved('content');
  return docs === content ? [docs] : [docs, content];
}

/** Whether `path` (absolute) is inside `root` (absolute), or is the root itself. */
function isWithin(path: string, root: string): boolean {
  const below = relative(root, path);
  return below === '' || (below !== '..' && !below.startsWith(`..${sep}`) && !isAbsolute(below));
}

/** Whether an absolute path lies inside one of the roots (default {@link contentRoots}). Nothing is read. */
export function insideContentRoots(path: string, roots: readonly string[] = contentRoots()): boolean {
  return roots.some((root) => isWithin(path, root));
}

/**
 * The rule for files the build finds rather than is told about (the pages a glob collects from the docs root):
 * every symbolic link below `folder`, to a file or a folder, must lead inside the roots. Throws a
 * {@link ContentFileError} naming the first link that leads out (in name order). Only the folder's own entries are read, and
 * linked folders are not entered, so nothing outside is listed.
 */
export function assertContentFolder(folder: string, roots: readonly string[] = contentRoots()): void {
  const entries = readdirSync(folder, { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : 1));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) assertContentFolder(path, roots);
    if (!entry.isSymbolicLink()) continue;
    const request = { target: entry.name, from: path, kind: [] as const };
    let real: string | undefined;
    try {
      real = realpathSync(path);
    } catch {
      real = undefined;
    }
    if (real === undefined)
      throw new ContentFileError(
        request,
        'missing',
        'This symbolic link leads nowhere: the file or folder it points to does not exist. Fix the link, or remove it.',
      );
    if (!insideContentRoots(real, roots))
      throw new ContentFileError(
        request,
        'outside',
        `This symbolic link leads to ${shownPath(real)}, outside the folders the site may read (${roots.map(shownPath).join(' or ')}). Replace it with the file itself, or remove it.`,
      );
  }
}

/** A path as build output shows it: relative to the project with forward slashes when inside it, else absolute. */
function shownPath(path: string): string {
  const below = relative(process.cwd(), path);
  return below === '' || below === '..' || below.startsWith(`..${sep}`) || isAbsolute(below)
    ? path
    : below.split(sep).join('/');
}

const EXAMPLES: Readonly<Record<ContentFileKind, string>> = {
  markdown: '../includes/name.md',
  image: './images/name.png',
  navigation: './navigation.json',
  script: './components/name.jsx',
};

const NOUNS: Readonly<Record<ContentFileKind, string>> = {
  markdown: 'a markdown file',
  image: 'an image',
  navigation: 'a navigation file',
  script: 'a script',
};

/** `a markdown file, a script or an image` */
function nouns(kinds: readonly ContentFileKind[]): string {
  const all = kinds.map((kind) => NOUNS[kind]);
  return all.length > 1 ? `${all.slice(0, -1).join(', ')} or ${all.at(-1)}` : all.join('');
}

/** The path part of a markdown URL, percent-decoded (a stray `%` is kept as written). */
function urlPath(url: string): string {
  const path = url.replace(/[?#].*$/s, '');
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * Resolves a path a writer wrote and returns the real absolute path of the file, after checking it against the
 * rule above; otherwise throws a {@link ContentFileError}. Only paths inside the roots are looked up on disk.
 */
export function resolveContentFile(request: ContentFileRequest): string {
  const { target, leadingSlash = 'refuse' } = request;
  const kinds: readonly ContentFileKind[] = typeof request.kind === 'string' ? [request.kind] : request.kind;
  const extensions = kinds.flatMap((kind) => CONTENT_FILE_EXTENSIONS[kind]);
  const hasExtension = (file: string) => extensions.includes(extname(file).toLowerCase());
  const example = EXAMPLES[kinds[0] ?? 'markdown'];
  const roots = request.roots ?? contentRoots();
  const label = request.label ?? 'File';
  const written = `${label} "${target}"`;
  const refuse = (problem: ContentFileProblem, reason: string): never => {
    throw new ContentFileError(request, problem, reason);
  };
  const allowed = extensions.join(', ');
  const shownRoots = roots.map(shownPath).join(' or ');
  const outside = (where: string) =>
    `${written} ${where}, outside the folders the site may read (${shownRoots}). Move the file into the docs root and fix the path.`;

  const path = request.url ? urlPath(target) : target;
  if (path.trim() === '' || path.includes('\0') || /^[a-z][a-z\d+.-]*:/i.test(path) || path.startsWith('\\\\'))
    refuse('not-a-path', `${written} is not a file path. Write a path relative to this file, such as ${example}.`);
  if (path.startsWith('/') && leadingSlash === 'refuse')
    refuse('absolute', `${written} starts with /. Write a path relative to this file, such as ${example}.`);
  // Resolved without asking the disk about the target, so a path outside the roots is never looked up.
  const base = path.startsWith('/') ? roots[0]! : dirname(realOrResolved(request.from));
  const lexical = resolve(base, path.startsWith('/') ? `.${path}` : path);
  if (!insideContentRoots(lexical, roots)) refuse('outside', outside(`leads to ${shownPath(lexical)}`));
  if (!hasExtension(path))
    refuse(
      'extension',
      `${written} is not ${nouns(kinds)}: ${label.toLowerCase()}s must end in ${allowed}. Fix the path.`,
    );

  let real: string;
  try {
    real = realpathSync(lexical);
  } catch {
    const relativeTo = path.startsWith('/') ? 'the docs root' : 'this file';
    return refuse(
      'missing',
      `${written}: there is no file ${shownPath(lexical)}. Fix the path (relative to ${relativeTo}).`,
    );
  }
  if (!insideContentRoots(real, roots)) refuse('outside', outside(`is a symbolic link to ${shownPath(real)}`));
  if (!statSync(real).isFile())
    refuse('not-a-file', `${written} is a folder, not a file. Name the file, such as ${example}.`);
  if (!hasExtension(real))
    refuse(
      'extension',
      `${written} is a symbolic link to ${shownPath(real)}, which is not ${nouns(kinds)} (${allowed}).`,
    );
  return real;
}
