/**
 * III.5 — the timeline (Tiến độ thực hiện) as dated windows (docs/interpretations.md reading 8).
 *
 * @module
 */
import { toCivilDate } from '../core/dates.js';
import { MILESTONE_IDS, type MilestoneId } from '../core/codes.js';
import type { CivilDate, DateInput } from '../core/types.js';

/**
 * One window of a milestone: the milestone, the year it belongs to, its first and last civil
 * day (inclusive), and the clause it encodes (III.5 for the campaign, II.1.a for the calendar).
 *
 * @example
 * ```ts
 * import { MILESTONE_WINDOWS, type MilestoneWindow } from 'thi-dua-vi-nguoi-ngheo';
 * const first: MilestoneWindow | undefined = MILESTONE_WINDOWS[0];
 * first?.from; //=> '2022-10-01'
 * ```
 */
export type MilestoneWindow = {
  /** The milestone the window is for. */
  readonly milestone: MilestoneId;
  /** The year of the movement the window belongs to (2022–2025). */
  readonly year: number;
  /** The window's first civil day (included). */
  readonly from: CivilDate;
  /** The window's last civil day (included). */
  readonly to: CivilDate;
  /** The clause the window encodes: III.5.1–4 for the campaign's milestones, II.1.a for the calendar's. */
  readonly rule: 'III.5.1' | 'III.5.2' | 'III.5.3' | 'III.5.4' | 'II.1.a';
};

const window = (
  milestone: MilestoneId,
  year: number,
  from: CivilDate,
  to: CivilDate,
  rule: MilestoneWindow['rule'],
): MilestoneWindow => Object.freeze({ milestone, year, from, to, rule });

/**
 * Every milestone window of the plan, ordered by window start and then by `MILESTONE_IDS`
 * order: plan issuance in October 2022 (III.5.1), the preliminary review in 2023 (III.5.2), the
 * final review in 2025 (III.5.3), and the council's inspection each year (III.5.4) — the 2022 one
 * from 2022-10-01, since the movement starts with the plan. Deeply frozen.
 *
 * @example
 * ```ts
 * import { MILESTONE_WINDOWS } from 'thi-dua-vi-nguoi-ngheo';
 * MILESTONE_WINDOWS.filter((w) => w.milestone === 'annual-inspection').map((w) => w.year);
 * //=> [2022, 2023, 2024, 2025]
 * ```
 */
export const MILESTONE_WINDOWS: readonly MilestoneWindow[] = /* @__PURE__ */ buildMilestoneWindows();

function buildMilestoneWindows(): readonly MilestoneWindow[] {
  return Object.freeze([
    window('plan-issuance', 2022, '2022-10-01', '2022-10-31', 'III.5.1'),
    window('annual-inspection', 2022, '2022-10-01', '2022-12-31', 'III.5.4'),
    window('preliminary-review', 2023, '2023-01-01', '2023-12-31', 'III.5.2'),
    window('annual-inspection', 2023, '2023-01-01', '2023-12-31', 'III.5.4'),
    window('annual-inspection', 2024, '2024-01-01', '2024-12-31', 'III.5.4'),
    window('final-review', 2025, '2025-01-01', '2025-12-31', 'III.5.3'),
    window('annual-inspection', 2025, '2025-01-01', '2025-12-31', 'III.5.4'),
  ]);
}

/**
 * The movement's yearly calendar, 2022–2025 (docs/law.md "The movement's calendar", confirmed): the
 * peak month "Tháng cao điểm Vì người nghèo", 17 October – 18 November, in which II.1.a asks units
 * to run the campaign, and "Ngày Vì người nghèo", 17 October. Kept apart from
 * `MILESTONE_WINDOWS`: nothing is recorded for them, so `campaignCompliance` does not list them.
 * Deeply frozen.
 *
 * @example
 * ```ts
 * import { CALENDAR_WINDOWS } from 'thi-dua-vi-nguoi-ngheo';
 * CALENDAR_WINDOWS.filter((w) => w.milestone === 'peak-month').map((w) => `${w.from}..${w.to}`)[0];
 * //=> '2022-10-17..2022-11-18'
 * ```
 */
export const CALENDAR_WINDOWS: readonly MilestoneWindow[] = /* @__PURE__ */ buildCalendarWindows();

function buildCalendarWindows(): readonly MilestoneWindow[] {
  return Object.freeze(
    [2022, 2023, 2024, 2025].flatMap((year) => [
      window('peak-month', year, `${year}-10-17`, `${year}-11-18`, 'II.1.a'),
      window('day-for-the-poor', year, `${year}-10-17`, `${year}-10-17`, 'II.1.a'),
    ]),
  );
}

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
