import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { transform } from 'esbuild';
import * as React from 'react';
import * as jsxRuntime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import { t } from '../../i18n/site.ts';
import { COMPONENT_GLOBALS } from './component-globals.ts';

type Component = (props: Record<string, unknown>) => React.ReactNode;

/** Modules a docs-root component may import; anything else is refused, so a component reads no other file. */
const ALLOWED_IMPORTS: Readonly<Record<string, unknown>> = { react: React, 'react/jsx-runtime': jsxRuntime };

export interface ComponentRequest {
  path: string;
  name: string;
  props: Record<string, unknown>;
  /** Route of the page it is used on. */
  route: string;
}

/**
 * Components whose job needs another host at run time, which this site never contacts, rendered as something
 * static and true instead. Keyed by the path below the docs root.
 */
const STATIC_STAND_INS: Readonly<Record<string, (request: ComponentRequest, publicBaseUrl: string) => string>> = {
  // Loads SuperOffice's form script from online2.superoffice.com: point the reader at the page where it runs.
  'components/so-form.jsx': (request, publicBaseUrl) => {
    const href = `${publicBaseUrl}${request.route.replace(/\/$/, '')}`;
    const link = `<a href="${escapeHtml(href)}">${escapeHtml(t('site.docsRoot.formLink', { host: new URL(publicBaseUrl).host }))}</a>`;
    return `<p class="docs-root-stand-in">${escapeHtml(t('site.docsRoot.formBody'))} ${link}</p>`;
  },
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/**
 * Renders the `.jsx` components of a docs root on the server with React, to static HTML: nothing is hydrated, so
 * effects never run and no script reaches the reader. The file is compiled on its own (esbuild, no bundling); it
 * may import only React, and gets Mintlify's global components (`Callout`, `Icon`) as Mintlify gives them.
 */
export function createComponentRenderer(root: string, publicBaseUrl: string) {
  const compiled = new Map<string, Promise<Component>>();

  async function compile(path: string): Promise<Component> {
    const { code } = await transform(readFileSync(path, 'utf8'), {
      loader: 'jsx',
      format: 'cjs',
      jsx: 'automatic',
      sourcefile: path,
    });
    const module = { exports: {} as Record<string, unknown> };
    const require = (name: string) => {
      if (!(name in ALLOWED_IMPORTS)) throw new Error(`${path}: a component may import only react, not "${name}"`);
      return ALLOWED_IMPORTS[name];
    };
    const names = Object.keys(COMPONENT_GLOBALS);
    // The component's own module scope, with Mintlify's globals as parameters; it reaches nothing else of ours.
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const run = new Function('require', 'module', 'exports', ...names, code) as (...args: unknown[]) => void;
    run(require, module, module.exports, ...names.map((n) => COMPONENT_GLOBALS[n]));
    const component = module.exports.default;
    if (typeof component !== 'function') throw new Error(`${path}: the file has no default export of a component`);
    return component as Component;
  }

  return async function render(request: ComponentRequest): Promise<string> {
    const below = relative(root, request.path).split(sep).join('/');
    const standIn = STATIC_STAND_INS[below];
    if (standIn) return standIn(request, publicBaseUrl);
    let component = compiled.get(request.path);
    if (!component) compiled.set(request.path, (component = compile(request.path)));
    return renderToStaticMarkup(React.createElement(await component, request.props));
  };
}
