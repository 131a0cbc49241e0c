import { describe, expect, it } from 'vitest';
import { readStoredRun, storedRun } from '../../../src/exercises/ui/run-storage.ts';
import { byId, Learner } from './helpers.ts';

describe('stored runs (progress that survives a reload)', () => {
  it('a run stored as JSON reads back, and one for other steps, another exercise or a broken shape does not', () => {
    const exercise = byId('endre-konfigurasjon');
    const learner = new Learner(exercise).demo('apne-dialog').do({ type: 'setField', key: 'tidsavbrudd', value: '9' });
    const stored = JSON.parse(JSON.stringify(storedRun(learner.run))) as ReturnType<typeof storedRun>;
    expect(readStoredRun(stored, exercise)).toEqual(learner.run);
    expect(readStoredRun(stored, byId('husk-aktiv'))).toBeUndefined();
    expect(readStoredRun({ ...stored, version: 0 }, exercise)).toBeUndefined();
    expect(readStoredRun({ ...stored, run: { ...stored.run, current: 3 } }, exercise)).toBeUndefined();
    expect(
      readStoredRun({ ...stored, run: { ...stored.run, window: [{ type: 'hacked' }] } }, exercise),
    ).toBeUndefined();
    expect(readStoredRun('{', exercise)).toBeUndefined();
    const edited = { ...exercise, steps: exercise.steps.slice(1) };
    expect(readStoredRun(stored, edited)).toBeUndefined();
  });
});
