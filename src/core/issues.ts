/**
 * Validation issues as data: the type every `parse*` returns. The messages are in `text/`, the
 * machinery that builds issues from zod in `validation/`.
 *
 * @module
 */
import type { Text } from './types.js';

/**
 * One problem found in an input: where (`path`, from the root of the input), what (`code`: zod's
 * issue code such as `invalid_type`, `invalid_value`, `unrecognized_keys`, `too_small`,
 * `invalid_format`, or a documented code of the library's own), and a message in both languages.
 *
 * @example
 * ```ts
 * import { parseSubject } from 'thi-dua-vi-nguoi-ngheo';
 * const result = parseSubject({ id: 'u1', name: 'Phòng Vận tải', category: 'team' });
 * if (!result.ok) result.error[0]; //=> { path: ['category'], code: 'invalid_value', message: { vi: '…', en: '…' } }
 * ```
 */
export type ValidationIssue = {
  readonly path: readonly (string | number)[];
  readonly code: string;
  readonly message: Text;
  /** For `unrecognized_keys`: the keys refused, so that a form can point at them. */
  readonly keys?: readonly string[];
};
