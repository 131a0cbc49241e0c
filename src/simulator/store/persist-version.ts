/**
 * The version the store writes. Bump it, and add a step to migrations.ts, whenever the stored shape changes. A
 * module of its own so the store can write the version without shipping the migrations, which only stored state
 * needs (they come with the stored-state checks).
 */
export const PERSIST_VERSION = 2;
