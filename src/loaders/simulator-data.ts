import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { loadScenarioFile, loadSituationsFile } from './scenarios.ts';
import type { Scenario } from '../simulator/domain/types.ts';
import type { Situations } from '../schemas/situation.ts';

const SCENARIO_DIR = 'content/scenarios';
const SITUATIONS_FILE = 'situations.yaml';

export interface SimulatorData {
  scenarios: Record<string, Scenario>;
  situations: Situations;
}

let cached: Promise<SimulatorData> | undefined;

/**
 * The scenarios and situations in content/scenarios, validated once per build (build time only). A situation
 * that names a scenario that does not exist fails here, naming both.
 */
export function loadSimulatorData(): Promise<SimulatorData> {
  cached ??= (async () => {
    const files = (await readdir(SCENARIO_DIR)).filter((f) => f.endsWith('.yaml') && f !== SITUATIONS_FILE).sort();
    const scenarios: Record<string, Scenario> = {};
    for (const file of files) {
      const scenario = await loadScenarioFile(join(SCENARIO_DIR, file));
      if (scenarios[scenario.id])
        throw new Error(`${SCENARIO_DIR}/${file}: scenario id "${scenario.id}" is used by another file`);
      scenarios[scenario.id] = scenario;
    }
    const situations = await loadSituationsFile(join(SCENARIO_DIR, SITUATIONS_FILE));
    for (const [id, situation] of Object.entries(situations)) {
      if (!scenarios[situation.scenarioId]) {
        throw new Error(
          `${SCENARIO_DIR}/${SITUATIONS_FILE}: situation "${id}" starts from scenario "${situation.scenarioId}", which no file in ${SCENARIO_DIR} defines`,
        );
      }
    }
    return { scenarios, situations };
  })();
  return cached;
}

/** Fails the build when a page names a situation that does not exist (`tag` is how the page named it). */
export async function assertSituation(
  id: string,
  where: string,
  tag = `<TryInSimulator situation="${id}" />`,
): Promise<void> {
  const { situations } = await loadSimulatorData();
  if (!situations[id]) {
    throw new Error(
      `${where}: ${tag} names no situation in ${SCENARIO_DIR}/${SITUATIONS_FILE}. Known: ${Object.keys(situations).join(', ')}`,
    );
  }
}
