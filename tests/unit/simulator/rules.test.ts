import { describe, expect, it } from 'vitest';
import {
  configSnapshot,
  holds,
  RULE_IDS,
  ruleBacking,
  rules,
  unmetOkConditions,
  type RuleId,
  type SimState,
} from '../../../src/simulator/domain/index.ts';
import { alfa, draftOf, fil, literalCtx, stateWith, world } from './literal-world.ts';

const api = world.connectors[0]!;
const check = (id: RuleId, state: SimState) => holds(id, state, literalCtx);
const snap = (config: Record<string, string>) => configSnapshot(api, config);
const changed = { ...alfa.config, timeout: '60' };

describe('the rule list', () => {
  it('has one rule per id, in the documented order, each with its catalog key', () => {
    expect(rules.map((r) => r.id)).toEqual([...RULE_IDS]);
    for (const r of rules) expect(r.messageKey).toBe(`sim.rule.${r.id}`);
  });

  it('links only to troubleshooting text, and states a source or a guard reason, never both', () => {
    // A troubleshooting page, or the section of the add-connection or configure page that states the rule.
    const troubleshooting =
      /^\/no\/erp\/admin\/(troubleshooting\/[a-z-]+\/(#[a-z-]+)?|(add-connection|configure)\/#[a-z-]+)$/;
    for (const r of rules) {
      if (r.href) expect(r.href).toMatch(troubleshooting);
      const { sources, guard } = ruleBacking[r.id];
      expect(sources.length > 0).toBe(guard === undefined);
    }
  });
});

describe('needs-selected-connection', () => {
  it('holds only when an existing connection is selected', () => {
    expect(check('needs-selected-connection', stateWith(alfa, null))).toBe(true);
    expect(check('needs-selected-connection', { ...stateWith(alfa, null), selectedId: null })).toBe(false);
    expect(check('needs-selected-connection', { ...stateWith(alfa, null), selectedId: 'gone' })).toBe(false);
  });
});

describe('config-locked-while-active', () => {
  it('locks while Aktiv is checked in the dialog, not after it is cleared, and not without a dialog', () => {
    expect(check('config-locked-while-active', stateWith(alfa))).toBe(true);
    expect(check('config-locked-while-active', stateWith(alfa, { draft: draftOf(alfa, { active: false }) }))).toBe(
      false,
    );
    expect(check('config-locked-while-active', stateWith(alfa, null))).toBe(false);
  });
});

describe('test-stale-after-change', () => {
  it('counts the saved configuration as tested when the dialog opens, also after a rename', () => {
    expect(check('test-stale-after-change', stateWith(alfa))).toBe(true);
    expect(check('test-stale-after-change', stateWith(alfa, { draft: draftOf(alfa, { name: 'Ny' }) }))).toBe(true);
  });

  it('makes the result stale when a configuration field changes, but not for spaces around a value', () => {
    expect(check('test-stale-after-change', stateWith(alfa, { draft: draftOf(alfa, { config: changed }) }))).toBe(
      false,
    );
    expect(
      check(
        'test-stale-after-change',
        stateWith(alfa, { draft: draftOf(alfa, { config: { ...alfa.config, timeout: ' 30 ' } }) }),
      ),
    ).toBe(true);
  });

  it('compares a finished test with the configuration it ran on', () => {
    const draft = draftOf(alfa, { config: changed });
    expect(
      check('test-stale-after-change', stateWith(alfa, { draft, test: { status: 'passed', snapshot: snap(changed) } })),
    ).toBe(true);
    expect(
      check(
        'test-stale-after-change',
        stateWith(alfa, { draft, test: { status: 'passed', snapshot: snap(alfa.config) } }),
      ),
    ).toBe(false);
  });
});

describe('ok-needs-passed-test', () => {
  const draft = draftOf(alfa, { active: false, config: changed });
  it('holds for the unchanged saved configuration and for a configuration that passed', () => {
    expect(check('ok-needs-passed-test', stateWith(alfa))).toBe(true);
    expect(
      check('ok-needs-passed-test', stateWith(alfa, { draft, test: { status: 'passed', snapshot: snap(changed) } })),
    ).toBe(true);
  });

  it('fails for a change not tested, a failed test, and a test still running', () => {
    const failure = { code: 'unknown-client' as const, fieldKey: 'client', messageKey: 'k', params: {}, href: '/x' };
    expect(check('ok-needs-passed-test', stateWith(alfa, { draft }))).toBe(false);
    expect(
      check(
        'ok-needs-passed-test',
        stateWith(alfa, { draft, test: { status: 'failed', snapshot: snap(changed), failure } }),
      ),
    ).toBe(false);
    expect(
      check('ok-needs-passed-test', stateWith(alfa, { draft, test: { status: 'running', token: 4, config: changed } })),
    ).toBe(false);
  });
});

describe('ok-needs-required-fields', () => {
  const withConfig = (config: Record<string, string>) =>
    stateWith(alfa, { draft: draftOf(alfa, { active: false, config }) });
  it('fails for an empty required field and for an invalid value; an empty optional field is fine', () => {
    expect(check('ok-needs-required-fields', stateWith(alfa))).toBe(true);
    expect(check('ok-needs-required-fields', withConfig({ ...alfa.config, user: '  ' }))).toBe(false);
    expect(check('ok-needs-required-fields', withConfig({ ...alfa.config, timeout: '12a' }))).toBe(false);
    expect(
      check(
        'ok-needs-required-fields',
        stateWith(fil, { draft: draftOf(fil, { config: { ...fil.config, decimals: '' } }) }),
      ),
    ).toBe(true);
  });
});

describe('ok-needs-visibility', () => {
  const vis = (mode: 'all' | 'selected', userIds: string[] = [], groupIds: string[] = []) =>
    stateWith(alfa, { draft: draftOf(alfa, { visibility: { mode, userIds, groupIds } }) });
  it('holds for Alle, and for Angitte brukere + grupper with at least one user or group', () => {
    expect(check('ok-needs-visibility', vis('all'))).toBe(true);
    expect(check('ok-needs-visibility', vis('selected', ['u1']))).toBe(true);
    expect(check('ok-needs-visibility', vis('selected', [], ['g1']))).toBe(true);
    expect(check('ok-needs-visibility', vis('selected'))).toBe(false);
  });
});

describe('ok-needs-name and ok-needs-valid-description', () => {
  const named = (name: string) => stateWith(alfa, { draft: draftOf(alfa, { name }) });
  const described = (description: string) => stateWith(alfa, { draft: draftOf(alfa, { description }) });
  it('refuses blank, whitespace-only and emoji names', () => {
    expect(check('ok-needs-name', named('Alfa 2'))).toBe(true);
    for (const bad of ['', '   ', 'Alfa 🚀']) expect(check('ok-needs-name', named(bad))).toBe(false);
  });
  it('accepts free text with line breaks in the description, not control characters or 1001 characters', () => {
    expect(check('ok-needs-valid-description', described('Linje 1\nLinje 2 <b>ok</b> 🚀'))).toBe(true);
    expect(check('ok-needs-valid-description', described('bell\u0007'))).toBe(false);
    expect(check('ok-needs-valid-description', described('x'.repeat(1001)))).toBe(false);
  });
});

describe('test-against-erp', () => {
  it('predicts the simulated test for the draft configuration', () => {
    expect(check('test-against-erp', stateWith(alfa))).toBe(true);
    expect(
      check('test-against-erp', stateWith(alfa, { draft: draftOf(alfa, { config: { ...alfa.config, client: '3' } }) })),
    ).toBe(false);
  });
});

describe('ok-saves-and-closes', () => {
  it('allows OK exactly when no OK condition is unmet', () => {
    const good = stateWith(alfa, { draft: draftOf(alfa, { name: 'Alfa nytt navn' }) });
    const bad = stateWith(alfa, {
      draft: draftOf(alfa, { name: ' ', visibility: { mode: 'selected', userIds: [], groupIds: [] } }),
    });
    expect(check('ok-saves-and-closes', good)).toBe(true);
    expect(unmetOkConditions(good, literalCtx)).toEqual([]);
    expect(check('ok-saves-and-closes', bad)).toBe(false);
    expect(unmetOkConditions(bad, literalCtx).map((r) => r.id)).toEqual(['ok-needs-visibility', 'ok-needs-name']);
  });
});

describe('save-inactive-reminder', () => {
  it('is due when an active connection would be saved with Aktiv cleared', () => {
    expect(check('save-inactive-reminder', stateWith(alfa, { draft: draftOf(alfa, { active: false }) }))).toBe(true);
    expect(check('save-inactive-reminder', stateWith(alfa))).toBe(false);
    expect(check('save-inactive-reminder', stateWith(fil))).toBe(false);
  });
});

describe('cancel-discards', () => {
  it('has something to discard only when saving would change the connection', () => {
    expect(check('cancel-discards', stateWith(alfa))).toBe(false);
    expect(check('cancel-discards', stateWith(alfa, { draft: draftOf(alfa, { name: 'Alfa ' }) }))).toBe(false);
    expect(check('cancel-discards', stateWith(alfa, { draft: draftOf(alfa, { name: 'Beta' }) }))).toBe(true);
    expect(
      check(
        'cancel-discards',
        stateWith(fil, {
          draft: draftOf(fil, { visibility: { mode: 'selected', userIds: ['u1', 'u2'], groupIds: [] } }),
        }),
      ),
    ).toBe(true);
  });
});
