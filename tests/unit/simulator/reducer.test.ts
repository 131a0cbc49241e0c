import { describe, expect, it } from 'vitest';
import { initialState, reduce, type Command } from '../../../src/simulator/domain/index.ts';
import { ctx, form, run, standard } from './scenario-helpers.ts';

const open = run([{ type: 'selectConnection', connectionId: 'fjordfil-lonn' }, { type: 'openDialog' }]).state;
const closed = initialState(standard);

describe('the reducer', () => {
  it.each<[string, typeof open, Command, string]>([
    ['a dialog field with no dialog', closed, { type: 'setName', value: 'x' }, 'dialog-closed'],
    ['Avbryt with no dialog', closed, { type: 'cancel' }, 'dialog-closed'],
    [
      'a row click behind the modal dialog',
      open,
      { type: 'selectConnection', connectionId: 'nordlys-oslo' },
      'dialog-open',
    ],
    ['a second dialog', open, { type: 'openDialog' }, 'dialog-open'],
    ['a connection that does not exist', closed, { type: 'selectConnection', connectionId: 'x' }, 'unknown-target'],
    ['a field the connector does not have', open, { type: 'setField', key: 'url', value: 'x' }, 'unknown-target'],
    ['a user who does not exist', open, { type: 'toggleVisibilityMember', kind: 'user', id: 'x' }, 'unknown-target'],
    ['a command it does not know', open, { type: 'format-disk' } as unknown as Command, 'unknown-command'],
  ])('rejects %s, changing nothing', (_, state, command, reason) => {
    const result = reduce(state, command, ctx);
    expect(result.state).toBe(state);
    expect(result.events).toEqual([{ type: 'rejected', command: command.type, ruleIds: [], reason }]);
  });

  it('refuses picking members while visibility is Alle, and keeps picks when switching modes', () => {
    const all = run([{ type: 'setVisibilityMode', mode: 'all' }], open).state;
    expect(reduce(all, { type: 'toggleVisibilityMember', kind: 'user', id: 'kari' }, ctx).events[0]).toMatchObject({
      reason: 'not-applicable',
    });
    const back = run([{ type: 'setVisibilityMode', mode: 'selected' }], all).state;
    expect(form(back)?.draft.visibility).toEqual({ mode: 'selected', userIds: [], groupIds: ['okonomi'] });
  });

  it('does nothing, quietly, for a value that is already there and for a finish of a test that is not running', () => {
    for (const command of [
      { type: 'setName', value: 'Fjordfil – lønnseksport' },
      { type: 'finishTest', token: 99 },
      { type: 'dismissNotice' },
    ] as Command[])
      expect(reduce(open, command, ctx)).toEqual({ state: open, events: [] });
  });

  it('saves name, description and visibility trimmed and normalised, dropping members when visibility is Alle', () => {
    const { state, events } = run(
      [
        { type: 'setName', value: '  Fjordfil – lønn  ' },
        { type: 'setDescription', value: ' Månedlig. ' },
        { type: 'setVisibilityMode', mode: 'all' },
        { type: 'ok' },
      ],
      open,
    );
    expect(events.at(-1)).toEqual({ type: 'saved', connectionId: 'fjordfil-lonn', active: false });
    expect(state.connections[2]).toMatchObject({
      name: 'Fjordfil – lønn',
      description: 'Månedlig.',
      visibility: { mode: 'all' },
    });
  });

  it('never mutates the state it is given', () => {
    const frozen = structuredClone(open);
    run(
      [
        { type: 'setField', key: 'filsti', value: 'C:\\ny' },
        { type: 'runTest' },
        { type: 'cancel' },
        { type: 'reset' },
      ],
      open,
    );
    expect(open).toEqual(frozen);
  });
});
