import { connectionById } from './lookup.ts';
import type { Check } from './rule-checks.ts';
import type { Rule } from './rules.ts';

/** A connection is selected in ERP-koblinger (and still exists). */
export const hasSelection: Check = (state) => connectionById(state, state.selectedId) !== undefined;

/**
 * Rule `needs-selected-connection`, the one rule of the list and its buttons. rules.ts lists it with the others;
 * it is written here, apart from the dialog's checks, so the island's first load carries only this check (a
 * bundle ships whole modules, so a rule in rules.ts would bring every check with it).
 */
export const needsSelectedConnection: Rule = {
  id: 'needs-selected-connection',
  kind: 'precondition',
  messageKey: 'sim.rule.needs-selected-connection',
  check: hasSelection,
};
