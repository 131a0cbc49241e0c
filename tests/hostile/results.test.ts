import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { classTable, createResult, serializeResult } from '../../src/exercises/engine/index.ts';
import { importResultFiles, parseResultFile } from '../../src/exercises/ui/trainer/result-import.ts';
import { resultFitProblem } from '../../src/exercises/engine/result-fit.ts';
import { byId, exercises, Learner } from '../unit/exercises/helpers.ts';

const DIR = 'tests/fixtures/hostile/results';
const read = (name: string) => ({ name, text: readFileSync(`${DIR}/${name}`, 'utf8') });
const errorOf = (name: string) => {
  const parsed = parseResultFile(read(name).text, name, exercises);
  return 'error' in parsed ? parsed.error : 'loaded';
};

describe('a result file that does not fit its exercise is not loaded, and the trainer is told why', () => {
  test.each([
    [
      'ukjent-trinn.json',
      '«ukjent-trinn.json» ble ikke lastet inn: den har trinnet «trinn-0», som øvelsen «gi-nytt-navn» ikke har.',
    ],
    [
      'gjentatt-trinn.json',
      '«gjentatt-trinn.json» ble ikke lastet inn: trinnet «apne-sync» står mer enn én gang i filen.',
    ],
    [
      'mangler-trinn.json',
      '«mangler-trinn.json» ble ikke lastet inn: trinnet «lagre» i øvelsen «gi-nytt-navn» mangler i filen. Den er kanskje fra en eldre utgave av øvelsen.',
    ],
    [
      'umulig-tid.json',
      '«umulig-tid.json» ble ikke lastet inn: tidene i filen henger ikke sammen, så den er ikke slik øvelsen lagde den.',
    ],
    [
      'feil-for-start.json',
      '«feil-for-start.json» ble ikke lastet inn: tidene i filen henger ikke sammen, så den er ikke slik øvelsen lagde den.',
    ],
    [
      'fullfort-uten-trinn.json',
      '«fullfort-uten-trinn.json» ble ikke lastet inn: om øvelsen er fullført, stemmer ikke med trinnene i filen.',
    ],
    ['passer.json', 'loaded'],
  ])('%s', (name, message) => {
    expect(errorOf(name)).toBe(message);
  });

  test('made-up steps no longer lift the class average: only the files that fit are in the table', () => {
    const exercise = byId('gi-nytt-navn');
    const unfinished = createResult(new Learner(exercise).demo('apne-sync').run, exercise, {
      learner: 'Ola',
      mode: 'test',
    });
    const files = [read('ukjent-trinn.json'), { name: 'ola.json', text: serializeResult(unfinished) }];
    const { results, errors } = importResultFiles(files, exercises);
    expect(errors.map((e) => e.file)).toEqual(['ukjent-trinn.json']);
    const table = classTable(results, exercise);
    expect(table.rows.map((r) => r.learner)).toEqual(['Ola']);
    expect(table.average?.completedShare).toBe(0);
  });

  test('every result a real run writes fits its exercise (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...exercises),
        fc.nat(20),
        fc.nat(600_000),
        fc.constantFrom('veiledet' as const, 'test' as const),
        fc.array(fc.nat(), { maxLength: 6 }),
        (exercise, stepsDone, idle, mode, detours) => {
          // Commands out of turn (any step's demo commands) before the steps, so runs have mistakes too.
          const pool = exercise.steps.flatMap((s) => s.demo);
          const learner = new Learner(exercise).do(...detours.map((i) => pool[i % pool.length]!));
          learner.demo(...exercise.steps.slice(0, stepsDone).map((s) => s.id));
          const result = createResult(learner.run, exercise, { mode, now: learner.clock + idle });
          expect(resultFitProblem(result, exercise)).toBeUndefined();
        },
      ),
      { numRuns: 200 },
    );
  });
});
