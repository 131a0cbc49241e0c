import { describe, expect, test } from 'vitest';
import { pageParts } from '../../../src/components/docs-root-parts.ts';

describe('a docs-root page split at the training layer’s places', () => {
  test('the simulator, with or without a situation to start in, and «Prøv i simulatoren» with its situation', () => {
    const html =
      '<h2>Trinn</h2><!--training:simulator--><h2>Sync</h2><!--training:simulator:sync-fanen-->' +
      '<h3>Feil</h3><!--training:try-in-simulator:mangler-retning--><p>slutt</p>';
    expect(pageParts(html)).toEqual([
      { kind: 'html', html: '<h2>Trinn</h2>' },
      { kind: 'simulator' },
      { kind: 'html', html: '<h2>Sync</h2>' },
      { kind: 'simulator', start: 'sync-fanen' },
      { kind: 'html', html: '<h3>Feil</h3>' },
      { kind: 'try-in-simulator', situation: 'mangler-retning' },
      { kind: 'html', html: '<p>slutt</p>' },
    ]);
  });
});
