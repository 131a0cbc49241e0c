import type { Standard } from '../standards.ts';
import { fitSnapshot } from '../suspend.ts';
import { LmsRefused, type Launch, type LmsDriver, type Report } from './driver.ts';
import { findApi } from './scorm-api.ts';

/** The calls of one SCORM version's API object, under one set of names. */
export interface ScormCalls {
  initialize(): string;
  terminate(): string;
  get(element: string): string;
  set(element: string, value: string): string;
  commit(): string;
  lastError(): string;
  errorString(code: string): string;
}

/** What differs between SCORM 1.2 and 2004: the API object, the data model's names and formats. */
export interface ScormDialect {
  standard: Extract<Standard, 'scorm12' | 'scorm2004'>;
  apiName: 'API' | 'API_1484_11';
  calls(api: unknown): ScormCalls;
  /** The most suspend data the version keeps. */
  suspendLimit: number;
  /** Reads what the platform starts the session with: suspend data, pass mark, learner. */
  launch(get: (element: string) => string): Omit<Launch, 'backupKey'> & { learner: string };
  /** Every value to write for a report, in order (status last, so a platform that reads it sees the score). */
  values(report: Report, suspend: string): Array<[string, string]>;
  /** The values that end the session: exit (suspend or normal) and the session's time. */
  exit(report: Report, finished: boolean): Array<[string, string]>;
}

const isTrue = (value: unknown) => value === 'true' || value === true;

/** A SCORM driver over one dialect: SCORM 1.2 and 2004 share every step, only names and formats differ. */
export function scormDriver(dialect: ScormDialect, from: () => Window = () => window): LmsDriver {
  let calls: ScormCalls | undefined;
  let started = false;

  const refused = (what: string) => {
    const code = calls?.lastError() ?? '';
    const text = code && calls ? calls.errorString(code) : '';
    return new LmsRefused(`${what} failed${code ? ` (${code}${text ? `: ${text}` : ''})` : ''}`, code);
  };
  const api = () => {
    const found = findApi<unknown>(dialect.apiName, from());
    return found ? (calls ??= dialect.calls(found)) : undefined;
  };
  const write = (values: Array<[string, string]>) => {
    const c = api();
    if (!c) throw new LmsRefused('the platform’s API is gone', '');
    for (const [element, value] of values) if (!isTrue(c.set(element, value))) throw refused(`SetValue ${element}`);
    if (!isTrue(c.commit())) throw refused('Commit');
  };
  const suspendOf = (report: Report) => {
    const text = fitSnapshot(report.snapshot, dialect.suspendLimit);
    if (text === undefined) throw new LmsRefused('the exercise’s place does not fit in suspend data', 'too-large');
    return text;
  };

  return {
    standard: dialect.standard,
    available: () => api() !== undefined,
    start() {
      const c = api();
      if (!c) return Promise.reject(new LmsRefused('no SCORM API', ''));
      // A platform that already started the session (a reload of the page) answers Initialize with an error.
      if (!isTrue(c.initialize()) && !started) {
        const code = c.lastError();
        // 101 (1.2) and 103 (2004): already initialised, which a reload within one launch gives.
        if (code !== '101' && code !== '103') return Promise.reject(refused('Initialize'));
      }
      started = true;
      const { learner, ...launch } = dialect.launch((element) => c.get(element));
      return Promise.resolve({ ...launch, backupKey: `${dialect.standard}:${learner}` });
    },
    save(report) {
      const suspend = suspendOf(report);
      write(dialect.values(report, suspend));
      return Promise.resolve(report.snapshot);
    },
    finish(report, finished) {
      const c = api();
      if (!c) return Promise.resolve();
      try {
        write([...dialect.values(report, suspendOf(report)), ...dialect.exit(report, finished)]);
      } finally {
        c.terminate();
      }
      return Promise.resolve();
    },
  };
}
