/**
 * The boundary of `./reports` for untrusted data: records as a file or a request gives them.
 *
 * @module
 */
import * as z from 'zod';
import type { EvaluationOptions } from '../rules/options.js';
import { MAX_ISSUES, type ValidationIssue } from '../core/issues.js';
import { parseWith } from '../validation/issues.js';
import type { Result } from '../core/types.js';
import { stoppedReadingText } from '../text/validation.js';
import { parseNominationRecord } from '../workflow/index.js';
import type { NominationRecord } from '../workflow/index.js';

/**
 * The records of an untrusted array: those that load (`parseNominationRecord`), and the position
 * and issues of each that does not.
 *
 * @example
 * ```ts
 * import type { ParsedRecords } from 'thi-dua-vi-nguoi-ngheo/reports';
 * const parsed: ParsedRecords = { records: [], invalid: [{ index: 0, issues: [] }] };
 * ```
 */
export type ParsedRecords = {
  /** The records that load, in the order given. */
  readonly records: readonly NominationRecord[];
  /** The entries that do not: their index in the array and their issues. */
  readonly invalid: readonly {
    /** The entry's index in the array given. */
    readonly index: number;
    /** Why it does not load, as `parseNominationRecord` reports it. */
    readonly issues: readonly ValidationIssue[];
  }[];
};

const ArraySchema = /* @__PURE__ */ (() => z.array(z.unknown()))();

/** The last issue when the records hold more than `MAX_ISSUES` issues: how many entries were left unread. */
const tooManyEntriesIssue = (unread: number): ValidationIssue => ({
  path: [],
  code: 'too_many_issues',
  message: stoppedReadingText(MAX_ISSUES, unread),
});

/**
 * Loads untrusted records for {@link summarizeAwards}: an array whose entries are saved nomination
 * records (what `JSON.stringify` wrote). Each entry is checked by `parseNominationRecord` (shape,
 * then the history replayed); an entry that does not load is listed with its issues and left
 * out, so that one bad record never hides the others. Once the entries refused hold more than
 * `MAX_ISSUES` issues, the list itself is refused: their first `MAX_ISSUES` issues (paths from the
 * entry's index), then one `too_many_issues` saying how many entries were left unread. Never throws.
 *
 * @param input - untrusted data, e.g. `JSON.parse(file)`
 * @param options - the annual guidance, whose criteria a saved assessment may carry
 * @returns the records and the entries refused, or the issues when the input is not an array or
 *   its refused entries hold more than `MAX_ISSUES` issues
 * @example
 * ```ts
 * import { createNominationRecord } from 'thi-dua-vi-nguoi-ngheo';
 * import { sampleNominations } from 'thi-dua-vi-nguoi-ngheo/testing';
 * import { parseAwardRecords, summarizeAwards } from 'thi-dua-vi-nguoi-ngheo/reports';
 * const saved = JSON.parse(JSON.stringify([createNominationRecord(sampleNominations[0]!, '2023-10-02'), { schemaVersion: 2 }]));
 * const parsed = parseAwardRecords(saved);
 * if (parsed.ok) {
 *   parsed.value.invalid.map((entry) => entry.index); //=> [1]
 *   summarizeAwards(parsed.value.records).ok; //=> true
 * }
 * parseAwardRecords({ records: [] }).ok; //=> false
 * ```
 */
export function parseAwardRecords(input: unknown, options?: EvaluationOptions): Result<ParsedRecords, ValidationIssue[]> {
  const array = parseWith(ArraySchema, input);
  if (!array.ok) return array;
  const records: NominationRecord[] = [];
  const invalid: { index: number; issues: readonly ValidationIssue[] }[] = [];
  let issueCount = 0;
  for (const [index, entry] of array.value.entries()) {
    const parsed = parseNominationRecord(entry, options);
    if (parsed.ok) {
      records.push(parsed.value);
      continue;
    }
    invalid.push({ index, issues: parsed.error });
    issueCount += parsed.error.length;
    // More than MAX_ISSUES issues: not a list with a few bad records but a bad list, refused
    // before the rest is read (reading it would cost without bound).
    if (issueCount > MAX_ISSUES) {
      const shown = invalid
        .flatMap((bad) => bad.issues.map((issue) => ({ ...issue, path: [bad.index, ...issue.path] })))
        .slice(0, MAX_ISSUES);
      return { ok: false, error: [...shown, tooManyEntriesIssue(array.value.length - index - 1)] };
    }
  }
  return { ok: true, value: { records, invalid } };
}
