/**
 * The movement's results counted: activities totalled by kind, by year and by unit or person,
 * for the sơ kết and tổng kết reports (II, IV.4). One pass over the activities.
 *
 * @module
 */
import { toCivilDate } from '../core/dates.js';
import { ACTIVITY_KIND_FIGURES, ACTIVITY_KINDS, type ActivityFigure, type ActivityKind } from '../plan/activity-kinds.js';
import type { DateInput } from '../core/types.js';
import { ACTIVITY_PERIOD, type Period } from './period.js';
import type { Activity } from '../core/activity.js';

/**
 * One figure totalled: the sum of the values given (`total`), how many activities gave it
 * (`known`), and how many activities of a kind that records it did not (`unknown`: counted apart,
 * never as zero). Activities of a kind that does not record the figure are in neither count.
 *
 * @example
 * ```ts
 * import type { ActivityMeasure } from 'thi-dua-vi-nguoi-ngheo/activities';
 * const households: ActivityMeasure = { total: 27, known: 4, unknown: 1 };
 * ```
 */
export type ActivityMeasure = {
  /** The sum of the values given. */
  readonly total: number;
  /** How many activities gave the figure. */
  readonly known: number;
  /** How many activities of a kind that records the figure did not give it. */
  readonly unknown: number;
};

/**
 * The totals of a group of activities: how many, and each figure (`money` is the sum of the
 * `amount`s, in đồng).
 *
 * @example
 * ```ts
 * import { sampleActivities } from 'thi-dua-vi-nguoi-ngheo/testing';
 * import { summarizeActivities, type ActivityTotals } from 'thi-dua-vi-nguoi-ngheo/activities';
 * const total: ActivityTotals = summarizeActivities(sampleActivities).total;
 * total.money.unknown; // the activities whose amount is not stated
 * ```
 */
export type ActivityTotals = {
  /** How many activities. */
  readonly count: number;
  /** Money in đồng: the `amount`s. */
  readonly money: ActivityMeasure;
  /** Households reached. */
  readonly households: ActivityMeasure;
  /** People reached. */
  readonly people: ActivityMeasure;
  /** People who contributed. */
  readonly contributors: ActivityMeasure;
};

/**
 * The totals of one kind of activity.
 *
 * @example
 * ```ts
 * import type { ActivityKindTotals } from 'thi-dua-vi-nguoi-ngheo/activities';
 * const none = { total: 0, known: 0, unknown: 0 };
 * const row: ActivityKindTotals = { kind: 'publication', count: 3, money: none, households: none, people: none, contributors: none };
 * ```
 */
export type ActivityKindTotals = ActivityTotals & {
  /** The kind. */
  readonly kind: ActivityKind;
};

/**
 * The totals of one calendar year.
 *
 * @example
 * ```ts
 * import type { ActivityYearTotals } from 'thi-dua-vi-nguoi-ngheo/activities';
 * const none = { total: 0, known: 0, unknown: 0 };
 * const row: ActivityYearTotals = { year: 2021, count: 0, money: none, households: none, people: none, contributors: none };
 * ```
 */
export type ActivityYearTotals = ActivityTotals & {
  /** The year. */
  readonly year: number;
};

/**
 * The totals of one unit, person or organisation (`by.subjectId`).
 *
 * @example
 * ```ts
 * import type { ActivitySubjectTotals } from 'thi-dua-vi-nguoi-ngheo/activities';
 * const none = { total: 0, known: 0, unknown: 0 };
 * const row: ActivitySubjectTotals = { subjectId: 'van-phong-so', count: 2, money: none, households: none, people: none, contributors: none };
 * ```
 */
export type ActivitySubjectTotals = ActivityTotals & {
  /** The subject's id. */
  readonly subjectId: string;
};

/**
 * What {@link summarizeActivities} returns.
 *
 * @example
 * ```ts
 * import { sampleActivities } from 'thi-dua-vi-nguoi-ngheo/testing';
 * import { summarizeActivities, type ActivitySummary } from 'thi-dua-vi-nguoi-ngheo/activities';
 * const summary: ActivitySummary = summarizeActivities(sampleActivities, { from: '2023-01-01', to: '2023-12-31' });
 * summary.byYear.map((row) => row.year); //=> [2023]
 * ```
 */
