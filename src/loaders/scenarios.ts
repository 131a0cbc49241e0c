import type { Scenario } from '../simulator/domain/types.ts';
import { parseScenario } from '../schemas/scenario.ts';
import { parseSituations, type Situations } from '../schemas/situation.ts';
import { readYamlFile } from './yaml-file.ts';

/** Loads and validates a scenario file (content/scenarios/*.yaml). For Astro pages at build time. */
export async function loadScenarioFile(path: string): Promise<Scenario> {
  const { data, file, source } = await readYamlFile(path);
  return parseScenario(data, file, source);
}

/** Loads and validates content/scenarios/situations.yaml. For Astro pages at build time. */
export async function loadSituationsFile(path: string): Promise<Situations> {
  const { data, file, source } = await readYamlFile(path);
  return parseSituations(data, file, source);
}
