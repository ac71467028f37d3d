/**
 * The checks both machines make on one step, and how a refused step becomes a record issue on
 * replay: the machine kernel that `nomination/` and `campaign/` share.
 *
 * @module
 */
import type { Role } from '../../core/codes.js';
import type { ValidationIssue } from '../../core/issues.js';
import type { CivilDate, Text } from '../../core/types.js';
import type {
  CampaignEventType,
  CampaignStatus,
  NominationEventType,
  NominationStatus,
  RecordIssueCode,
} from '../../core/workflow-codes.js';
import { PLAN_YEARS } from '../../plan/schedule.js';
import {
  dateBeforePreviousText,
  entryNotReplayableText,
  entryStatusMismatchText,
  invalidEventText,
  invalidRecordText,
  roleNotAllowedText,
} from '../../text/workflow.js';
import type { CampaignTransitionError, EventWindow, TransitionError } from './errors.js';

/**
 * The first day an event of either machine may be dated: the day of the provincial plan the
 * Sở's plan implements (Kế hoạch 2451/KH-UBND, 26/9/2022). III.5.1 has the plan issued in October
 * 2022, and its launch counts as the issuance even earlier (docs/interpretations.md, reading 8),
 * so nothing under the plan can come before that day: `PLAN_SCHEDULE.firstDay`.
 */
export const PLAN_FIRST_DAY: CivilDate = /* @__PURE__ */ (() => PLAN_YEARS.firstDay)();

/** A refused step, with the field of the event it is about and the record parser's code for it. */
export type StepFailure = {
  readonly ok: false;
  readonly error: CampaignTransitionError;
  readonly field: 'type' | 'by' | 'on' | 'nomination';
  readonly issueCode: RecordIssueCode;
};

/** An accepted step: the table's row. */
export type StepSuccess<Row> = { readonly ok: true; readonly row: Row };

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

/** INVALID_EVENT: the event's issues. */
export function invalidEvent(issues: readonly ValidationIssue[]): Extract<TransitionError, { readonly code: 'INVALID_EVENT' }> {
  return { code: 'INVALID_EVENT', message: invalidEventText(issues), issues };
}

/** INVALID_RECORD: the record's issues. */
export function invalidRecord(issues: readonly ValidationIssue[]): Extract<TransitionError, { readonly code: 'INVALID_RECORD' }> {
  return { code: 'INVALID_RECORD', message: invalidRecordText(issues), issues };
}

/** EVENT_NOT_ALLOWED, with the event types that are possible. */
export function eventNotAllowedStep(message: Text, allowed: readonly (NominationEventType | CampaignEventType)[]): StepFailure {
  return { ok: false, error: { code: 'EVENT_NOT_ALLOWED', message, allowed }, field: 'type', issueCode: 'history_not_replayable' };
}

/**
 * The ROLE_NOT_ALLOWED failure of a step: rows exist for this event, but for other roles.
 */
export function roleNotAllowedStep(
  candidates: readonly { readonly by: Role; readonly clause: string }[],
  event: { readonly type: NominationEventType | CampaignEventType; readonly by: Role },
  status: NominationStatus | CampaignStatus,
): StepFailure {
  const roles = unique(candidates.map((c) => c.by));
  const message = roleNotAllowedText({
    type: event.type,
    status,
    by: event.by,
    allowed: roles,
    clauses: unique(candidates.map((c) => c.clause)),
  });
  return { ok: false, error: { code: 'ROLE_NOT_ALLOWED', message, roles }, field: 'by', issueCode: 'history_not_replayable' };
}

/** DATE_BEFORE_PREVIOUS, when the event is dated before the last entry (the same day is fine). */
export function dateBeforePreviousStep(on: CivilDate, previousOn: CivilDate | undefined): StepFailure | undefined {
  if (previousOn === undefined || on >= previousOn) return undefined;
  return {
    ok: false,
    error: { code: 'DATE_BEFORE_PREVIOUS', message: dateBeforePreviousText(on, previousOn), previousOn },
    field: 'on',
    issueCode: 'dates_out_of_order',
  };
}

/** Whether a day falls in one of the windows. */
export function inWindows(on: CivilDate, windows: readonly EventWindow[]): boolean {
  return windows.some((w) => w.from <= on && (w.to === undefined || on <= w.to));
}

/** DATE_OUTSIDE_WINDOW, worded by `message`. */
export function outsideWindowStep(message: Text, windows: readonly EventWindow[]): StepFailure {
  return { ok: false, error: { code: 'DATE_OUTSIDE_WINDOW', message, windows }, field: 'on', issueCode: 'date_outside_window' };
}

/**
 * What is wrong with one replayed history entry, if anything: the table refused its event, or it
 * records another status than the table's.
 */
export function replayedEntryIssue(
  index: number,
  step: StepSuccess<{ readonly to: NominationStatus | CampaignStatus }> | StepFailure,
  recorded: NominationStatus | CampaignStatus,
): ValidationIssue | undefined {
  if (!step.ok) {
    return {
      path: ['history', index, 'event', step.field],
      code: step.issueCode,
      message: entryNotReplayableText(index, step.error.message),
    };
  }
  if (step.row.to === recorded) return undefined;
  return { path: ['history', index, 'status'], code: 'status_mismatch', message: entryStatusMismatchText(index, step.row.to, recorded) };
}
