import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { loadScenarioFile, loadSituationsFile } from './scenarios.ts';
import type { Scenario } from '../simulator/domain/types.ts';
import type { Situations } from '../schemas/situation.ts';
import { yamlLineFinder } from '../schemas/yaml-location.ts';

const SCENARIO_DIR = 'content/scenarios';
const SITUATIONS_FILE = 'situations.yaml';

export interface SimulatorData {
  scenarios: Record<string, Scenario>;
  situations: Situations;
}

let cached: Promise<SimulatorData> | undefined;

/**
 * The scenarios and situations in content/scenarios, validated once per build (build time only). Every situation
 * is replayed in its scenario: one that names no scenario, or has a command the simulator refuses, fails here.
 */
export function loadSimulatorData(): Promise<SimulatorData> {
  cached ??= (async () => {
    const files = (await readdir(SCENARIO_DIR)).filter((f) => f.endsWith('.yaml') && f !== SITUATIONS_FILE).sort();
    const scenarios: Record<string, Scenario> = {};
    const fileOf = new Map<string, string>();
    for (const file of files) {
      const path = join(SCENARIO_DIR, file);
      const scenario = await loadScenarioFile(path);
      const other = fileOf.get(scenario.id);
      if (other) {
        const line = yamlLineFinder(readFileSync(path, 'utf8'))(['id']);
        throw new Error(
          `${path}${line ? `:${line}` : ''}: scenario id "${scenario.id}" is also the id of ${other}. Give each scenario its own id.`,
        );
      }
      fileOf.set(scenario.id, path);
      scenarios[scenario.id] = scenario;
    }
    const situations = await loadSituationsFile(join(SCENARIO_DIR, SITUATIONS_FILE), scenarios);
    return { scenarios, situations };
  })();
  return cached;
}

/** Fails the build when a page links to a situation that does not exist. */
export async function assertSituation(id: string, where: string): Promise<void> {
  const { situations } = await loadSimulatorData();
  if (!situations[id]) {
    throw new Error(
      `${where}: <TryInSimulator situation="${id}" /> names no situation in ${SCENARIO_DIR}/${SITUATIONS_FILE}. Known: ${Object.keys(situations).join(', ')}`,
    );
  }
}
