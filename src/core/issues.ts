/**
 * Validation issues as data: the type every `parse*` returns, and the list of its codes. The
 * messages are in `text/`, the machinery that builds issues from zod in `validation/`.
 *
 * @module
 */
import type { Text } from './types.js';
import { RECORD_ISSUE_CODES } from './workflow-codes.js';

/**
 * The issue codes zod 4 reports, which the library passes through as they are (a test checks the
 * list against zod's own type).
 *
 * @example
 * ```ts
 * import { ZOD_ISSUE_CODES } from 'thi-dua-vi-nguoi-ngheo';
 * ZOD_ISSUE_CODES.includes('unrecognized_keys'); //=> true
 * ```
 */
export const ZOD_ISSUE_CODES = /* @__PURE__ */ Object.freeze([
  'invalid_type',
  'too_big',
  'too_small',
  'invalid_format',
  'not_multiple_of',
  'unrecognized_keys',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'invalid_value',
  'custom',
] as const);

/**
 * The library's own issue codes, one list for every parser: `unreadable_input` (reading the
 * input threw: a getter or a Proxy); the record parsers' `RECORD_ISSUE_CODES` (with
 * `too_many_issues`, which ends any capped list); `date_outside_period` and `duplicate_id` (the
 * activity parsers: a day outside 2021–2025, an id used twice); `invalid_date` (a day that is not
 * a day, where a `Date` is taken too); `period_reversed` (a period whose `from` is after its `to`);
 * the papers' (`./documents`): `missing_input` (an input a paper cannot do without),
 * `authority_for` (a "TM." signature without the body signed for), `no_entries` (a paper with
 * nothing to list), `unknown_entry` (an id that is not on the list), `duplicate_vote`,
 * `votes_exceed_present` (more votes than members present), `amount_not_known` (reward money the
 * tables do not give), `row_length` (a table row with the wrong number of cells); the nominations'
 * `criterion_not_applicable` (a criterion of another class, or one the guidance gives other
 * categories) and `field_not_applicable` (a subject's field its category does not have); the command-line program's
 * `not_utf8` and `not_json` (a line of a JSON Lines file that is not UTF-8 or not JSON).
 *
 * @example
 * ```ts
 * import { LIBRARY_ISSUE_CODES } from 'thi-dua-vi-nguoi-ngheo';
 * LIBRARY_ISSUE_CODES.includes('seal_mismatch'); //=> true
 * ```
 */
export const LIBRARY_ISSUE_CODES = /* @__PURE__ */ (() =>
  Object.freeze([
    'unreadable_input',
    ...RECORD_ISSUE_CODES,
    'date_outside_period',
    'duplicate_id',
    'invalid_date',
    'period_reversed',
    'missing_input',
    'authority_for',
    'no_entries',
    'unknown_entry',
    'duplicate_vote',
    'votes_exceed_present',
    'amount_not_known',
    'row_length',
    'criterion_not_applicable',
    'field_not_applicable',
    'not_utf8',
    'not_json',
  ] as const))();

/**
 * The most issues any parser reports: after this many, one last `too_many_issues` issue (path
 * `[]`) says how many more there were (or, where a parser stops reading, that it stopped). An
 * input refused for a hundred reasons is refused; wording a million more would cost seconds.
 *
 * @example
 * ```ts
 * import { MAX_ISSUES, parseCampaignRecord } from 'thi-dua-vi-nguoi-ngheo';
 * const result = parseCampaignRecord({ schemaVersion: 1, status: 'planned', history: Array(500).fill(0) });
 * if (!result.ok) result.error.length === MAX_ISSUES + 1; //=> true
 * ```
 */
export const MAX_ISSUES = 100;

/**
 * The longest history a saved record may have (nomination and campaign records alike): a longer
 * one is refused with one `too_big` issue before any entry is read, so that the cost of refusing
 * a hostile record stays bounded. A real nomination has tens of entries; a valid history of
 * 1 MB (about 11,000 entries) still loads.
 *
 * @example
 * ```ts
 * import { MAX_HISTORY_ENTRIES } from 'thi-dua-vi-nguoi-ngheo';
 * MAX_HISTORY_ENTRIES; //=> 20000
 * ```
 */
export const MAX_HISTORY_ENTRIES = 20_000;

/**
 * The longest list any other input may hold (a guidance's occasions, criteria, quotas, documents
 * and their categories, forms and classes; a summary's occasions; a household's indicators are
 * shorter still): a longer one is one `too_big` issue, whatever its entries.
 *
 * @example
 * ```ts
 * import { MAX_LIST_ENTRIES } from 'thi-dua-vi-nguoi-ngheo';
 * MAX_LIST_ENTRIES; //=> 1000
 * ```
 */
export const MAX_LIST_ENTRIES = 1_000;

/**
 * Every code a {@link ValidationIssue} may carry: zod's ({@link ZOD_ISSUE_CODES}), then the
 * library's own ({@link LIBRARY_ISSUE_CODES}).
 *
 * @example
 * ```ts
 * import { ISSUE_CODES } from 'thi-dua-vi-nguoi-ngheo';
 * ISSUE_CODES.includes('nomination_mismatch'); //=> true
 * ```
 */
export const ISSUE_CODES = /* @__PURE__ */ (() => Object.freeze([...ZOD_ISSUE_CODES, ...LIBRARY_ISSUE_CODES] as const))();

/**
 * A code of {@link ISSUE_CODES}: branch on it with an exhaustive `switch`.
 *
 * @example
 * ```ts
 * import type { IssueCode } from 'thi-dua-vi-nguoi-ngheo';
 * const code: IssueCode = 'invalid_format';
 * ```
 */
export type IssueCode = (typeof ISSUE_CODES)[number];

/**
 * One problem found in an input: where (`path`, from the root of the input), what (`code`, one of
 * {@link ISSUE_CODES}), and a message in both languages.
 *
 * @example
 * ```ts
 * import { parseSubject } from 'thi-dua-vi-nguoi-ngheo';
 * const result = parseSubject({ id: 'u1', name: 'Phòng Vận tải', category: 'team' });
 * if (!result.ok) result.error[0]; //=> { path: ['category'], code: 'invalid_value', message: { vi: '…', en: '…' } }
 * ```
 */
export type ValidationIssue = {
  /** Where the problem is, from the root of the input: keys and array indexes. `[]` is the input itself. */
  readonly path: readonly (string | number)[];
  /** What the problem is: zod's code, or one of the library's own (see {@link ISSUE_CODES}). */
  readonly code: IssueCode;
  /** The problem in Vietnamese and English, for a person. */
  readonly message: Text;
  /** For `unrecognized_keys`: the keys refused, so that a form can point at them. */
  readonly keys?: readonly string[];
};
