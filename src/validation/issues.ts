/**
 * Validation issues: what is wrong, where, with a stable code and a message in both languages.
 *
 * @module
 */
import type * as z from 'zod';
import { issueText, tooManyIssuesText } from '../text/validation.js';
import type { Result } from '../core/types.js';
import { type IssueCode, MAX_ISSUES, type ValidationIssue, type ZOD_ISSUE_CODES } from '../core/issues.js';

/** The value at a path of an input (`undefined` where the path leads nowhere). */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The library's codes that a refinement reports as zod `custom` issues with that `reason`. */
const REFINEMENT_CODES: ReadonlySet<string> = new Set(['criterion_not_applicable', 'field_not_applicable'] satisfies IssueCode[]);

/** A refinement's own code (`params.reason`), where it is one of the library's. */
function libraryCodeOf(issue: z.core.$ZodIssue): IssueCode | undefined {
  const reason = issue.code === 'custom' ? issue.params?.['reason'] : undefined;
  return typeof reason === 'string' && REFINEMENT_CODES.has(reason) ? (reason as IssueCode) : undefined;
}

/**
 * Converts zod's issues to the library's, worded by the one message table. `input`, when given,
 * is what was parsed: the messages name the type received at each issue's path.
 */
export function toValidationIssues(issues: readonly z.core.$ZodIssue[], input?: unknown): ValidationIssue[] {
  return issues.map((issue) => ({
    path: issue.path.map((key) => (typeof key === 'number' ? key : String(key))),
    code: libraryCodeOf(issue) ?? issue.code,
    message: issueText(issue.input === undefined ? ({ ...issue, input: valueAt(input, issue.path) } as z.core.$ZodIssue) : issue),
    ...(issue.code === 'unrecognized_keys' ? { keys: [...issue.keys] } : {}),
  }));
}

/**
 * The issue that ends a capped list: `too_many_issues` at the input's root, with how many more
 * there were.
 */
export function tooManyIssues(more: number): ValidationIssue {
  return { path: [], code: 'too_many_issues', message: tooManyIssuesText(MAX_ISSUES, more) };
}

/** At most `MAX_ISSUES` issues, then one `too_many_issues` saying how many more there were. */
export function capIssues(issues: readonly ValidationIssue[]): ValidationIssue[] {
  if (issues.length <= MAX_ISSUES) return [...issues];
  return [...issues.slice(0, MAX_ISSUES), tooManyIssues(issues.length - MAX_ISSUES)];
}

/**
 * Runs a schema on untrusted input and returns a {@link Result}; never throws.
 *
 * @param schema - any zod schema
 * @param input - untrusted data
 * @returns the parsed value, or the issues found: at most `MAX_ISSUES`, then one
 *   `too_many_issues` (only those are worded)
 */
export function parseWith<T>(schema: z.ZodType<T>, input: unknown): Result<T, ValidationIssue[]> {
  try {
    // No `reportInput`: it halves zod's speed on valid data. The messages read what was received
    // from the input itself, at each issue's path.
    const parsed = schema.safeParse(input);
    if (parsed.success) return { ok: true, value: parsed.data };
    const all = parsed.error.issues;
    if (all.length <= MAX_ISSUES) return { ok: false, error: toValidationIssues(all, input) };
    return { ok: false, error: [...toValidationIssues(all.slice(0, MAX_ISSUES), input), tooManyIssues(all.length - MAX_ISSUES)] };
  } catch {
    // zod does not throw on data, but a hostile input (a throwing getter or Proxy) can.
    return {
      ok: false,
      error: [
        {
          path: [],
          code: 'unreadable_input',
          message: {
            vi: 'Không đọc được dữ liệu đầu vào (một thuộc tính gây lỗi khi đọc).',
            en: 'The input could not be read (reading one of its properties failed).',
          },
        },
      ],
    };
  }
}

// The library's list of zod's issue codes is zod's own, both ways (ZOD_ISSUE_CODES in core/issues.ts).
type ZodCode = z.core.$ZodIssue['code'];
type ListedCode = (typeof ZOD_ISSUE_CODES)[number];
const zodCodesListed: [ZodCode] extends [ListedCode] ? ([ListedCode] extends [ZodCode] ? true : false) : false = true;
void zodCodesListed;
