/**
 * Validation issues: what is wrong, where, with a stable code and a message in both languages.
 *
 * @module
 */
import type * as z from 'zod';
import { issueText } from '../text/validation.js';
import type { Result, Text } from '../core/types.js';
import { type ValidationIssue, type ZOD_ISSUE_CODES } from '../core/issues.js';

/** The value at a path of an input (`undefined` where the path leads nowhere). */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * Converts zod's issues to the library's, worded by the one message table. `input`, when given,
 * is what was parsed: the messages name the type received at each issue's path.
 */
export function toValidationIssues(issues: readonly z.core.$ZodIssue[], input?: unknown): ValidationIssue[] {
  return issues.map((issue) => ({
    path: issue.path.map((key) => (typeof key === 'number' ? key : String(key))),
    code: issue.code,
    message: issueText(issue.input === undefined ? ({ ...issue, input: valueAt(input, issue.path) } as z.core.$ZodIssue) : issue),
    ...(issue.code === 'unrecognized_keys' ? { keys: [...issue.keys] } : {}),
  }));
}

/**
 * Runs a schema on untrusted input and returns a {@link Result}; never throws.
 *
 * @param schema - any zod schema
 * @param input - untrusted data
 * @returns the parsed value, or the issues found
 */
export function parseWith<T>(schema: z.ZodType<T>, input: unknown): Result<T, ValidationIssue[]> {
  try {
    // No `reportInput`: it halves zod's speed on valid data. The messages read what was received
    // from the input itself, at each issue's path.
    const parsed = schema.safeParse(input);
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: toValidationIssues(parsed.error.issues, input) };
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
