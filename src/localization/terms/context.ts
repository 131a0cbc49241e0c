import { allowList } from './english.ts';
import type { Label } from './labels.ts';
import type { TermBase } from './schema.ts';
import { buildTermIndex, type FormEntry } from './term-index.ts';

/** Everything a page check needs, prepared once for a whole site. */
export interface CheckContext {
  base: TermBase;
  index: FormEntry[];
  allow: RegExp[];
  labels: Label[];
  /** Texts of every label, for exact matching of bold UI terms. */
  labelTexts: ReadonlySet<string>;
  /** Names of concepts that are not labels (lower case): bold for a defined term, not for a control. */
  conceptNames: ReadonlySet<string>;
  /** Emphasis words (lower case) that pages may bold without naming a control. */
  emphasis: ReadonlySet<string>;
  asWritten: ReadonlySet<string>;
}

/** Prepares the term base and the labels for checking pages. */
export function createContext(base: TermBase, labels: readonly Label[]): CheckContext {
  return {
    base,
    index: buildTermIndex(base),
    allow: allowList(base.allow),
    labels: [...labels],
    labelTexts: new Set(labels.map((l) => l.text)),
    conceptNames: new Set(
      base.terms
        .filter((t) => !t.ui)
        .flatMap((t) => [t.nb, ...t.variants])
        .map((n) => n.toLowerCase()),
    ),
    emphasis: new Set(base.emphasis.map((w) => w.toLowerCase())),
    asWritten: new Set(base.asWritten),
  };
}
