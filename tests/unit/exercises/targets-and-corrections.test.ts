import { describe, expect, it } from 'vitest';
import {
  commandTarget,
  isUiTarget,
  mistakeCorrection,
  parseMode,
  readModeParam,
  stepTarget,
  UI_TARGETS,
  type DemoCommand,
} from '../../../src/exercises/engine/index.ts';
import { COMMAND_TYPES, initialState, rule } from '../../../src/simulator/domain/index.ts';
import { byId, exercises, Learner, standard } from './helpers.ts';

describe('UI targets', () => {
  it('are a fixed list plus ids of rows, fields and members', () => {
    expect(UI_TARGETS).toContain('navigator.tilbud-sync');
    expect(UI_TARGETS).toContain('dialog.ok');
    for (const t of [
      'connection-row:nordlys-oslo',
      'dialog.field:apiNokkel',
      'dialog.member:group:okonomi',
      'button.tilordninger',
    ])
      expect(isUiTarget(t), t).toBe(true);
    for (const t of ['dialog.lagre', 'connection-row:', 'dialog.member:team:x', 'dialog.field:Bad Key'])
      expect(isUiTarget(t), t).toBe(false);
  });

  it('every command Vis meg can perform points at a control', () => {
    const samples: DemoCommand[] = [
      { type: 'navigate', screen: 'tilbud-sync' },
      { type: 'selectTab', tab: 'sync' },
      { type: 'selectConnection', connectionId: 'x' },
      { type: 'openDialog' },
      { type: 'openTool', tool: 'tilordninger' },
      { type: 'openFeature', feature: 'ny-erp-kobling' },
      { type: 'setName', value: '' },
      { type: 'setDescription', value: '' },
      { type: 'setVisibilityMode', mode: 'all' },
      { type: 'toggleVisibilityMember', kind: 'user', id: 'ingrid' },
      { type: 'setActive', value: true },
      { type: 'setField', key: 'url', value: '' },
      { type: 'runTest' },
      { type: 'ok' },
      { type: 'cancel' },
      { type: 'dismissNotice' },
    ];
    expect(samples.map((c) => c.type).sort()).toEqual(
      COMMAND_TYPES.filter((t) => t !== 'finishTest' && t !== 'reset').sort(),
    );
    for (const command of samples) expect(isUiTarget(commandTarget(command)!), command.type).toBe(true);
  });

  it('a step with choices outlines the first whose condition holds now', () => {
    const step = byId('gi-nytt-navn').steps[0]!;
    const ctx = { scenario: standard, start: initialState(standard) };
    expect(stepTarget(step, { ...ctx, state: initialState(standard) })).toBe('navigator.tilbud-sync');
    const learner = new Learner(byId('gi-nytt-navn')).do({ type: 'navigate', screen: 'tilbud-sync' });
    expect(stepTarget(step, { ...ctx, state: learner.state })).toBe('tab.sync');
    expect(
      exercises
        .flatMap((e) => e.steps)
        .every((s) => stepTarget(s, { ...ctx, state: initialState(standard) }) !== undefined),
    ).toBe(true);
  });
});

describe('corrections quote the rule behind a mistake', () => {
  it("with the seed page's sentence when the rule has one", () => {
    expect(mistakeCorrection({ kind: 'saved-inactive', ruleId: 'save-inactive-reminder' })).toEqual({
      messageKey: 'exercises.mistake.saved-inactive.correction',
      rule: {
        id: 'save-inactive-reminder',
        messageKey: 'sim.rule.save-inactive-reminder',
        href: rule('save-inactive-reminder').href,
        quote: {
          page: 'update-connection',
          place: 'note',
          quote: 'Husk å aktivere koblingen igjen etter at konfigurasjonen er fullført.',
        },
      },
    });
    expect(mistakeCorrection({ kind: 'dimmed-ok', ruleId: 'ok-needs-name' }).rule?.quote).toEqual({
      page: 'ok-dimmed',
      place: '#navn',
      quote: 'Navnet er obligatorisk.',
    });
    expect(mistakeCorrection({ kind: 'wrong-connection' })).toEqual({
      messageKey: 'exercises.mistake.wrong-connection.correction',
    });
  });
});

describe('modes', () => {
  it('read ?modus= leniently: unknown or missing gives Vis meg', () => {
    expect(parseMode('test')).toBe('test');
    expect(parseMode(' Veiledet ')).toBe('veiledet');
    expect(parseMode('eksamen')).toBe('vis-meg');
    expect(parseMode(null)).toBe('vis-meg');
  });

  it('say what a ?modus= that names no mode was, cut short, so the page can tell the learner', () => {
    expect(readModeParam('eksamen')).toEqual({ mode: 'vis-meg', unknown: 'eksamen' });
    expect(readModeParam(' Test ')).toEqual({ mode: 'test' });
    expect(readModeParam(null)).toEqual({ mode: 'vis-meg' });
    expect(readModeParam('')).toEqual({ mode: 'vis-meg' });
    expect(readModeParam('x'.repeat(500)).unknown).toHaveLength(40);
  });
});
