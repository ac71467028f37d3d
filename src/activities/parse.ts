/**
 * The boundary of the activities: untrusted data in, typed activities or validation issues out.
 *
 * @module
 */
import { isCivilDate } from '../core/dates.js';
import { ACTIVITY_KINDS } from '../plan/activity-kinds.js';
import { ActivitySchema } from '../validation/activity.js';
import type { ValidationIssue } from '../core/issues.js';
import { parseWith } from '../validation/issues.js';
import { ACTIVITY_ISSUE_TEXT } from '../text/activities.js';
import type { Result } from '../core/types.js';
import { MAX_ISSUES } from '../core/issues.js';
import { ACTIVITY_PERIOD } from './period.js';
import type { Activity } from '../core/activity.js';

/**
 * The codes of the activity parsers' own issues, beside zod's (`invalid_type`, `invalid_union` for
 * an unknown `kind`, `invalid_value`, `too_small` for a negative figure, `unrecognized_keys`, …):
 * `date_outside_period` (`on` outside 2021-01-01..2025-12-31), `duplicate_id` (an id already used
 * by an earlier entry of the list), and `too_many_issues`, which ends a list after
 * `MAX_ISSUES` issues (the library's cap).
 *
 * @example
 * ```ts
 * import { ACTIVITY_ISSUE_CODES } from 'thi-dua-vi-nguoi-ngheo/activities';
 * ACTIVITY_ISSUE_CODES.includes('date_outside_period'); //=> true
 * ```
 */
export const ACTIVITY_ISSUE_CODES = /* @__PURE__ */ Object.freeze(['date_outside_period', 'duplicate_id', 'too_many_issues'] as const);

/**
 * A code of the activity parsers' own issues.
 *
 * @example
 * ```ts
 * import type { ActivityIssueCode } from 'thi-dua-vi-nguoi-ngheo/activities';
 * const code: ActivityIssueCode = 'duplicate_id';
 * ```
 */
export type ActivityIssueCode = (typeof ACTIVITY_ISSUE_CODES)[number];

/** The `on` of an input, when it is a real day, read without letting a hostile getter escape. */
function rawDate(input: unknown): string | undefined {
  try {
    const on = input !== null && typeof input === 'object' ? (input as { on?: unknown }).on : undefined;
    return isCivilDate(on) ? on : undefined;
  } catch {
    return undefined;
  }
}

function periodIssue(on: string): ValidationIssue | undefined {
  if (on >= ACTIVITY_PERIOD.from && on <= ACTIVITY_PERIOD.to) return undefined;
  return {
    path: ['on'],
    code: 'date_outside_period',
    message: ACTIVITY_ISSUE_TEXT.dateOutsidePeriod(on, ACTIVITY_PERIOD.from, ACTIVITY_PERIOD.to),
  };
}

/** zod's "no matching discriminator" names the kinds instead of "matches none of the shapes". */
function worded(issue: ValidationIssue): ValidationIssue {
  return issue.code === 'invalid_union' && issue.path.length === 1 && issue.path[0] === 'kind'
    ? { ...issue, message: ACTIVITY_ISSUE_TEXT.unknownKind(ACTIVITY_KINDS) }
    : issue;
}

/**
 * Validates untrusted data as an {@link Activity}: the shape of its kind (`ActivitySchema` of
 * `./schemas`: strict, figures whole and non-negative, the clause one of its kind's), and its day
 * inside the plan's period 2021–2025 (`date_outside_period`, reading 22). Never throws; every issue
 * has its path, code and a message in both languages.
 *
 * @param input - untrusted data (a parsed JSON body, a form's values)
 * @returns the activity, or every issue found
 * @example
 * ```ts
 * import { parseActivity } from 'thi-dua-vi-nguoi-ngheo/activities';
 * const result = parseActivity({
 *   id: 'HD-1', kind: 'fund-contribution', clause: 'IV.4', by: { subjectId: 'cong-doan-so' },
 *   on: '2020-10-17', amount: -5, description: 'Ủng hộ Quỹ Vì người nghèo',
 * });
 * if (!result.ok) result.error.map((i) => `${i.path.join('.')} ${i.code}`);
 * //=> ['amount too_small', 'on date_outside_period']
 * ```
 */
