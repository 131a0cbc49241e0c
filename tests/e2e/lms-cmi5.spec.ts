import { randomUUID } from 'node:crypto';
import * as xapiValidation from '@learninglocker/xapi-validation';
import type { Page } from '@playwright/test';
import { expect, lmsStatus, openSyncAndSelectOslo, renameOsloWithOneMistake, test } from './lms/harness.ts';
import type { LmsServer } from './lms/server.ts';

/**
 * The cmi5 package against a test LRS (tests/e2e/lms/server.ts) in the place of the platform: the test does what
 * a platform does before a launch (writes LMS.LaunchData, records `launched`, hands out a fetch URL), opens the
 * launch page with cmi5's parameters, and reads back every statement the AU sent. Each statement is checked with
 * Learning Locker's xAPI validator, the one its LRS runs on what it receives.
 */
const CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVE_ON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const VERB = (name: string) => `http://adlnet.gov/expapi/verbs/${name}`;

/** What the tests read of a statement (the validator checks the whole of it). */
interface Statement {
  id: string;
  actor: unknown;
  verb: { id: string };
  object: { id: string; definition?: unknown };
  result?: { duration?: string } & Record<string, unknown>;
  context: {
    registration: string;
    extensions?: Record<string, unknown>;
    contextActivities?: { category?: Array<{ id: string }>; parent?: unknown };
  };
}
const received = (lms: LmsServer) => lms.statements as unknown as Statement[];

/** The validator is CommonJS: its function is the default export, one level down when imported from ESM. */
const validateStatement = ((m: { default: unknown }) =>
  (typeof m.default === 'function' ? m.default : (m.default as { default: unknown }).default) as (
    statement: unknown,
  ) => unknown[])(xapiValidation);

interface Launch {
  registration: string;
  auId: string;
  actor: Record<string, unknown>;
}

