import { existsSync, realpathSync, statSync } from 'node:fs';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * The one door through which the docs-root build reads a file a writer named (pages, snippet imports, images,
 * components, navigation `$ref`s). It mirrors the request shape of the project's content-file rule so that, when
 * that rule is on main, this module becomes a re-export of it and nothing else changes.
 */
export type ContentFileKind = 'markdown' | 'image' | 'navigation' | 'script';

const EXTENSIONS: Readonly<Record<ContentFileKind, readonly string[]>> = {
  markdown: ['.md', '.mdx'],
  image: ['.png', '.jpg', '.jpeg', '.gif', '.svg', '.webp', '.avif'],
  navigation: ['.json', '.yaml', '.yml'],
  script: ['.js', '.jsx', '.ts', '.tsx'],
};

export interface ContentFileRequest {
  /** The path as written. */
  target: string;
  /** The file it is written in (absolute, or relative to the project). */
  from: string;
  line?: number;
  kind: ContentFileKind;
  /** Allowed roots, absolute and real; the first is the docs root. */
  roots: readonly string[];
  /** `docs-root`: a leading `/` means the docs root, as in Mintlify's `/snippets/x.mdx`. */
  leadingSlash?: 'refuse' | 'docs-root';
  label?: string;
}

export class ContentFileError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly target: string;
  readonly reason: string;

  constructor(request: ContentFileRequest, reason: string) {
    const file = relative(process.cwd(), resolve(request.from)).split(sep).join('/');
    super(`${request.line ? `${file}:${request.line}` : file}: ${reason}`);
    this.name = 'ContentFileError';
    this.file = file;
    this.line = request.line;
    this.target = request.target;
    this.reason = reason;
  }
}

function inside(root: string, path: string): boolean {
  const below = relative(root, path);
  return below === '' || (!below.startsWith('..') && !isAbsolute(below));
}

/** The real path of the file a request names, or a {@link ContentFileError} saying why it may not be read. */
export function resolveContentFile(request: ContentFileRequest): string {
  const { target, from, kind, roots } = request;
  const label = request.label ?? 'File';
  const fail = (reason: string): never => {
    throw new ContentFileError(request, reason);
  };
  if (/^[a-z][a-z\d+.-]*:/i.test(target)) fail(`${label} "${target}" is a web address, not a file path.`);
  let absolute: string;
  if (target.startsWith('/')) {
    if (request.leadingSlash !== 'docs-root') fail(`${label} "${target}" must be a path relative to this file.`);
    absolute = resolve(roots[0]!, `.${target}`);
  } else {
    absolute = resolve(resolve(from, '..'), target);
  }
  const allowed = EXTENSIONS[kind];
  if (!allowed.includes(extname(absolute).toLowerCase())) {
    fail(`${label} "${target}" must end in ${allowed.join(', ')}.`);
  }
  if (!roots.some((root) => inside(root, absolute))) fail(`${label} "${target}" lies outside the docs root.`);
  if (!existsSync(absolute)) fail(`${label} "${target}": there is no such file.`);
  const real = realpathSync(absolute);
  if (!roots.some((root) => inside(root, real))) fail(`${label} "${target}" leads outside the docs root.`);
  if (!statSync(real).isFile()) fail(`${label} "${target}" is not a file.`);
  return real;
}
