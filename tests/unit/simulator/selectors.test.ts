import { describe, expect, it } from 'vitest';
import { configSnapshot, type SimState } from '../../../src/simulator/domain/index.ts';
import { selectors as sel } from '../../../src/simulator/store/index.ts';
import type { SimulatorData } from '../../../src/simulator/store/index.ts';
import { alfa, draftOf, fil, stateWith, world } from './literal-world.ts';

const data = (sim: SimState): SimulatorData => ({ scenario: world, sim, lang: 'nb', events: [], lastEvents: [] });
const api = world.connectors[0]!;

describe('selectors on literal states', () => {
  it('connectionRows: name, connector name, Aktiv and selection, stable while nothing changes', () => {
    const s = data(stateWith(fil, null));
    expect(sel.connectionRows(s)).toEqual([
      { id: 'a', name: 'Alfa', connectorName: 'Nordlys ERP (API)', active: true, selected: false },
      { id: 'f', name: 'Fil', connectorName: 'Fjordfil (filutveksling)', active: false, selected: true },
    ]);
    expect(sel.connectionRows(data({ ...s.sim, notice: null }))).toBe(sel.connectionRows(s));
    expect(sel.connectionRows(data({ ...s.sim, selectedId: 'a' }))[0]?.selected).toBe(true);
  });

  it('selectedConnection and canConfigure follow the selection; no configuring while the dialog is open', () => {
    expect(sel.selectedConnection(data(stateWith(fil, null)))).toBe(fil);
    expect(sel.canConfigure(data(stateWith(fil, null)))).toBe(true);
    expect(sel.canConfigure(data({ ...stateWith(fil, null), selectedId: null }))).toBe(false);
    expect(sel.canConfigure(data(stateWith(fil)))).toBe(false);
  });

  it('isFieldLocked: configuration fields only, only while Aktiv is checked', () => {
    expect(sel.isFieldLocked('url')(data(stateWith(alfa)))).toBe(true);
    expect(sel.isFieldLocked('name')(data(stateWith(alfa)))).toBe(false);
    expect(sel.isFieldLocked('url')(data(stateWith(alfa, { draft: draftOf(alfa, { active: false }) })))).toBe(false);
  });

  it('isOkAllowed and unmetOkConditions agree, and the list carries each rule message and link', () => {
    const s = data(
      stateWith(alfa, { draft: draftOf(alfa, { active: false, name: '', config: { ...alfa.config, client: '' } }) }),
    );
    expect(sel.isOkAllowed(s)).toBe(false);
    expect(sel.unmetOkConditions(s).map((r) => [r.id, r.messageKey, r.href])).toEqual([
      ['ok-needs-passed-test', 'sim.rule.ok-needs-passed-test', '/no/erp/admin/troubleshooting/ok-dimmed/#test'],
      [
        'ok-needs-required-fields',
        'sim.rule.ok-needs-required-fields',
        '/no/erp/admin/troubleshooting/ok-dimmed/#obligatoriske-felt',
      ],
      ['ok-needs-name', 'sim.rule.ok-needs-name', '/no/erp/admin/troubleshooting/ok-dimmed/#navn'],
    ]);
    expect(sel.unmetOkConditions(s)).toBe(sel.unmetOkConditions(s));
    expect(sel.isOkAllowed(data(stateWith(alfa)))).toBe(true);
  });

  it('fieldError, nameError and descriptionError give the message at the field, and the same object while unchanged', () => {
    const s = data(
      stateWith(alfa, {
        draft: draftOf(alfa, { name: ' ', description: 'a\u0001', config: { ...alfa.config, timeout: '4' } }),
      }),
    );
    expect(sel.fieldError('timeout')(s)).toEqual({
      messageKey: 'sim.validation.outOfRange',
      params: { min: '5', max: '300' },
    });
    expect(sel.fieldError('timeout')(s)).toBe(sel.fieldError('timeout')(s));
    expect(sel.fieldError('url')(s)).toBeUndefined();
    expect(sel.nameError(s)).toEqual({ messageKey: 'sim.validation.nameBlank' });
    expect(sel.descriptionError(s)?.messageKey).toBe('sim.validation.invisibleChars');
    expect(sel.fieldError('timeout')(data(stateWith(alfa, null)))).toBeUndefined();
  });

  it('testStatus: not-run, running, passed, failed, stale', () => {
    const changed = { ...alfa.config, timeout: '60' };
    const draft = draftOf(alfa, { active: false, config: changed });
    const failure = {
      code: 'unknown-client' as const,
      fieldKey: 'client',
      messageKey: 'sim.test.error.unknown-client',
      params: {},
      href: '/x',
    };
    expect(sel.testStatus(data(stateWith(alfa)))).toBe('not-run');
    expect(sel.testStatus(data(stateWith(alfa, { draft })))).toBe('stale');
    expect(
      sel.testStatus(data(stateWith(alfa, { draft, test: { status: 'running', token: 1, config: alfa.config } }))),
    ).toBe('running');
    expect(
      sel.testStatus(
        data(stateWith(alfa, { draft, test: { status: 'passed', snapshot: configSnapshot(api, changed) } })),
      ),
    ).toBe('passed');
    const failed = data(
      stateWith(alfa, { draft, test: { status: 'failed', snapshot: configSnapshot(api, changed), failure } }),
    );
    expect(sel.testStatus(failed)).toBe('failed');
    expect(sel.testFailure(failed)).toBe(failure);
    expect(
      sel.testStatus(
        data(stateWith(alfa, { draft, test: { status: 'passed', snapshot: configSnapshot(api, alfa.config) } })),
      ),
    ).toBe('stale');
  });

  it('dialogDirty: only when saving would change the connection', () => {
    expect(sel.dialogDirty(data(stateWith(alfa)))).toBe(false);
    expect(sel.dialogDirty(data(stateWith(alfa, { draft: draftOf(alfa, { description: 'ny' }) })))).toBe(true);
  });

  it('notice, dialogConnector and draft read the state as it is', () => {
    const notice = { key: 'sim.notice.savedInactive', tone: 'warning' as const };
    expect(sel.notice(data({ ...stateWith(alfa, null), notice }))).toBe(notice);
    expect(sel.dialogConnector(data(stateWith(fil)))?.id).toBe('file');
    expect(sel.draft(data(stateWith(alfa, null)))).toBeUndefined();
  });
});
