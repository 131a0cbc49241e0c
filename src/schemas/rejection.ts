import nbBuild from '../../content/i18n/nb/sim.build.json' with { type: 'json' };
import nbSim from '../../content/i18n/nb/sim.json' with { type: 'json' };
import { createTranslate } from '../i18n/translate.ts';
import type { Command } from '../simulator/domain/commands.ts';
import type { SimEvent } from '../simulator/domain/events.ts';

/** The simulator's Norwegian texts: the rules' explanations and the reasons a command can be refused. */
const t = createTranslate({ ...nbSim, ...nbBuild });

/** What a command names that may be missing from the scenario: a connection, a tool, a field, a member. */
function targetOf(command: Command): string {
  if (command.type === 'selectConnection') return String(command.connectionId);
  if (command.type === 'openTool') return command.tool;
  if (command.type === 'setField') return command.key;
  if (command.type === 'toggleVisibilityMember') return command.id;
  return command.type;
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
