import type { Heading, PhrasingContent, RootContent } from 'mdast';
import { isJsxElement, type JsxElement } from '../jsx.ts';
import { readAttributes } from './attributes.ts';
import { nested, titleDepth, type DialectContext } from './context.ts';
import { faIcon } from './icon.ts';
import { asBlocks, isIgnorable, element, htmlLeaf, text } from './nodes.ts';

/** One `<Step>` as a list item; its title is a real heading one level below the heading before the steps. */
function renderStep(step: JsxElement, context: DialectContext): RootContent {
  const values = readAttributes(
    step,
    { title: 'string', icon: 'string', iconType: 'string', stepNumber: 'number', titleSize: 'ignored' },
    context,
  );
  const title = typeof values.title === 'string' ? values.title.trim() : '';
  const depth = titleDepth(context);
  const parts: RootContent[] = [];
  if (title) {
    const icon = typeof values.icon === 'string' ? faIcon(step, values.icon, values.iconType, context) : undefined;
    const lead: PhrasingContent[] = icon
      ? [htmlLeaf('svg', { ...icon.properties, className: ['icon'], ariaHidden: 'true' }, icon.children), text(' ')]
      : [];
    const heading: Heading = {
      type: 'heading',
      depth,
      children: [...lead, text(title)],
      position: step.position,
      data: { hProperties: { className: ['step-title'] } },
    };
    parts.push(heading);
  }
  nested(context, title ? depth : context.depth, () => context.transformChildren(step));
  parts.push(...asBlocks(step.children));
  const number = typeof values.stepNumber === 'number' ? { value: String(values.stepNumber) } : {};
  return element('li', { className: ['step'], ...number }, parts, step.position);
}

/**
 * `<Steps>` with `<Step title>` inside: a numbered list (the numbers are the list's own, so they are read out),
 * each step titled with a heading. Anything in `<Steps>` that is not a `<Step>` is a problem; in a lenient file
 * it is kept, right after the list.
 */
export function renderSteps(node: JsxElement, context: DialectContext): RootContent[] {
  readAttributes(node, { titleSize: 'ignored' }, context);
  const steps: RootContent[] = [];
  const stray: RootContent[] = [];
  for (const child of node.children) {
    if (isIgnorable(child)) continue;
    if (isJsxElement(child, 'Step')) steps.push(renderStep(child, context));
    else {
      context.problem(child, '<Steps> may only hold <Step> elements; move this text into a step.', 'steps:stray');
      stray.push(child);
    }
  }
  if (steps.length === 0) context.problem(node, '<Steps> has no <Step>.', 'steps:empty');
  const holder = { children: stray };
  context.transformChildren(holder);
  return [element('ol', { className: ['steps'] }, steps, node.position), ...holder.children];
}

/** A `<Step>` outside `<Steps>`: a problem; in a lenient file it is shown as a one-step list, losing nothing. */
export function renderOrphanStep(node: JsxElement, context: DialectContext): RootContent[] {
  context.problem(node, '<Step> must be inside <Steps>.', 'steps:orphan');
  return [element('ol', { className: ['steps'] }, [renderStep(node, context)], node.position)];
}
