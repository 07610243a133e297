/**
 * The domain's rules: pure functions with their own unit tests (test/rules*.test.ts). Resolvers ask them before
 * anything is written, and turn the first problem into a BAD_USER_INPUT naming its field.
 */

export * from './clocks';
export * from './enums';
export * from './lifecycle';
export * from './matrix';
export type { Problem } from './problem';
