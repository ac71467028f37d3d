/**
 * The boundary of `./reports` for untrusted data: records as a file or a request gives them.
 *
 * @module
 */
import * as z from 'zod';
import type { EvaluationOptions } from '../rules/options.js';
import type { ValidationIssue } from '../core/issues.js';
import { parseWith } from '../validation/issues.js';
import type { Result } from '../core/types.js';
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

/**
 * Loads untrusted records for {@link summarizeAwards}: an array whose entries are saved nomination
 * records (what `JSON.stringify` wrote). Each entry is checked by `parseNominationRecord` (shape,
 * then the history replayed); an entry that does not load is listed with its issues and left
 * out, so that one bad record never hides the others. Never throws.
 *
 * @param input - untrusted data, e.g. `JSON.parse(file)`
 * @param options - the annual guidance, whose criteria a saved assessment may carry
 * @returns the records and the entries refused, or an issue when the input is not an array
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
  array.value.forEach((entry, index) => {
    const parsed = parseNominationRecord(entry, options);
    if (parsed.ok) records.push(parsed.value);
    else invalid.push({ index, issues: parsed.error });
  });
  return { ok: true, value: { records, invalid } };
}
