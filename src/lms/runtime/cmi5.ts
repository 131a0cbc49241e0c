import Cmi5 from '@xapi/cmi5';
import type { StepOutcome } from '../outcome.ts';
import { EXTENSION_FAILED_TESTS, EXTENSION_MISTAKES } from '../standards.ts';
import { encodeSnapshot, type OutboxEntry, type Snapshot } from '../suspend.ts';
import { isoDuration } from '../time.ts';
import { LmsRefused, REVIEW, type LmsDriver, type Report } from './driver.ts';

/**
 * cmi5 through @xapi/cmi5: the library reads the launch parameters, fetches the token, reads LMS.LaunchData and
 * sends `initialized`; it builds `completed`, `passed`, `failed` and `terminated` with the cmi5 context. We add a
 * cmi5 "allowed" `answered` statement per step (its mistakes, failed tests and time) and keep the exercise's
 * place in the xAPI State API. (`launched` is the platform's own statement, sent before it opens the page.)
 *
 * Nothing is lost when the platform is down: every statement is built once, with its id, and kept in the
 * snapshot's outbox (which the connection also writes to the browser) until the platform accepts it. A retry
 * sends the very same statement, which an LRS stores once however often it arrives.
 */

/** The State API document that holds the snapshot, per learner, AU and registration. */
export const STATE_ID = 'urn:erp-hjelp:xapi:state:ovelse';
const ANSWERED = 'http://adlnet.gov/expapi/verbs/answered';
const INTERACTION = 'http://adlnet.gov/expapi/activities/cmi.interaction';

/** The library's statement type (that of @xapi/xapi, which it depends on). */
type Statement = Parameters<Cmi5['sendXapiStatement']>[0];

interface SessionState {
  authToken: string;
  initializedDate: string;
}

/** Aborts the library's send from inside `transform`, so we get the statement it built without sending it. */
class Captured extends Error {}

function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function httpStatus(error: unknown): number | undefined {
  const response = (error as { response?: { status?: unknown } } | null)?.response;
  return typeof response?.status === 'number' ? response.status : undefined;
}

function refusal(what: string, error: unknown): LmsRefused {
  const status = httpStatus(error);
  return new LmsRefused(
    status === undefined ? `${what}: the platform cannot be reached` : `${what}: the platform answered ${status}`,
    status === undefined ? 'unreachable' : String(status),
  );
}

/** The keys of the statements a report is due to have sent, in the order the platform should get them. */
export function dueKeys(report: Report, sent: readonly string[]): string[] {
  const { outcome, mode } = report;
  const keys = outcome.steps.map((s) => stepKey(report, s));
  if (outcome.completion === 'completed') keys.push('completed');
  const passedBefore = sent.includes('passed');
  if (mode === 'test' && outcome.success === 'passed') keys.push('passed');
  // cmi5 allows one failed per registration, and none after passed.
  if (mode === 'test' && outcome.success === 'failed' && !passedBefore) keys.push('failed');
  return keys;
}

/** A step is reported once per run: the run's start tells a new run of the same exercise from the old one. */
function stepKey(report: Report, step: StepOutcome): string {
  return `step:${report.outcome.startedAt}:${step.id}`;
}

