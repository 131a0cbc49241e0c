/**
 * What the store needs of the domain beyond the list and its buttons: the complete reducer (the dialog's commands
 * with all the rules, validation and the connection test), situations (they replay commands of the dialog) and
 * the rules by id. Loaded on first need by dialog-loading.ts, never imported statically by the island.
 */
export { applySituation, reduce, rule } from '../domain/index.ts';
