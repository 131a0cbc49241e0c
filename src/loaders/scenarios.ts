import type { Scenario } from '../simulator/domain/types.ts';
import { parseScenario } from '../schemas/scenario.ts';
import { parseSituations, type Situations } from '../schemas/situation.ts';
import { replaySituations } from '../schemas/situation-replay.ts';
import { readYamlFile } from './yaml-file.ts';

/** Loads and validates a scenario file (content/scenarios/*.yaml). For Astro pages at build time. */
export async function loadScenarioFile(path: string): Promise<Scenario> {
  const { data, file, source } = await readYamlFile(path);
  return parseScenario(data, file, source);
}

/**
 * Loads and validates content/scenarios/situations.yaml. For Astro pages at build time. With `scenarios`, every
 * situation is also replayed in its scenario, so a command the simulator refuses fails here, at its line.
 */
export async function loadSituationsFile(
  path: string,
  scenarios?: Readonly<Record<string, Scenario>>,
): Promise<Situations> {
  const { data, file, source } = await readYamlFile(path);
  const situations = parseSituations(data, file, source);
  if (scenarios) replaySituations(situations, scenarios, file, source);
  return situations;
}
