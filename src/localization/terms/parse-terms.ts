import { parseYamlContent, parseYamlSource } from '../../schemas/yaml-location.ts';
import { termBaseSchema, type TermBase } from './schema.ts';

/** Where the term base lives, from the project root. */
export const TERMS_FILE = 'content/terms.yaml';

/**
 * Parses and validates the text of a term base. Throws a ContentError naming the file, the field path
 * (`terms.3.avoid.0`) and its line, for a YAML syntax error as for a wrong field.
 */
export function parseTermBase(source: string, file: string = TERMS_FILE): TermBase {
  return parseYamlContent(termBaseSchema, parseYamlSource(source, file), file, source);
}
