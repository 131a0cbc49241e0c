import { describe, expect, it } from 'vitest';
import { demoScript, exerciseWorld, type DemoCommand, type Exercise } from '../../../src/exercises/engine/index.ts';
import { readStoredRun } from '../../../src/exercises/ui/run-storage.ts';
import { createExerciseApp } from '../../../src/exercises/ui/app.ts';
import { LEARNER_KEY, progressKey } from '../../../src/exercises/ui/storage.ts';
import {
  decodeSnapshot,
  encodeSnapshot,
  fitSnapshot,
  newest,
  SCORM12_SUSPEND_LIMIT,
  type Snapshot,
} from '../../../src/lms/suspend.ts';
import { memoryStorage } from '../../../src/simulator/store/index.ts';
import { exercises, situations, standard } from '../exercises/helpers.ts';

/**
 * The suspend data a package writes, measured on the real exercise page's storage (the simulator's place and the
 * run, as the page writes them) after every command of each exercise in Test mode.
 */
async function measure(exercise: Exercise, extra: (step: number) => DemoCommand[] = () => []) {
  const storage = memoryStorage();
  const app = createExerciseApp({
    exercise,
    world: exerciseWorld(exercise, standard, situations),
    storage,
    testDelayMs: 0,
  });
  app.start('test');
  await new Promise((resolve) => setTimeout(resolve, 20));
  let longest = 0;
  let last: Snapshot | undefined;
  for (const [i, action] of demoScript(exercise).entries()) {
    for (const command of [...extra(i), action.command]) {
      app.sim.getState().dispatch(command);
      await Promise.resolve();
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
    const items = Object.fromEntries(Object.entries(storage.dump()).filter(([key]) => key !== LEARNER_KEY));
    last = { savedAt: Date.now(), items, outbox: [], sent: [] };
    const text = fitSnapshot(last, SCORM12_SUSPEND_LIMIT);
    expect(text, `${exercise.id} after command ${i + 1}`).toBeDefined();
    longest = Math.max(longest, text!.length);
  }
  return { longest, last: last!, done: app.session.getState().run.current };
}

/** The exercise with the most to do: the most demo commands, then the most steps. */
const longestExercise = [...exercises].sort(
  (a, b) => demoScript(b).length - demoScript(a).length || b.steps.length - a.steps.length,
)[0]!;

describe('suspend data', () => {
  it(`fits SCORM 1.2's 4,096 characters at every moment of the longest exercise (${longestExercise.id})`, async () => {
    const { longest, last, done } = await measure(longestExercise);
    expect(done).toBe(longestExercise.steps.length);
    expect(longest).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT);
    // The figure the README and the report quote.
    console.info(
      `suspend data, longest exercise ${longestExercise.id} (${demoScript(longestExercise).length} commands, ${longestExercise.steps.length} steps): at most ${longest} of ${SCORM12_SUSPEND_LIMIT} characters; the same JSON uncompressed: ${JSON.stringify(last).length}`,
    );
    // And it reads back to the run the page stored.
    const back = decodeSnapshot(encodeSnapshot(last))!;
    const record = JSON.parse(back.items[progressKey(longestExercise.id, 'test')]!) as unknown;
    expect(readStoredRun(record, longestExercise)?.current).toBe(longestExercise.steps.length);
  });

  it('fits for every exercise, and for a learner who makes a mistake before every command', async () => {
    for (const exercise of exercises)
      expect((await measure(exercise)).longest).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT);
    // Clicking OK while it is dimmed, and Tilbud/Sync's other tab and back: each a logged event, some a mistake.
    const clumsy = await measure(longestExercise, () => [
      { type: 'selectTab', tab: 'tilbud' },
      { type: 'selectTab', tab: 'sync' },
      { type: 'ok' },
    ]);
    expect(clumsy.longest).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT);
    console.info(`suspend data with a mistake before every command (${longestExercise.id}): ${clumsy.longest}`);
  });

  it('drops the oldest events of the current step, and only those, when a run would not fit', () => {
    const key = progressKey('x', 'test');
    const run = {
      run: { window: Array.from({ length: 200 }, (_, i) => ({ type: 'tabSelected', tab: `t${i}`, at: i * 7919 })) },
    };
    const snapshot: Snapshot = {
      savedAt: 1,
      items: { [key]: JSON.stringify(run), other: 'kept' },
      outbox: [],
      sent: [],
    };
    const full = encodeSnapshot(snapshot).length;
    const text = fitSnapshot(snapshot, Math.floor(full / 2))!;
    const back = decodeSnapshot(text)!;
    const window = (JSON.parse(back.items[key]!) as typeof run).run.window;
    expect(window.length).toBeLessThan(200);
    expect(window.at(-1)).toEqual(run.run.window.at(-1));
    expect(back.items.other).toBe('kept');
    expect(fitSnapshot(snapshot, 10)).toBeUndefined();
  });

  it('reads anything that is not a snapshot as none, and prefers the later of two copies', () => {
    for (const text of [
      null,
      '',
      'e1:',
      'e1:not base64!',
      'x',
      encodeSnapshot({ savedAt: 1, items: {}, outbox: [], sent: [] }).slice(0, 20),
    ])
      expect(decodeSnapshot(text)).toBeUndefined();
    const a: Snapshot = { savedAt: 1, items: { a: '1' }, outbox: [], sent: [] };
    const b: Snapshot = { ...a, savedAt: 2 };
    expect(newest(a, b, undefined)).toBe(b);
    expect(newest(undefined, undefined)).toBeUndefined();
  });
});
