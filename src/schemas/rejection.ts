import nbBuild from '../../content/i18n/nb/sim.build.json' with { type: 'json' };
import nbSim from '../../content/i18n/nb/sim.json' with { type: 'json' };
import { createTranslate } from '../i18n/translate.ts';
import type { Command } from '../simulator/domain/commands.ts';
import type { SimEvent } from '../simulator/domain/events.ts';

/** The simulator's Norwegian texts: the rules' explanations and the reasons a command can be refused. */
const t = createTranslate({ ...nbSim, ...nbBuild });

/**
 * What a command names that may be missing from the scenario: a connection, a tool, a field, a member, a Sync
 * Connector, an actor or its field, a list or its value, a row.
 */
function targetOf(command: Command): string {
  switch (command.type) {
    case 'selectConnection':
      return String(command.connectionId);
    case 'openTool':
      return command.tool;
    case 'setField':
      return command.key;
    case 'toggleVisibilityMember':
    case 'selectItem':
      return command.id;
    case 'chooseConnector':
      return command.connectorId;
    case 'selectActor':
    case 'setActorSync':
      return command.actor;
    case 'setCrmField':
      return command.crm === null
        ? `${command.actor}/${command.field}`
        : `${command.actor}/${command.field} → ${command.crm}`;
    case 'setDirection':
    case 'setFieldFlag':
      return `${command.actor}/${command.field}`;
    case 'selectList':
      return command.list;
    case 'setListItem':
      return command.crm === null
        ? `${command.list}/${command.item}`
        : `${command.list}/${command.item} → ${command.crm}`;
    case 'setDefaultField':
    case 'removeDefault':
      return command.field;
    default:
      return command.type;
  }
}

/**
 * Why the simulator refused a command, in the Norwegian words readers see: the explanation of each rule that
 * forbade it (with the rule's id), or the reason when no rule of the page is behind it. For build messages about
 * situations and exercises, where a trainer has written a command the simulator will not take.
 */
export function rejectionReason(
  event: Extract<SimEvent, { type: 'rejected' }>,
  command: Command,
  scenarioId: string,
): string {
  if (event.ruleIds.length > 0) return event.ruleIds.map((id) => `(rule ${id}) ${t(`sim.rule.${id}`)}`).join(' ');
  return t(`sim.reject.${event.reason}`, { target: targetOf(command), scenario: scenarioId });
}

/** `command 3 (setField) is refused by the simulator: …`: one line for a build message. */
export function refusedCommand(
  position: number,
  event: Extract<SimEvent, { type: 'rejected' }>,
  command: Command,
  scenarioId: string,
): string {
  return `command ${position} (${command.type}) is refused by the simulator: ${rejectionReason(event, command, scenarioId)}`;
}
