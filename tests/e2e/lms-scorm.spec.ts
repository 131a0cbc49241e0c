import type { Page } from '@playwright/test';
import {
  EXERCISE_COUNT,
  expect,
  lmsStatus,
  openSyncAndSelectOslo,
  renameOsloWithOneMistake,
  test,
} from './lms/harness.ts';
import type { LmsServer } from './lms/server.ts';
import { expectNoAxeViolations } from './axe.ts';

/**
 * The SCORM packages in scorm-again, the runtime a platform would host: the harness page (tests/lms/scorm.html)
 * is the platform, holding the learner's data between launches as a platform's database would.
 */
type Cmi = Record<string, unknown> & { core?: Record<string, unknown> };
type Version = '12' | '2004';

const interactionsOf = (cmi: Cmi | undefined) =>
  Object.entries((cmi?.interactions ?? {}) as Record<string, Record<string, unknown>>)
    .filter(([key]) => /^\d+$/.test(key))
    .map(([, value]) => value);
const lastCmi = (lms: LmsServer) => (lms.commits.at(-1)?.cmi ?? undefined) as Cmi | undefined;

/** What the platform starts a first session with: the learner, and the pass mark from the manifest. */
function firstLaunch(version: Version, manifest: string): Cmi {
  if (version === '12') {
    const mastery = /<adlcp:masteryscore>(\d+)</.exec(manifest)?.[1] ?? '';
    return { core: { student_id: 'kari', student_name: 'Nordmann, Kari' }, student_data: { mastery_score: mastery } };
  }
  const measure = /<imsss:minNormalizedMeasure>([\d.]+)</.exec(manifest)?.[1] ?? '';
  return { learner_id: 'kari', learner_name: 'Kari Nordmann', scaled_passing_score: measure };
}

/** What a platform holds after a session ended with exit = suspend: the last commit, entered as a resume. */
function relaunch(version: Version, cmi: Cmi): Cmi {
  if (version === '12') return { ...cmi, core: { ...cmi.core, entry: 'resume' } };
  return { ...cmi, entry: 'resume' };
}

async function launch(page: Page, lms: LmsServer, version: Version, held: Cmi) {
  const query = new URLSearchParams({
    scorm: version,
    launch: '/pakke/ovelse/gi-nytt-navn.html',
    held: JSON.stringify(held),
  });
  await page.goto(`${lms.url}/lms/scorm.html?${query}`);
  return page.frameLocator('#sco');
}

function load(lms: LmsServer, version: Version) {
  lms.load(`scorm${version}/gi-nytt-navn-test.zip`);
  return new TextDecoder().decode(lms.file('imsmanifest.xml'));
}

