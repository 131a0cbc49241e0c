import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The user's own page as they wrote it (the project's copy of the seed). */
export const SEED_FILE = 'tests/fixtures/seed/update-connection.source.md';
/** Pages per navigation group (and folder), as a real help groups its pages. */
export const GROUP_SIZE = 50;

/** Where copy `i` lives below the docs root, without extension: `no/gen/g3/page-151`. */
export function pageKey(i) {
  return `no/gen/g${Math.floor(i / GROUP_SIZE)}/page-${i}`;
}

/** Splits the seed into its frontmatter lines and its body. */
function readSeed() {
  const text = readFileSync(SEED_FILE, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${SEED_FILE} has no frontmatter`);
  return { frontmatter: match[1], body: match[2] };
}

/**
 * The three link definitions of copy `i` (the seed's own point at pages only the site has): the next copy in its
 * group at a heading, the previous copy, and a copy in the next group, so every build checks links and anchors
 * across folders. `href(j, anchor)` writes the link the way the site's dialect (or Starlight) wants it.
 */
function linkTargets(i, count, href) {
  const next = (i + 1) % count;
  const previous = (i + count - 1) % count;
  const otherGroup = (i + GROUP_SIZE) % count;
  return [href(next, 'trinn'), href(previous), href(otherGroup, 'feilsøking')];
}

/** The seed's body as MDX: its HTML comment as an MDX comment, its link definitions pointing at other copies. */
function copyBody(body, links) {
  return body
    .replace(/<!--(.*?)-->/g, '{/*$1*/}')
    .replace(/^\[(\d)\]: .*$/gm, (_, n) => `[${n}]: ${links[Number(n) - 1]}`);
}

/**
 * Writes a Mintlify-style docs root with `count` copies of the seed page as MDX (each with its own uid and
 * title), in groups of GROUP_SIZE, and returns its folder. `broken` makes copy `broken.page` link to a page that
 * does not exist.
 */
export function writeGeneratedDocsRoot(dir, count, { broken } = {}) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'config'), { recursive: true });
  const seed = readSeed();
  const relative = (from, to, anchor) => {
    const [fromGroup, toGroup] = [pageKey(from), pageKey(to)].map((key) => key.split('/')[2]);
    const file = `${to === from ? '' : `page-${to}.md`}${anchor ? `#${anchor}` : ''}`;
    return fromGroup === toGroup ? file : `../${toGroup}/${file}`;
  };
  const groups = [];
  for (let i = 0; i < count; i++) {
    const key = pageKey(i);
    const links = linkTargets(i, count, (j, anchor) => relative(i, j, anchor));
    if (broken?.page === i) links[0] = broken.target;
    const frontmatter = seed.frontmatter
      .replace(/^uid: .*$/m, `uid: gen-${i}`)
      .replace(/^title: (.*)$/m, `title: $1 ${i}`);
    mkdirSync(join(dir, key, '..'), { recursive: true });
    writeFileSync(join(dir, `${key}.mdx`), `---\n${frontmatter}\n---\n${copyBody(seed.body, links)}`);
    const group = Math.floor(i / GROUP_SIZE);
    (groups[group] ??= { group: `Del ${group + 1}`, pages: [] }).pages.push(key);
  }
  writeFileSync(
    join(dir, 'docs.json'),
    JSON.stringify({ name: 'Generert hjelp', navigation: { $ref: './config/navigation.json' } }, null, 2),
  );
  writeFileSync(
    join(dir, 'config/navigation.json'),
    JSON.stringify({ languages: [{ language: 'no', default: true, tabs: { $ref: './nav-no.json' } }] }, null, 2),
  );
  writeFileSync(join(dir, 'config/nav-no.json'), JSON.stringify([{ tab: 'Generert', groups }], null, 2));
  return dir;
}

/**
 * `count` copies of the seed as the site's own pages, in `content/docs/no/gen/` of a copy of the project (`docsDir`
 * is its content/docs), each with its own uid and title and listed in toc.yaml. `broken` makes copy `broken.page`
 * link to a page that does not exist. Returns the path of each page below content/docs.
 */
export function writeGeneratedOwnPages(docsDir, count, { broken } = {}) {
  const seed = readSeed();
  const folder = join(docsDir, 'no/gen');
  mkdirSync(folder, { recursive: true });
  const files = [];
  for (let i = 0; i < count; i++) {
    const links = linkTargets(i, count, (j, anchor) => `page-${j}.md${anchor ? `#${anchor}` : ''}`);
    if (broken?.page === i) links[0] = broken.target;
    const frontmatter = seed.frontmatter
      .replace(/^uid: .*$/m, `uid: gen-own-${i}`)
      .replace(/^title: (.*)$/m, `title: $1 ${i}`);
    writeFileSync(join(folder, `page-${i}.mdx`), `---\n${frontmatter}\n---\n${copyBody(seed.body, links)}`);
    files.push(`no/gen/page-${i}.mdx`);
  }
  const toc = files.map((file) => `    - page: ${file}`).join('\n');
  appendFileSync(join(docsDir, 'toc.yaml'), `- label: Generert\n  items:\n${toc}\n`);
  return files;
}

/**
 * The same `count` copies as MDX pages of a bare Astro project (`src/pages/` of it), with a layout that only sets
 * the title: what Astro itself does with these pages and no plugins.
 */
export function writeBarePages(pagesDir, count) {
  rmSync(pagesDir, { recursive: true, force: true });
  const seed = readSeed();
  for (let i = 0; i < count; i++) {
    const key = pageKey(i);
    const links = linkTargets(i, count, (j, anchor) => `/${pageKey(j)}/${anchor ? `#${anchor}` : ''}`);
    const frontmatter = seed.frontmatter.replace(/^title: (.*)$/m, `title: $1 ${i}`);
    const layout = `${'../'.repeat(key.split('/').length)}layouts/Page.astro`;
    mkdirSync(join(pagesDir, key, '..'), { recursive: true });
    writeFileSync(
      join(pagesDir, `${key}.mdx`),
      `---\n${frontmatter}\nlayout: ${layout}\n---\n${copyBody(seed.body, links)}`,
    );
  }
}

/**
 * The same `count` copies for Astro Starlight (`src/content/docs/` of a Starlight project): the seed's body as
 * MDX with Starlight's own callout component (`<Aside>`) in place of the `[!NOTE]` alert, links to Starlight's
 * addresses, and the frontmatter Starlight reads.
 */
export function writeStarlightPages(docsDir, count) {
  rmSync(docsDir, { recursive: true, force: true });
  const seed = readSeed();
  const title = /^title: (.*)$/m.exec(seed.frontmatter)[1];
  const description = /^description: (.*)$/m.exec(seed.frontmatter)[1];
  const body = seed.body
    .replace(/^# .*\n+/m, '')
    .replace(/^> \[!NOTE\]\n((?:> .*\n)+)/m, (_, lines) => `<Aside>\n${lines.replace(/^> /gm, '')}</Aside>\n`);
  for (let i = 0; i < count; i++) {
    const key = pageKey(i);
    const links = linkTargets(i, count, (j, anchor) => `/${pageKey(j)}/${anchor ? `#${anchor}` : ''}`);
    mkdirSync(join(docsDir, key, '..'), { recursive: true });
    writeFileSync(
      join(docsDir, `${key}.mdx`),
      `---\ntitle: ${title} ${i}\ndescription: ${description}\n---\n` +
        `import { Aside } from '@astrojs/starlight/components';\n\n${copyBody(body, links)}`,
    );
  }
}
