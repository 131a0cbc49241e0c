import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';

/**
 * The output of `npm run test:corpus`'s build of SuperOffice's real help (DOCS_ROOT = the shared corpus), checked
 * file by file: every page is there, none shows raw MDX, every internal link, anchor and image resolves, every
 * redirect is served, and the training layer is on the real howto page.
 */
const CORPUS = resolve(process.env.CORPUS_ROOT ?? '../shared/corpus/superoffice-docs');
const OUT = resolve('dist-corpus');

interface HtmlFile {
  /** Path below the output, with forward slashes. */
  path: string;
  html: string;
}

let files: HtmlFile[] = [];
const byPath = new Map<string, HtmlFile>();
const idsCache = new Map<string, Set<string>>();

function walk(folder: string, out: string[]): void {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.name.endsWith('.html')) out.push(path);
  }
}

function pageFilesOf(language: string): string[] {
  const out: string[] = [];
  const visit = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (entry.name !== 'includes') visit(join(folder, entry.name));
      } else if (/\.mdx?$/.test(entry.name)) out.push(relative(CORPUS, join(folder, entry.name)).split(sep).join('/'));
    }
  };
  visit(join(CORPUS, language));
  return out;
}

const routeOf = (rel: string) => `/${rel.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '')}/`.replace(/\/+/g, '/');

/** The HTML file an address of the site is served from, if any. */
function fileFor(pathname: string): HtmlFile | undefined {
  const clean = decodeURIComponent(pathname);
  return byPath.get(clean.endsWith('/') ? `${clean}index.html` : clean) ?? byPath.get(`${clean}/index.html`);
}

function idsOf(file: HtmlFile): Set<string> {
  let ids = idsCache.get(file.path);
  if (!ids) {
    ids = new Set([...file.html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => decodeHtml(m[1]!)));
    idsCache.set(file.path, ids);
  }
  return ids;
}

