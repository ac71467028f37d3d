/**
 * The plan's schedule (src/plan/schedule.ts): the one place of the plan's years and days — the
 * period, the occasions (III.3, reading 1), the reviews (III.5.2, III.5.3), the launch window
 * (III.5.1) and the windows of III.5 and II.1.a — and the readers that take them from it.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  CALENDAR_WINDOWS,
  isPlanOccasion,
  LAUNCH_WINDOW,
  MILESTONE_WINDOWS,
  type MilestoneWindow,
  occasionsIn,
  PLAN_SCHEDULE,
  type PlanSchedule,
  plan,
} from '../../src/index.js';
import { ACTIVITY_PERIOD } from '../../src/activities/index.js';
import { PLAN_FIRST_DAY } from '../../src/workflow/kernel/steps.js';
import { OCCASION_KINDS } from '../../src/core/codes.js';
import { PLAN_YEARS } from '../../src/plan/schedule.js';

const isDeeplyFrozen = (value: unknown): boolean =>
  value === null || typeof value !== 'object' || (Object.isFrozen(value) && Object.values(value).every(isDeeplyFrozen));

describe('PLAN_SCHEDULE', () => {
  it('holds the period 2021–2025, the first day 2022-09-26 (III.5.1) and the years of the occasions', () => {
    expect(PLAN_SCHEDULE.period).toEqual({ from: 2021, to: 2025 });
    expect(PLAN_SCHEDULE.firstDay).toBe('2022-09-26');
    expect(PLAN_SCHEDULE.annualYears).toEqual([2022, 2023, 2024, 2025]);
    expect(PLAN_SCHEDULE.preliminaryReviewYear).toBe(2023); // III.5.2
    expect(PLAN_SCHEDULE.finalReviewYear).toBe(2025); // III.5.3
    expect(PLAN_SCHEDULE.launchWindow).toEqual({ from: '2022-09-26', to: '2025-12-31' });
  });

  it('lists the six occasions of the plan (reading 1), year by year, annual first', () => {
    expect(PLAN_SCHEDULE.occasions).toEqual([
      { kind: 'annual', year: 2022 },
      { kind: 'annual', year: 2023 },
      { kind: 'preliminary-review', year: 2023 },
      { kind: 'annual', year: 2024 },
      { kind: 'annual', year: 2025 },
      { kind: 'final-review', year: 2025 },
    ]);
  });

  it('holds the windows of III.5 and II.1.a, as before the schedule', () => {
    const w = (milestone: string, year: number, from: string, to: string, rule: string) => ({ milestone, year, from, to, rule });
    expect(PLAN_SCHEDULE.milestoneWindows).toEqual([
      w('plan-issuance', 2022, '2022-10-01', '2022-10-31', 'III.5.1'),
      w('annual-inspection', 2022, '2022-10-01', '2022-12-31', 'III.5.4'),
      w('preliminary-review', 2023, '2023-01-01', '2023-12-31', 'III.5.2'),
      w('annual-inspection', 2023, '2023-01-01', '2023-12-31', 'III.5.4'),
      w('annual-inspection', 2024, '2024-01-01', '2024-12-31', 'III.5.4'),
      w('final-review', 2025, '2025-01-01', '2025-12-31', 'III.5.3'),
      w('annual-inspection', 2025, '2025-01-01', '2025-12-31', 'III.5.4'),
    ]);
    expect(PLAN_SCHEDULE.calendarWindows).toHaveLength(8);
    expect(PLAN_SCHEDULE.calendarWindows.slice(0, 2)).toEqual([
      w('peak-month', 2022, '2022-10-17', '2022-11-18', 'II.1.a'),
      w('day-for-the-poor', 2022, '2022-10-17', '2022-10-17', 'II.1.a'),
    ]);
  });

  it('is deeply frozen', () => {
    expect(isDeeplyFrozen(PLAN_SCHEDULE)).toBe(true);
    expect(() => {
      (PLAN_SCHEDULE.annualYears as number[]).push(2026);
    }).toThrow(TypeError);
  });

  it('is the one source: the plan, the windows, the campaign, the workflow and the activities read it', () => {
    // PLAN_YEARS (what the evaluators and texts read, apart so that they do not bundle the windows) is the schedule's own.
    expect(PLAN_YEARS.period).toBe(PLAN_SCHEDULE.period);
    expect(PLAN_YEARS.annualYears).toBe(PLAN_SCHEDULE.annualYears);
    expect(PLAN_YEARS).toEqual({
      period: PLAN_SCHEDULE.period,
      firstDay: PLAN_SCHEDULE.firstDay,
      annualYears: PLAN_SCHEDULE.annualYears,
      preliminaryReviewYear: PLAN_SCHEDULE.preliminaryReviewYear,
      finalReviewYear: PLAN_SCHEDULE.finalReviewYear,
    });
    expect(MILESTONE_WINDOWS).toBe(PLAN_SCHEDULE.milestoneWindows);
    expect(CALENDAR_WINDOWS).toBe(PLAN_SCHEDULE.calendarWindows);
    expect(LAUNCH_WINDOW).toBe(PLAN_SCHEDULE.launchWindow);
    expect(PLAN_FIRST_DAY).toBe(PLAN_SCHEDULE.firstDay);
    expect(plan.legalBasis.date).toBe(PLAN_SCHEDULE.firstDay);
    expect(plan.period).toEqual(PLAN_SCHEDULE.period);
    expect(ACTIVITY_PERIOD).toEqual({ from: `${PLAN_SCHEDULE.period.from}-01-01`, to: `${PLAN_SCHEDULE.period.to}-12-31` });
  });

  test.prop([fc.integer({ min: 2015, max: 2035 }), fc.constantFrom(...OCCASION_KINDS)])(
    'isPlanOccasion and occasionsIn agree with PLAN_SCHEDULE.occasions',
    (year, kind) => {
      const listed = PLAN_SCHEDULE.occasions.some((o) => o.kind === kind && o.year === year);
      expect(isPlanOccasion({ kind, year })).toBe(listed);
      expect(occasionsIn(year)).toEqual(PLAN_SCHEDULE.occasions.filter((o) => o.year === year));
    },
  );

  it('types', () => {
    expectTypeOf(PLAN_SCHEDULE).toEqualTypeOf<PlanSchedule>();
    expectTypeOf(PLAN_SCHEDULE.milestoneWindows).toEqualTypeOf<readonly MilestoneWindow[]>();
  });
});
