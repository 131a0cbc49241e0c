import type { z } from 'zod';
import { verifyDemo } from '../exercises/engine/demo.ts';
import type { Check, DemoCommand, Exercise, TargetChoice, ValuesCheck } from '../exercises/engine/types.ts';
import { exerciseWorld } from '../exercises/engine/world.ts';
import { normalizePath, normalizeUrl } from '../simulator/domain/erp-backend.ts';
import { SituationError, type Situation } from '../simulator/domain/situations.ts';
import type { ConnectorDef, ErpFault, Scenario } from '../simulator/domain/types.ts';
import { refusedCommand } from './rejection.ts';

type Path = Array<string | number>;
type Report = (path: Path, message: string) => void;

/** What an exercise may name: the scenarios and situations, and the file's name (which its id must equal). */
export interface ExerciseRefs {
  scenarios: Readonly<Record<string, Scenario>>;
  situations: Readonly<Record<string, Situation>>;
  /** The file name without .yaml; when given, `id` must equal it. */
  fileId?: string;
}

/** Every check inside a check (itself included), with its path. */
function eachCheck(check: Check, path: Path, visit: (check: Check, path: Path) => void): void {
  visit(check, path);
  if ('all' in check) check.all.forEach((c, i) => eachCheck(c, [...path, 'all', i], visit));
  if ('any' in check) check.any.forEach((c, i) => eachCheck(c, [...path, 'any', i], visit));
  if ('not' in check) eachCheck(check.not, [...path, 'not'], visit);
}

/** A fault that matches nothing in the scenario changes nothing: surely a typo. */
function faultHits(f: ErpFault, s: Scenario): boolean {
  const { servers, folders } = s.erp;
  if (f.kind === 'unreachable') return servers.some((x) => normalizeUrl(x.url) === normalizeUrl(f.url));
  if (f.kind === 'expired-key')
    return servers.some((x) => x.accounts.some((a) => a.user.toLowerCase() === f.user.toLowerCase()));
  if (f.kind === 'unknown-client') return servers.some((x) => x.clients.includes(f.client));
  return folders.some((x) => normalizePath(x) === normalizePath(f.path));
}

function namer(s: Scenario, report: Report) {
  const connections = s.connections.map((c) => c.id);
  const fields = (connector?: ConnectorDef) =>
    (connector ? connector.fields : s.connectors.flatMap((c) => c.fields)).map((f) => f.key);
  const connectorOf = (connectionId?: string) =>
    s.connectors.find((k) => k.id === s.connections.find((c) => c.id === connectionId)?.connectorId);
  const known = (kind: string, ids: readonly string[]) => (path: Path, id: string | null | undefined) => {
    if (id !== null && id !== undefined && !ids.includes(id))
      report(path, `${kind} "${id}" does not exist in scenario ${s.id} (known: ${ids.join(', ')})`);
  };
  const connection = known('connection', connections);
  const user = known(
    'user',
    s.users.map((u) => u.id),
  );
  const group = known(
    'group',
    s.groups.map((g) => g.id),
  );
  const field = (path: Path, key: string, connectionId?: string) => {
    const keys = fields(connectorOf(connectionId));
    if (!keys.includes(key))
      report(
        path,
        `"${key}" is not a configuration field${connectionId ? ` of ${connectionId}` : ''} (fields: ${[...new Set(keys)].join(', ')})`,
      );
  };
  const values = (v: ValuesCheck, path: Path, connectionId?: string) => {
    for (const key of Object.keys(v.config ?? {})) field([...path, 'config', key], key, connectionId);
    v.members?.users?.forEach((u, i) => user([...path, 'members', 'users', i], u));
    v.members?.groups?.forEach((g, i) => group([...path, 'members', 'groups', i], g));
  };
  return { connection, user, group, field, values };
}

