/**
 * The plan's schedule as data: its period, the years of its occasions (III.3, III.5.2, III.5.3)
 * and the windows of its timeline (III.5) and of the movement's calendar (II.1.a). Every year and
 * day of the plan that a rule, a message or the workflow reads comes from here
 * (docs/interpretations.md, readings 1, 8 and 22; docs/plan.md "III.5").
 *
 * @module
 */
import type { MilestoneId } from '../core/codes.js';
import type { Occasion } from '../core/inputs.js';
import type { CivilDate } from '../core/types.js';
import type { DaySpan } from '../core/workflow-codes.js';
import { deepFreeze } from '../core/freeze.js';

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
  /** The calendar year the window belongs to. */
  readonly year: number;
  /** The first day of the window, inclusive. */
  readonly from: CivilDate;
  /** The last day of the window, inclusive. */
  readonly to: CivilDate;
  /** The clause the window encodes: III.5.1–III.5.4 for the campaign, II.1.a for the calendar. */
  readonly rule: 'III.5.1' | 'III.5.2' | 'III.5.3' | 'III.5.4' | 'II.1.a';
};

/**
 * The plan's schedule: the period, the occasions and the windows, in one frozen object. See
 * {@link PLAN_SCHEDULE}.
 *
 * @example
 * ```ts
 * import { PLAN_SCHEDULE, type PlanSchedule } from 'thi-dua-vi-nguoi-ngheo';
 * const schedule: PlanSchedule = PLAN_SCHEDULE;
 * schedule.finalReviewYear; //=> 2025
 * ```
 */
export type PlanSchedule = {
  /** The plan's period, 2021–2025 (its title; reading 22: what units did from 2021 counts). */
  readonly period: {
    /** The first year of the period: 2021. */
    readonly from: number;
    /** The last year of the period: 2025. */
    readonly to: number;
  };
  /**
   * The first day anything under the plan may be dated: 2022-09-26, the day of the provincial
   * plan it implements, Kế hoạch 2451/KH-UBND (III.5.1; readings 8 and 31).
   */
  readonly firstDay: CivilDate;
  /** The years with an annual occasion, 2022–2025, in order (reading 1: the plan was issued in 2022). */
  readonly annualYears: readonly number[];
  /** The year of the preliminary review (sơ kết), 2023 (III.5.2). */
  readonly preliminaryReviewYear: number;
  /** The year of the final review (tổng kết), 2025 (III.5.3). */
  readonly finalReviewYear: number;
  /**
   * Every occasion of the plan (III.3, reading 1), by year and, within a year, annual first:
   * the annual rewards 2022–2025, the preliminary review of 2023, the final review of 2025.
   */
  readonly occasions: readonly Occasion[];
  /**
   * When the campaign can be launched: from {@link PlanSchedule.firstDay} to the last day of the
   * period, 2022-09-26..2025-12-31 (III.5.1; reading 8: launching counts as the plan's issuance
   * even outside October 2022).
   */
  readonly launchWindow: DaySpan;
  /**
   * The windows of the timeline (III.5), ordered by start and then by `MILESTONE_IDS`: the plan's
   * issuance in October 2022 (III.5.1), the preliminary review in 2023 (III.5.2), the final review
   * in 2025 (III.5.3), and the council's inspection each year 2022–2025 (III.5.4, reading 8; the
   * 2022 one from 2022-10-01, since the movement starts with the plan).
   */
  readonly milestoneWindows: readonly MilestoneWindow[];
  /**
   * The movement's yearly calendar, 2022–2025 (II.1.a; docs/law.md "The movement's calendar"):
   * the peak month "Tháng cao điểm Vì người nghèo", 17 October – 18 November, and "Ngày Vì người
   * nghèo", 17 October, year by year.
   */
  readonly calendarWindows: readonly MilestoneWindow[];
};

// The plan's own figures, once: everything else is derived from them.
const PERIOD_FROM = 2021;
const PERIOD_TO = 2025;
const FIRST_DAY: CivilDate = '2022-09-26';
const FIRST_ANNUAL_YEAR = 2022;
const PRELIMINARY_REVIEW_YEAR = 2023;
const FINAL_REVIEW_YEAR = 2025;

/** The years and first day of the schedule: what the evaluators and the texts read. */
export type PlanYears = Pick<PlanSchedule, 'period' | 'firstDay' | 'annualYears' | 'preliminaryReviewYear' | 'finalReviewYear'>;

