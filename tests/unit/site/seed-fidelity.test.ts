import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEED_PAGE, SEED_SOURCE, seedProseLines } from '../../seed-text.ts';

/** Lines we add to the seed page that are not text: the embedded simulator. */
const ADDED_COMPONENT = /^<SimulatorEmbed\b[^>]*\/>\n\n/m;

describe('the seed page', () => {
  it('is the user text unchanged, except HTML comments written as MDX comments and the embedded simulator', () => {
    const original = readFileSync(SEED_SOURCE, 'utf8');
    const page = readFileSync(SEED_PAGE, 'utf8');
    const expected = original.replace(/<!--\s*(.*?)\s*-->/g, '{/* $1 */}');
    expect(page.replace(ADDED_COMPONENT, '')).toBe(expected);
  });

  it('has the prose lines the e2e test looks for on the built page', () => {
    const lines = seedProseLines();
    expect(lines).toContain('Rediger ERP-kobling');
    expect(lines).toContain('Bekreft at nødvendige innstillinger (for eksempel synlighet) er angitt.');
    expect(lines).toContain('I Innstillinger og vedlikehold, velg Tilbud/Sync i navigatoren og gå til fanen Sync.');
    expect(lines).not.toContain('');
    expect(lines.some((l) => l.includes('configure.md') || l.includes('**') || l.includes('[!'))).toBe(false);
  });
});