export function parseActivity(input: unknown): Result<Activity, ValidationIssue[]> {
  const parsed = parseWith(ActivitySchema, input);
  if (parsed.ok) {
    const issue = periodIssue(parsed.value.on);
    return issue === undefined ? parsed : { ok: false, error: [issue] };
  }
  const issues = parsed.error.map(worded);
  // A day of the right form but outside the period is reported with the shape's issues.
  const on = issues.some((i) => i.path[0] === 'on' || i.code === 'unreadable_input') ? undefined : rawDate(input);
  const issue = on === undefined ? undefined : periodIssue(on);
  return { ok: false, error: issue === undefined ? issues : [...issues, issue] };
}

/** One entry of a list: its activity, or its issues (paths from the entry's root). */
type EntryCheck = { readonly index: number } & (
  | { readonly ok: true; readonly activity: Activity }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] }
);

/**
 * Checks the entries of a list one by one, ids unique across the list, and hands each result to
 * `visit`, which returns false to stop.
 */
function scanEntries(entries: readonly unknown[], visit: (check: EntryCheck) => boolean): void {
  const firstIndex = new Map<string, number>();
  for (let index = 0; index < entries.length; index++) {
    const parsed = parseActivity(entries[index]);
    let check: EntryCheck;
    if (!parsed.ok) check = { index, ok: false, issues: parsed.error };
    else {
      const { id } = parsed.value;
      const first = firstIndex.get(id);
      if (first === undefined) {
        firstIndex.set(id, index);
        check = { index, ok: true, activity: parsed.value };
      } else {
        check = { index, ok: false, issues: [{ path: ['id'], code: 'duplicate_id', message: ACTIVITY_ISSUE_TEXT.duplicateId(id, first) }] };
      }
    }
    if (!visit(check)) return;
  }
}

/**
 * Validates untrusted data as a list of activities: an array whose every entry is a valid
 * activity ({@link parseActivity}) and whose ids are unique (`duplicate_id` on the later entry).
 * Paths start with the entry's index. After `MAX_ISSUES` (100) issues the check stops with
 * one `too_many_issues`. Never throws.
 *
 * @param input - untrusted data, e.g. `JSON.parse(file)`
 * @returns the activities in the order given, or the issues found
 * @example
 * ```ts
 * import { parseActivities } from 'thi-dua-vi-nguoi-ngheo/activities';
 * const visit = {
 *   id: 'HD-7', kind: 'gift-or-visit', clause: 'IV.4', by: { subjectId: 'doan-thanh-nien-so' },
 *   on: '2024-01-25', households: 15, description: 'Thăm, tặng quà Tết hộ nghèo xã Quang Long',
 * };
 * const result = parseActivities([visit, { ...visit, kind: 'donation' }, visit]);
 * if (!result.ok) result.error.map((i) => `${i.path.join('.')} ${i.code}`);
 * //=> ['1.kind invalid_union', '2.id duplicate_id']
 * ```
 */
export function parseActivities(input: unknown): Result<readonly Activity[], ValidationIssue[]> {
  try {
    if (!Array.isArray(input)) {
      return { ok: false, error: [{ path: [], code: 'invalid_type', message: ACTIVITY_ISSUE_TEXT.notAList() }] };
    }
    const activities: Activity[] = [];
    const issues: ValidationIssue[] = [];
    scanEntries(input, (check) => {
      if (check.ok) {
        activities.push(check.activity);
        return true;
      }
      for (const issue of check.issues) {
        if (issues.length >= MAX_ISSUES) {
          issues.push({ path: [check.index], code: 'too_many_issues', message: ACTIVITY_ISSUE_TEXT.tooManyIssues(MAX_ISSUES) });
          return false;
        }
        issues.push({ ...issue, path: [check.index, ...issue.path] });
      }
      return true;
    });
    return issues.length === 0 ? { ok: true, value: activities } : { ok: false, error: issues };
  } catch {
    // A hostile list (a throwing getter on an index or on its length).
    return { ok: false, error: [{ path: [], code: 'unreadable_input', message: ACTIVITY_ISSUE_TEXT.unreadable() }] };
  }
}