for (const version of ['12', '2004'] as const) {
  test(`SCORM ${version === '12' ? '1.2' : '2004'}: a Test run is recorded in scorm-again, and a learner who leaves midway resumes there`, async ({
    page,
    lms,
  }) => {
    const manifest = load(lms, version);
    let sco = await launch(page, lms, version, firstLaunch(version, manifest));
    await expect(lmsStatus(sco)).toHaveText('Framdriften din er lagret i læringsplattformen.');
    await openSyncAndSelectOslo(sco);
    // A finished step is saved at once: the runtime holds two interactions and the exercise's place.
    await expect.poll(() => interactionsOf(lastCmi(lms)).length).toBe(2);
    const midway = lastCmi(lms)!;
    const suspend = String(midway.suspend_data);
    expect(suspend).toMatch(/^e1:/);

    // The window closes; later the platform launches the package again with what it holds.
    sco = await launch(page, lms, version, relaunch(version, midway));
    const region = sco.getByRole('region', { name: 'Simulatoren' });
    await expect(region.getByRole('tab', { name: 'Sync' })).toHaveAttribute('aria-selected', 'true');
    await expect(region.getByRole('radio', { name: 'Nordlys – Oslo AS' })).toBeChecked();
    await renameOsloWithOneMistake(sco);

    const result = sco.getByRole('region', { name: 'Øvelsen er fullført' });
    await expect(result).toContainText('Poeng: 4 av 5 trinn uten feil (80 %)');
    await expect(result).toContainText('Bestått. Grensen er 80 %.');
    await expect(lmsStatus(sco)).toHaveText('Resultatet ditt er registrert i læringsplattformen.');

    const cmi = lastCmi(lms)!;
    const steps = interactionsOf(cmi);
    expect(steps).toHaveLength(5);
    if (version === '12') {
      expect(cmi.core).toMatchObject({
        lesson_status: 'passed',
        score: { raw: '80', min: '0', max: '100' },
        lesson_location: '5',
      });
      expect(steps.map((s) => [s.id, s.type, s.result])).toEqual([
        ['apne-sync', 'performance', 'correct'],
        ['velg-kobling', 'performance', 'correct'],
        ['apne-dialog', 'performance', 'correct'],
        ['endre-navn', 'performance', 'wrong'],
        ['lagre', 'performance', 'correct'],
      ]);
      expect(steps[3]).toMatchObject({ student_response: 'mistakes:locked-field;failed-tests:0' });
      for (const s of steps) expect(s.latency).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    } else {
      expect(cmi).toMatchObject({
        completion_status: 'completed',
        success_status: 'passed',
        score: { scaled: '0.8', raw: '4', min: '0', max: '5' },
        progress_measure: '1',
        location: '5',
      });
      expect(steps.map((s) => [s.id, s.type, s.result, s.description])).toEqual([
        ['urn:erp-hjelp:ovelse:gi-nytt-navn:trinn:apne-sync', 'other', 'correct', 'Åpne fanen Sync'],
        ['urn:erp-hjelp:ovelse:gi-nytt-navn:trinn:velg-kobling', 'other', 'correct', 'Velg koblingen'],
        ['urn:erp-hjelp:ovelse:gi-nytt-navn:trinn:apne-dialog', 'other', 'correct', 'Åpne Konfigurer ERP-kobling'],
        ['urn:erp-hjelp:ovelse:gi-nytt-navn:trinn:endre-navn', 'other', 'incorrect', 'Endre navnet'],
        ['urn:erp-hjelp:ovelse:gi-nytt-navn:trinn:lagre', 'other', 'correct', 'Lagre med OK'],
      ]);
      for (const s of steps) expect(s.latency).toMatch(/^PT(\d+M)?\d+(\.\d{1,2})?S$/);
    }

    // Avslutt øvelsen ends the session as finished: exit normal, and nothing to resume.
    await sco.getByRole('button', { name: 'Avslutt øvelsen' }).click();
    await expect(lmsStatus(sco)).toHaveText('Øvelsen er avsluttet, og resultatet er registrert. Du kan lukke vinduet.');
    const last = lastCmi(lms)!;
    expect(version === '12' ? last.core?.exit : last.exit).toBe(version === '12' ? '' : 'normal');
  });
}

test('SCORM 2004: the platform refuses to commit: the learner is told, and the result is sent again, nothing lost', async ({
  page,
  lms,
  allowFailedRequests,
}) => {
  allowFailedRequests.value = true;
  const manifest = load(lms, '2004');
  let sco = await launch(page, lms, '2004', firstLaunch('2004', manifest));
  await openSyncAndSelectOslo(sco);
  await expect.poll(() => interactionsOf(lastCmi(lms)).length).toBe(2);
  const before = lastCmi(lms)!;

  // The platform's server goes down: every commit fails from now on.
  lms.down = true;
  await renameOsloWithOneMistake(sco);
  await expect(lmsStatus(sco)).toHaveText(
    'Læringsplattformen tok ikke imot resultatet. Det er lagret i nettleseren og blir sendt på nytt automatisk.',
  );
  await expect(sco.getByRole('region', { name: 'Øvelsen er fullført' })).toBeVisible();
  expect(interactionsOf(lastCmi(lms))).toHaveLength(2);

  // The learner closes the window while it is down. Next time the platform has only what it got before; the
  // browser's copy is later, so the package takes it and sends it.
  lms.down = false;
  sco = await launch(page, lms, '2004', relaunch('2004', before));
  await expect(sco.getByRole('region', { name: 'Øvelsen er fullført' })).toContainText('Poeng: 4 av 5');
  await expect(lmsStatus(sco)).toHaveText('Resultatet ditt er registrert i læringsplattformen.');
  expect(lastCmi(lms)).toMatchObject({ completion_status: 'completed', success_status: 'passed' });
  expect(interactionsOf(lastCmi(lms))).toHaveLength(5);
});