/** Cross-references no single field's schema can see, then the demo replayed through the simulator. */
export function exerciseReferences(refs: ExerciseRefs) {
  return (e: Exercise, ctx: z.core.$RefinementCtx<Exercise>): void => {
    let problems = 0;
    const report: Report = (path, message) => (
      problems++,
      ctx.addIssue({ code: 'custom', path, message, input: undefined })
    );
    if (refs.fileId !== undefined && e.id !== refs.fileId)
      report(['id'], `id "${e.id}" must equal the file name "${refs.fileId}"`);
    const scenario = refs.scenarios[e.start.scenario];
    if (!scenario)
      return report(
        ['start', 'scenario'],
        `scenario "${e.start.scenario}" does not exist (known: ${Object.keys(refs.scenarios).join(', ')})`,
      );
    const situation = e.start.situation === undefined ? undefined : refs.situations[e.start.situation];
    if (e.start.situation !== undefined && !situation)
      report(
        ['start', 'situation'],
        `situation "${e.start.situation}" does not exist (known: ${Object.keys(refs.situations).join(', ')})`,
      );
    else if (situation && situation.scenarioId !== scenario.id)
      report(
        ['start', 'situation'],
        `situation "${situation.id}" is for scenario "${situation.scenarioId}", not "${scenario.id}"`,
      );
    e.start.faults.forEach(
      (f, i) =>
        faultHits(f, scenario) ||
        report(
          ['start', 'faults', i],
          `this ${f.kind} fault matches nothing in the scenario's erp.servers or erp.folders`,
        ),
    );

    const name = namer(scenario, report);
    const defaultConnection = e.expect?.connection;
    if (e.expect) name.connection(['expect', 'connection'], e.expect.connection);
    const commands = (list: DemoCommand[], path: Path) =>
      list.forEach((c, i) => {
        if (c.type === 'selectConnection') name.connection([...path, i, 'connectionId'], c.connectionId);
        if (c.type === 'setField') name.field([...path, i, 'key'], c.key);
        if (c.type === 'toggleVisibilityMember') (c.kind === 'user' ? name.user : name.group)([...path, i, 'id'], c.id);
      });
    const checks = (root: Check, base: Path) =>
      eachCheck(root, base, (c, path) => {
        if ('selected' in c) name.connection([...path, 'selected'], c.selected);
        if ('dialog' in c) name.connection([...path, 'connection'], c.connection);
        if ('draft' in c) name.connection([...path, 'draft', 'connection'], c.draft.connection);
        if ('draft' in c) name.values(c.draft, [...path, 'draft'], c.draft.connection ?? defaultConnection);
        for (const kind of ['saved', 'listed'] as const)
          if (kind in c) {
            const spec = (c as Record<typeof kind, ValuesCheck & { connection: string }>)[kind];
            name.connection([...path, kind, 'connection'], spec.connection);
            name.values(spec, [...path, kind], spec.connection);
          }
        if ('event' in c && typeof c.where?.connectionId === 'string')
          name.connection([...path, 'where', 'connectionId'], c.where.connectionId);
      });
    commands(e.start.commands, ['start', 'commands']);
    const seen = new Set<string>();
    e.steps.forEach((s, i) => {
      if (seen.has(s.id)) report(['steps', i, 'id'], `step id "${s.id}" is used twice`);
      seen.add(s.id);
      checks(s.check, ['steps', i, 'check']);
      commands(s.demo, ['steps', i, 'demo']);
      const choices = typeof s.target === 'string' ? [{ target: s.target }] : s.target;
      choices.forEach((choice: TargetChoice, j) => {
        const path: Path = typeof s.target === 'string' ? ['steps', i, 'target'] : ['steps', i, 'target', j, 'target'];
        const [, kind, rest = ''] =
          /^(connection-row|dialog\.field|dialog\.member:user|dialog\.member:group):(.*)$/.exec(choice.target) ?? [];
        if (kind === 'connection-row') name.connection(path, rest);
        if (kind === 'dialog.field') name.field(path, rest);
        if (kind === 'dialog.member:user') name.user(path, rest);
        if (kind === 'dialog.member:group') name.group(path, rest);
        if (choice.when) checks(choice.when, ['steps', i, 'target', j, 'when']);
      });
    });
    if (problems) return;

    // Only a sound file is replayed, so a typo above is not reported a second time as a failing demo.
    let world;
    try {
      world = exerciseWorld(e, scenario, refs.situations);
    } catch (error) {
      if (!(error instanceof SituationError) || !error.event)
        return report(['start'], `the start does not apply: ${(error as Error).message}`);
      // The start replays the named situation's commands, then the exercise's own: blame the one that was refused.
      const own = error.step - 1 - (situation?.commands.length ?? 0);
      const command = own >= 0 ? e.start.commands[own] : situation?.commands[error.step - 1];
      if (!command) return report(['start'], `the start does not apply: ${error.message}`);
      const refused = refusedCommand(own >= 0 ? own + 1 : error.step, error.event, command, scenario.id);
      return own >= 0
        ? report(['start', 'commands', own], refused)
        : report(['start', 'situation'], `with this exercise's faults, situation "${situation?.id}": ${refused}`);
    }
    for (const p of verifyDemo(e, world).problems) {
      const command = p.commandIndex === undefined ? undefined : e.steps[p.stepIndex]?.demo[p.commandIndex];
      report(
        p.commandIndex === undefined ? ['steps', p.stepIndex, 'demo'] : ['steps', p.stepIndex, 'demo', p.commandIndex],
        p.rejected && command && p.commandIndex !== undefined
          ? refusedCommand(p.commandIndex + 1, p.rejected, command, scenario.id)
          : p.message,
      );
    }
  };
}