function decodeHtml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** What a reader sees of the article as text: no tags, no code samples (which may show markup on purpose). */
function articleText(html: string): string {
  const article = /<article[^>]*>([\s\S]*)<\/article>/.exec(html)?.[1] ?? '';
  return decodeHtml(article.replace(/<(pre|code)\b[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' '));
}

beforeAll(() => {
  if (!existsSync(join(OUT, 'index.html'))) throw new Error('dist-corpus/ is missing: run npm run test:corpus');
  const paths: string[] = [];
  walk(OUT, paths);
  files = paths.map((path) => ({
    path: `/${relative(OUT, path).split(sep).join('/')}`,
    html: readFileSync(path, 'utf8'),
  }));
  for (const file of files) byPath.set(file.path, file);
});

describe('the corpus build', () => {
  test('every page file of no/ has its page, at its upstream address', () => {
    const missing = pageFilesOf('no').filter((rel) => !fileFor(routeOf(rel))?.html.includes('<article'));
    expect(missing).toEqual([]);
    expect(pageFilesOf('no').length).toBeGreaterThan(450);
  });

  test('no page shows raw MDX: components, {#id} headings or imports', () => {
    const raw =
      /<\/?(Note|Tip|Caution|Warning|Info|Check|Icon|Card|Columns|Frame|Steps?|Tabs?|Accordion|Callout)\b|\{#[\w-]+\}|\bimport\s+\w+\s+from\s+["']/;
    const shown = files
      .filter((file) => file.html.includes('<article'))
      .flatMap((file) => {
        const match = raw.exec(articleText(file.html));
        return match ? [`${file.path}: ${match[0]}`] : [];
      });
    expect(shown).toEqual([]);
  });

  test('every internal link, anchor and image of every page resolves in the output', () => {
    const broken: string[] = [];
    for (const file of files) {
      for (const [, attribute, raw] of file.html.matchAll(/\s(href|src)="([^"]*)"/g)) {
        const url = decodeHtml(raw!);
        if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(url) || url === '') continue;
        const [path, hash] = url.split('#') as [string, string | undefined];
        const pathname = path.replace(/\?.*$/, '');
        let target: HtmlFile | undefined = file;
        if (pathname !== '') {
          const asset = !pathname.endsWith('/') && /\.[a-z0-9]+$/i.test(pathname);
          if (asset) {
            if (!existsSync(join(OUT, decodeURIComponent(pathname)))) broken.push(`${file.path}: ${attribute} ${url}`);
            continue;
          }
          target = fileFor(pathname);
          if (!target) {
            broken.push(`${file.path}: ${attribute} ${url}`);
            continue;
          }
        }
        if (hash && !idsOf(target).has(decodeURIComponent(hash))) broken.push(`${file.path}: ${url} (no anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('every redirect of config/redirects.json for no/ is served, unless a page has that address', () => {
    const rules = JSON.parse(readFileSync(join(CORPUS, 'config/redirects.json'), 'utf8')) as Array<{ source: string }>;
    const sources = rules.map((r) => r.source).filter((s) => s.startsWith('/no/') && !s.includes('*'));
    expect(sources.length).toBeGreaterThan(300);
    const unserved = sources.filter((source) => {
      const file = fileFor(`${source.replace(/\/$/, '')}/`);
      return !file || !/http-equiv="refresh"|<article/.test(file.html);
    });
    expect(unserved).toEqual([]);
  });

  test('a redirect page sends the reader to where the page lives now', () => {
    const file = fileFor('/no/admin/erp/learn/erp-connect/');
    expect(file?.html).toMatch(/http-equiv="refresh" content="0; url=\/no\/erp\/learn\/connect\/"/);
  });

  test('the simulator follows the steps of the real «Rediger ERP-kobling», «Prøv i simulatoren» its troubleshooting', () => {
    const html = fileFor('/no/erp/admin/update-connection/')!.html;
    const order = [
      'id="trinn"',
      '<ol>',
      'class="simulator-embed"',
      'id="feilsøking"',
      'id="erp-koblingen-kan-ikke-lagres"',
      'href="/simulator/?situasjon=ok-nedtonet"',
      'id="relatert-innhold"',
    ];
    // Each marker is looked for after the one before it: all are found, in this order.
    let from = 0;
    const found = order.filter((marker) => {
      const at = html.indexOf(marker, from);
      if (at >= 0) from = at + marker.length;
      return at >= 0;
    });
    expect(found).toEqual(order);
    // The simulator's island, which hydrates when the reader scrolls near it.
    expect(/component-url="\/_astro\/(\w+)\./.exec(html)?.[1]).toMatch(/SimulatorIsland$/);
  });

  test('the Sync tab pages get the simulator on the Sync tab after their steps, «Prøv i simulatoren» under each troubleshooting heading', () => {
    const add = fileFor('/no/erp/admin/add-connection/')!.html;
    expect(inOrder(add, ['id="connection"', 'class="simulator-embed"', 'id="neste-trinn"'])).toBe(true);
    // The island's props name the situation it starts in.
    expect(add).toMatch(/class="simulator-embed"[^]*?start&quot;:\[0,&quot;sync-fanen&quot;\]/);
    const configure = fileFor('/no/erp/admin/configure/')!.html;
    expect(
      inOrder(configure, [
        'id="priority"',
        'class="simulator-embed"',
        'id="feilsøking"',
        'id="kan-ikke-aktivere-erp-kobling"',
        'href="/simulator/?situasjon=mangler-retning"',
        'id="synkroniseringspiler-er-ikke-tilgjengelige"',
        'href="/simulator/?situasjon=retning-uten-felt"',
      ]),
    ).toBe(true);
  });

  test('the site’s own troubleshooting pages stay, in the navigation beside the real page', () => {
    const html = fileFor('/no/erp/admin/troubleshooting/ok-dimmed/')!.html;
    expect(html).toContain('<article');
    expect(fileFor('/no/erp/admin/update-connection/')!.html).toContain(
      'href="/no/erp/admin/troubleshooting/ok-dimmed/"',
    );
  });

  test('pages load nothing from another host', () => {
    const remote = files.flatMap((file) =>
      [
        ...file.html.matchAll(
          /<(?:script|img|iframe|video|audio|source|link(?![^>]*rel="canonical"))\b[^>]*\s(?:src|href)="((?:https?:)?\/\/[^"]+)"/g,
        ),
      ].map((m) => `${file.path}: ${m[1]}`),
    );
    expect(remote).toEqual([]);
  });
});

describe('languages', () => {
  test('an English page of the docs root says so, and the Norwegian site around it says it is Norwegian', () => {
    const html = fileFor('/')!.html;
    expect(html).toMatch(/<html lang="en"/);
    expect(html).toMatch(/<header class="site-header" lang="no"/);
    expect(html).toMatch(/<div class="doc-grid" lang="no"/);
    expect(html).toMatch(/<article data-pagefind-body(="")? lang="en"/);
  });

  test('a Norwegian page has no language marks beyond its own', () => {
    const html = fileFor('/no/erp/admin/update-connection/')!.html;
    expect(html).toMatch(/<html lang="no"/);
    expect(html).not.toMatch(/<(header|div|article)[^>]* lang=/);
  });
});

/** Whether every marker is found in the HTML, each after the one before it. */
function inOrder(html: string, markers: string[]): boolean {
  let from = 0;
  return markers.every((marker) => {
    const at = html.indexOf(marker, from);
    if (at >= 0) from = at + marker.length;
    return at >= 0;
  });
}
