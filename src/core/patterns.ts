/**
 * Patterns shared by the schemas and the messages that explain them.
 *
 * @module
 */

/**
 * The pattern a non-blank string must match: at least one character that is not white space.
 *
 * @example
 * ```ts
 * import { NON_BLANK_PATTERN } from 'thi-dua-vi-nguoi-ngheo/schemas';
 * NON_BLANK_PATTERN.test('  '); //=> false
 * ```
 */
export const NON_BLANK_PATTERN = /\S/;
