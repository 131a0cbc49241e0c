import { describe, expect, it } from 'vitest';
import { currentStep, demoScript, exerciseWorld, isComplete, verifyDemo } from '../../../src/exercises/engine/index.ts';
import { byId, exercises, Learner, situations, standard } from './helpers.ts';

/**
 * The real exercises in content/exercises, run through the real reducer. A broken exercise (a demo the
 * simulator rejects, a step its demo does not complete, a step already done before it begins) fails here.
 */
describe('every exercise', () => {
  it('there are at least six, covering the exercises issue 4 asks for', () => {
    expect(exercises.length).toBeGreaterThanOrEqual(6);
    expect(exercises.map((e) => e.id)).toEqual(
      expect.arrayContaining([
        'gi-nytt-navn',
        'endre-konfigurasjon',
        'ok-nedtonet',
        'rett-testfeil',
        'begrens-synlighet',
        'husk-aktiv',
      ]),
    );
  });

  it.each(exercises.map((e) => [e.id, e] as const))(
    '%s: Vis meg completes every step in order, with no mistake',
    (_id, exercise) => {
      const world = exerciseWorld(exercise, standard, situations);
      const { problems, run } = verifyDemo(exercise, world);
      expect(problems).toEqual([]);
      expect(isComplete(run)).toBe(true);
      // One command per second: each step is done at the end of its own demo, in order.
      const ends = exercise.steps.map(
        (_, i) => exercise.steps.slice(0, i + 1).reduce((n, s) => n + s.demo.length, 0) * 1000,
      );
      expect(run.steps.map((s) => s.doneAt)).toEqual(ends);
      expect(demoScript(exercise, world).every((a) => a.target !== undefined)).toBe(true);
    },
  );

  // `expect` is optional in an exercise file; the ones that state it are held to it.
  const stating = exercises.flatMap((e) => (e.expect ? [[e.id, e, e.expect] as const] : []));
  it('most state the connection they end with', () => {
    expect(stating.length).toBeGreaterThan(exercises.length / 2);
  });

  it.each(stating)('%s: ends with the expected connection saved as expected', (_id, exercise, expected) => {
    const learner = new Learner(exercise).demo(...exercise.steps.map((s) => s.id));
    expect(learner.state.connections.find((c) => c.id === expected.connection)?.active).toBe(expected.active);
  });
});

