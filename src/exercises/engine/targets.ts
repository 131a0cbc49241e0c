import { evaluate, type CheckContext } from './checks.ts';
import type { DemoCommand, ExerciseStep } from './types.ts';
import type { UiTarget } from './ui-targets.ts';

/** The control a command acts on, for Vis meg's highlight and caption (undefined: nothing to point at). */
export function commandTarget(command: DemoCommand): UiTarget | undefined {
  switch (command.type) {
    case 'navigate':
      return `navigator.${command.screen}`;
    case 'selectTab':
      return `tab.${command.tab}`;
    case 'selectConnection':
      return command.connectionId === null ? undefined : `connection-row:${command.connectionId}`;
    case 'openDialog':
      return 'button.konfigurer';
    case 'openTool':
      return `button.${command.tool}`;
    case 'openFeature':
      return `button.${command.feature}`;
    case 'setName':
      return 'dialog.name';
    case 'setDescription':
      return 'dialog.description';
    case 'setVisibilityMode':
      return `dialog.visibility.${command.mode}`;
    case 'toggleVisibilityMember':
      return command.kind === 'user' ? `dialog.member:user:${command.id}` : `dialog.member:group:${command.id}`;
    case 'setActive':
      return 'dialog.active';
    case 'setField':
      return `dialog.field:${command.key}`;
    case 'runTest':
      return 'dialog.test';
    case 'ok':
      return 'dialog.ok';
    case 'cancel':
      return 'dialog.cancel';
    case 'dismissNotice':
      return 'notice.dismiss';
  }
}

/**
 * The control Veiledet outlines for a step now: the step's single target, or the first choice whose `when`
 * holds in the current state (checks with events see none here). Undefined if no choice holds.
 */
export function stepTarget(step: ExerciseStep, ctx: Omit<CheckContext, 'events'>): UiTarget | undefined {
  if (typeof step.target === 'string') return step.target;
  return step.target.find((choice) => !choice.when || evaluate(choice.when, { ...ctx, events: [] }))?.target;
}
