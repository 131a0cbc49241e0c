import {
  actorOf,
  crmFieldsOf,
  defaultFixedHasValue,
  defaultHasChoice,
  defaultRequiredHasSource,
  directionBlocks,
  duplicateValues,
  missingDirections,
} from './setup.ts';
import type { ConnectionSetup, ConnectorDef, DefaultValue, ErpActor, Scenario } from './types.ts';

/** Something in a setup that the simulator could not have produced, at a path inside the setup. */
export interface SetupProblem {
  path: Array<string | number>;
  message: string;
}

/** What a default lacks that OK in Legg til standardverdi would have required (the predicates of its rules). */
function defaultProblem(d: DefaultValue): string | undefined {
  if (!defaultHasChoice(d)) return 'choose fixed, ask or required';
  if (!defaultRequiredHasSource(d)) return 'required needs fixed or ask as well';
  if (!defaultFixedHasValue(d)) return 'fixed needs a value (plain text, at most 100 characters)';
  return undefined;
}

function actorProblems(scenario: Scenario, connector: ConnectorDef, setup: ConnectionSetup, actor: ErpActor) {
  const problems: SetupProblem[] = [];
  const crmKeys = new Set(crmFieldsOf(scenario, actor).map((f) => f.key));
  for (const [key, m] of Object.entries(setup.actors[actor.id]?.fields ?? {})) {
    const at = ['actors', actor.id, 'fields', key];
    if (!actor.fields.some((f) => f.key === key)) {
      problems.push({ path: at, message: `"${key}" is not a field of the actor ${actor.id}` });
      continue;
    }
    if (m.crm !== null && !crmKeys.has(m.crm))
      problems.push({ path: [...at, 'crm'], message: `"${m.crm}" is not a SuperOffice field of ${actor.entity}` });
    const blocks = directionBlocks(scenario, connector, setup, actor.id, key);
    if (m.direction !== null && blocks.length)
      problems.push({
        path: [...at, 'direction'],
        message: `this field cannot have a direction (${blocks.join(', ')})`,
      });
  }
  const defaults = setup.defaults[actor.id] ?? [];
  defaults.forEach((d, i) => {
    const at = ['defaults', actor.id, i];
    if (!actor.fields.some((f) => f.key === d.field))
      problems.push({ path: [...at, 'field'], message: `"${d.field}" is not a field of the actor ${actor.id}` });
    else if (defaults.findIndex((o) => o.field === d.field) !== i)
      problems.push({ path: [...at, 'field'], message: `the field "${d.field}" has a default already` });
    const problem = defaultProblem(d);
    if (problem) problems.push({ path: at, message: problem });
  });
  const rank = setup.rank[actor.id] ?? [];
  rank.forEach((key, i) => {
    if (!actor.fields.some((f) => f.key === key) || rank.indexOf(key) !== i)
      problems.push({
        path: ['rank', actor.id, i],
        message: `"${key}" is not a field of ${actor.id}, or is listed twice`,
      });
  });
  return problems;
}

function listProblems(
  scenario: Scenario,
  connector: ConnectorDef,
  setup: ConnectionSetup,
  saved: boolean,
): SetupProblem[] {
  const problems: SetupProblem[] = [];
  for (const [id, items] of Object.entries(setup.lists)) {
    const list = connector.lists.find((l) => l.id === id);
    const crm = scenario.crm.lists.find((l) => l.id === list?.crmList);
    if (!list || !crm) {
      problems.push({ path: ['lists', id], message: `"${id}" is not a list of ${connector.id}` });
      continue;
    }
    for (const [item, value] of Object.entries(items)) {
      if (!list.items.some((i) => i.id === item))
        problems.push({ path: ['lists', id, item], message: `"${item}" is not a value of the ERP list ${id}` });
      else if (!crm.items.some((i) => i.id === value))
        problems.push({ path: ['lists', id, item], message: `"${value}" is not a value of the CRM list ${crm.id}` });
    }
    const twice = [...duplicateValues(items)];
    if (saved && twice.length)
      problems.push({
        path: ['lists', id],
        message: `a CRM value is chosen for more than one ERP value: ${twice.join(', ')}`,
      });
  }
  return problems;
}

/**
 * Everything in a connection's setup that does not fit its connector and the scenario's CRM side, or that the
 * dialogs would not have saved: unknown actors, fields, lists and values, a direction the buttons would not
 * allow, an incomplete default, and in a saved setup (`saved`) duplicates in a list and, on an active connection,
 * a required field without a direction. A dialog's working copy may hold those two until Lagre or Fullført
 * refuses them. Empty means the setup is one the simulator could have produced. Used on scenario files and on
 * stored state.
 */
export function setupProblems(
  scenario: Scenario,
  connector: ConnectorDef,
  setup: ConnectionSetup,
  { active, saved }: { active: boolean; saved: boolean },
): SetupProblem[] {
  const unknownActors = [...Object.keys(setup.actors), ...Object.keys(setup.defaults), ...Object.keys(setup.rank)]
    .filter((id) => !actorOf(connector, id))
    .map((id) => ({ path: ['actors', id], message: `"${id}" is not an actor of ${connector.id}` }));
  const missing =
    saved && active
      ? missingDirections(connector, setup).map(({ actor, field }) => ({
          path: ['actors', actor, 'fields', field],
          message: `the connection is active, so this required field of a synchronised actor needs a direction`,
        }))
      : [];
  return [
    ...unknownActors,
    ...connector.actors.flatMap((actor) => actorProblems(scenario, connector, setup, actor)),
    ...listProblems(scenario, connector, setup, saved),
    ...missing,
  ];
}