describe('wrong paths record exactly their mistakes, on the step where they happen', () => {
  it('endre-konfigurasjon: typing in a locked field counts once however many keys, then the step still completes', () => {
    const learner = new Learner(byId('endre-konfigurasjon')).demo('apne-dialog');
    learner.do(
      { type: 'setField', key: 'tidsavbrudd', value: '9' },
      { type: 'setField', key: 'tidsavbrudd', value: '90' },
      { type: 'setField', key: 'tidsavbrudd', value: '900' },
    );
    expect(learner.mistakes()).toEqual(['locked-field@fjern-aktiv']);
    expect(learner.run.steps[1]!.mistakes[0]).toMatchObject({ ruleId: 'config-locked-while-active', at: 3000 });
    learner.demo('fjern-aktiv', 'endre-tidsavbrudd', 'merk-aktiv');
    learner.do({ type: 'ok' }, { type: 'ok' });
    expect(learner.mistakes()).toEqual(['locked-field@fjern-aktiv', 'dimmed-ok@test']);
    expect(learner.run.steps[4]!.mistakes[0]!.ruleId).toBe('ok-needs-passed-test');
    learner.demo('test', 'lagre');
    expect(isComplete(learner.run)).toBe(true);
  });

  it('husk-aktiv: saving without reactivating is a mistake on merk-aktiv, and the step waits until Aktiv is set again', () => {
    const exercise = byId('husk-aktiv');
    const learner = new Learner(exercise).demo('apne-dialog', 'fjern-aktiv', 'endre-bruker', 'endre-nokkel');
    learner.do({ type: 'runTest' }, { type: 'ok' });
    expect(learner.mistakes()).toEqual(['saved-inactive@merk-aktiv']);
    expect(learner.state.connections.find((c) => c.id === 'nordlys-oslo')?.active).toBe(false);
    expect(currentStep(learner.run, exercise)?.id).toBe('merk-aktiv');
    // The way back the hint describes: open the connection again, set Aktiv, test, OK.
    learner.do({ type: 'openDialog' }, { type: 'setActive', value: true });
    expect(currentStep(learner.run, exercise)?.id).toBe('test');
    learner.demo('test', 'lagre');
    expect(isComplete(learner.run)).toBe(true);
    expect(learner.mistakes()).toEqual(['saved-inactive@merk-aktiv']);
  });

  it('ok-nedtonet: clicking the dimmed OK, then cancelling the work, then opening with nothing selected', () => {
    const learner = new Learner(byId('ok-nedtonet'));
    learner.do({ type: 'ok' });
    expect(learner.run.steps[0]!.mistakes).toEqual([
      { kind: 'dimmed-ok', stepId: 'gi-navn', ruleId: 'ok-needs-passed-test', at: 1000 },
    ]);
    learner.do({ type: 'cancel' }, { type: 'selectConnection', connectionId: null }, { type: 'openDialog' });
    expect(learner.mistakes()).toEqual(['dimmed-ok@gi-navn', 'cancelled-work@gi-navn', 'no-selection@gi-navn']);
  });

  it('rett-testfeil: a failing test is counted on its step, not as a mistake', () => {
    const learner = new Learner(byId('rett-testfeil')).demo('apne-dialog', 'kjor-test');
    expect(learner.run.steps[1]).toMatchObject({ done: true, failedTests: 1, mistakes: [] });
    learner
      .demo('fjern-aktiv')
      .do(
        { type: 'setField', key: 'klientnummer', value: '3030' },
        { type: 'setActive', value: true },
        { type: 'runTest' },
      );
    expect(learner.run.steps[3]).toMatchObject({ done: false, failedTests: 1, mistakes: [] });
  });

  it('begrens-synlighet: saving changes to another connection is a mistake (no rule behind it)', () => {
    const learner = new Learner(byId('begrens-synlighet'));
    learner.do(
      { type: 'selectConnection', connectionId: 'nordlys-test' },
      { type: 'openDialog' },
      { type: 'setName', value: 'Test' },
      { type: 'ok' },
    );
    expect(learner.run.steps[0]!.mistakes).toEqual([{ kind: 'wrong-connection', stepId: 'apne-dialog', at: 4000 }]);
  });

  it('aktiver-med-retning: the dimmed OK names the missing direction; Avbryt is the step, not a mistake, but later it is', () => {
    const learner = new Learner(byId('aktiver-med-retning'));
    learner.do({ type: 'ok' });
    expect(learner.run.steps[0]!.mistakes).toMatchObject([{ kind: 'dimmed-ok', ruleId: 'active-needs-directions' }]);
    learner.demo('avbryt', 'apne-tilordninger', 'retning');
    expect(learner.mistakes()).toEqual(['dimmed-ok@avbryt']);
    // Cancelling Tilordninger with the direction chosen loses it: that one is a mistake.
    learner.do({ type: 'cancel' });
    expect(learner.mistakes()).toEqual(['dimmed-ok@avbryt', 'cancelled-work@fullfort']);
    learner.demo('apne-tilordninger', 'retning', 'fullfort', 'aktiv', 'test', 'lagre');
    expect(isComplete(learner.run)).toBe(true);
    expect(learner.state.connections.find((c) => c.id === 'nordlys-test')?.active).toBe(true);
  });

  it('listeverdier: a duplicate dims Lagre and the click is a mistake; fixing the row completes the step', () => {
    const learner = new Learner(byId('listeverdier')).demo('apne', 'velg-liste');
    learner.do({ type: 'setListItem', list: 'kundekategori', item: 'b', crm: 'kunde-a' }, { type: 'ok' });
    expect(learner.run.steps[2]!.mistakes).toMatchObject([{ kind: 'dimmed-ok', ruleId: 'list-no-duplicates' }]);
    learner.demo('verdier', 'lagre');
    expect(isComplete(learner.run)).toBe(true);
  });

  it('legg-til-kobling: the new connection is checked by the id its name gives, and is saved inactive', () => {
    const learner = new Learner(byId('legg-til-kobling')).demo(
      'apne-connector',
      'lagre-connector',
      'apne-ny-kobling',
      'navn-og-connector',
      'konfigurasjon',
    );
    // OK before the test: dimmed, with the test as the reason.
    learner.do({ type: 'ok' });
    expect(learner.run.steps[5]!.mistakes).toMatchObject([{ kind: 'dimmed-ok', ruleId: 'ok-needs-passed-test' }]);
    learner.demo('test', 'lagre');
    expect(isComplete(learner.run)).toBe(true);
    expect(learner.state.connections.at(-1)).toMatchObject({
      id: 'fjelltopp-regnskap',
      connectorId: 'fjelltopp-api',
      active: false,
    });
  });

  it('any path counts: the learner may do a later step early, and each step completes when its check holds', () => {
    const exercise = byId('gi-nytt-navn');
    const learner = new Learner(exercise).do({ type: 'selectConnection', connectionId: 'nordlys-oslo' });
    // Selecting a row takes the simulator to the Sync tab, so step 1 and step 2 are both done by one click.
    expect(learner.doneSteps()).toEqual(['apne-sync', 'velg-kobling']);
    learner.do({ type: 'openDialog' }, { type: 'setName', value: 'Oslo HOVEDKONTOR ' }, { type: 'ok' });
    expect(isComplete(learner.run)).toBe(true);
    expect(learner.run.steps.map((s) => s.doneAt)).toEqual([1000, 1000, 2000, 3000, 4000]);
  });
});