function buildYears(): PlanYears {
  const annualYears: number[] = [];
  for (let year = FIRST_ANNUAL_YEAR; year <= PERIOD_TO; year++) annualYears.push(year);
  return deepFreeze({
    period: { from: PERIOD_FROM, to: PERIOD_TO },
    firstDay: FIRST_DAY,
    annualYears,
    preliminaryReviewYear: PRELIMINARY_REVIEW_YEAR,
    finalReviewYear: FINAL_REVIEW_YEAR,
  });
}

/**
 * The years and first day of {@link PLAN_SCHEDULE}, the same frozen objects, apart: an
 * application that only evaluates (or only counts activities) then does not bundle the windows.
 *
 * @internal
 */
export const PLAN_YEARS: PlanYears = /* @__PURE__ */ buildYears();

function buildSchedule(): PlanSchedule {
  const { annualYears } = PLAN_YEARS;
  const occasions: Occasion[] = annualYears.flatMap((year): Occasion[] => [
    { kind: 'annual', year },
    ...(year === PRELIMINARY_REVIEW_YEAR ? [{ kind: 'preliminary-review', year } as const] : []),
    ...(year === FINAL_REVIEW_YEAR ? [{ kind: 'final-review', year } as const] : []),
  ]);
  const yearSpan = (year: number): { from: CivilDate; to: CivilDate } => ({ from: `${year}-01-01`, to: `${year}-12-31` });
  const issuanceYear = FIRST_ANNUAL_YEAR;
  const milestoneWindows: MilestoneWindow[] = [
    { milestone: 'plan-issuance', year: issuanceYear, from: `${issuanceYear}-10-01`, to: `${issuanceYear}-10-31`, rule: 'III.5.1' },
    ...annualYears.flatMap((year): MilestoneWindow[] => [
      ...(year === PRELIMINARY_REVIEW_YEAR ? [{ milestone: 'preliminary-review', year, ...yearSpan(year), rule: 'III.5.2' } as const] : []),
      ...(year === FINAL_REVIEW_YEAR ? [{ milestone: 'final-review', year, ...yearSpan(year), rule: 'III.5.3' } as const] : []),
      {
        milestone: 'annual-inspection',
        year,
        from: year === issuanceYear ? `${year}-10-01` : `${year}-01-01`,
        to: `${year}-12-31`,
        rule: 'III.5.4',
      },
    ]),
  ];
  const calendarWindows: MilestoneWindow[] = annualYears.flatMap((year): MilestoneWindow[] => [
    { milestone: 'peak-month', year, from: `${year}-10-17`, to: `${year}-11-18`, rule: 'II.1.a' },
    { milestone: 'day-for-the-poor', year, from: `${year}-10-17`, to: `${year}-10-17`, rule: 'II.1.a' },
  ]);
  return deepFreeze({
    ...PLAN_YEARS,
    occasions,
    launchWindow: { from: FIRST_DAY, to: `${PERIOD_TO}-12-31` },
    milestoneWindows,
    calendarWindows,
  });
}

/**
 * The plan's schedule, deeply frozen — the one place that holds its years and days:
 *
 * - `period`: 2021–2025; `firstDay`: 2022-09-26 (III.5.1);
 * - `annualYears`: 2022–2025 (III.3, reading 1); `preliminaryReviewYear`: 2023 (sơ kết, III.5.2);
 *   `finalReviewYear`: 2025 (tổng kết, III.5.3); `occasions`: the six occasions they make;
 * - `launchWindow` (III.5.1), `milestoneWindows` (III.5.1–III.5.4) and `calendarWindows` (II.1.a).
 *
 * `isPlanOccasion`, `occasionsIn`, `MILESTONE_WINDOWS`, `CALENDAR_WINDOWS`, `LAUNCH_WINDOW`, the
 * campaign record and the findings' texts all read it.
 *
 * @example
 * ```ts
 * import { PLAN_SCHEDULE } from 'thi-dua-vi-nguoi-ngheo';
 * PLAN_SCHEDULE.period; //=> { from: 2021, to: 2025 }
 * PLAN_SCHEDULE.annualYears; //=> [2022, 2023, 2024, 2025]
 * PLAN_SCHEDULE.occasions.filter((o) => o.kind !== 'annual');
 * //=> [{ kind: 'preliminary-review', year: 2023 }, { kind: 'final-review', year: 2025 }]
 * PLAN_SCHEDULE.milestoneWindows.find((w) => w.milestone === 'final-review');
 * //=> { milestone: 'final-review', year: 2025, from: '2025-01-01', to: '2025-12-31', rule: 'III.5.3' }
 * ```
 */
export const PLAN_SCHEDULE: PlanSchedule = /* @__PURE__ */ buildSchedule();