export function cmi5Driver(session: Pick<Storage, 'getItem' | 'setItem'> = sessionStorage): LmsDriver {
  let cmi5: Cmi5 | undefined;
  const lms = () => {
    if (!cmi5) throw new LmsRefused('cmi5 session not started', '');
    return cmi5;
  };

  /** The statement the library builds for a verb, without sending it. */
  async function build(send: (options: { transform: (s: Statement) => Statement }) => Promise<unknown>) {
    let built: Statement | undefined;
    try {
      await send({
        transform: (s) => {
          built = s;
          throw new Captured();
        },
      });
    } catch (error) {
      if (!(error instanceof Captured)) throw error;
    }
    if (!built) throw new LmsRefused('the cmi5 library built no statement', '');
    return built;
  }

  function stepStatement(step: StepOutcome): Statement {
    const c = lms();
    const { actor, activityId, registration } = c.getLaunchParameters();
    const template = c.getLaunchData().contextTemplate;
    return {
      id: uuid(),
      actor,
      timestamp: new Date(step.at).toISOString(),
      verb: { id: ANSWERED, display: { 'en-US': 'answered', 'nb-NO': 'svarte' } },
      object: {
        objectType: 'Activity',
        id: `${activityId}/trinn/${step.id}`,
        definition: { type: INTERACTION, interactionType: 'performance', name: { 'nb-NO': step.title } },
      },
      result: {
        success: step.correct,
        completion: step.done,
        duration: isoDuration(step.latencyMs),
        extensions: { [EXTENSION_MISTAKES]: step.mistakes, [EXTENSION_FAILED_TESTS]: step.failedTests },
      },
      context: {
        ...template,
        registration,
        contextActivities: { ...template.contextActivities, parent: [{ objectType: 'Activity', id: activityId }] },
      },
    };
  }

  async function statementFor(key: string, report: Report): Promise<Statement> {
    const c = lms();
    const score = report.outcome.score;
    if (key === 'completed') return build((o) => c.complete(o));
    if (key === 'passed') return build((o) => c.pass(score, o));
    if (key === 'failed') return build((o) => c.fail(score, o));
    const step = report.outcome.steps.find((s) => stepKey(report, s) === key);
    if (!step) throw new LmsRefused(`no step for ${key}`, '');
    return stepStatement(step);
  }

  async function send(statement: Statement): Promise<void> {
    try {
      await lms().sendXapiStatement(statement);
    } catch (error) {
      // 409: the platform has a statement with this id already (an earlier try got through, its answer did not).
      if (httpStatus(error) !== 409) throw refusal('Sending a statement', error);
    }
  }

  return {
    standard: 'cmi5',
    available: () => Cmi5.isCmiAvailable,
    async start() {
      cmi5 = new Cmi5();
      const { registration, activityId, actor } = cmi5.getLaunchParameters();
      // The fetch URL gives a token once per launch; a reload of the page reuses the session's.
      const key = `erp-lms:cmi5:${registration}:${activityId}`;
      let stored: SessionState | undefined;
      try {
        stored = JSON.parse(session.getItem(key) ?? 'null') as SessionState | undefined;
      } catch {
        stored = undefined;
      }
      try {
        await cmi5.initialize(
          stored?.authToken
            ? { authToken: stored.authToken, initializedDate: new Date(stored.initializedDate) }
            : undefined,
        );
      } catch (error) {
        throw refusal('Starting the cmi5 session', error);
      }
      session.setItem(
        key,
        JSON.stringify({ authToken: cmi5.getAuthToken(), initializedDate: cmi5.getInitializedDate().toISOString() }),
      );
      let suspend: string | null = null;
      try {
        const state = await cmi5.xapi!.getState({ agent: actor, activityId, registration, stateId: STATE_ID });
        suspend = typeof state.data === 'string' ? state.data : null;
      } catch (error) {
        if (httpStatus(error) !== 404) throw refusal('Reading the saved place', error);
      }
      const { masteryScore, launchMode } = cmi5.getLaunchData();
      if (launchMode !== 'Normal') throw new LmsRefused(`launch mode ${launchMode}`, REVIEW);
      return { suspend, masteryScore, backupKey: `cmi5:${registration}:${activityId}` };
    },
    async save(report, keep) {
      const c = lms();
      let snapshot: Snapshot = report.snapshot;
      const waiting = new Set(snapshot.outbox.map((e) => e.key));
      const added: OutboxEntry[] = [];
      for (const key of dueKeys(report, snapshot.sent))
        if (!snapshot.sent.includes(key) && !waiting.has(key))
          added.push({ key, statement: (await statementFor(key, report)) as unknown as OutboxEntry['statement'] });
      if (added.length) keep((snapshot = { ...snapshot, outbox: [...snapshot.outbox, ...added] }));
      while (snapshot.outbox[0]) {
        const [first, ...rest] = snapshot.outbox;
        await send(first.statement as unknown as Statement);
        keep((snapshot = { ...snapshot, outbox: rest, sent: [...snapshot.sent, first.key] }));
      }
      const { actor, activityId, registration } = c.getLaunchParameters();
      try {
        await c.xapi!.setState({
          agent: actor,
          activityId,
          registration,
          stateId: STATE_ID,
          state: encodeSnapshot(snapshot),
          contentType: 'text/plain',
        });
      } catch (error) {
        throw refusal('Saving the place', error);
      }
      return snapshot;
    },
    async finish(report, _finished, keep) {
      await this.save(report, keep);
      try {
        await lms().terminate();
      } catch (error) {
        throw refusal('Ending the cmi5 session', error);
      }
    },
  };
}
