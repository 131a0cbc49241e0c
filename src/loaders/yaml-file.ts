import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { parseYamlSource } from '../schemas/yaml-location.ts';

/**
 * Reads a YAML content file (build time, Node only): its data, its path relative to the project for error
 * messages, and its source for finding lines. A syntax error fails with the file and the line.
 */
export async function readYamlFile(path: string): Promise<{ data: unknown; file: string; source: string }> {
  const file = relative(process.cwd(), path) || path;
  const source = await readFile(path, 'utf8');
  return { data: parseYamlSource(source, file), file, source };
}
