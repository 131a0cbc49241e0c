import type { z } from 'zod';
import { createTranslate } from '../i18n/translate.ts';
import en from '../../content/i18n/en/sim.dialog.json' with { type: 'json' };
import { normalizePath, normalizeUrl } from '../simulator/domain/erp-backend.ts';
import { setupProblems } from '../simulator/domain/setup-problems.ts';
import type { ConnectorDef, Scenario } from '../simulator/domain/types.ts';
import { validateName } from '../simulator/domain/validation.ts';

type Path = Array<string | number>;
type Report = (path: Path, message: string) => void;

/** Name validation messages in English, for build errors read by writers and trainers. */
const t = createTranslate(en);

function unique(report: Report, base: Path, items: ReadonlyArray<{ id?: string; key?: string }>, what: string): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const key = item.id ?? item.key ?? '';
    if (seen.has(key)) report([...base, i, item.id !== undefined ? 'id' : 'key'], `${what} "${key}" is used twice`);
    seen.add(key);
  });
}

/** The connection test finds fields by role, so each kind of connector needs its roles, once each, of the right type. */
const ROLES = {
  api: { url: 'url', client: 'text', user: 'text', apiKey: 'secret' },
  file: { folder: 'path' },
} as const;

function checkConnector(report: Report, c: ConnectorDef, i: number): void {
  const at = (j: number, key: string): Path => ['connectors', i, 'fields', j, key];
  unique(report, ['connectors', i, 'fields'], c.fields, 'field key');
  c.fields.forEach((f, j) => {
    if (f.type === 'number' && (f.min === undefined || f.max === undefined || f.min > f.max))
      report(at(j, 'min'), 'a number field needs min and max, with min not above max');
    if (f.type === 'select' && !f.options) report(at(j, 'options'), 'a select field needs options');
    const roles: Readonly<Record<string, string>> = ROLES[c.kind];
    if (f.role && roles[f.role] === undefined)
      report(
        at(j, 'role'),
        `role ${f.role} does not apply to a ${c.kind} connector (use: ${Object.keys(roles).join(', ')})`,
      );
    else if (f.role && roles[f.role] !== f.type)
      report(at(j, 'type'), `a field with role ${f.role} must have type ${roles[f.role]}`);
  });
  for (const role of Object.keys(ROLES[c.kind])) {
    const count = c.fields.filter((f) => f.role === role).length;
    if (count !== 1)
      report(
        ['connectors', i, 'fields'],
        `a ${c.kind} connector needs exactly one field with role ${role} (found ${count})`,
      );
  }
}

/** Actors, their fields and lists: each refers to what exists, and a required field can be synchronised. */
function checkActors(report: Report, s: Scenario, c: ConnectorDef, i: number): void {
  unique(report, ['connectors', i, 'actors'], c.actors, 'actor id');
  unique(report, ['connectors', i, 'lists'], c.lists, 'list id');
  c.actors.forEach((a, j) => {
    const at = (...rest: Path): Path => ['connectors', i, 'actors', j, ...rest];
    if (!s.crm.entities.some((e) => e.id === a.entity))
      report(
        at('entity'),
        `entity "${a.entity}" is not in crm.entities (known: ${s.crm.entities.map((e) => e.id).join(', ')})`,
      );
    unique(report, at('fields'), a.fields, 'field key');
    a.fields.forEach((f, k) => {
      if (f.list && !c.lists.some((l) => l.id === f.list))
        report(at('fields', k, 'list'), `list "${f.list}" is not in this connector's lists`);
      if (f.required && f.noSync)
        report(
          at('fields', k, 'noSync'),
          'a required field must be one that can be synchronised, or no connection could ever be active',
        );
    });
  });
  c.lists.forEach((l, j) => {
    unique(report, ['connectors', i, 'lists', j, 'items'], l.items, 'value id');
    if (!s.crm.lists.some((x) => x.id === l.crmList))
      report(['connectors', i, 'lists', j, 'crmList'], `list "${l.crmList}" is not in crm.lists`);
  });
}

