/**
 * III.5 — the timeline (Tiến độ thực hiện) as dated windows (docs/interpretations.md reading 8).
 *
 * @module
 */
import { toCivilDate } from '../core/dates.js';
import { MILESTONE_IDS, type MilestoneId } from '../core/codes.js';
import type { DateInput } from '../core/types.js';
import { type MilestoneWindow, PLAN_SCHEDULE } from '../plan/schedule.js';

export type { MilestoneWindow } from '../plan/schedule.js';

/**
 * Every milestone window of the plan, ordered by window start and then by `MILESTONE_IDS`
 * order: plan issuance in October 2022 (III.5.1), the preliminary review in 2023 (III.5.2), the
 * final review in 2025 (III.5.3), and the council's inspection each year (III.5.4) — the 2022 one
 * from 2022-10-01, since the movement starts with the plan. `PLAN_SCHEDULE.milestoneWindows`,
 * deeply frozen.
 *
 * @example
 * ```ts
 * import { MILESTONE_WINDOWS } from 'thi-dua-vi-nguoi-ngheo';
 * MILESTONE_WINDOWS.filter((w) => w.milestone === 'annual-inspection').map((w) => w.year);
 * //=> [2022, 2023, 2024, 2025]
 * ```
 */
export const MILESTONE_WINDOWS: readonly MilestoneWindow[] = /* @__PURE__ */ (() => PLAN_SCHEDULE.milestoneWindows)();

/**
 * The movement's yearly calendar, 2022–2025 (docs/law.md "The movement's calendar", confirmed): the
 * peak month "Tháng cao điểm Vì người nghèo", 17 October – 18 November, in which II.1.a asks units
 * to run the campaign, and "Ngày Vì người nghèo", 17 October. Kept apart from
 * `MILESTONE_WINDOWS`: nothing is recorded for them, so `campaignCompliance` does not list them.
 * `PLAN_SCHEDULE.calendarWindows`, deeply frozen.
 *
 * @example
 * ```ts
 * import { CALENDAR_WINDOWS } from 'thi-dua-vi-nguoi-ngheo';
 * CALENDAR_WINDOWS.filter((w) => w.milestone === 'peak-month').map((w) => `${w.from}..${w.to}`)[0];
 * //=> '2022-10-17..2022-11-18'
 * ```
 */
export const CALENDAR_WINDOWS: readonly MilestoneWindow[] = /* @__PURE__ */ (() => PLAN_SCHEDULE.calendarWindows)();

/**
 * The milestones whose window holds a Vietnamese calendar day — the campaign's (III.5) and the
 * movement's calendar (peak month, Ngày Vì người nghèo) — in `MILESTONE_IDS` order. A `Date` is
 * read as its day in Asia/Ho_Chi_Minh; an invalid date has no milestone.
 *
 * @param date - a civil date or an instant
 * @returns a new array of milestone ids
 * @example
 * ```ts
 * import { milestonesOn } from 'thi-dua-vi-nguoi-ngheo';
 * milestonesOn('2022-10-16'); //=> ['plan-issuance', 'annual-inspection']
 * milestonesOn('2022-10-17'); //=> ['plan-issuance', 'annual-inspection', 'peak-month', 'day-for-the-poor']
 * milestonesOn('2022-11-19'); //=> ['annual-inspection']
 * milestonesOn('2022-09-30'); //=> []
 * ```
 */
export function milestonesOn(date: DateInput): MilestoneId[] {
  const day = toCivilDate(date);
  if (day === undefined) return [];
  const found = new Set<MilestoneId>();
  for (const w of MILESTONE_WINDOWS) if (w.from <= day && day <= w.to) found.add(w.milestone);
  for (const w of CALENDAR_WINDOWS) if (w.from <= day && day <= w.to) found.add(w.milestone);
  return MILESTONE_IDS.filter((id) => found.has(id));
}
