import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const PROJECT = resolve('.');
const FIXTURE = resolve('tests/fixtures/hostile');
const HOSTILE_DOCS = join(FIXTURE, 'content/docs');

export interface HostileBuild {
  status: number | null;
  /** What `astro build` printed, stdout and stderr together. */
  output: string;
  /** Every file below dist/ whose bytes contain `text`, relative to dist/. */
  distFilesContaining: (text: string) => string[];
  /** Whether dist/ has this file (`no/tillatt/index.html`). */
  distHas: (file: string) => boolean;
  remove: () => void;
}

/**
 * Runs the real `astro build` (the project's config, plugins, loaders, pages and integrations) in a temporary copy
 * of the project where the hostile writer's pages have arrived in content/docs beside the site's own: the valid
 * ones from tests/fixtures/hostile/content/docs, listed in toc.yaml, without the refused pages of no/avvist/ and
 * without its symbolic links, plus the files in `add` (below that docs folder; links are copied as links, and
 * pages are listed in toc.yaml so nothing but the refusal can stop the build). The fixture's outside/ is copied
 * beside content/, outside every root, as in the fixture. node_modules is linked, not copied.
 */
export function buildHostileSite(add: readonly string[] = []): HostileBuild {
  const root = mkdtempSync(join(tmpdir(), 'hostile-site-'));
  for (const entry of ['src', 'public', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(PROJECT, entry), join(root, entry), { recursive: true });
  symlinkSync(join(PROJECT, 'node_modules'), join(root, 'node_modules'), 'dir');
  const docs = join(root, 'content/docs');
  cpSync(HOSTILE_DOCS, docs, {
    recursive: true,
    filter: (source) =>
      !source.startsWith(join(HOSTILE_DOCS, 'no/avvist')) &&
      !source.endsWith('toc.yaml') &&
      !lstatSync(source).isSymbolicLink(),
  });
  for (const file of add) {
    mkdirSync(dirname(join(docs, file)), { recursive: true });
    cpSync(join(HOSTILE_DOCS, file), join(docs, file), { verbatimSymlinks: true });
  }
  const listed = add
    .filter((file) => file.endsWith('.mdx'))
    .map((page) => `- page: ${page}\n`)
    .join('');
  const toc = readFileSync(join(docs, 'toc.yaml'), 'utf8') + readFileSync(join(HOSTILE_DOCS, 'toc.yaml'), 'utf8');
  writeFileSync(join(docs, 'toc.yaml'), toc + listed);
  cpSync(join(FIXTURE, 'outside'), join(root, 'outside'), { recursive: true });

  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  delete env.DOCS_ROOT;
  const run = spawnSync(join(PROJECT, 'node_modules/.bin/astro'), ['build'], {
    cwd: root,
    env,
    encoding: 'utf8',
    timeout: 240_000,
  });
  const dist = join(root, 'dist');
  return {
    status: run.status,
    output: `${run.stdout}${run.stderr}`,
    distFilesContaining: (text) => {
      if (!existsSync(dist)) return [];
      const needle = Buffer.from(text);
      return readdirSync(dist, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name))
        .filter((file) => readFileSync(file).includes(needle))
        .map((file) => file.slice(dist.length + 1));
    },
    distHas: (file) => existsSync(join(dist, file)),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
