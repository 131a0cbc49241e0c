import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_MASTERY } from '../../../src/exercises/engine/index.ts';
import { exerciseMastery, lmsOutcome, outcomeToRecord } from '../../../src/lms/outcome.ts';
import { ContentError } from '../../../src/schemas/friendly-error.ts';
import { parseExercise } from '../../../src/schemas/exercise.ts';
import { byId, exercises, Learner, refs } from '../exercises/helpers.ts';

const test80 = { mode: 'test' as const, masteryScore: 0.8, endedAt: null };

/** «Gi nytt navn» with a mistake on the step it names (typing in a locked field), else its demo. */
function giNyttNavn(mistakeOn: ReadonlySet<string>) {
  const learner = new Learner(byId('gi-nytt-navn'));
  for (const step of learner.exercise.steps) {
    if (mistakeOn.has(step.id) && step.id === 'endre-navn')
      learner.do({ type: 'setField', key: 'tidsavbrudd', value: '7' });
    if (mistakeOn.has(step.id) && step.id === 'lagre') {
      learner.do(
        { type: 'setName', value: '' },
        { type: 'ok' },
        { type: 'setName', value: 'Nordlys – Oslo hovedkontor' },
      );
    }
    learner.demo(step.id);
  }
  return learner;
}

describe('a run as the learning platform sees it', () => {
  it('scores the steps done without a mistake, and passes at the pass mark', () => {
    const learner = giNyttNavn(new Set(['endre-navn']));
    const outcome = lmsOutcome(learner.run, learner.exercise, test80);
    expect(outcome).toMatchObject({
      completion: 'completed',
      success: 'passed',
      score: { raw: 4, min: 0, max: 5, scaled: 0.8 },
      progress: 1,
      over: true,
    });
    expect(outcome.steps.map((s) => [s.id, s.correct, s.mistakes])).toEqual([
      ['apne-sync', true, []],
      ['velg-kobling', true, []],
      ['apne-dialog', true, []],
      ['endre-navn', false, ['locked-field']],
      ['lagre', true, []],
    ]);
    expect(lmsOutcome(learner.run, learner.exercise, { ...test80, masteryScore: 0.81 }).success).toBe('failed');
  });

  it('reports nothing but progress until a Test run is over, and fails a test ended early', () => {
    const learner = new Learner(byId('gi-nytt-navn')).demo('apne-sync', 'velg-kobling');
    const going = lmsOutcome(learner.run, learner.exercise, test80);
    expect(going).toMatchObject({ completion: 'incomplete', success: 'unknown', progress: 0.4, over: false });
    expect(going.score).toBeUndefined();
    expect(going.steps.map((s) => s.id)).toEqual(['apne-sync', 'velg-kobling']);

    const ended = lmsOutcome(learner.run, learner.exercise, { ...test80, endedAt: learner.clock + 5000 });
    expect(ended).toMatchObject({ completion: 'incomplete', success: 'failed', score: { raw: 2, max: 5 } });
    // The step the test ended on is reported as not done, with its time until the end.
    expect(ended.steps.at(-1)).toMatchObject({ id: 'apne-dialog', done: false, correct: false, latencyMs: 5000 });
  });

  it('in Veiledet reports completion only: never a score, never passed or failed', () => {
    fc.assert(
      fc.property(fc.subarray(['endre-navn', 'lagre']), fc.double({ min: 0, max: 1, noNaN: true }), (mistakes, m) => {
        const learner = giNyttNavn(new Set(mistakes));
        const outcome = lmsOutcome(learner.run, learner.exercise, { mode: 'veiledet', masteryScore: m, endedAt: null });
        expect(outcome.success).toBe('unknown');
        expect(outcome.score).toBeUndefined();
        expect(outcome.completion).toBe('completed');
      }),
      { numRuns: 20 },
    );
  });

  it('passes a Test run exactly when every step is done and the share without mistakes reaches the mark', () => {
    fc.assert(
      fc.property(
        fc.subarray(['endre-navn', 'lagre']),
        fc.integer({ min: 0, max: 100 }),
        fc.boolean(),
        (mistakes, mastery, endEarly) => {
          const learner = endEarly
            ? new Learner(byId('gi-nytt-navn')).demo('apne-sync', 'velg-kobling', 'apne-dialog', 'endre-navn')
            : giNyttNavn(new Set(mistakes));
          const outcome = lmsOutcome(learner.run, learner.exercise, {
            mode: 'test',
            masteryScore: mastery / 100,
            endedAt: endEarly ? learner.clock : null,
          });
          const correct = outcome.steps.filter((s) => s.correct).length;
          expect(outcome.score).toEqual({ raw: correct, min: 0, max: 5, scaled: correct / 5 });
          expect(outcome.success).toBe(!endEarly && correct / 5 >= mastery / 100 ? 'passed' : 'failed');
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('trying again in the same session', () => {
  it('keeps the recorded result while the new try goes on, and replaces it only by a better one', () => {
    const passed = lmsOutcome(giNyttNavn(new Set(['endre-navn'])).run, byId('gi-nytt-navn'), test80);
    const perfect = lmsOutcome(giNyttNavn(new Set()).run, byId('gi-nytt-navn'), test80);
    const failed = lmsOutcome(giNyttNavn(new Set(['endre-navn', 'lagre'])).run, byId('gi-nytt-navn'), test80);
    const learner = new Learner(byId('gi-nytt-navn')).demo('apne-sync');
    const going = lmsOutcome(learner.run, learner.exercise, test80);
    expect(failed.success).toBe('failed');
    expect(outcomeToRecord(going, undefined)).toBe(going);
    expect(outcomeToRecord(going, passed)).toBe(passed);
    expect(outcomeToRecord(failed, passed)).toBe(passed);
    expect(outcomeToRecord(perfect, passed)).toBe(perfect);
    expect(outcomeToRecord(passed, failed)).toBe(passed);
  });
});

describe('the pass mark of an exercise file', () => {
  const source = readFileSync('content/exercises/gi-nytt-navn.yaml', 'utf8');
  const withLine = (line: string) => source.replace('minutes: 3\n', `minutes: 3\n${line}\n`);
  const read = (text: string) =>
    parseExercise(parse(text), 'gi-nytt-navn.yaml', text, { ...refs, fileId: 'gi-nytt-navn' });

  it('is 80 % unless the file says otherwise, and scaled for the platforms', () => {
    expect(DEFAULT_MASTERY).toBe(80);
    expect(exercises.every((e) => e.mastery === 80)).toBe(true);
    expect(read(withLine('mastery: 100')).mastery).toBe(100);
    expect(exerciseMastery({ mastery: 75 })).toBe(0.75);
  });

  it('must be a whole number of per cent from 0 to 100, or the build names the file, field and line', () => {
    const error = (() => {
      try {
        read(withLine('mastery: 120'));
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).message).toContain(
      'gi-nytt-navn.yaml:11 field "mastery": mastery must be at most 100 (per cent)',
    );
    expect(() => read(withLine('mastery: 0.8'))).toThrow('mastery must be a whole number of per cent, 0 to 100');
  });
});
