/**
 * The periods activities are counted in: the plan's whole period, and the period of each reward
 * occasion (docs/interpretations.md, readings 22 and 23).
 *
 * @module
 */
import type { Occasion } from '../core/inputs.js';
import { isPlanOccasion } from '../rules/rewards.js';
import type { CivilDate } from '../core/types.js';
import { PLAN_YEARS } from '../plan/schedule.js';

/**
 * A span of Vietnamese calendar days, both ends included.
 *
 * @example
 * ```ts
 * import type { Period } from 'thi-dua-vi-nguoi-ngheo/activities';
 * const year2024: Period = { from: '2024-01-01', to: '2024-12-31' };
 * ```
 */
export type Period = {
  /** The first day. */
  readonly from: CivilDate;
  /** The last day. */
  readonly to: CivilDate;
};

/**
 * The plan's period for activities: the whole of 2021–2025 (reading 22). The plan was issued in
 * October 2022 (III.5.1), but it carries out the province's movement for the period 2021–2025, and
 * the final review (III.5.3) reviews the whole period: what units did in 2021 and 2022 counts.
 * Activities dated outside it are refused by the parsers. Frozen.
 *
 * @example
 * ```ts
 * import { ACTIVITY_PERIOD } from 'thi-dua-vi-nguoi-ngheo/activities';
 * ACTIVITY_PERIOD; //=> { from: '2021-01-01', to: '2025-12-31' }
 * ```
 */
export const ACTIVITY_PERIOD: Period = /* @__PURE__ */ (() =>
  Object.freeze({ from: `${PLAN_YEARS.period.from}-01-01`, to: `${PLAN_YEARS.period.to}-12-31` }))();

/**
 * The period whose activities can support a nomination at an occasion (reading 23): for the annual
 * reward of a year, that calendar year; for the preliminary review (2023), the first half of the
 * movement, 2021-01-01..2023-12-31; for the final review (2025), the whole period,
 * 2021-01-01..2025-12-31. `undefined` for an occasion the plan does not have (reading 1).
 *
 * @param occasion - a reward occasion
 * @returns a new period, or `undefined`
 * @example
 * ```ts
 * import { occasionPeriodOf } from 'thi-dua-vi-nguoi-ngheo/activities';
 * occasionPeriodOf({ kind: 'annual', year: 2024 }); //=> { from: '2024-01-01', to: '2024-12-31' }
 * occasionPeriodOf({ kind: 'preliminary-review', year: 2023 }); //=> { from: '2021-01-01', to: '2023-12-31' }
 * occasionPeriodOf({ kind: 'annual', year: 2021 }); //=> undefined (reading 1)
 * ```
 */
export function occasionPeriodOf(occasion: Occasion): Period | undefined {
  if (!isPlanOccasion(occasion)) return undefined;
  const { kind, year } = occasion;
  switch (kind) {
    case 'annual':
      return { from: `${year}-01-01`, to: `${year}-12-31` };
    case 'preliminary-review':
    case 'final-review':
      return { from: ACTIVITY_PERIOD.from, to: `${year}-12-31` };
    /* v8 ignore next 2 -- @preserve: unreachable, the switch is exhaustive */
    default:
      return kind satisfies never;
  }
}
