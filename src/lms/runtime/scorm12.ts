import { scorm12Time, scorm12Timespan } from '../time.ts';
import { SCORM12_SUSPEND_LIMIT } from '../suspend.ts';
import type { StepOutcome } from '../outcome.ts';
import type { Scorm12Api } from './scorm-api.ts';
import type { Report } from './driver.ts';
import { scormDriver, type ScormDialect } from './scorm-driver.ts';

/** A step's mistakes as SCORM's free-text response: `locked-field,dimmed-ok; 1 failed test` (at most 255). */
export function stepResponse(step: StepOutcome): string {
  const mistakes = step.mistakes.length ? step.mistakes.join(',') : 'none';
  return `mistakes:${mistakes};failed-tests:${step.failedTests}`.slice(0, 255);
}

/**
 * SCORM 1.2: lesson_status is one value (passed, failed, completed or incomplete), the score is 0 to 100 against
 * mastery_score, and each step is a `performance` interaction whose result is correct or wrong.
 */
function lessonStatus({ outcome, mode }: Report): string {
  if (mode === 'test' && outcome.success !== 'unknown') return outcome.success;
  return outcome.completion;
}

export const scorm12: ScormDialect = {
  standard: 'scorm12',
  apiName: 'API',
  suspendLimit: SCORM12_SUSPEND_LIMIT,
  calls(found) {
    const api = found as Scorm12Api;
    return {
      initialize: () => api.LMSInitialize(''),
      terminate: () => api.LMSFinish(''),
      get: (element) => api.LMSGetValue(element),
      set: (element, value) => api.LMSSetValue(element, value),
      commit: () => api.LMSCommit(''),
      lastError: () => api.LMSGetLastError(),
      errorString: (code) => api.LMSGetErrorString(code),
    };
  },
  launch(get) {
    const mastery = Number.parseFloat(get('cmi.student_data.mastery_score'));
    return {
      suspend: get('cmi.suspend_data') || null,
      masteryScore: Number.isFinite(mastery) && mastery >= 0 && mastery <= 100 ? mastery / 100 : undefined,
      learner: get('cmi.core.student_id'),
    };
  },
  values(report, suspend) {
    const { outcome } = report;
    const interactions = outcome.steps.flatMap((step): Array<[string, string]> => {
      const at = `cmi.interactions.${step.index}`;
      return [
        [`${at}.id`, step.id],
        [`${at}.type`, 'performance'],
        [`${at}.time`, scorm12Time(step.at)],
        [`${at}.weighting`, '1'],
        [`${at}.student_response`, stepResponse(step)],
        [`${at}.result`, step.correct ? 'correct' : 'wrong'],
        [`${at}.latency`, scorm12Timespan(step.latencyMs)],
      ];
    });
    const score: Array<[string, string]> = outcome.score
      ? [
          ['cmi.core.score.min', '0'],
          ['cmi.core.score.max', '100'],
          ['cmi.core.score.raw', String(Math.round(outcome.score.scaled * 100))],
        ]
      : [];
    return [
      ['cmi.suspend_data', suspend],
      ['cmi.core.lesson_location', String(Math.min(outcome.steps.length, report.exercise.steps.length))],
      ...interactions,
      ...score,
      ['cmi.core.session_time', scorm12Timespan(report.sessionMs)],
      ['cmi.core.lesson_status', lessonStatus(report)],
    ];
  },
  exit: (_report, finished) => [['cmi.core.exit', finished ? '' : 'suspend']],
};

export const scorm12Driver = (from?: () => Window) => scormDriver(scorm12, from);
