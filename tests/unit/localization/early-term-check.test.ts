import type { HookParameters } from 'astro';
import { afterEach, describe, expect, test } from 'vitest';
import { earlyTermCheckIntegration } from '../../../src/integrations/early-term-check.ts';
import { checkSite } from '../../../src/localization/terms/check-site.ts';
import { setEarlyTermCheck, termFindings } from '../../../src/localization/terms/early-check.ts';

describe('the term check started when the build starts', () => {
  afterEach(() => setEarlyTermCheck('', Promise.resolve(undefined)));

  test('runs in a worker thread and gives the review page exactly what checking the site itself gives', async () => {
    const integration = earlyTermCheckIntegration('.');
    const setup = integration.hooks['astro:config:setup']!;
    await setup({ command: 'build' } as HookParameters<'astro:config:setup'>);
    // What the worker posted, not what termFindings would fall back to.
    const started = (globalThis as Record<symbol, { findings: Promise<unknown> } | undefined>)[
      Symbol.for('erp-hjelp.early-term-check')
    ];
    const fromWorker = await started?.findings;
    await integration.hooks['astro:build:done']!({} as HookParameters<'astro:build:done'>);
    const own = checkSite('.');
    expect(own.length).toBeGreaterThan(0);
    expect(fromWorker).toEqual(own);
    expect(await termFindings('.')).toEqual(own);
  });

  test('is not started by astro dev, where the review page checks the site when it is asked for', async () => {
    setEarlyTermCheck('.', Promise.resolve([]));
    const integration = earlyTermCheckIntegration('.');
    await integration.hooks['astro:config:setup']!({ command: 'dev' } as HookParameters<'astro:config:setup'>);
    expect(await termFindings('.')).toEqual([]);
  });

  test('a check that failed, or was of another site, is not used: the site is checked now', async () => {
    const own = checkSite('.');
    setEarlyTermCheck('.', Promise.resolve(undefined));
    expect(await termFindings('.')).toEqual(own);
    setEarlyTermCheck('/somewhere/else', Promise.resolve([]));
    expect(await termFindings('.')).toEqual(own);
  });
});
