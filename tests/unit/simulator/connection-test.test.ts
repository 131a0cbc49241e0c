import { describe, expect, it } from 'vitest';
import {
  runConnectionTest,
  TEST_ERROR_ANCHORS,
  type ErpBackend,
  type TestErrorCode,
} from '../../../src/simulator/domain/index.ts';
import { alfa, fil, world } from './literal-world.ts';

const [api, file] = world.connectors as [(typeof world.connectors)[0], (typeof world.connectors)[0]];
const erp = world.erp;
const withFaults = (faults: ErpBackend['faults']): ErpBackend => ({ ...erp, faults });

function failure(connector: typeof api, config: Record<string, string>, backend = erp) {
  const outcome = runConnectionTest(connector, config, backend);
  if (outcome.ok) throw new Error('expected the test to fail');
  return outcome.failure;
}

describe('the simulated connection test', () => {
  it('passes for a configuration the ERP accepts, on both connectors, ignoring case and trailing slashes where a server would', () => {
    expect(runConnectionTest(api, alfa.config, erp)).toEqual({ ok: true });
    expect(runConnectionTest(api, { ...alfa.config, url: 'HTTPS://ERP.example/api/', user: 'SYNC' }, erp)).toEqual({
      ok: true,
    });
    expect(runConnectionTest(file, fil.config, erp)).toEqual({ ok: true });
    expect(runConnectionTest(file, { ...fil.config, path: 'c:/UT/' }, erp)).toEqual({ ok: true });
  });

  it.each<[TestErrorCode, Record<string, string>, string, Record<string, string>]>([
    ['missing-field', { ...alfa.config, client: ' ' }, 'client', { label: 'Klientnummer', labelEn: 'Client number' }],
    ['invalid-value', { ...alfa.config, timeout: '12a' }, 'timeout', { value: '12a' }],
    [
      'server-unreachable',
      { ...alfa.config, url: 'https://erp.example/v2' },
      'url',
      { value: 'https://erp.example/v2' },
    ],
    ['unknown-client', { ...alfa.config, client: '3' }, 'client', { value: '3' }],
    [
      'credentials-rejected',
      { ...alfa.config, key: 'WRONG' },
      'key',
      { user: 'sync', userLabel: 'Brukernavn', label: 'API-nøkkel' },
    ],
  ])('fails with %s at the field, saying what to fix, linking to its section', (code, config, fieldKey, params) => {
    const f = failure(api, config);
    expect(f).toMatchObject({ code, fieldKey, messageKey: `sim.test.error.${code}`, params });
    expect(f.href).toBe(`/no/erp/admin/troubleshooting/test-fails/#${TEST_ERROR_ANCHORS[code]}`);
  });

  it('reports the topmost field first, so the first message matches the first field to fix', () => {
    expect(failure(api, { ...alfa.config, url: '', timeout: '' }).fieldKey).toBe('url');
    expect(failure(api, { ...alfa.config, url: 'ftp://x', client: '' }).code).toBe('invalid-value');
  });

  it('never shows a secret, not even a wrong one', () => {
    const f = failure(api, { ...alfa.config, key: 'abc<def>' });
    expect(f.code).toBe('invalid-value');
    expect(JSON.stringify(f)).not.toContain('abc');
  });

  it('rejects an expired key with its own message, under credentials-rejected', () => {
    const f = failure(api, { ...alfa.config, user: 'old', key: 'K0' });
    expect(f).toMatchObject({
      code: 'credentials-rejected',
      messageKey: 'sim.test.error.credentials-expired',
      params: { user: 'old' },
    });
  });

  it('fails with path-not-found for a folder the file connector cannot reach', () => {
    const f = failure(file, { ...fil.config, path: 'C:\\inn' });
    expect(f).toMatchObject({
      code: 'path-not-found',
      fieldKey: 'path',
      params: { value: 'C:\\inn', label: 'Mappe/filsti' },
    });
    expect(f.href).toMatch(/#filsti-finnes-ikke$/);
  });

  it('applies the scenario faults: an unreachable URL, an expired key, a removed client, a missing folder', () => {
    expect(failure(api, alfa.config, withFaults([{ kind: 'unreachable', url: 'https://erp.example/api/' }])).code).toBe(
      'server-unreachable',
    );
    expect(failure(api, alfa.config, withFaults([{ kind: 'expired-key', user: 'sync' }])).messageKey).toBe(
      'sim.test.error.credentials-expired',
    );
    expect(failure(api, alfa.config, withFaults([{ kind: 'unknown-client', client: '1' }])).code).toBe(
      'unknown-client',
    );
    expect(failure(file, fil.config, withFaults([{ kind: 'missing-folder', path: 'c:\\ut\\' }])).code).toBe(
      'path-not-found',
    );
  });

  it('is deterministic and leaves its inputs alone', () => {
    const config = { ...alfa.config, client: '3' };
    const frozen = structuredClone({ config, erp });
    expect(runConnectionTest(api, config, erp)).toEqual(runConnectionTest(api, config, erp));
    expect({ config, erp }).toEqual(frozen);
  });
});
