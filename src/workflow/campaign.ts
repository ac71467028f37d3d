/**
 * The campaign record (III.5, RULES.md reading 8): the plan's timeline as a pure record of what
 * the Sở did and when, over {@link CAMPAIGN_TRANSITIONS}, and its compliance with the milestone
 * windows.
 *
 * @module
 */
import { toCivilDate } from '../core/dates.js';
import type { MilestoneId, Role } from '../core/codes.js';
import { MILESTONE_WINDOWS, type MilestoneWindow } from '../rules/timeline.js';
import { parseWith } from '../validation/issues.js';
import {
  alreadyRecordedText,
  dateBeforePreviousText,
  dateOutsideWindowText,
  eventNotAllowedText,
  invalidEventText,
  recordStatusMismatchText,
  tooManyIssuesText,
} from '../text/workflow.js';
import type { CivilDate, DateInput, Result, Text } from '../core/types.js';
import { deepFreeze } from '../core/freeze.js';
import { CAMPAIGN_TRANSITIONS, type CampaignTransition, campaignWindowsOf } from './campaign-table.js';
import { freezeParsed, MAX_RECORD_ISSUES, replayedEntryIssue, roleNotAllowedStep, type StepFailure, type TransitionError } from './nomination.js';
import { CampaignEventSchema, CampaignRecordSchema } from './schemas.js';
import { CAMPAIGN_EVENT_TYPES, type CampaignEventType, type CampaignStatus, RECORD_ISSUE_CODES, type ComplianceStatus } from '../core/workflow-codes.js';
export { CAMPAIGN_EVENT_TYPES, CAMPAIGN_STATUSES, type CampaignEventType, type CampaignStatus } from '../core/workflow-codes.js';
import { type ValidationIssue } from '../core/issues.js';
import { type CampaignEvent, type CampaignHistoryEntry, type CampaignRecord } from './types.js';


/**
 * One row of {@link campaignCompliance}: a milestone window (milestone, year, first and last day,
 * clause of III.5) and its status; `on` is the day of the event that recorded it, when `done`.
 *
 * @example
 * ```ts
 * import type { ComplianceRow } from 'thi-dua-vi-nguoi-ngheo';
 * const row: ComplianceRow = {
 *   milestone: 'preliminary-review', year: 2023, status: 'due',
 *   from: '2023-01-01', to: '2023-12-31', rule: 'III.5.2',
 * };
 * ```
 */
export type ComplianceRow = {
  readonly milestone: MilestoneId;
  readonly year: number;
  readonly status: ComplianceStatus;
  readonly from: CivilDate;
  readonly to: CivilDate;
  readonly rule: MilestoneWindow['rule'];
  readonly on?: CivilDate;
};

/**
 * Validates untrusted data as a {@link CampaignEvent}. Never throws; unknown keys are issues.
 *
 * @param input - untrusted data
 * @returns the event (a new object), or every issue found
 * @example
 * ```ts
 * import { parseCampaignEvent } from 'thi-dua-vi-nguoi-ngheo';
 * parseCampaignEvent({ type: 'LAUNCH', by: 'director', on: '2022-10-05' }).ok; //=> true
 * ```
 */
export function parseCampaignEvent(input: unknown): Result<CampaignEvent, ValidationIssue[]> {
  return parseWith(CampaignEventSchema, input);
}

/**
 * Creates the campaign's record: status `planned`, empty history. Deeply frozen.
 *
 * @returns a new record
 * @example
 * ```ts
 * import { createCampaignRecord } from 'thi-dua-vi-nguoi-ngheo';
 * createCampaignRecord(); //=> { schemaVersion: 1, status: 'planned', history: [] }
 * ```
 */
export function createCampaignRecord(): CampaignRecord {
  return deepFreeze({ schemaVersion: 1, status: 'planned', history: [] });
}

const yearOf = (day: CivilDate): string => day.slice(0, 4);

function typesAllowed(status: CampaignStatus): CampaignEventType[] {
  return CAMPAIGN_EVENT_TYPES.filter((type) => CAMPAIGN_TRANSITIONS.some((row) => row.from === status && row.event === type));
}


