import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createResult, resultFileName, serializeResult } from '../../../src/exercises/engine/index.ts';
import { importResultFiles, parseResultFile } from '../../../src/exercises/ui/trainer/result-import.ts';
import { byId, exercises, Learner } from './helpers.ts';

const file = (name: string) => ({ name, text: readFileSync(`tests/fixtures/exercises/results/${name}`, 'utf8') });
const errorOf = (name: string) => {
  const { name: fileName, text } = file(name);
  const parsed = parseResultFile(text, fileName, exercises);
  return 'error' in parsed ? parsed.error : 'no error';
};

describe('result files', () => {
  it('round trip: a run becomes a file that reads back as the same result', () => {
    const exercise = byId('husk-aktiv');
    const learner = new Learner(exercise).demo('apne-dialog', 'fjern-aktiv', 'endre-bruker', 'endre-nokkel');
    learner.do({ type: 'runTest' }, { type: 'ok' }, { type: 'openDialog' }).demo('merk-aktiv', 'test', 'lagre');
    const result = createResult(learner.run, exercise, { learner: '  Kari\tNordmann ', mode: 'test' });
    expect(result).toMatchObject({
      format: 'erp-ovelse-resultat',
      version: 1,
      exercise: { id: 'husk-aktiv' },
      learner: 'Kari Nordmann',
      completed: true,
      startedAt: '1970-01-01T00:00:00.000Z',
      finishedAt: '1970-01-01T00:00:11.000Z',
      totalMs: 11000,
    });
    expect(result.steps.find((s) => s.id === 'merk-aktiv')).toEqual({
      id: 'merk-aktiv',
      completed: true,
      timeMs: 4000,
      mistakes: [{ kind: 'saved-inactive', ruleId: 'save-inactive-reminder', at: '1970-01-01T00:00:07.000Z' }],
      failedTests: 0,
    });
    expect(parseResultFile(serializeResult(result), resultFileName(result), exercises)).toEqual({ ok: result });
    expect(resultFileName(result)).toBe('resultat-husk-aktiv-kari-nordmann-1970-01-01.json');
  });

  it('an unfinished run records how far the learner came; a learner with no name is left out', () => {
    const exercise = byId('gi-nytt-navn');
    const learner = new Learner(exercise).demo('apne-sync');
    const result = createResult(learner.run, exercise, { learner: '   ', mode: 'veiledet', now: 10_000 });
    expect(result).not.toHaveProperty('learner');
    expect(result).toMatchObject({ completed: false, totalMs: 10_000 });
    expect(result.steps.map((s) => [s.completed, s.timeMs])).toEqual([
      [true, 2000],
      [false, 8000],
      [false, null],
      [false, null],
      [false, null],
    ]);
  });

  it('a good file loads', () => {
    const { name, text } = file('kari.json');
    expect(parseResultFile(text, name, exercises)).toMatchObject({ ok: { learner: 'Kari Nordmann', completed: true } });
  });

  it('bad files are refused with a Norwegian message naming the file and what is wrong', () => {
    expect(errorOf('notat.json')).toMatchInlineSnapshot(
      `"«notat.json» ble ikke lastet inn: innholdet er ikke gyldig JSON. Velg filen som ble lastet ned etter øvelsen."`,
    );
    expect(errorOf('annet-format.json')).toMatchInlineSnapshot(
      `"«annet-format.json» ble ikke lastet inn: det er ikke en resultatfil fra ERP-øvelsene."`,
    );
    expect(errorOf('mangler-felt.json')).toMatchInlineSnapshot(
      `"«mangler-felt.json» ble ikke lastet inn: feltet «steps.3.timeMs» mangler eller har en ugyldig verdi."`,
    );
    expect(errorOf('ukjent-ovelse.json')).toMatchInlineSnapshot(
      `"«ukjent-ovelse.json» ble ikke lastet inn: den gjelder øvelsen «slett-kobling», som ikke finnes her."`,
    );
    expect(errorOf('nyere-versjon.json')).toMatchInlineSnapshot(
      `"«nyere-versjon.json» ble ikke lastet inn: den er laget med en nyere utgave (versjon 2) av øvelsene enn denne siden. Last inn siden på nytt og prøv igjen."`,
    );
    expect(parseResultFile('x'.repeat(1_000_001), 'stor.json')).toMatchObject({
      problem: { key: 'exercises.import.error.tooLarge' },
    });
    expect(parseResultFile('{"format":"erp-ovelse-resultat","version":0}', 'gammel.json')).toMatchObject({
      problem: { key: 'exercises.import.error.unknownVersion', params: { version: '0' } },
    });
  });

  it('without the list of exercises, a result for any exercise loads', () => {
    const { name, text } = file('ukjent-ovelse.json');
    expect(parseResultFile(text, name)).toHaveProperty('ok');
  });

  it('mixed: two good files and one bad give two results and one error naming the bad file', () => {
    const { results, errors } = importResultFiles([file('kari.json'), file('notat.json'), file('ola.json')], exercises);
    expect(results.map((r) => [r.file, r.result.learner])).toEqual([
      ['kari.json', 'Kari Nordmann'],
      ['ola.json', 'Ola "Sjefen" Hansen; Økonomi, Oslo'],
    ]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'notat.json', problem: { key: 'exercises.import.error.notJson' } });
  });

  it('the same result loaded twice is skipped once, naming both files', () => {
    const kari = file('kari.json');
    const { results, errors } = importResultFiles([kari, { ...kari, name: 'kari (1).json' }]);
    expect(results).toHaveLength(1);
    expect(errors.map((e) => e.message)).toEqual([
      '«kari (1).json» ble hoppet over: den inneholder det samme resultatet som «kari.json».',
    ]);
  });
});
