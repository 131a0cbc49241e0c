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
  /** The path before the `*`, with a trailing slash: `/no/old/`. */
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
  const add = (from: string, destination: string, source: string) => {
    const key = pageKey(from);
    if (routes.has(key)) {
      problems.push({ source, target: from, message: `is the address of a page, which is served instead` });
      return;
    }
    const existing = explicit.get(key);
    if (existing && existing.destination !== destination) {
      problems.push({
        source,
        target: from,
        message: `is redirected twice; the first, to ${existing.destination}, is kept`,
      });
      return;
    }
    explicit.set(key, { destination, source });
  };

  for (const page of inputs.pageRedirects) {
    for (const path of page.paths) if (inBuild(path)) add(path, page.route, `${page.file} (redirect_from)`);
  }
  for (const rule of inputs.rules) {
    if (!inBuild(rule.source)) continue;
    if (rule.source.includes('*')) {
      if (!/^[^*]*\/\*$/.test(rule.source)) {
        problems.push({
          source: inputs.rulesFile,
          target: rule.source,
          message: 'only a trailing /* wildcard is supported',
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
    const route = routes.get(key) ?? (pageRoutes.has(routeOfPath(path)) ? routeOfPath(path) : undefined);
    if (route) return `${route}${suffix}`;
    const next = explicit.get(key);
    if (next) {
      if (seen.includes(key) || seen.length > 10) return undefined;
      return land(next.destination, [...seen, key]);
    }
    if (inBuild(path)) return undefined;
    return `${publicBaseUrl}/${key}${suffix}`;
  };

  const redirects: DocsRootRedirect[] = [];
  const linkMap = new Map<string, string>();
  for (const [key, { destination, source }] of explicit) {
    const to = land(destination, [key]);
    if (!to) {
      problems.push({ source, target: `/${key}`, message: `leads to ${destination}, which is no page of this build` });
      continue;
    }
    redirects.push({ from: routeOfPath(`/${key}`), to, source });
    linkMap.set(key, to);
  }
  for (const wildcard of wildcards) {
    if (!wildcard.keepRest) continue;
    const toKey = pageKey(wildcard.to);
    for (const [key, route] of routes) {
      if (!key.startsWith(`${toKey}/`)) continue;
      const from = routeOfPath(`${wildcard.prefix}${key.slice(toKey.length + 1)}`);
      const fromKey = pageKey(from);
      if (routes.has(fromKey) || explicit.has(fromKey) || linkMap.has(fromKey)) continue;
      redirects.push({ from, to: route, source: inputs.rulesFile });
      linkMap.set(fromKey, route);
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