/** The SuperOffice side: unique ids, lists that exist, and actor restrictions that name real actors. */
function checkCrm(report: Report, s: Scenario): void {
  unique(report, ['crm', 'entities'], s.crm.entities, 'entity id');
  unique(report, ['crm', 'lists'], s.crm.lists, 'list id');
  const actors = new Set(s.connectors.flatMap((c) => c.actors.map((a) => a.id)));
  s.crm.entities.forEach((e, i) => {
    unique(report, ['crm', 'entities', i, 'fields'], e.fields, 'field key');
    e.fields.forEach((f, j) => {
      const at: Path = ['crm', 'entities', i, 'fields', j];
      if (f.list && !s.crm.lists.some((l) => l.id === f.list))
        report([...at, 'list'], `list "${f.list}" is not in crm.lists`);
      f.actors?.forEach(
        (a, k) => actors.has(a) || report([...at, 'actors', k], `"${a}" is not an actor of any connector`),
      );
    });
  });
  s.crm.lists.forEach((l, i) => unique(report, ['crm', 'lists', i, 'items'], l.items, 'value id'));
}

function checkConnections(report: Report, s: Scenario): void {
  const users = new Set(s.users.map((u) => u.id));
  const groups = new Set(s.groups.map((g) => g.id));
  s.connections.forEach((c, i) => {
    const at = (...rest: Path): Path => ['connections', i, ...rest];
    const problem = validateName(c.name);
    if (problem) report(at('name'), t(problem.messageKey, problem.params));
    const connector = s.connectors.find((k) => k.id === c.connectorId);
    if (!connector)
      return report(
        at('connectorId'),
        `connector "${c.connectorId}" does not exist (known: ${s.connectors.map((k) => k.id).join(', ')})`,
      );
    if (!connector.listed)
      report(
        at('connectorId'),
        `connector "${c.connectorId}" is not listed; a connection needs a connector in the list`,
      );
    for (const problem of setupProblems(s, connector, c.setup, { active: c.active, saved: true }))
      report(at('setup', ...problem.path), problem.message);
    if (c.visibility.mode === 'selected') {
      c.visibility.userIds.forEach(
        (u, j) => users.has(u) || report(at('visibility', 'users', j), `user "${u}" does not exist`),
      );
      c.visibility.groupIds.forEach(
        (g, j) => groups.has(g) || report(at('visibility', 'groups', j), `group "${g}" does not exist`),
      );
    }
    for (const [key, value] of Object.entries(c.config)) {
      const field = connector.fields.find((f) => f.key === key);
      if (!field)
        report(
          at('config', key),
          `"${key}" is not a field of ${connector.id} (fields: ${connector.fields.map((f) => f.key).join(', ')})`,
        );
      else if (field.options && !field.options.some((o) => o.value === value))
        report(at('config', key), `"${value}" is not one of: ${field.options.map((o) => o.value).join(', ')}`);
    }
  });
}

/** A fault that matches nothing changes nothing, which is surely a typo in a training world. */
function checkFaults(report: Report, s: Scenario): void {
  const { servers, folders } = s.erp;
  s.erp.faults.forEach((f, i) => {
    const at: Path = ['erp', 'faults', i];
    const hits =
      f.kind === 'unreachable'
        ? servers.some((x) => normalizeUrl(x.url) === normalizeUrl(f.url))
        : f.kind === 'expired-key'
          ? servers.some((x) => x.accounts.some((a) => a.user.toLowerCase() === f.user.toLowerCase()))
          : f.kind === 'unknown-client'
            ? servers.some((x) => x.clients.includes(f.client))
            : folders.some((x) => normalizePath(x) === normalizePath(f.path));
    if (!hits) report(at, `this ${f.kind} fault matches nothing in erp.servers or erp.folders`);
  });
}

/** Cross-references a single field's schema cannot see: ids, connectors, members, fields, roles and faults. */
export function scenarioReferences(s: Scenario, ctx: z.core.$RefinementCtx<Scenario>): void {
  const report: Report = (path, message) => ctx.addIssue({ code: 'custom', path, message, input: undefined });
  unique(report, ['connectors'], s.connectors, 'connector id');
  unique(report, ['connections'], s.connections, 'connection id');
  unique(report, ['users'], s.users, 'user id');
  unique(report, ['groups'], s.groups, 'group id');
  s.connectors.forEach((c, i) => checkConnector(report, c, i));
  s.connectors.forEach((c, i) => checkActors(report, s, c, i));
  s.connectors.forEach((c, i) => {
    const first = s.connectors.findIndex((o) => normalizeUrl(o.url) === normalizeUrl(c.url));
    if (first !== i)
      report(['connectors', i, 'url'], `connector "${s.connectors[first]!.id}" answers at this URL already`);
  });
  checkCrm(report, s);
  checkConnections(report, s);
  checkFaults(report, s);
}
