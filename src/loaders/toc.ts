import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parseYamlContent } from '../schemas/yaml-location.ts';
import { tocSchema, type Toc } from '../schemas/toc.ts';
import { DOCS_DIR } from '../navigation/routes.ts';

/** Reads and validates content/docs/toc.yaml (build time only). */
export function readToc(file = `${DOCS_DIR}/toc.yaml`): Toc {
  const source = readFileSync(file, 'utf8');
  return parseYamlContent(tocSchema, parse(source), file, source);
}
