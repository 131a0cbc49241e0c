import { applySituation, SituationError } from '../simulator/domain/situations.ts';
import type { Scenario } from '../simulator/domain/types.ts';
import { ContentError } from './friendly-error.ts';
import { refusedCommand } from './rejection.ts';
import type { Situations } from './situation.ts';
import { yamlLineFinder } from './yaml-location.ts';

/**
 * Replays every situation from its scenario's start, as the simulator will when a reader opens
 * `?situasjon=<id>`, and fails naming the file, the situation, the command's position and line, and why the
 * simulator refused it in the words readers see. A situation whose scenario no file defines fails at its
 * `scenario`. Every problem of the file is listed, not only the first.
 */
export function replaySituations(
  situations: Situations,
  scenarios: Readonly<Record<string, Scenario>>,
  file: string,
  source?: string,
): void {
  const lineOf = source === undefined ? () => undefined : yamlLineFinder(source);
  const problems: Array<ContentError['problems'][number]> = [];
  for (const [id, situation] of Object.entries(situations)) {
    const scenario = scenarios[situation.scenarioId];
    if (!scenario) {
      const known = Object.keys(scenarios).join(', ');
      const message = `no file in content/scenarios defines the scenario "${situation.scenarioId}" (known: ${known})`;
      problems.push({ field: `${id}.scenario`, line: lineOf([id, 'scenario']), message });
      continue;
    }
    try {
      applySituation(scenario, situation);
    } catch (error) {
      if (!(error instanceof SituationError) || !error.event) throw error;
      const index = error.step - 1;
      const command = situation.commands[index]!;
      problems.push({
        field: `${id}.commands.${index}`,
        line: lineOf([id, 'commands', index]),
        message: refusedCommand(error.step, error.event, command, scenario.id),
      });
    }
  }
  if (problems.length > 0) throw new ContentError(file, problems);
}