/** The first earlier entry of the same event type (in the same year, for `once: 'year'`), if any. */
type EarlierOf = (event: CampaignEvent, once: 'campaign' | 'year') => CampaignHistoryEntry | undefined;

/** Looks the earlier entry up in a history (for one event, a scan is fine). */
const scanning =
  (history: readonly CampaignHistoryEntry[]): EarlierOf =>
  (event, once) =>
    history.find((h) => h.event.type === event.type && (once === 'campaign' || yearOf(h.event.on) === yearOf(event.on)));

/** Why this event would be a second one of an event that its row allows only once, if it would. */
function secondOccurrenceText(row: CampaignTransition, earlierOf: EarlierOf, event: CampaignEvent): Text | undefined {
  const { once } = row;
  if (once === undefined) return undefined;
  const earlier = earlierOf(event, once);
  if (earlier === undefined) return undefined;
  return alreadyRecordedText({ type: event.type, once, previousOn: earlier.event.on, year: yearOf(event.on), clause: row.clause });
}

/**
 * The table's checks for one campaign event, in order: a row for this status and event, and not
 * a second one of an event the row allows once → EVENT_NOT_ALLOWED; the role → ROLE_NOT_ALLOWED;
 * not before the last entry → DATE_BEFORE_PREVIOUS; inside the row's window →
 * DATE_OUTSIDE_WINDOW. Used by the record and its replay.
 */
function checkCampaignStep(
  status: CampaignStatus,
  previous: CampaignHistoryEntry | undefined,
  earlierOf: EarlierOf,
  event: CampaignEvent,
): { readonly ok: true; readonly row: CampaignTransition } | StepFailure {
  const candidates = CAMPAIGN_TRANSITIONS.filter((row) => row.from === status && row.event === event.type);
  const [head] = candidates;
  if (head === undefined) {
    const message = eventNotAllowedText({ machine: 'campaign', type: event.type, status, allowed: typesAllowed(status) });
    return { ok: false, error: { code: 'EVENT_NOT_ALLOWED', message }, field: 'type', issueCode: 'history_not_replayable' };
  }
  const second = secondOccurrenceText(head, earlierOf, event);
  if (second !== undefined) {
    const message = second;
    return { ok: false, error: { code: 'EVENT_NOT_ALLOWED', message }, field: 'type', issueCode: 'history_not_replayable' };
  }
  const row = candidates.find((candidate) => candidate.by === event.by);
  if (row === undefined) return roleNotAllowedStep(candidates, event, status);
  if (previous !== undefined && event.on < previous.event.on) {
    const message = dateBeforePreviousText(event.on, previous.event.on);
    return { ok: false, error: { code: 'DATE_BEFORE_PREVIOUS', message }, field: 'on', issueCode: 'dates_out_of_order' };
  }
  const windows = campaignWindowsOf(row);
  if (!windows.some((w) => w.from <= event.on && event.on <= w.to)) {
    const message = dateOutsideWindowText({ type: event.type, on: event.on, windows, clause: row.clause });
    return { ok: false, error: { code: 'DATE_OUTSIDE_WINDOW', message }, field: 'on', issueCode: 'date_outside_window' };
  }
  return { ok: true, row };
}

