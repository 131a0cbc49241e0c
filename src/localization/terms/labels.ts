import { yamlLineFinder } from '../../schemas/yaml-location.ts';
import type { Scenario } from '../../simulator/domain/types.ts';
import type { Catalog } from '../catalogs/types.ts';
import type { TermBase } from './schema.ts';

/**
 * The labels a bold UI term in a page may name. Three sources, because the simulator shows only part of the
 * product:
 * - `catalog`: the nb values of `sim.ui.*` keys that look like labels (short, no sentence). Other `sim.*` keys
 *   are messages and explanations, which pages quote rather than name.
 * - `scenario`: what every scenario file labels: connector fields and options, ERP actors, fields and lists, and
 *   the SuperOffice entities, fields and lists they map to (the dialogs show them for the connection at hand).
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

/**
 * The labels a scenario puts on screen: connector fields and their options (the connection dialogs), ERP actors,
 * their fields and lists (Tilordninger, Listetilordning, Standardverdier, Ranger felt), and the SuperOffice
 * entities, fields and lists they are mapped to. `syncTemplate` is the nb text of Tilordninger's checkbox
 * (`sim.ui.mapping.sync`, «Synkroniser ERP «{actor}» med SuperOffice «{entity}»»): filled in for each actor, it is
 * the label the dialog shows on that actor's tab. `source` is the YAML text, for lines.
 */
export function scenarioLabels(scenario: Scenario, file: string, source: string, syncTemplate?: string): Label[] {
  const lineOf = yamlLineFinder(source);
  const label = (text: string, path: Array<string | number>, ref: string): Label => ({
    text: normalizeLabel(text),
    origin: 'scenario',
    file,
    line: lineOf(path),
    ref,
  });
  const entityLabel = (id: string) => scenario.crm.entities.find((e) => e.id === id)?.label ?? id;
  const connectors = scenario.connectors.flatMap((connector, c) => [
    ...connector.fields.flatMap((field, f) => {
      const path = ['connectors', c, 'fields', f];
      return [
        label(field.label, [...path, 'label'], `${connector.id}.${field.key}`),
        ...(field.options ?? []).map((option, o) =>
          label(option.label, [...path, 'options', o, 'label'], `${connector.id}.${field.key}.${option.value}`),
        ),
      ];
    }),
    ...connector.actors.flatMap((actor, a) => {
      const path = ['connectors', c, 'actors', a];
      const ref = `${connector.id}.${actor.id}`;
      const sync = syncTemplate?.replace('{actor}', actor.label).replace('{entity}', entityLabel(actor.entity));
      return [
        label(actor.label, [...path, 'label'], ref),
        ...(sync ? [label(sync, [...path, 'label'], `${ref}.sync`)] : []),
        ...actor.fields.map((f, i) => label(f.label, [...path, 'fields', i, 'label'], `${ref}.${f.key}`)),
      ];
    }),
    ...connector.lists.map((list, l) =>
      label(list.label, ['connectors', c, 'lists', l, 'label'], `${connector.id}.${list.id}`),
    ),
  ]);
  const crm = [
    ...scenario.crm.entities.flatMap((entity, e) => [
      label(entity.label, ['crm', 'entities', e, 'label'], `crm.${entity.id}`),
      ...entity.fields.map((f, i) =>
        label(f.label, ['crm', 'entities', e, 'fields', i, 'label'], `crm.${entity.id}.${f.key}`),
      ),
    ]),
    ...scenario.crm.lists.map((list, l) => label(list.label, ['crm', 'lists', l, 'label'], `crm.${list.id}`)),
  ];
  return [...connectors, ...crm];
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
