import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { islandMessages } from '../../../src/exercises/ui/catalog.ts';
import { SPEEDS } from '../../../src/exercises/ui/player.ts';

const nb = JSON.parse(readFileSync('content/i18n/nb/exercises.json', 'utf8')) as Record<string, string>;
const en = JSON.parse(readFileSync('content/i18n/en/exercises.json', 'utf8')) as Record<string, string>;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(tsx?|astro)$/.test(name) ? [path] : [];
  });
}
const literalKeys = (paths: string[]) =>
  paths.flatMap((path) =>
    [...readFileSync(path, 'utf8').matchAll(/'(exercises\.[a-zA-Z0-9.-]+[a-zA-Z0-9])'/g)].map((m) => m[1]!),
  );

// The island's own files: everything under src/exercises/ui but the trainer's, the howto page's and the catalog.
const island = files('src/exercises/ui').filter((f) => !/\/(trainer|howto)\/|catalog\.ts$/.test(f));
const pages = [
  ...files('src/exercises/ui/trainer'),
  ...files('src/components/exercises'),
  ...files('src/pages/ovelser'),
  'src/pages/kursleder.astro',
];

describe('the exercise screens’ catalog entries', () => {
  it('exist in Norwegian and English for every key the screens and pages name', () => {
    const keys = new Set([...literalKeys(island), ...literalKeys(pages)]);
    expect(keys.size).toBeGreaterThan(80);
    expect([...keys].filter((key) => !(key in nb))).toEqual([]);
    expect([...keys].filter((key) => !(key in en))).toEqual([]);
  });

  it('reach the exercise island: every key it names, and the keys it builds, are among the entries its page passes', () => {
    const passed = islandMessages(nb);
    const built = [
      ...SPEEDS.map((s) => `exercises.demo.speed.${s}`),
      'exercises.progress.notice.recovered',
      'exercises.progress.notice.ended',
    ];
    const commands = [
      'navigate',
      'selectTab',
      'selectConnection',
      'selectNone',
      'click',
      'type',
      'typeSecret',
      'choose',
      'chooseIn',
      'checkMember',
      'uncheckMember',
      'check',
      'uncheck',
      'test',
    ];
    for (const key of [...literalKeys(island), ...built, ...commands.map((c) => `exercises.demo.command.${c}`)])
      expect(passed, key).toHaveProperty([key]);
    // …and only those: the trainer's and the handouts' texts stay out of the island's props.
    expect(Object.keys(passed).some((key) => key.startsWith('exercises.trainer.'))).toBe(false);
  });
});
