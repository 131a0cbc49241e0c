import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/schemas/friendly-error.ts';
import { loadScenarioFile, loadSituationsFile } from '../../../src/loaders/scenarios.ts';
import { standard } from './scenario-helpers.ts';

async function errorOf(load: Promise<unknown>): Promise<ContentError> {
  const error = await load.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ContentError)) throw new Error(`expected a ContentError, got ${String(error)}`);
  return error;
}

describe('scenario files', () => {
  it('accepts every scenario in content/scenarios', async () => {
    const files = readdirSync('content/scenarios').filter((f) => f.endsWith('.yaml') && f !== 'situations.yaml');
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) await expect(loadScenarioFile(`content/scenarios/${file}`)).resolves.toBeTruthy();
  });

  it('normalises the shorthands trainers write: visibility, numbers as text, defaults', () => {
    expect(standard.connections[0]).toMatchObject({ visibility: { mode: 'all' }, config: { tidsavbrudd: '30' } });
    expect(standard.connections[2]).toMatchObject({
      visibility: { mode: 'selected', userIds: [], groupIds: ['okonomi'] },
      description: '',
    });
    expect(standard.erp.servers[0]?.accounts[0]).toEqual({
      user: 'integrasjon',
      apiKey: 'NL-OSLO-7f3a9c',
      expired: false,
    });
  });

  it('names the file, the field path and the line of every mistake in a malformed scenario', async () => {
    const error = await errorOf(loadScenarioFile('tests/fixtures/scenarios/malformed.yaml'));
    expect(error.message).toMatchInlineSnapshot(`
      "tests/fixtures/scenarios/malformed.yaml is not valid:
        - tests/fixtures/scenarios/malformed.yaml:19 field "connections.0.aktiv": unknown field(s): aktiv
        - tests/fixtures/scenarios/malformed.yaml:13 field "connectors.0.fields.3.type": a field with role apiKey must have type secret
        - tests/fixtures/scenarios/malformed.yaml:14 field "connectors.0.fields.4.min": a number field needs min and max, with min not above max
        - tests/fixtures/scenarios/malformed.yaml:20 field "connections.0.visibility.users.1": user "per" does not exist
        - tests/fixtures/scenarios/malformed.yaml:21 field "connections.0.config.firma": "firma" is not a field of nordlys-api (fields: url, klientnummer, brukernavn, apiNokkel, tidsavbrudd)
        - tests/fixtures/scenarios/malformed.yaml:23 field "connections.1.name": The name cannot be empty.
        - tests/fixtures/scenarios/malformed.yaml:24 field "connections.1.connectorId": connector "nordlys" does not exist (known: nordlys-api)
        - tests/fixtures/scenarios/malformed.yaml:32 field "erp.faults.0": this expired-key fault matches nothing in erp.servers or erp.folders"
    `);
  });

  it('points a YAML syntax error at its line', async () => {
    const error = await errorOf(loadSituationsFile('tests/fixtures/scenarios/not-yaml.yaml'));
    expect(error.message).toMatchInlineSnapshot(`
      "tests/fixtures/scenarios/not-yaml.yaml is not valid:
        - tests/fixtures/scenarios/not-yaml.yaml:4 field "(YAML syntax)": Flow sequence in block collection must be sufficiently indented and end with a ]"
    `);
  });
});