/**
 * Records one event of the campaign. The event is validated first; then the checks run in this
 * order, and the first that applies is returned: INVALID_EVENT → EVENT_NOT_ALLOWED (no row for
 * this status and event; or a second preliminary review; or a second inspection in one calendar
 * year) → ROLE_NOT_ALLOWED → DATE_BEFORE_PREVIOUS → DATE_OUTSIDE_WINDOW (LAUNCH
 * 2022-09-26..2025-12-31; the reviews in their years; an inspection in its year's window of
 * `MILESTONE_WINDOWS`). The plan's order is not enforced beyond the table: a final review with
 * no preliminary review is accepted. Never throws, never mutates.
 *
 * @param record - the campaign record
 * @param event - untrusted data: a {@link CampaignEvent}
 * @returns the new record, or why the event was refused
 * @example
 * ```ts
 * import { applyCampaignEvent, createCampaignRecord } from 'thi-dua-vi-nguoi-ngheo';
 * const launched = applyCampaignEvent(createCampaignRecord(), { type: 'LAUNCH', by: 'director', on: '2022-10-05' });
 * if (launched.ok) {
 *   launched.value.status; //=> 'running'
 *   const late = applyCampaignEvent(launched.value, { type: 'HOLD_PRELIMINARY_REVIEW', by: 'director', on: '2024-01-01' });
 *   if (!late.ok) late.error.code; //=> 'DATE_OUTSIDE_WINDOW'
 * }
 * ```
 */
export function applyCampaignEvent(record: CampaignRecord, event: unknown): Result<CampaignRecord, TransitionError> {
  const parsed = parseCampaignEvent(event);
  if (!parsed.ok) {
    return { ok: false, error: { code: 'INVALID_EVENT', message: invalidEventText(parsed.error), issues: parsed.error } };
  }
  const step = checkCampaignStep(record.status, record.history.at(-1), scanning(record.history), parsed.value);
  if (!step.ok) return { ok: false, error: step.error };
  const entry: CampaignHistoryEntry = Object.freeze({ event: Object.freeze(parsed.value), status: step.row.to });
  return {
    ok: true,
    value: Object.freeze({ schemaVersion: 1, status: step.row.to, history: Object.freeze([...record.history, entry]) }),
  };
}

/**
 * The event types that have a row of the table for the campaign's status (and for the role, if
 * given), in {@link CAMPAIGN_EVENT_TYPES} order. It reads the table only (not the windows, nor
 * the once-rules).
 *
 * @param record - the campaign record
 * @param by - only the events this role may record
 * @returns a new array of event types
 * @example
 * ```ts
 * import { campaignEventsAllowed, createCampaignRecord } from 'thi-dua-vi-nguoi-ngheo';
 * campaignEventsAllowed(createCampaignRecord()); //=> ['LAUNCH']
 * ```
 */
export function campaignEventsAllowed(record: CampaignRecord, by?: Role): CampaignEventType[] {
  return CAMPAIGN_EVENT_TYPES.filter((type) =>
    CAMPAIGN_TRANSITIONS.some((row) => row.from === record.status && row.event === type && (by === undefined || row.by === by)),
  );
}

function replayIssues(record: CampaignRecord): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const { history } = record;
  let status: CampaignStatus = 'planned';
  // The first entry of each event type, and of each type and year: one lookup per entry, so that
  // the replay stays linear (copying or scanning the earlier history for each entry made it
  // quadratic: seconds for a 1 MB record).
  const first = new Map<string, CampaignHistoryEntry>();
  const earlierOf: EarlierOf = (event, once) => first.get(once === 'campaign' ? event.type : `${event.type}|${yearOf(event.on)}`);
  for (let index = 0; index < history.length; index++) {
    if (issues.length >= MAX_RECORD_ISSUES) {
      issues.push({ path: ['history', index], code: 'too_many_issues', message: tooManyIssuesText(MAX_RECORD_ISSUES) });
      return issues;
    }
    const entry = history[index] as CampaignHistoryEntry;
    const step = checkCampaignStep(status, history[index - 1], earlierOf, entry.event);
    const { type, on } = entry.event;
    if (!first.has(type)) first.set(type, entry);
    if (!first.has(`${type}|${yearOf(on)}`)) first.set(`${type}|${yearOf(on)}`, entry);
    const issue = replayedEntryIssue(index, step, entry.status);
    if (issue !== undefined) issues.push(issue);
    status = entry.status;
  }
  if (record.status !== status && issues.length < MAX_RECORD_ISSUES) {
    issues.push({ path: ['status'], code: 'status_mismatch', message: recordStatusMismatchText(status, record.status) });
  }
  return issues;
}

