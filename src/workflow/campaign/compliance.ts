/**
 * Where the plan's milestones stand (III.5): the campaign record against `MILESTONE_WINDOWS`.
 *
 * @module
 */
import type { MilestoneId } from '../../core/codes.js';
import { toCivilDate } from '../../core/dates.js';
import type { CivilDate, DateInput } from '../../core/types.js';
import type { ComplianceStatus } from '../../core/workflow-codes.js';
import { type MilestoneWindow, PLAN_SCHEDULE } from '../../plan/schedule.js';
import { yearOf } from './step.js';
import { CAMPAIGN_TRANSITIONS } from './table.js';
import type { CampaignEvent, CampaignRecord } from './types.js';

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
  /** The milestone of III.5. */
  readonly milestone: MilestoneId;
  /** The year of the window. */
  readonly year: number;
  /** `done` (recorded in the window), `due` (the window is open), `overdue` (the window closed without it) or `upcoming`. */
  readonly status: ComplianceStatus;
  /** The window's first day (included). */
  readonly from: CivilDate;
  /** The window's last day (included). */
  readonly to: CivilDate;
  /** The clause of III.5 the window encodes. */
  readonly rule: MilestoneWindow['rule'];
  /** The day of the event that recorded the milestone, when `done`. */
  readonly on?: CivilDate;
};

/** Whether a history entry records a milestone window: same milestone, and same year for a yearly row. */
function recordsWindow(event: CampaignEvent, window: MilestoneWindow): boolean {
  return CAMPAIGN_TRANSITIONS.some(
    (row) =>
      row.event === event.type && row.milestone === window.milestone && (row.once !== 'year' || yearOf(event.on) === String(window.year)),
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
  return PLAN_SCHEDULE.milestoneWindows.map((window): ComplianceRow => {
    const base = { milestone: window.milestone, year: window.year, from: window.from, to: window.to, rule: window.rule };
    const done = record.history.find((entry) => recordsWindow(entry.event, window));
    if (done !== undefined) return { ...base, status: 'done', on: done.event.on };
    const status: ComplianceStatus = day < window.from ? 'upcoming' : day <= window.to ? 'due' : 'overdue';
    return { ...base, status };
  });
}
