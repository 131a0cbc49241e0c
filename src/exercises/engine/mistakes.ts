import {
  connectionById,
  connectorOf,
  rule,
  sameConnection,
  sourcesOf,
  type RuleId,
  type RuleSource,
  type Scenario,
  type SimEvent,
  type SimState,
} from '../../simulator/domain/index.ts';
import type { ExerciseExpect } from './types.ts';

/**
 * Moves that break the procedure, each read from the simulator's events. A failed connection test is not
 * among them: testing is how the page tells the reader to find faults ("Klikk på Test ERP-tilkobling og rett
 * eventuelle feil"), and one exercise needs a failing test, so failures are counted per step instead.
 */
export const MISTAKE_KINDS = [
  /** Typed in a configuration field while Aktiv was checked (rejected setField). */
  'locked-field',
  /** Clicked OK while it was dimmed (rejected ok). */
  'dimmed-ok',
  /** Clicked Konfigurer ERP-kobling or a lower-left button with no connection selected. */
  'no-selection',
  /** Saved the exercise's connection inactive when it must end active. */
  'saved-inactive',
  /** Closed the dialog with Avbryt or Esc and lost changes. */
  'cancelled-work',
  /** Saved changes to a connection the exercise is not about. */
  'wrong-connection',
] as const;
export type MistakeKind = (typeof MISTAKE_KINDS)[number];

export interface Mistake {
  kind: MistakeKind;
  stepId: string;
  /** The gating rule behind it, for the correction that quotes the page. */
  ruleId?: RuleId;
  /** When it happened (ms since epoch). */
  at: number;
}

export interface MistakeContext {
  expect?: ExerciseExpect;
  /** The simulator after the event's command. */
  state: SimState;
  /** The exercise's start, to tell a changed connection from one saved as it was. */
  start: SimState;
  scenario: Scenario;
  /**
   * The current step tells the learner to close the dialog with Avbryt (its demo cancels), as the troubleshooting
   * page does before Tilordninger: the discarded changes are what the step asks to drop.
   */
  cancelAsked?: boolean;
}

function changedSinceStart(connectionId: string, ctx: MistakeContext): boolean {
  const before = connectionById(ctx.start, connectionId);
  const now = connectionById(ctx.state, connectionId);
  const connector = now && connectorOf(ctx, now.connectorId);
  return !!before && !!now && !!connector && !sameConnection(connector, before, now);
}

/** The mistake an event shows, if any. Pure; the run attributes it to a step. */
export function classifyEvent(
  event: SimEvent,
  ctx: MistakeContext,
): { kind: MistakeKind; ruleId?: RuleId } | undefined {
  switch (event.type) {
    case 'rejected':
      if (event.reason !== 'rule') return undefined;
      if (event.command === 'setField' && event.ruleIds.includes('config-locked-while-active'))
        return { kind: 'locked-field', ruleId: 'config-locked-while-active' };
      if (event.command === 'ok') return { kind: 'dimmed-ok', ruleId: event.ruleIds[0] };
      if (event.ruleIds.includes('needs-selected-connection'))
        return { kind: 'no-selection', ruleId: 'needs-selected-connection' };
      return undefined;
    case 'saved': {
      const { expect } = ctx;
      if (!expect) return undefined;
      if (event.connectionId === expect.connection)
        return expect.active && !event.active
          ? { kind: 'saved-inactive', ruleId: 'save-inactive-reminder' }
          : undefined;
      return changedSinceStart(event.connectionId, ctx) ? { kind: 'wrong-connection' } : undefined;
    }
    case 'cancelled':
      return event.hadChanges && !ctx.cancelAsked ? { kind: 'cancelled-work', ruleId: 'cancel-discards' } : undefined;
    default:
      return undefined;
  }
}

/** What Veiledet shows for a mistake: a short correction, and the rule with the page sentence it rests on. */
export interface Correction {
  /** Catalog key in exercises.json: `exercises.mistake.<kind>.correction`. */
  messageKey: string;
  rule?: { id: RuleId; messageKey: string; href?: string; quote?: RuleSource };
}

/** The correction for a mistake. The quote is the seed page's sentence when the rule has one, else the first source. */
export function mistakeCorrection(mistake: Pick<Mistake, 'kind' | 'ruleId'>): Correction {
  const messageKey = `exercises.mistake.${mistake.kind}.correction`;
  if (!mistake.ruleId) return { messageKey };
  const { id, messageKey: ruleKey, href } = rule(mistake.ruleId);
  const sources = sourcesOf(id);
  const quote = sources.find((s) => s.page === 'update-connection') ?? sources[0];
  return { messageKey, rule: { id, messageKey: ruleKey, ...(href ? { href } : {}), ...(quote ? { quote } : {}) } };
}