function course(lms: LmsServer) {
  lms.load('cmi5/gi-nytt-navn-test.zip');
  const xml = new TextDecoder().decode(lms.file('cmi5.xml'));
  const au = /<au id="([^"]+)" moveOn="([^"]+)" masteryScore="([\d.]+)"/.exec(xml);
  expect(au, 'an AU with moveOn and masteryScore').not.toBeNull();
  const url = /<url>([^<]+)<\/url>/.exec(xml)![1]!;
  return { auId: au![1]!, moveOn: au![2]!, masteryScore: Number(au![3]), url };
}

/** What a platform does to launch the AU: launch data, `launched`, a fresh fetch URL; then the page opens. */
async function launch(page: Page, lms: LmsServer, l: Launch, info: ReturnType<typeof course>, launchMode = 'Normal') {
  const sessionId = randomUUID();
  const contextTemplate = {
    contextActivities: { grouping: [{ objectType: 'Activity', id: info.auId }] },
    extensions: { [SESSION]: sessionId },
  };
  lms.launchData = {
    contextTemplate,
    launchMode,
    launchMethod: 'AnyWindow',
    moveOn: info.moveOn,
    masteryScore: info.masteryScore,
  };
  lms.fetches = 0;
  lms.statements.push({
    id: randomUUID(),
    actor: l.actor,
    verb: { id: VERB('launched'), display: { 'en-US': 'launched' } },
    object: { objectType: 'Activity', id: info.auId },
    context: {
      ...contextTemplate,
      registration: l.registration,
      contextActivities: { ...contextTemplate.contextActivities, category: [{ objectType: 'Activity', id: CMI5 }] },
      extensions: {
        ...contextTemplate.extensions,
        'https://w3id.org/xapi/cmi5/context/extensions/launchmode': launchMode,
        'https://w3id.org/xapi/cmi5/context/extensions/moveon': info.moveOn,
        'https://w3id.org/xapi/cmi5/context/extensions/launchurl': `${lms.url}/pakke/${info.url}`,
        'https://w3id.org/xapi/cmi5/context/extensions/masteryscore': info.masteryScore,
      },
    },
    timestamp: new Date().toISOString(),
  });
  const query = new URLSearchParams({
    endpoint: `${lms.url}/lrs/`,
    fetch: `${lms.url}/lrs/fetch`,
    actor: JSON.stringify(l.actor),
    registration: l.registration,
    activityId: l.auId,
  });
  await page.goto(`${lms.url}/pakke/${info.url}?${query}`);
  return sessionId;
}

const verbs = (statements: Statement[]) =>
  statements.map((s) => {
    const verb = String(s.verb.id).split('/').at(-1);
    return verb === 'answered' ? `answered ${s.object.id.split('/').at(-1)}` : verb;
  });

function newLearner(info: ReturnType<typeof course>, lms: LmsServer): Launch {
  return {
    registration: randomUUID(),
    auId: info.auId,
    actor: { objectType: 'Agent', name: 'Kari Nordmann', account: { homePage: lms.url, name: 'kari' } },
  };
}

test('cmi5: a full run sends valid statements in order, with the registration, and the result', async ({
  page,
  lms,
}) => {
  const info = course(lms);
  expect(info).toMatchObject({ moveOn: 'CompletedAndPassed', masteryScore: 0.8 });
  const learner = newLearner(info, lms);
  const first = await launch(page, lms, learner, info);
  await expect(lmsStatus(page)).toHaveText('Framdriften din er lagret i læringsplattformen.');
  await openSyncAndSelectOslo(page);
  await expect.poll(() => verbs(received(lms))).toContain('answered velg-kobling');

  // The learner leaves midway with Avslutt øvelsen, and a week later launches again from another browser:
  // nothing in this browser, so the place must come from the LRS's State API.
  await page.getByRole('button', { name: 'Avslutt øvelsen' }).click();
  await expect(lmsStatus(page)).toHaveText('Øvelsen er avsluttet, og resultatet er registrert. Du kan lukke vinduet.');
  await page.evaluate(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  const second = await launch(page, lms, learner, info);
  const region = page.getByRole('region', { name: 'Simulatoren' });
  await expect(region.getByRole('radio', { name: 'Nordlys – Oslo AS' })).toBeChecked();
  await renameOsloWithOneMistake(page);
  await expect(lmsStatus(page)).toHaveText('Resultatet ditt er registrert i læringsplattformen.');
  await page.getByRole('button', { name: 'Avslutt øvelsen' }).click();
  await expect(lmsStatus(page)).toHaveText('Øvelsen er avsluttet, og resultatet er registrert. Du kan lukke vinduet.');

  const statements = received(lms);
  expect(verbs(statements)).toEqual([
    'launched',
    'initialized',
    'answered apne-sync',
    'answered velg-kobling',
    'terminated',
    'launched',
    'initialized',
    'answered apne-dialog',
    'answered endre-navn',
    'answered lagre',
    'completed',
    'passed',
    'terminated',
  ]);
  // The validator does refuse what is not a statement.
  expect(validateStatement({ actor: { name: 'Kari' }, verb: { id: 'not an IRI' } })).not.toEqual([]);
  for (const s of statements) {
    expect(validateStatement(s), `${s.verb.id} is a valid xAPI statement`).toEqual([]);
    expect(s.context.registration).toBe(learner.registration);
    expect(s.actor).toEqual(learner.actor);
  }
  // The AU's own statements carry the session the platform started, and the cmi5 ones say they are cmi5's.
  const sessionOf = (s: Statement) => s.context.extensions?.[SESSION];
  expect(statements.slice(1, 5).map(sessionOf)).toEqual([first, first, first, first]);
  expect(statements.slice(6).map(sessionOf)).toEqual(Array(7).fill(second));
  const categories = (s: Statement) => (s.context.contextActivities?.category ?? []).map((c) => c.id);
  for (const s of statements.filter((x) => !x.verb.id.endsWith('answered'))) expect(categories(s)).toContain(CMI5);
  for (const s of statements.filter((x) => /completed|passed/.test(x.verb.id)))
    expect(categories(s)).toContain(MOVE_ON);

  const byVerb = (verb: string) => statements.find((s) => s.verb.id === VERB(verb))!;
  expect(byVerb('passed').result).toMatchObject({
    success: true,
    score: { scaled: 0.8, raw: 4, min: 0, max: 5 },
  });
  expect(byVerb('passed').result?.duration).toMatch(/^PT/);
  expect(byVerb('completed').result).toMatchObject({ completion: true });
  const step = statements.find((s) => s.object.id.endsWith('/trinn/endre-navn'))!;
  expect(step.object.id).toBe(`${learner.auId}/trinn/endre-navn`);
  expect(step.object.definition).toMatchObject({ interactionType: 'performance', name: { 'nb-NO': 'Endre navnet' } });
  expect(step.result).toMatchObject({
    success: false,
    completion: true,
    extensions: { 'urn:erp-hjelp:xapi:feil': ['locked-field'], 'urn:erp-hjelp:xapi:mislykkede-tester': 0 },
  });
  expect(step.result?.duration).toMatch(/^PT/);
  expect(step.context.contextActivities?.parent).toEqual([{ objectType: 'Activity', id: learner.auId }]);
  expect(lms.states.get('urn:erp-hjelp:xapi:state:ovelse')).toMatch(/^e1:/);
});

test('cmi5: while the LRS is down the learner is told; every statement arrives once when it is back', async ({
  page,
  lms,
  allowFailedRequests,
}) => {
  allowFailedRequests.value = true;
  const info = course(lms);
  const learner = newLearner(info, lms);
  await launch(page, lms, learner, info);
  await expect(lmsStatus(page)).toHaveText('Framdriften din er lagret i læringsplattformen.');
  lms.down = true;
  await openSyncAndSelectOslo(page);
  await renameOsloWithOneMistake(page);
  await expect(lmsStatus(page)).toContainText('Læringsplattformen tok ikke imot resultatet.');
  expect(verbs(received(lms))).toEqual(['launched', 'initialized']);

  lms.down = false;
  await page.getByRole('button', { name: 'Send på nytt nå' }).click();
  await expect(lmsStatus(page)).toHaveText('Resultatet ditt er registrert i læringsplattformen.');
  expect(verbs(received(lms))).toEqual([
    'launched',
    'initialized',
    'answered apne-sync',
    'answered velg-kobling',
    'answered apne-dialog',
    'answered endre-navn',
    'answered lagre',
    'completed',
    'passed',
  ]);
  const ids = received(lms).map((s) => s.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const s of lms.statements) expect(validateStatement(s)).toEqual([]);
});

test('cmi5: opened for review, the exercise runs and says its result is not recorded', async ({ page, lms }) => {
  const info = course(lms);
  await launch(page, lms, newLearner(info, lms), info, 'Review');
  await expect(lmsStatus(page)).toHaveText(
    'Læringsplattformen har åpnet øvelsen bare for gjennomsyn. Du kan gjøre øvelsen, men resultatet blir ikke registrert.',
  );
  await openSyncAndSelectOslo(page);
  await renameOsloWithOneMistake(page);
  await expect(page.getByRole('region', { name: 'Øvelsen er fullført' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Avslutt øvelsen' })).toHaveCount(0);
  // The session is opened (cmi5 allows initialized in every launch mode); no step, completion or verdict is sent.
  expect(verbs(received(lms))).toEqual(['launched', 'initialized']);
});
