/**
 * The papers' input issues: the library's validation issues, a missing input a paper cannot do
 * without worded as `missing_input` with what it is, capped at `MAX_ISSUES`.
 *
 * @module
 */
import type * as z from 'zod';
import type { ValidationIssue } from '../core/issues.js';
import { capIssues, parseWith } from '../validation/issues.js';
import { DOCUMENT_ISSUE_TEXT, INPUT_LABELS } from '../text/documents.js';
import type { Result, Text } from '../core/types.js';

/** The value at a path of an input (`undefined` where the path leads nowhere). */
function valueAt(input: unknown, path: readonly (string | number)[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** What a missing input is: by its path ('signer.name'), else by its last key. */
function labelOf(path: readonly (string | number)[]): Text | undefined {
  const labels = INPUT_LABELS as Readonly<Record<string, Text>>;
  const names = path.filter((key): key is string => typeof key === 'string');
  const joined = names.join('.');
  if (Object.hasOwn(labels, joined)) return labels[joined];
  const last = names.at(-1);
  return last !== undefined && Object.hasOwn(labels, last) ? labels[last] : undefined;
}

/** A `missing_input` issue. */
export function missingInput(path: readonly (string | number)[], what: Text): ValidationIssue {
  return { path, code: 'missing_input', message: DOCUMENT_ISSUE_TEXT.missing(what) };
}

/** At most `MAX_ISSUES` issues, then one `too_many_issues` (the library's one cap). */
export { capIssues };

/**
 * Validates a paper's input: the schema's issues, each required input that is absent worded as
 * `missing_input` (what it is, in both languages). Never throws.
 */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown): Result<T, ValidationIssue[]> {
  const parsed = parseWith(schema, input);
  if (parsed.ok) return parsed;
  const issues = parsed.error.map((issue) => {
    // The one refinement of the papers' schemas: `TM.` without the body signed for.
    if (issue.code === 'custom' && issue.path.at(-1) === 'for')
      return { ...issue, code: 'authority_for' as const, message: DOCUMENT_ISSUE_TEXT.authorityFor };
    if ((issue.code !== 'invalid_type' && issue.code !== 'invalid_value') || valueAt(input, issue.path) !== undefined) return issue;
    const what = labelOf(issue.path);
    return what === undefined ? issue : missingInput(issue.path, what);
  });
  return { ok: false, error: capIssues(issues) };
}

/**
 * Validates a paper's record data (the list, a nomination) and its input together: every issue of
 * both, the record's under `where` (`['list', …]`). Never throws.
 */
export function parseBoth<R, T>(
  where: string,
  recordSchema: z.ZodType<unknown>,
  record: R,
  schema: z.ZodType<T>,
  input: unknown,
): Result<{ record: R; input: T }, ValidationIssue[]> {
  const checked = parseWith(recordSchema, record);
  const parsed = parseInput(schema, input);
  if (checked.ok && parsed.ok) return { ok: true, value: { record, input: parsed.value } };
  const issues = [
    ...(checked.ok ? [] : checked.error.map((issue) => ({ ...issue, path: [where, ...issue.path] }))),
    ...(parsed.ok ? [] : parsed.error),
  ];
  return { ok: false, error: capIssues(issues) };
}
