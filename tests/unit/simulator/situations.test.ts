import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadScenarioFile } from '../../../src/loaders/scenarios.ts';
import { parseSituations } from '../../../src/schemas/situation.ts';
import {
  applySituation,
  holds,
  reduce,
  SituationError,
  unmetOkConditions,
  type SimState,
} from '../../../src/simulator/domain/index.ts';
import { ctx, form, situations, standard, testToEnd } from './scenario-helpers.ts';

const at = (id: string): SimState => applySituation(standard, situations[id]!);
const unmet = (state: SimState) => unmetOkConditions(state, ctx).map((r) => r.id);

describe('situations (deep links for the troubleshooting pages)', () => {
  it('has every situation the pages link to, each reachable from its scenario without a rejected command', async () => {
    const files = readdirSync('content/scenarios').filter((f) => f.endsWith('.yaml') && f !== 'situations.yaml');
    const scenarios = new Map(
      (await Promise.all(files.map((f) => loadScenarioFile(`content/scenarios/${f}`)))).map((s) => [s.id, s]),
    );
    expect(Object.keys(situations)).toEqual(
      expect.arrayContaining(['felt-last', 'kan-ikke-aktiveres', 'ok-nedtonet', 'test-feiler']),
    );
    for (const situation of Object.values(situations)) {
      const scenario = scenarios.get(situation.scenarioId);
      expect(scenario, `scenario of situation ${situation.id}`).toBeDefined();
      expect(() => applySituation(scenario!, situation)).not.toThrow();
    }
  });

  it('ok-nedtonet: a configuration field changed with Aktiv cleared and no test, so OK is dimmed for the test alone', () => {
    const state = at('ok-nedtonet');
    expect(form(state)?.draft).toMatchObject({ active: false, config: { tidsavbrudd: '45' } });
    expect(unmet(state)).toEqual(['ok-needs-passed-test']);
    // And the page's way out works: test, then OK.
    expect(reduce(testToEnd(state).state, { type: 'ok' }, ctx).events[0]).toMatchObject({ type: 'saved' });
  });

  it('test-feiler: Aktiv cleared on a connection whose key has expired; the test fails with credentials-rejected', () => {
    const state = at('test-feiler');
    expect(form(state)?.draft.active).toBe(false);
    expect(testToEnd(state).events.at(-1)).toEqual({
      type: 'testFailed',
      code: 'credentials-rejected',
      fieldKey: 'apiNokkel',
    });
  });

  it('felt-last: the dialog on an active connection, so the configuration fields are locked', () => {
    const state = at('felt-last');
    expect(holds('config-locked-while-active', state, ctx)).toBe(true);
    expect(reduce(state, { type: 'setField', key: 'url', value: 'https://x.example' }, ctx).events[0]).toMatchObject({
      ruleIds: ['config-locked-while-active'],
    });
  });

  it('kan-ikke-aktiveres: Aktiv checked, a client number the ERP does not know, the test failed, OK dimmed', () => {
    const state = at('kan-ikke-aktiveres');
    expect(form(state)?.draft.active).toBe(true);
    expect(form(state)?.test).toMatchObject({
      status: 'failed',
      failure: { code: 'unknown-client', params: { value: '1010' } },
    });
    expect(unmet(state)).toEqual(['ok-needs-passed-test']);
  });

  it('fails loudly, naming situation, step and rule, when a situation file has a command the simulator rejects', () => {
    const source = readFileSync('tests/fixtures/scenarios/situations-broken.yaml', 'utf8');
    const broken = parseSituations(parse(source), 'situations-broken.yaml', source)['last-felt-endret']!;
    expect(() => applySituation(standard, broken)).toThrowError(SituationError);
    expect(() => applySituation(standard, broken)).toThrowErrorMatchingInlineSnapshot(
      `[SituationError: Situation "last-felt-endret", command 3 (setField) was rejected: rule config-locked-while-active.]`,
    );
    expect(() => applySituation({ ...standard, id: 'annet' }, broken)).toThrowError(
      /is for scenario "standard", not "annet"/,
    );
  });

  it('refuses finishTest and unknown commands in a situations file, naming the line', () => {
    const source =
      'x:\n  scenario: standard\n  title: X\n  commands:\n    - { type: openDialog }\n    - { type: finishTest, token: 1 }\n';
    expect(() => parseSituations(parse(source), 'situations.yaml', source)).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: situations.yaml is not valid:
        - situations.yaml:6 field "x.commands.1.type": type must be a simulator command such as selectConnection, openDialog, setActive, setField, runTest (finishTest is not allowed)]
    `);
  });
});
