/**
 * Patterns shared by the schemas and the messages that explain them.
 *
 * @module
 */

/**
 * The pattern a non-blank string must match: at least one character that is not white space.
 * Yours to use (in your own zod schemas, say); the library's schemas and messages hold their own
 * copy, so that nothing done to this one (`compile`, `lastIndex`) changes what they accept. Not
 * frozen, as zod writes its `lastIndex` before each match.
 *
 * @example
 * ```ts
 * import { NON_BLANK_PATTERN } from 'thi-dua-vi-nguoi-ngheo/schemas';
 * NON_BLANK_PATTERN.test('  '); //=> false
 * ```
 */
export const NON_BLANK_PATTERN = /\S/;

/**
 * The library's own copy of {@link NON_BLANK_PATTERN}, the one its schemas and messages use.
 *
 * @internal
 */
export const NON_BLANK = /\S/;