export type ActivitySummary = {
  /** The days counted (both ends included); `undefined` when a bound is not a real day, and then nothing is counted. */
  readonly period: Period | undefined;
  /** Every activity counted. */
  readonly total: ActivityTotals;
  /** One row per kind, every kind, in `ACTIVITY_KINDS` order. */
  readonly byKind: readonly ActivityKindTotals[];
  /** One row per year of the plan's period inside `period` (and any other year an activity has), ascending. */
  readonly byYear: readonly ActivityYearTotals[];
  /** One row per subject with an activity counted, by id (in code-unit order, whatever the input order). */
  readonly bySubject: readonly ActivitySubjectTotals[];
};

/**
 * The options of {@link summarizeActivities}.
 *
 * @example
 * ```ts
 * import type { SummarizeActivitiesOptions } from 'thi-dua-vi-nguoi-ngheo/activities';
 * const options: SummarizeActivitiesOptions = { from: '2023-01-01', to: '2023-12-31', bySubject: ['doan-qldb-1'] };
 * ```
 */
export type SummarizeActivitiesOptions = {
  /** The first day counted (default 2021-01-01). A `Date` is read as its day in Vietnam. */
  readonly from?: DateInput;
  /** The last day counted (default 2025-12-31). */
  readonly to?: DateInput;
  /** Count only the activities of this subject, or of these subjects (e.g. a unit and its people). */
  readonly bySubject?: string | readonly string[];
};

// Sums are kept as bigint while counting, so that a total does not depend on the order of the
// input even beyond Number.MAX_SAFE_INTEGER; they are returned as numbers (exact up to 2^53 − 1).
type Measure = { total: bigint; known: number; unknown: number };
type Totals = { count: number; money: Measure; households: Measure; people: Measure; contributors: Measure };
type MeasureKey = Exclude<keyof Totals, 'count'>;

const MEASURE_OF: { readonly [F in ActivityFigure]: MeasureKey } = {
  amount: 'money',
  households: 'households',
  people: 'people',
  contributors: 'contributors',
};

const newTotals = (): Totals => ({
  count: 0,
  money: { total: 0n, known: 0, unknown: 0 },
  households: { total: 0n, known: 0, unknown: 0 },
  people: { total: 0n, known: 0, unknown: 0 },
  contributors: { total: 0n, known: 0, unknown: 0 },
});

const measureOf = (m: Measure): ActivityMeasure => ({ total: Number(m.total), known: m.known, unknown: m.unknown });
const totalsOf = (t: Totals): ActivityTotals => ({
  count: t.count,
  money: measureOf(t.money),
  households: measureOf(t.households),
  people: measureOf(t.people),
  contributors: measureOf(t.contributors),
});

// Each kind's figures, once: the figure and the measure it adds to.
const KIND_FIGURES: { readonly [K in ActivityKind]: readonly (readonly [ActivityFigure, MeasureKey])[] } = /* @__PURE__ */ (() =>
  Object.fromEntries(
    ACTIVITY_KINDS.map((kind) => {
      const { required, optional } = ACTIVITY_KIND_FIGURES[kind];
      return [kind, [...required, ...optional].map((f) => [f, MEASURE_OF[f]] as const)];
    }),
  ) as unknown as { readonly [K in ActivityKind]: readonly (readonly [ActivityFigure, MeasureKey])[] })();

function add(totals: Totals, activity: Activity): void {
  totals.count++;
  for (const [figure, key] of KIND_FIGURES[activity.kind]) {
    const value = (activity as Partial<Record<ActivityFigure, number>>)[figure];
    const measure = totals[key];
    if (value === undefined) measure.unknown++;
    else {
      measure.total += BigInt(value);
      measure.known++;
    }
  }
}

