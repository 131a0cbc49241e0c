/**
 * `true` when A and B are the same type, each assignable to the other. A schema file writes
 * `const sameShape: Same<z.output<typeof schema>, TheType> = true`, so a schema and the type it stands for
 * cannot drift apart without a compile error.
 */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