/**
 * Loads a saved campaign record and checks it: its shape (`schemaVersion` 1, strict objects), then
 * its history replayed through the table from `planned` — rows, roles, once-rules, order of
 * dates, windows and statuses, as {@link applyCampaignEvent} checks them. Problems of the replay
 * are issues with the codes of `RECORD_ISSUE_CODES`. Never throws.
 *
 * @param input - untrusted data, e.g. `JSON.parse(saved)`
 * @returns the record (new, deeply frozen), or every issue found
 * @example
 * ```ts
 * import { parseCampaignRecord } from 'thi-dua-vi-nguoi-ngheo';
 * const result = parseCampaignRecord({
 *   schemaVersion: 1,
 *   status: 'running',
 *   history: [{ event: { type: 'LAUNCH', by: 'director', on: '2022-09-01' }, status: 'running' }],
 * });
 * if (!result.ok) result.error.map((i) => `${i.path.join('.')} ${i.code}`); //=> ['history.0.event.on date_outside_window']
 * ```
 */
export function parseCampaignRecord(input: unknown): Result<CampaignRecord, ValidationIssue[]> {
  const parsed = parseWith(CampaignRecordSchema, input);
  if (!parsed.ok) return parsed;
  const issues = replayIssues(parsed.value);
  return issues.length === 0 ? { ok: true, value: freezeParsed(parsed.value) } : { ok: false, error: issues };
}

/** Whether a history entry records a milestone window: same milestone, and same year for a yearly row. */
function recordsWindow(event: CampaignEvent, window: MilestoneWindow): boolean {
  return CAMPAIGN_TRANSITIONS.some(
    (row) =>
      row.event === event.type &&
      row.milestone === window.milestone &&
      (row.once !== 'year' || yearOf(event.on) === String(window.year)),
  );
}

/**
 * Where each milestone of the plan stands on a day: one row per window of `MILESTONE_WINDOWS`, in
 * its order (by window start, then `MILESTONE_IDS` order). A window is `done` when its event is in
 * the record (plan issuance by the LAUNCH, even outside October 2022; the annual inspection of a
 * year by that year's RECORD_INSPECTION) — the record is taken as it stands, whatever the day
 * asked about; otherwise `upcoming` before the window, `due` inside it (both ends included),
 * `overdue` after it. A `Date` is read as its Vietnamese day. An invalid day (a string that is
 * not a real `YYYY-MM-DD` day, an invalid `Date`) gives `[]`; it never throws.
 *
 * @param record - the campaign record
 * @param asOf - the day to report on
 * @returns a new array of rows
 * @example
 * ```ts
 * import { applyCampaignEvent, campaignCompliance, createCampaignRecord } from 'thi-dua-vi-nguoi-ngheo';
 * const launched = applyCampaignEvent(createCampaignRecord(), { type: 'LAUNCH', by: 'director', on: '2022-11-02' });
 * if (launched.ok) {
 *   campaignCompliance(launched.value, '2023-01-01').map((row) => `${row.milestone} ${row.year} ${row.status}`);
 *   //=> ['plan-issuance 2022 done', 'annual-inspection 2022 overdue', 'preliminary-review 2023 due',
 *   //    'annual-inspection 2023 due', 'annual-inspection 2024 upcoming', 'final-review 2025 upcoming',
 *   //    'annual-inspection 2025 upcoming']
 * }
 * ```
 */
export function campaignCompliance(record: CampaignRecord, asOf: DateInput): ComplianceRow[] {
  const day = toCivilDate(asOf);
  if (day === undefined) return [];
  return MILESTONE_WINDOWS.map((window): ComplianceRow => {
    const base = { milestone: window.milestone, year: window.year, from: window.from, to: window.to, rule: window.rule };
    const done = record.history.find((entry) => recordsWindow(entry.event, window));
    if (done !== undefined) return { ...base, status: 'done', on: done.event.on };
    const status: ComplianceStatus = day < window.from ? 'upcoming' : day <= window.to ? 'due' : 'overdue';
    return { ...base, status };
  });
}
