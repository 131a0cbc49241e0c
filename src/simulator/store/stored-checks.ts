/**
 * What reading stored state needs beyond the store itself: the zod/mini shapes, the migrations from older
 * versions and the domain's integrity check. persistence.ts imports this module dynamically, so a first visit
 * (nothing stored) never downloads it.
 */
export { persistedStateV0, persistedStateV1, persistedStateV2 } from '../../schemas/persisted-state.ts';
export { stateProblems } from '../domain/integrity.ts';
export { migrate } from './migrations.ts';
