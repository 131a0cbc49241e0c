import { createElement, type ReactNode } from 'react';

/**
 * The components Mintlify hands to a docs root's `.jsx` components without an import (`<Callout>`, `<Icon>`),
 * as plain React for rendering on the server. They render the same markup as the site's callouts, so the page's
 * stylesheet applies.
 */
function Callout({ children }: { children?: ReactNode; color?: string; icon?: string }) {
  return createElement('div', { className: 'callout callout-note', role: 'note' }, children);
}

/** An icon is decoration here: its name is kept for styling, nothing is fetched. */
function Icon({ icon }: { icon?: string }) {
  return createElement('span', { className: `docs-icon docs-icon-${icon ?? 'none'}`, 'aria-hidden': 'true' });
}

export const COMPONENT_GLOBALS: Readonly<Record<string, unknown>> = { Callout, Icon };
