import { yamlLineFinder } from '../../schemas/yaml-location.ts';
import type { Scenario } from '../../simulator/domain/types.ts';
import type { Catalog } from '../catalogs/types.ts';
import type { TermBase } from './schema.ts';

/**
 * The labels a bold UI term in a page may name. Three sources, because the simulator shows only part of the
 * product:
 * - `catalog`: the nb values of `sim.ui.*` keys that look like labels (short, no sentence). Other `sim.*` keys
 *   are messages and explanations, which pages quote rather than name.
 * - `scenario`: the connector field labels (and select option labels) of every scenario file: the dialog
 *   shows them for the connector at hand.
 * - `terms`: the term base's `ui: true` terms: the product's labels around the dialog (Innstillinger og
 *   vedlikehold, Tilbud/Sync, Fullført ...) that pages name but the simulator does not show.
 * Only the first two are "labels of the simulator" for `unused-label`: the term base is the pages' side.
 */
export interface Label {
  text: string;
  origin: 'catalog' | 'scenario' | 'terms';
  /** The file that defines it, from the project root. */
  file: string;
  line?: number;
  /** Catalog key, scenario field path or term id. */
  ref: string;
}

/** Collapses whitespace (and no-break spaces), and drops a colon a label may end with on screen (`Navn:`). */
export function normalizeLabel(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/\s*:$/, '');
}

/** Short enough to be a label and not a sentence: at most six words, no `{placeholder}`, no closing full stop. */
export function isLabelLike(text: string): boolean {
  const label = normalizeLabel(text);
  const words = label.split(' ').filter(Boolean).length;
  return (
    words >= 1 &&
    words <= 6 &&
    label.length <= 48 &&
    !/[{}]/.test(label) &&
    !/[.!?…]$/.test(label) &&
    !/[.!?] /.test(label)
  );
}

/** Labels from the nb simulator catalog: `sim.ui.*` values that look like labels. */
export function catalogLabels(catalog: Catalog, prefix = 'sim.ui.'): Label[] {
  return Object.entries(catalog.messages)
    .filter(([key, text]) => key.startsWith(prefix) && isLabelLike(text))
    .map(([key, text]) => ({
      text: normalizeLabel(text),
      origin: 'catalog' as const,
      file: catalog.file,
      line: catalog.lines[key],
      ref: key,
    }));
}

/** Connector field labels and option labels of a scenario. `source` is the YAML text, for lines. */
export function scenarioLabels(scenario: Scenario, file: string, source: string): Label[] {
  const lineOf = yamlLineFinder(source);
  return scenario.connectors.flatMap((connector, c) =>
    connector.fields.flatMap((field, f) => {
      const path = ['connectors', c, 'fields', f];
      const own: Label = {
        text: normalizeLabel(field.label),
        origin: 'scenario',
        file,
        line: lineOf([...path, 'label']),
        ref: `${connector.id}.${field.key}`,
      };
      const options = (field.options ?? []).map((option, o): Label => ({
        text: normalizeLabel(option.label),
        origin: 'scenario',
        file,
        line: lineOf([...path, 'options', o, 'label']),
        ref: `${connector.id}.${field.key}.${option.value}`,
      }));
      return [own, ...options];
    }),
  );
}

/** The term base's `ui: true` terms. `source` is the YAML text, for lines. */
export function termLabels(base: TermBase, file: string, source: string): Label[] {
  const lineOf = yamlLineFinder(source);
  return base.terms.flatMap((term, i) =>
    term.ui
      ? [
          {
            text: normalizeLabel(term.nb),
            origin: 'terms' as const,
            file,
            line: lineOf(['terms', i, 'nb']),
            ref: term.id,
          },
        ]
      : [],
  );
}
