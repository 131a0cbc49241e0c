import { isUiTarget, type UiTarget } from '../engine/index.ts';

/** The attribute on the element around the simulator: outlines apply inside it only. */
export const SCOPE_ATTRIBUTE = 'data-ex-scope';

/**
 * The style rule that outlines a control: CSS over the simulator's own `data-sim-target` marks, so the simulator
 * is not touched and a control that re-renders (or the dialog that opens later) is outlined as soon as it exists.
 * A member of Velg brukere og grupper sits in a dialog that opens on request; until it is open, the button that
 * opens it is outlined instead. The pulse is left out when the reader prefers reduced motion.
 */
export function outlineCss(target: UiTarget): string {
  if (!isUiTarget(target)) return '';
  const at = (t: string) => `[${SCOPE_ATTRIBUTE}] [data-sim-target="${t}"]`;
  const selectors = [at(target)];
  if (target.startsWith('dialog.member:'))
    selectors.push(`[${SCOPE_ATTRIBUTE}]:not(:has([data-sim-target="${target}"])) [data-sim-target="dialog.members"]`);
  const list = selectors.join(', ');
  return [
    `${list} { outline: 3px solid var(--important); outline-offset: 3px; }`,
    `@media (prefers-reduced-motion: no-preference) { ${list} { animation: ex-outline-pulse 1.6s ease-in-out infinite; } }`,
  ].join('\n');
}

/** The outlined control itself, if it is on the page. */
export function findTarget(root: ParentNode, target: UiTarget): Element | null {
  return isUiTarget(target) ? root.querySelector(`[${SCOPE_ATTRIBUTE}] [data-sim-target="${target}"]`) : null;
}
