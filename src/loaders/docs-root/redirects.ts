import type { RedirectInput } from '../../schemas/docs-root.ts';
import { pageKey } from './site-index.ts';

/** A redirect page of the build: `from` is served and sends the reader to `to` (a route, or the public site). */
export interface DocsRootRedirect {
  from: string;
  to: string;
  /** Where it was written, for the report: `config/redirects.json` or a page's `redirect_from`. */
  source: string;
}

/** A wildcard rule (`/no/old/*`), served by the not-found page, which is the only page an unknown address reaches. */
export interface WildcardRedirect {
  /** The path before the `*`: `/no/old/`, or `/no/old/sync-` for `/no/old/sync-*`. */
  prefix: string;
  /** Where it goes; with `keepRest`, what followed the prefix is appended (`/no/new/*`). */
  to: string;
  keepRest: boolean;
}

export interface RedirectProblem {
  source: string;
  target: string;
  message: string;
}

export interface RedirectPlan {
  redirects: DocsRootRedirect[];
  wildcards: WildcardRedirect[];
  /** Every served source path (page key) and where it leads, for resolving links to old addresses. */
  linkMap: Map<string, string>;
  problems: RedirectProblem[];
}

interface Inputs {
  /** Rules from docs.json's `redirects` (after `$ref`s), with the file they came from. */
  rules: readonly RedirectInput[];
  rulesFile: string;
  /** `redirect_from` of each page: the page's route and the paths. */
  pageRedirects: ReadonlyArray<{ route: string; paths: readonly string[]; file: string }>;
  /** Routes of the build's pages by page key. */
  routes: ReadonlyMap<string, string>;
  /** Language folders the build renders: only sources inside them are served. */
  languages: ReadonlySet<string>;
  publicBaseUrl: string;
}

/** `/no/a/b` -> `/no/a/b/`: the route a source path is served at. */
function routeOfPath(path: string): string {
  const trimmed = path.replace(/[?#].*$/, '').replace(/\/+$/, '');
  return `${trimmed}/`;
}

/**
 * The redirects of the built languages: each `source` of config/redirects.json in a built language, and each
 * page's `redirect_from`, becomes a redirect page to where the reader should land (a page of the build, following
 * chains of redirects, or the public site for anything else). A source that is also a page's address is left to
 * the page; a source listed twice keeps its first destination. Wildcards (`/no/old/*`) cannot be pages of a static
 * site: for `/*` to `/*` rules each existing page below the destination gets its old address as a redirect page,
 * and every wildcard is also handed to the not-found page, which sends any other matching address on.
 */
export function planRedirects(inputs: Inputs): RedirectPlan {
  const { routes, languages, publicBaseUrl } = inputs;
  const problems: RedirectProblem[] = [];
  const inBuild = (path: string) => languages.has(pageKey(path).split('/')[0]!);
  const pageRoutes = new Set(routes.values());

  const explicit = new Map<string, { destination: string; source: string }>();
  const wildcards: WildcardRedirect[] = [];
  const sameDestination = (a: string, b: string) => pageKey(a.split('#')[0]!) === pageKey(b.split('#')[0]!);
  /** Sources are served at their exact address: `/no/x/index/` is not the page `/no/x/`, so it can redirect. */
  const add = (from: string, destination: string, source: string) => {
    const route = routeOfPath(from);
    if (pageRoutes.has(route)) {
      problems.push({ source, target: from, message: `is the address of a page, which is served instead` });
      return;
    }
    const existing = explicit.get(route);
    if (existing && !sameDestination(existing.destination, destination)) {
      const message = `is redirected twice; the first, to ${existing.destination}, is kept`;
      problems.push({ source, target: from, message });
      return;
    }
    if (!existing) explicit.set(route, { destination, source });
  };

  for (const page of inputs.pageRedirects) {
    for (const path of page.paths) if (inBuild(path)) add(path, page.route, `${page.file} (redirect_from)`);
  }
  for (const rule of inputs.rules) {
    if (!inBuild(rule.source)) continue;
    if (rule.source.includes('*')) {
      if (!/^[^*]*\*$/.test(rule.source)) {
        problems.push({
          source: inputs.rulesFile,
          target: rule.source,
          message: 'only a * at the end is supported',
        });
        continue;
      }
      const keepRest = rule.destination.endsWith('/*');
      wildcards.push({
        prefix: rule.source.slice(0, -1),
        to: keepRest ? rule.destination.slice(0, -1) : rule.destination,
        keepRest,
      });
      continue;
    }
    add(rule.source, rule.destination, inputs.rulesFile);
  }

  /** Where a destination finally lands: a page route, or the public site, following redirects up to 10 hops. */
  const land = (destination: string, seen: string[] = []): string | undefined => {
    if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(destination)) return destination;
    const [path = '', hash] = destination.split('#');
    const key = pageKey(path.replace(/\?.*$/, ''));
    const suffix = hash === undefined ? '' : `#${hash}`;
    const route = routes.get(key);
    if (route) return `${route}${suffix}`;
    const from = routeOfPath(path);
    const next = explicit.get(from);
    if (next) {
      if (seen.includes(from) || seen.length > 10) return undefined;
      return land(next.destination, [...seen, from]);
    }
    if (inBuild(path)) return undefined;
    return `${publicBaseUrl}/${key}${suffix}`;
  };

  const redirects: DocsRootRedirect[] = [];
  const linkMap = new Map<string, string>();
  const serve = (from: string, to: string, source: string) => {
    redirects.push({ from, to, source });
    // Links name pages without `/index`; a source that is a page's key with `/index` is that page already.
    if (!routes.has(pageKey(from))) linkMap.set(pageKey(from), to);
  };
  for (const [from, { destination, source }] of explicit) {
    const to = land(destination, [from]);
    if (to) serve(from, to, source);
    else problems.push({ source, target: from, message: `leads to ${destination}, which is no page of this build` });
  }
  for (const wildcard of wildcards) {
    if (!wildcard.keepRest) continue;
    const toKey = pageKey(wildcard.to);
    for (const [key, route] of routes) {
      if (!key.startsWith(`${toKey}/`)) continue;
      const from = routeOfPath(`${wildcard.prefix}${key.slice(toKey.length + 1)}`);
      if (pageRoutes.has(from) || explicit.has(from)) continue;
      explicit.set(from, { destination: route, source: inputs.rulesFile });
      serve(from, route, inputs.rulesFile);
    }
  }
  for (const wildcard of wildcards) {
    const landed = land(wildcard.to) ?? (wildcard.keepRest ? wildcard.to : undefined);
    if (!landed)
      problems.push({
        source: inputs.rulesFile,
        target: `${wildcard.prefix}*`,
        message: `leads to ${wildcard.to}, which is no page of this build`,
      });
    else wildcard.to = landed;
  }
  redirects.sort((a, b) => a.from.localeCompare(b.from));
  return { redirects, wildcards, linkMap, problems };
}
