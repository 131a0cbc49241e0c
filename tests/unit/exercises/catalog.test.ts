import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXERCISE_MODES, LEVELS, MISTAKE_KINDS } from '../../../src/exercises/engine/index.ts';

const nb = JSON.parse(readFileSync('content/i18n/nb/exercises.json', 'utf8')) as Record<string, string>;
const en = JSON.parse(readFileSync('content/i18n/en/exercises.json', 'utf8')) as Record<string, string>;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

// Keys written in the engine's code: literal keys, and the error names result-import turns into keys.
const engine = readdirSync('src/exercises/engine').map((f) => readFileSync(`src/exercises/engine/${f}`, 'utf8'));
const literalKeys = engine.flatMap((src) => [...src.matchAll(/'(exercises\.[a-zA-Z.-]+[a-zA-Z])'/g)].map((m) => m[1]!));
const tableKeys = [
  ...readFileSync('src/exercises/engine/csv.ts', 'utf8').matchAll(
    /'(learner|file|mode|attempts|completed|time|mistakes)'/g,
  ),
].map((m) => `exercises.table.${m[1]}`);
const importErrors = [
  ...readFileSync('src/exercises/ui/trainer/result-import.ts', 'utf8').matchAll(/failure\([a-zA-Z]+, '([a-zA-Z]+)'/g),
].map((m) => `exercises.import.error.${m[1]}`);
const usedKeys = [
  ...EXERCISE_MODES.flatMap((m) => [`exercises.mode.${m}`, `exercises.mode.${m}.description`]),
  ...LEVELS.map((l) => `exercises.level.${l}`),
  ...MISTAKE_KINDS.flatMap((k) => [`exercises.mistake.${k}`, `exercises.mistake.${k}.correction`]),
  ...literalKeys,
  ...tableKeys,
  ...importErrors,
];

describe('the exercise catalogs', () => {
  it('have the same keys in Norwegian and English, all starting with exercises.', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nb).sort());
    for (const key of Object.keys(nb)) expect(key).toMatch(/^exercises\.[a-zA-Z0-9.-]+$/);
  });

  it('hold every key the engine uses', () => {
    expect(importErrors.length).toBeGreaterThanOrEqual(7);
    for (const key of new Set(usedKeys)) {
      expect(nb, key).toHaveProperty([key]);
      expect(en, key).toHaveProperty([key]);
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(nb)) expect(placeholders(en[key]!), key).toEqual(placeholders(nb[key]!));
  });
});
