import type { DialogScope } from '../../simulator/domain/index.ts';
import { evaluate, type CheckContext } from './checks.ts';
import type { DemoCommand, ExerciseStep } from './types.ts';
import type { UiTarget } from './ui-targets.ts';

/**
 * The control a command acts on, for Vis meg's highlight and caption (undefined: nothing to point at). `scope` is
 * the dialog open before the command: OK and Avbryt of Legg til standardverdi are its own.
 */
export function commandTarget(command: DemoCommand, scope?: DialogScope): UiTarget | undefined {
  const inDefault = scope === 'standardverdi';
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
      return scope === 'connector' ? 'connector.name' : 'dialog.name';
    case 'setUrl':
      return 'connector.url';
    case 'chooseConnector':
      return 'dialog.connector';
    case 'selectActor':
      return `tool.tab:${command.actor}`;
    case 'setActorSync':
      return 'mapping.sync';
    case 'setCrmField':
      return `mapping.crm:${command.actor}/${command.field}`;
    case 'setDirection':
      // Clearing a direction is a click on the chosen one again; which that was is not in the command.
      return command.direction === null
        ? undefined
        : `mapping.direction:${command.actor}/${command.field}/${command.direction}`;
    case 'setFieldFlag':
      return `mapping.${command.flag}:${command.actor}/${command.field}`;
    case 'selectList':
      return 'list.choose';
    case 'setListItem':
      return `list.item:${command.list}/${command.item}`;
    case 'addDefault':
      return 'default.add';
    case 'setDefaultField':
      return 'default.field';
    case 'setDefaultOption':
      return `default.${command.option}`;
    case 'setDefaultValue':
      return 'default.value';
    case 'removeDefault':
      return `default.remove:${command.field}`;
    case 'selectItem':
      return `order.item:${command.id}`;
    case 'moveItem':
      return command.direction === 'up' ? 'order.up' : 'order.down';
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
      return inDefault ? 'default.ok' : 'dialog.ok';
    case 'cancel':
      return inDefault ? 'default.cancel' : 'dialog.cancel';
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
