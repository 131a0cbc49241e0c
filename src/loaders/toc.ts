import { readFileSync } from 'node:fs';
import { tocSchema, type Toc } from '../schemas/toc.ts';
import { parseYamlContent, parseYamlSource, yamlLineFinder } from '../schemas/yaml-location.ts';
import { DOCS_DIR } from '../navigation/routes.ts';

/** Where the table of contents is. */
export const TOC_FILE = `${DOCS_DIR}/toc.yaml`;

/**
 * Reads and validates content/docs/toc.yaml (build time only). A YAML syntax error or a wrong entry fails naming
 * the file, the key path (`1.items.0.pagee`) and the line.
 */
export function readToc(file = TOC_FILE): Toc {
  const source = readFileSync(file, 'utf8');
  return parseYamlContent(tocSchema, parseYamlSource(source, file), file, source);
}

/** The line of an entry of the table of contents (`[1, 'items', 0]`), for messages about it. */
export function tocLineFinder(file = TOC_FILE): (path: ReadonlyArray<string | number>) => number | undefined {
  return yamlLineFinder(readFileSync(file, 'utf8'));
}
