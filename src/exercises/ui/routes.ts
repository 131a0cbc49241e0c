import type { ExerciseMode } from '../engine/index.ts';

/** The deep-link parameter: `/ovelser/<id>/?modus=test`. */
export const MODE_PARAM = 'modus';

/** The index of exercises. */
export const EXERCISES_ROUTE = '/ovelser/';
/** The trainer's page. */
export const TRAINER_ROUTE = '/kursleder/';

/** An exercise's page, in a mode: the link a trainer hands out. */
export function exerciseHref(id: string, mode?: ExerciseMode): string {
  return `${EXERCISES_ROUTE}${id}/${mode ? `?${MODE_PARAM}=${mode}` : ''}`;
}

/** The printable handout of an exercise. */
export function handoutHref(id: string): string {
  return `${EXERCISES_ROUTE}${id}/utdeling/`;
}
