import type { RuleId } from '../../simulator/domain/index.ts';
import type { MistakeKind } from './mistakes.ts';
import type { ResultMode } from './modes.ts';
import { isComplete, stepTime, type ExerciseRun } from './run.ts';
import type { Exercise } from './types.ts';

/** Identifies a result file whatever its name; bump RESULT_VERSION (and add a migration) when the shape changes. */
export const RESULT_FORMAT = 'erp-ovelse-resultat';
export const RESULT_VERSION = 1;
/** Longest learner name kept; longer input is cut, so a pasted paragraph cannot bloat the trainer's table. */
export const LEARNER_MAX_LENGTH = 100;

export interface ResultMistake {
  kind: MistakeKind;
  ruleId?: RuleId;
  /** ISO 8601 time. */
  at: string;
}

export interface ResultStep {
  id: string;
  completed: boolean;
  /** Time on the step; null if the learner never reached it. */
  timeMs: number | null;
  mistakes: ResultMistake[];
  failedTests: number;
}

/** The file a learner downloads after an exercise, and the trainer loads into the class table. */
export interface ExerciseResult {
  format: typeof RESULT_FORMAT;
  version: typeof RESULT_VERSION;
  exercise: { id: string; title: string };
  /** As typed by the learner; left out when they typed nothing. */
  learner?: string;
  mode: ResultMode;
  startedAt: string;
  finishedAt: string;
  completed: boolean;
  totalMs: number;
  steps: ResultStep[];
}

export interface ResultMeta {
  learner?: string;
  mode: ResultMode;
  /** When the learner stopped, for an unfinished run (ms since epoch). Default the run's last time. */
  now?: number;
}

/** Trimmed, control characters removed, at most LEARNER_MAX_LENGTH; undefined when nothing is left. */
export function cleanLearnerName(name: string | undefined): string | undefined {
  const clean = (name ?? '')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, LEARNER_MAX_LENGTH)
    .trim();
  return clean || undefined;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** The result of a run, ready to serialise. A finished run ends when its last step was done. */
export function createResult(run: ExerciseRun, exercise: Exercise, meta: ResultMeta): ExerciseResult {
  const completed = isComplete(run);
  const end = completed ? (run.steps.at(-1)?.doneAt ?? run.lastAt) : Math.max(run.lastAt, meta.now ?? run.lastAt);
  const learner = cleanLearnerName(meta.learner);
  return {
    format: RESULT_FORMAT,
    version: RESULT_VERSION,
    exercise: { id: exercise.id, title: exercise.title },
    ...(learner ? { learner } : {}),
    mode: meta.mode,
    startedAt: iso(run.startedAt),
    finishedAt: iso(end),
    completed,
    totalMs: Math.max(0, end - run.startedAt),
    steps: run.steps.map((s) => ({
      id: s.id,
      completed: s.done,
      timeMs: s.done ? stepTime(s, run) : s.startedAt === null ? null : Math.max(0, end - s.startedAt),
      mistakes: s.mistakes.map((m) => ({ kind: m.kind, ...(m.ruleId ? { ruleId: m.ruleId } : {}), at: iso(m.at) })),
      failedTests: s.failedTests,
    })),
  };
}

/** The file's text: indented JSON, readable if a trainer opens it. */
export function serializeResult(result: ExerciseResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

/** A download name such as `resultat-gi-nytt-navn-kari-nordmann-2025-05-06.json` (letters folded to ASCII). */
export function resultFileName(result: ExerciseResult): string {
  const slug = (text: string) =>
    text
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'o')
      .replace(/å/g, 'a')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  const parts = ['resultat', result.exercise.id, slug(result.learner ?? ''), result.finishedAt.slice(0, 10)];
  return `${parts.filter(Boolean).join('-')}.json`;
}
