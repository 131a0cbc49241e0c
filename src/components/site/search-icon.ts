import { MagnifyingGlassIcon } from '@phosphor-icons/react/dist/ssr/MagnifyingGlass';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

/**
 * The search button's magnifying glass as SVG markup, rendered once per build: every page's header carries it, and
 * rendering it through Astro's React renderer cost a React render per page.
 */
export const SEARCH_ICON = renderToStaticMarkup(
  createElement(MagnifyingGlassIcon, { 'aria-hidden': true, size: '1.1em' }),
);
