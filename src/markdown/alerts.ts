import { InfoIcon } from '@phosphor-icons/react/dist/ssr/Info';
import { LightbulbIcon } from '@phosphor-icons/react/dist/ssr/Lightbulb';
import { WarningIcon } from '@phosphor-icons/react/dist/ssr/Warning';
import { WarningCircleIcon } from '@phosphor-icons/react/dist/ssr/WarningCircle';
import { WarningOctagonIcon } from '@phosphor-icons/react/dist/ssr/WarningOctagon';
import type { Element, ElementContent } from 'hast';
import type { Root } from 'mdast';
import { rehypeGithubAlerts, type IAlert } from 'rehype-github-alerts';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { t } from '../i18n/site.ts';
import { fail } from './origin.ts';
import { renderIcon, type Icon } from './phosphor.ts';
import { didYouMean } from './suggest.ts';

/**
 * The alert kinds of the source docs, each with a decorative Phosphor icon. The title is the catalog's
 * `site.alert.<kind>` (Merk, Tips, Viktig, Advarsel, Forsiktig).
 */
export const ALERT_KINDS: Readonly<Record<string, { icon: Icon }>> = {
  NOTE: { icon: InfoIcon },
  TIP: { icon: LightbulbIcon },
  IMPORTANT: { icon: WarningCircleIcon },
  WARNING: { icon: WarningIcon },
  CAUTION: { icon: WarningOctagonIcon },
};

/** `[!KIND]` at the very start of a blockquote's first paragraph, as rehype-github-alerts reads it. */
const MARKER = /^\[!([^\]]*)\]/;

/**
 * Checks alert markers while the tree still knows which file (page or include) each blockquote came from,
 * which the rehype stage no longer does. An unknown kind stops the build; the renderer would otherwise leave
 * it as a plain quote and the page would silently lose its warning. `> [!NOTE] text` on one line is accepted
 * too: the text is moved to the next line, the only form the renderer takes.
 */
export function remarkAlertMarkers() {
  return function transform(tree: Root, file: VFile): void {
    visit(tree, 'blockquote', (quote) => {
      const paragraph = quote.children.find((child) => child.type === 'paragraph');
      const first = paragraph?.children[0];
      if (first?.type !== 'text') return;
      const match = MARKER.exec(first.value);
      if (!match) return;
      const kind = match[1]!.trim().toUpperCase();
      if (!(kind in ALERT_KINDS)) {
        const allowed = Object.keys(ALERT_KINDS).map((known) => `[!${known}]`);
        const hint = didYouMean(kind, Object.keys(ALERT_KINDS));
        const reason = `Unknown alert kind "${match[0]}".${hint} Use one of: ${allowed.join(', ')}.`;
        fail(file, quote, reason, 'alerts:unknown-kind');
      }
      const rest = first.value.slice(match[0].length);
      if (rest.trim() !== '' && !/^[\r\n]/.test(rest)) first.value = `${match[0]}\n${rest.trimStart()}`;
    });
  };
}

/**
 * The callout markup the site's CSS is written against. `role="note"` rather than an `<aside>`: a page with many
 * callouts would otherwise fill the landmark list.
 */
function buildCallout(alert: IAlert, children: ElementContent[]): Element {
  const icon = structuredClone(alert.icon) as Element;
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['callout', `callout-${alert.keyword.toLowerCase()}`], role: 'note' },
    children: [
      {
        type: 'element',
        tagName: 'p',
        properties: { className: ['callout-title'] },
        children: [icon, { type: 'text', value: alert.title }],
      },
      ...children,
    ],
  };
}

/**
 * Renders `> [!NOTE]` and its siblings as callouts with rehype-github-alerts, using our kinds, titles, icons and
 * markup. Run {@link remarkAlertMarkers} first so unknown kinds fail instead of staying quotes.
 */
export function rehypeCallouts() {
  const alerts: IAlert[] = Object.entries(ALERT_KINDS).map(([keyword, { icon }]) => {
    const svg = renderIcon(icon);
    svg.properties = { ...svg.properties, className: ['callout-icon'], ariaHidden: 'true' };
    return { keyword, title: t(`site.alert.${keyword.toLowerCase()}`), icon: svg };
  });
  return rehypeGithubAlerts({ alerts, build: buildCallout });
}
