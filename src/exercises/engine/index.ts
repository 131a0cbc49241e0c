/**
 * The exercise engine: pure TypeScript over the simulator's domain, no framework and no schemas. The exercise and
 * trainer screens import it through here.
 */
export { DEFAULT_MASTERY, LEVELS, TEST_STATUSES } from './types.ts';
export type {
  Check,
  DemoCommand,
  Exercise,
  ExerciseExpect,
  ExerciseStart,
  ExerciseStep,
  Level,
  Match,
  MembersCheck,
  TargetChoice,
  ValuesCheck,
} from './types.ts';
export { evaluate, type CheckContext } from './checks.ts';
export { testStatusOf } from '../../simulator/domain/index.ts';
export { EVENT_FIELDS, EVENT_TYPES } from './event-fields.ts';
export { UI_TARGETS, UI_TARGET_PATTERNS, isUiTarget, type FixedUiTarget, type UiTarget } from './ui-targets.ts';
export { commandTarget, stepTarget } from './targets.ts';
export { exerciseWorld, withFaults, type ExerciseWorld } from './world.ts';
export { startExercise, advance, currentStep, isComplete, runMistakes, stepTime } from './run.ts';
export type { ExerciseRun, StepProgress, Observation, ObservedEvent } from './run.ts';
export {
  MISTAKE_KINDS,
  classifyEvent,
  mistakeCorrection,
  type Mistake,
  type MistakeKind,
  type Correction,
  type MistakeContext,
} from './mistakes.ts';
export { demoScript, applyCommand, verifyDemo, type DemoAction, type DemoProblem } from './demo.ts';
export { startHowto, followHowto, howtoStepsDone, type HowtoMap, type HowtoStep, type HowtoProgress } from './howto.ts';
export {
  EXERCISE_MODES,
  RESULT_MODES,
  DEFAULT_MODE,
  parseMode,
  readModeParam,
  showsGuidance,
  type ExerciseMode,
  type ResultMode,
} from './modes.ts';
export {
  RESULT_FORMAT,
  RESULT_VERSION,
  LEARNER_MAX_LENGTH,
  createResult,
  serializeResult,
  resultFileName,
  cleanLearnerName,
} from './result.ts';
export type { ExerciseResult, ResultMeta, ResultMistake, ResultStep } from './result.ts';
export { classTable, type ClassTable, type ClassRow, type StepCell, type Average } from './class-table.ts';
export { classTableCsv, toCsv, csvField, CSV_DELIMITER } from './csv.ts';
