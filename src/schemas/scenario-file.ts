import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import type { Scenario } from '../simulator/domain/types.ts';
import { ContentError } from './friendly-error.ts';
import { parseScenario } from './scenario.ts';
import { parseSituations, type Situations } from './situation.ts';

/** Reads and parses a YAML file; a syntax error becomes a ContentError with its line. Node only (build time). */
async function readYaml(path: string): Promise<{ data: unknown; file: string; source: string }> {
  const file = relative(process.cwd(), path) || path;
  const source = await readFile(path, 'utf8');
  try {
    return { data: parse(source), file, source };
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    throw new ContentError(file, [{ field: '(YAML syntax)', line: error.linePos?.[0].line, message: error.message.split('\n')[0]!.replace(/:$/, '') }]);
  }
}

/** Loads and validates a scenario file (content/scenarios/*.yaml). For Astro pages at build time. */
export async function loadScenarioFile(path: string): Promise<Scenario> {
  const { data, file, source } = await readYaml(path);
  return parseScenario(data, file, source);
}

/** Loads and validates content/scenarios/situations.yaml. For Astro pages at build time. */
export async function loadSituationsFile(path: string): Promise<Situations> {
  const { data, file, source } = await readYaml(path);
  return parseSituations(data, file, source);
}
