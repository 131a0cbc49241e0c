import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalogs } from '../../../src/loaders/catalogs.ts';
import { LIMITS_FILE, limitFinder, parseLimits, textLength } from '../../../src/localization/review/limits.ts';

const errorOf = (source: string) => {
  try {
    parseLimits(source);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('accepted');
};

describe('length limits', () => {
  it('take the first rule whose pattern matches, * for one part of the key and ** for one or more', () => {
    const limitOf = limitFinder(
      parseLimits(`rules:
  - { keys: sim.ui.tab.*.notSimulated, max: 160, where: melding }
  - { keys: sim.ui.tab.*, max: 16, where: fane }
  - { keys: sim.**, max: 200, where: resten }
`),
    );
    expect(limitOf('sim.ui.tab.sync')).toEqual({ max: 16, where: 'fane', pattern: 'sim.ui.tab.*' });
    expect(limitOf('sim.ui.tab.tilbud.notSimulated')?.max).toBe(160);
    expect(limitOf('sim.ui.tab.a.b')?.max).toBe(200);
    expect(limitOf('site.name')).toBeUndefined();
  });

  it('count characters as a reader does', () => {
    expect(textLength('Språk')).toBe(5);
    expect(textLength('[Šþŕåķ~~]')).toBe(9);
  });

  it('reject a file with a wrong field, naming the field and line', () => {
    expect(
      errorOf(
        'rules:\n  - keys: sim.ui.*\n    max: 0\n    where: fane\n  - keys: "sim..x"\n    max: 10\n    where: x\n',
      ),
    ).toMatchInlineSnapshot(`
      "content/i18n/limits.yaml is not valid:
        - content/i18n/limits.yaml:3 field "rules.0.max": max must be at least 1
        - content/i18n/limits.yaml:5 field "rules.1.keys": keys must be dotted key parts, where * stands for one part and ** for one or more (for example sim.ui.button.*)"
    `);
  });

  it('give every key of the real catalogs a limit, with a reason', () => {
    const limitOf = limitFinder(parseLimits(readFileSync(LIMITS_FILE, 'utf8')));
    const catalogs = loadCatalogs('.');
    const keys = Object.values(catalogs.nb!).flatMap((c) => Object.keys(c.messages));
    expect(keys.filter((key) => limitOf(key) === undefined)).toEqual([]);
    expect(limitOf('sim.ui.dialog.ok')).toMatchObject({ max: 32, where: 'etikett, knapp eller valg i dialogboksen' });
    expect(limitOf('sim.rule.ok-needs-name')?.max).toBe(200);
  });
});