test('SCORM 1.2: while the platform refuses, Send på nytt nå sends it as soon as it is back', async ({
  page,
  lms,
  allowFailedRequests,
}) => {
  allowFailedRequests.value = true;
  const manifest = load(lms, '12');
  const sco = await launch(page, lms, '12', firstLaunch('12', manifest));
  lms.down = true;
  await openSyncAndSelectOslo(sco);
  await renameOsloWithOneMistake(sco);
  await expect(lmsStatus(sco)).toContainText('Læringsplattformen tok ikke imot resultatet.');
  expect(lms.commits).toHaveLength(0);
  lms.down = false;
  await sco.getByRole('button', { name: 'Send på nytt nå' }).click();
  await expect(lmsStatus(sco)).toHaveText('Resultatet ditt er registrert i læringsplattformen.');
  expect(lastCmi(lms)?.core).toMatchObject({ lesson_status: 'passed', score: { raw: '80' } });

  // Trying again cannot lower what is recorded: the new try is saved (its place), the passed result stays.
  const commits = lms.commits.length;
  await sco.getByRole('button', { name: 'Start øvelsen på nytt' }).click();
  await openSyncAndSelectOslo(sco);
  await expect.poll(() => lms.commits.length).toBeGreaterThan(commits);
  expect(lastCmi(lms)?.core).toMatchObject({ lesson_status: 'passed', score: { raw: '80' } });
  expect(interactionsOf(lastCmi(lms))).toHaveLength(5);
});

test('without a platform the exercise runs and says, visibly and accessibly, that the result is not recorded', async ({
  page,
  lms,
}) => {
  lms.load('scorm12/gi-nytt-navn-test.zip');
  await page.goto(`${lms.url}/pakke/ovelse/gi-nytt-navn.html`);
  const status = lmsStatus(page);
  await expect(status).toHaveText(
    'Fant ingen læringsplattform. Du kan gjøre øvelsen, men resultatet ditt blir ikke registrert.',
  );
  await expect(status).toBeVisible();
  await openSyncAndSelectOslo(page);
  await renameOsloWithOneMistake(page);
  await expect(page.getByRole('region', { name: 'Øvelsen er fullført' })).toContainText('Poeng: 4 av 5');
  await expect(page.getByRole('button', { name: 'Avslutt øvelsen' })).toHaveCount(0);
  expect(lms.commits).toHaveLength(0);
  await expectNoAxeViolations(page);
});

test('SCORM 2004, the course in Veiledet: its exercise reports completion only, with a step per interaction', async ({
  page,
  lms,
}) => {
  lms.load('scorm2004/alle-ovelser-veiledet.zip');
  const manifest = new TextDecoder().decode(lms.file('imsmanifest.xml'));
  // The course: every exercise a SCO of its own, none with a pass mark.
  expect(manifest.match(/adlcp:scormType="sco"/g)).toHaveLength(EXERCISE_COUNT);
  expect(manifest).not.toContain('minNormalizedMeasure');
  const query = new URLSearchParams({
    scorm: '2004',
    launch: '/pakke/ovelse/gi-nytt-navn.html',
    held: JSON.stringify({ learner_id: 'ola', learner_name: 'Ola Nordmann' }),
  });
  await page.goto(`${lms.url}/lms/scorm.html?${query}`);
  const sco = page.frameLocator('#sco');
  await expect(sco.getByRole('button', { name: 'Vis hint' }).first()).toBeVisible();
  await openSyncAndSelectOslo(sco);
  await sco
    .getByRole('region', { name: 'Simulatoren' })
    .getByRole('button', { name: 'Konfigurer ERP-kobling' })
    .click();
  const dialog = sco.getByRole('dialog', { name: 'Konfigurer ERP-kobling' });
  await dialog.getByRole('textbox', { name: 'Navn', exact: true }).fill('Nordlys – Oslo hovedkontor');
  await dialog.getByRole('button', { name: 'OK', exact: true }).click();
  await expect(sco.getByRole('region', { name: 'Øvelsen er fullført' })).toContainText(
    'Veiledet registrerer at øvelsen er fullført, uten poeng.',
  );
  await expect(lmsStatus(sco)).toHaveText('Resultatet ditt er registrert i læringsplattformen.');
  const cmi = lastCmi(lms)!;
  expect(cmi).toMatchObject({ completion_status: 'completed', success_status: 'unknown' });
  expect((cmi.score as Record<string, string>).scaled).toBe('');
  expect(interactionsOf(cmi).map((s) => s.result)).toEqual(Array(5).fill('correct'));
});
