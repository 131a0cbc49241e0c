import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LEVELS } from '../../../src/exercises/engine/index.ts';
import { loadExerciseFile, loadExercises, loadHowtoMap } from '../../../src/loaders/exercises.ts';
import { parseHowtoMap } from '../../../src/schemas/howto-steps.ts';
import { ContentError } from '../../../src/schemas/friendly-error.ts';
import { refs } from './helpers.ts';

async function errorOf(promise: Promise<unknown>): Promise<ContentError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ContentError);
  return error as ContentError;
}
const fixture = (name: string) => loadExerciseFile(`tests/fixtures/exercises/${name}.yaml`, refs);

describe('exercise files', () => {
  it('the real ones load, sorted by level', async () => {
    const all = await loadExercises(refs);
    const levels = all.map((e) => LEVELS.indexOf(e.level));
    expect(levels).toEqual([...levels].sort());
    await expect(loadHowtoMap()).resolves.toMatchObject({ page: 'content/docs/no/erp/admin/update-connection.mdx' });
  });

  it('names the file, the field path and the line of every shape mistake', async () => {
    const error = await errorOf(fixture('malformed'));
    expect(error.message).toMatchInlineSnapshot(`
      "tests/fixtures/exercises/malformed.yaml is not valid:
        - tests/fixtures/exercises/malformed.yaml:5 field "level": level must be one of: nybegynner, middels, viderekommen
        - tests/fixtures/exercises/malformed.yaml:6 field "minutes": minutes must be a number
        - tests/fixtures/exercises/malformed.yaml:13 field "steps.0.check": unknown check; use one of: view, selected, dialog, draft, test, event, saved, listed, rule, all, any, not
        - tests/fixtures/exercises/malformed.yaml:10 field "steps.0.hints": hints is required: a list of one or more Norwegian hints
        - tests/fixtures/exercises/malformed.yaml:14 field "steps.0.target": a target is one of: navigator.brukere, navigator.lister, navigator.preferanser, navigator.tilbud-sync, navigator.sikkerhet, tab.tilbud, tab.sync, button.konfigurer, button.tilordninger, button.listetilordning, button.standardverdier, button.ranger-felt, button.ny-sync-connector, button.ny-erp-kobling, button.synkroniseringsprioritet, notice.dismiss, dialog.name, dialog.description, dialog.active, dialog.visibility.all, dialog.visibility.selected, dialog.members, dialog.test, dialog.ok, dialog.cancel, or connection-row:<connectionId>, dialog.field:<fieldKey>, dialog.member:<user|group>:<id>
        - tests/fixtures/exercises/malformed.yaml:20 field "steps.1.check": a check has one kind, found selected, dialog; combine checks with all: [...]
        - tests/fixtures/exercises/malformed.yaml:22 field "steps.1.hints.0": a hint must be text (put text that holds ": " in quotes, or write it after >-)
        - tests/fixtures/exercises/malformed.yaml:26 field "steps.1.demo.0.type": type must be a simulator command: navigate, selectTab, selectConnection, openDialog, openTool, openFeature, setName, setDescription, setVisibilityMode, toggleVisibilityMember, setActive, setField, runTest, ok, cancel, dismissNotice
        - tests/fixtures/exercises/malformed.yaml:23 field "steps.1.hint": unknown field(s): hint
        - tests/fixtures/exercises/malformed.yaml:32 field "steps.2.check.all.0.draft.name.matches": not a valid regular expression: Invalid regular expression: /(/u: Unterminated group
        - tests/fixtures/exercises/malformed.yaml:33 field "steps.2.check.all.1.where.name": saved has only: connectionId, active
        - tests/fixtures/exercises/malformed.yaml:34 field "steps.2.check.all.2.test": test must be one of: not-run, running, passed, failed, stale"
    `);
  });

  it('names connections, fields, members, situations and faults the scenario does not have, and an id unlike the file name', async () => {
    const error = await errorOf(fixture('bad-references'));
    expect(error.message).toMatchInlineSnapshot(`
      "tests/fixtures/exercises/bad-references.yaml is not valid:
        - tests/fixtures/exercises/bad-references.yaml:2 field "id": id "annen-id" must equal the file name "bad-references"
        - tests/fixtures/exercises/bad-references.yaml:9 field "start.situation": situation "finnes-ikke" does not exist (known: ok-nedtonet, test-feiler, felt-last, kan-ikke-aktiveres)
        - tests/fixtures/exercises/bad-references.yaml:11 field "start.faults.0": this expired-key fault matches nothing in the scenario's erp.servers or erp.folders
        - tests/fixtures/exercises/bad-references.yaml:17 field "steps.0.check.selected": connection "nordlys-trondheim" does not exist in scenario standard (known: nordlys-oslo, nordlys-bergen, fjordfil-lonn, nordlys-test)
        - tests/fixtures/exercises/bad-references.yaml:21 field "steps.0.demo.0.connectionId": connection "nordlys-trondheim" does not exist in scenario standard (known: nordlys-oslo, nordlys-bergen, fjordfil-lonn, nordlys-test)
        - tests/fixtures/exercises/bad-references.yaml:19 field "steps.0.target": connection "nordlys-trondheim" does not exist in scenario standard (known: nordlys-oslo, nordlys-bergen, fjordfil-lonn, nordlys-test)
        - tests/fixtures/exercises/bad-references.yaml:22 field "steps.1.id": step id "velg" is used twice
        - tests/fixtures/exercises/bad-references.yaml:25 field "steps.1.check.draft.config.firmanummer": "firmanummer" is not a configuration field of nordlys-oslo (fields: url, klientnummer, brukernavn, apiNokkel, tidsavbrudd)
        - tests/fixtures/exercises/bad-references.yaml:25 field "steps.1.check.draft.members.groups.0": group "salg-nord" does not exist in scenario standard (known: salg-vest, okonomi, ledelse)
        - tests/fixtures/exercises/bad-references.yaml:29 field "steps.1.demo.0.key": "firmanummer" is not a configuration field (fields: url, klientnummer, brukernavn, apiNokkel, tidsavbrudd, filsti, skilletegn, desimaler, tegnsett)
        - tests/fixtures/exercises/bad-references.yaml:27 field "steps.1.target": "firmanummer" is not a configuration field (fields: url, klientnummer, brukernavn, apiNokkel, tidsavbrudd, filsti, skilletegn, desimaler, tegnsett)"
    `);
  });

  it('refuses an exercise whose demo the simulator rejects or that does not complete its steps', async () => {
    const error = await errorOf(fixture('broken-demo'));
    expect(error.message).toMatchInlineSnapshot(`
      "tests/fixtures/exercises/broken-demo.yaml is not valid:
        - tests/fixtures/exercises/broken-demo.yaml:18 field "steps.0.demo.0": command 1 (setField) is refused by the simulator: (rule config-locked-while-active) Konfigurasjonsfeltene er låst fordi Aktiv er merket av. Fjern merkingen i Aktiv for å endre dem. Navn, synlighet og beskrivelse kan du endre likevel.
        - tests/fixtures/exercises/broken-demo.yaml:17 field "steps.0.demo": after its demo, the check of step "endre" does not hold
        - tests/fixtures/exercises/broken-demo.yaml:25 field "steps.1.demo": step "aktiv" is already done before its demo runs; its check must need the step's own action
        - tests/fixtures/exercises/broken-demo.yaml:17 field "steps.0.demo": the demo makes a mistake: locked-field"
    `);
  });
});

