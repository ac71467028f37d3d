/**
 * The builders' last line of defence: a builder never throws, even on data its types exclude (a
 * JavaScript caller's `undefined`, a throwing getter).
 *
 * @module
 */
import type { ValidationIssue } from '../core/issues.js';
import { DOCUMENT_ISSUE_TEXT } from '../text/documents.js';
import type { Result } from '../core/types.js';

/** Runs a builder; anything it throws becomes one `unreadable_input` issue. */
export function guard<T>(build: () => Result<T, ValidationIssue[]>): Result<T, ValidationIssue[]> {
  try {
    return build();
  } catch {
    return { ok: false, error: [{ path: [], code: 'unreadable_input', message: DOCUMENT_ISSUE_TEXT.unreadable }] };
  }
}
