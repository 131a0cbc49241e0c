import { stepIri } from '../standards.ts';
import { SCORM2004_SUSPEND_LIMIT } from '../suspend.ts';
import { isoDuration, scorm2004Timestamp } from '../time.ts';
import type { Scorm2004Api } from './scorm-api.ts';
import { stepResponse } from './scorm12.ts';
import { scormDriver, type ScormDialect } from './scorm-driver.ts';

/**
 * SCORM 2004 4th edition: completion and success are separate, the score is scaled (-1 to 1; ours 0 to 1) with
 * raw, min and max, progress_measure tells how far the learner is, and each step is an interaction of type
 * `other` with its title as description, correct or incorrect, its latency and when it ended.
 */
export const scorm2004: ScormDialect = {
  standard: 'scorm2004',
  apiName: 'API_1484_11',
  suspendLimit: SCORM2004_SUSPEND_LIMIT,
  calls(found) {
    const api = found as Scorm2004Api;
    return {
      initialize: () => api.Initialize(''),
      terminate: () => api.Terminate(''),
      get: (element) => api.GetValue(element),
      set: (element, value) => api.SetValue(element, value),
      commit: () => api.Commit(''),
      lastError: () => api.GetLastError(),
      errorString: (code) => api.GetErrorString(code),
    };
  },
  launch(get) {
    const mastery = Number.parseFloat(get('cmi.scaled_passing_score'));
    return {
      suspend: get('cmi.suspend_data') || null,
      masteryScore: Number.isFinite(mastery) && mastery >= 0 && mastery <= 1 ? mastery : undefined,
      learner: get('cmi.learner_id'),
    };
  },
  values(report, suspend) {
    const { outcome, exercise, mode } = report;
    const interactions = outcome.steps.flatMap((step): Array<[string, string]> => {
      const at = `cmi.interactions.${step.index}`;
      return [
        [`${at}.id`, stepIri(exercise.id, step.id)],
        [`${at}.type`, 'other'],
        [`${at}.description`, step.title],
        [`${at}.timestamp`, scorm2004Timestamp(step.at)],
        [`${at}.weighting`, '1'],
        [`${at}.learner_response`, stepResponse(step)],
        [`${at}.result`, step.correct ? 'correct' : 'incorrect'],
        [`${at}.latency`, isoDuration(step.latencyMs)],
      ];
    });
    const score: Array<[string, string]> = outcome.score
      ? [
          ['cmi.score.min', '0'],
          ['cmi.score.max', String(outcome.score.max)],
          ['cmi.score.raw', String(outcome.score.raw)],
          ['cmi.score.scaled', String(outcome.score.scaled)],
        ]
      : [];
    return [
      ['cmi.suspend_data', suspend],
      ['cmi.location', String(Math.min(outcome.steps.length, exercise.steps.length))],
      ...interactions,
      ...score,
      ['cmi.progress_measure', String(outcome.progress)],
      ['cmi.session_time', isoDuration(report.sessionMs)],
      ['cmi.completion_status', outcome.completion],
      ['cmi.success_status', mode === 'test' ? outcome.success : 'unknown'],
    ];
  },
  exit: (_report, finished) => [['cmi.exit', finished ? 'normal' : 'suspend']],
};

export const scorm2004Driver = (from?: () => Window) => scormDriver(scorm2004, from);