describe('the howto steps file', () => {
  it('refuses a check it does not know, naming the line', () => {
    const source = 'page: content/docs/no/x.mdx\nsteps:\n  - { step: "1", check: { every: [] } }\n';
    expect(() => parseHowtoMap(parse(source), 'howto.yaml', source)).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: howto.yaml is not valid:
        - howto.yaml:3 field "steps.0.check": unknown check; use one of: view, selected, dialog, draft, test, event, saved, listed, rule, all, any, not]
    `);
  });

  it('refuses a duplicate step, an unknown prerequisite and steps waiting for each other', () => {
    const source =
      'page: content/docs/no/x.mdx\nsteps:\n  - { step: "1", after: ["2"], check: { all: [] } }\n  - { step: "2", after: ["1"], check: { all: [] } }\n  - { step: "3", after: ["9"], check: { all: [] } }\n  - { step: "3", check: { all: [] } }\n';
    expect(() => parseHowtoMap(parse(source), 'howto.yaml', source)).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: howto.yaml is not valid:
        - howto.yaml:5 field "steps.2.after.0": step 9 is not another step of this file
        - howto.yaml:6 field "steps.3.step": step 3 is listed twice
        - howto.yaml:2 field "steps": steps 1, 2 wait for each other in a circle (see their after lists)]
    `);
  });

  it("lists the seed page's own step numbers, in page order", () => {
    const page = readFileSync('content/docs/no/erp/admin/update-connection.mdx', 'utf8');
    const section = page.slice(page.indexOf('## Trinn'), page.indexOf('<SimulatorEmbed'));
    const numbers: string[] = [];
    let top = 0;
    let sub = 0;
    for (const [, indent] of section.matchAll(/^( *)1\. /gm)) {
      if (indent!.length === 0) {
        top += 1;
        sub = 0;
        numbers.push(String(top));
      } else numbers.push(`${top}.${(sub += 1)}`);
    }
    const source = readFileSync('content/exercises/howto-steps.yaml', 'utf8');
    expect(parseHowtoMap(parse(source), 'howto-steps.yaml', source).steps.map((s) => s.step)).toEqual(numbers);
  });
});