/**
 * Totals the movement's activities (II, IV.4) by kind, by year and by unit or person, within a
 * span of days (default: the plan's whole period 2021–2025), for the sơ kết and tổng kết reports.
 * For each group: the number of activities, and each figure's sum, with the activities that gave
 * it and, apart, those of a kind that records it but did not (a gift whose value is not stated is
 * never counted as 0 đồng). Deterministic: the rows do not depend on the order of the input; one
 * pass over it. Every total is the sum of its rows: Σ byKind = Σ byYear = Σ bySubject = total
 * (sums are exact up to `Number.MAX_SAFE_INTEGER`, 9 triệu tỷ đồng; beyond, the nearest number).
 *
 * @param activities - parsed activities (see `parseActivities`)
 * @param options - `from` / `to` (days, both included), `bySubject` (only these subjects' activities)
 * @returns a new summary
 * @example
 * ```ts
 * import { summarizeActivities, type Activity } from 'thi-dua-vi-nguoi-ngheo/activities';
 * const activities: Activity[] = [
 *   { id: 'a', kind: 'fund-contribution', clause: 'IV.4', by: { subjectId: 'cong-doan-so' }, on: '2023-10-17', amount: 24_500_000, description: 'Một ngày lương' },
 *   { id: 'b', kind: 'gift-or-visit', clause: 'IV.4', by: { subjectId: 'cong-doan-so' }, on: '2024-01-30', households: 20, description: 'Quà Tết hộ nghèo' },
 * ];
 * const { total } = summarizeActivities(activities);
 * total.money; //=> { total: 24500000, known: 1, unknown: 1 } (the gifts' value is not stated)
 * total.households; //=> { total: 20, known: 1, unknown: 0 }
 * ```
 */
export function summarizeActivities(activities: readonly Activity[], options: SummarizeActivitiesOptions = {}): ActivitySummary {
  const from = options.from === undefined ? ACTIVITY_PERIOD.from : toCivilDate(options.from);
  const to = options.to === undefined ? ACTIVITY_PERIOD.to : toCivilDate(options.to);
  const total = newTotals();
  const byKind = ACTIVITY_KINDS.map(() => newTotals());
  const byYear = new Map<number, Totals>();
  const bySubject = new Map<string, Totals>();
  if (from === undefined || to === undefined) {
    return {
      period: undefined,
      total: totalsOf(total),
      byKind: ACTIVITY_KINDS.map((kind, i) => ({ kind, ...totalsOf(byKind[i] as Totals) })),
      byYear: [],
      bySubject: [],
    };
  }
  // The plan's years inside the span have a row even when nothing was done in them.
  const first = Math.max(Number(from.slice(0, 4)), Number(ACTIVITY_PERIOD.from.slice(0, 4)));
  const last = Math.min(Number(to.slice(0, 4)), Number(ACTIVITY_PERIOD.to.slice(0, 4)));
  for (let year = first; year <= last && from <= to; year++) byYear.set(year, newTotals());
  const only =
    options.bySubject === undefined ? undefined : new Set(typeof options.bySubject === 'string' ? [options.bySubject] : options.bySubject);
  for (const activity of activities) {
    if (activity.on < from || activity.on > to) continue;
    const subjectId = activity.by.subjectId;
    if (only !== undefined && !only.has(subjectId)) continue;
    add(total, activity);
    add(byKind[ACTIVITY_KINDS.indexOf(activity.kind)] as Totals, activity);
    const year = Number(activity.on.slice(0, 4));
    let yearTotals = byYear.get(year);
    if (yearTotals === undefined) {
      yearTotals = newTotals();
      byYear.set(year, yearTotals);
    }
    add(yearTotals, activity);
    let subjectTotals = bySubject.get(subjectId);
    if (subjectTotals === undefined) {
      subjectTotals = newTotals();
      bySubject.set(subjectId, subjectTotals);
    }
    add(subjectTotals, activity);
  }
  return {
    period: { from, to },
    total: totalsOf(total),
    byKind: ACTIVITY_KINDS.map((kind, i) => ({ kind, ...totalsOf(byKind[i] as Totals) })),
    byYear: [...byYear.keys()].sort((a, b) => a - b).map((year) => ({ year, ...totalsOf(byYear.get(year) as Totals) })),
    // The default sort: UTF-16 code-unit order, not the locale's, the same on every machine.
    bySubject: [...bySubject.keys()].sort().map((subjectId) => ({ subjectId, ...totalsOf(bySubject.get(subjectId) as Totals) })),
  };
}
