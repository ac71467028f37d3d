/**
 * III.3 — the reward forms and the occasions at which each is given (Hình thức khen thưởng),
 * with docs/interpretations.md reading 1 for the occasions and docs/law.md for who decides.
 *
 * @module
 */
import type { Occasion } from '../core/inputs.js';
import { OCCASION_KINDS, REWARD_FORMS, type RewardForm } from '../core/codes.js';
import { PLAN_YEARS } from '../plan/schedule.js';
import { timingText } from '../text/findings.js';
import type { Finding } from './evaluation.js';

/**
 * Whether the plan has this occasion (docs/interpretations.md, reading 1): an annual occasion each
 * year 2022–2025, the preliminary review in 2023 (III.5.2), the final review in 2025 (III.5.3) —
 * the occasions of `PLAN_SCHEDULE`.
 *
 * @param occasion - an occasion
 * @returns true when the plan has it
 * @example
 * ```ts
 * import { isPlanOccasion } from 'thi-dua-vi-nguoi-ngheo';
 * isPlanOccasion({ kind: 'preliminary-review', year: 2023 }); //=> true
 * isPlanOccasion({ kind: 'preliminary-review', year: 2024 }); //=> false
 * isPlanOccasion({ kind: 'annual', year: 2021 }); //=> false (the plan was issued in 2022)
 * ```
 */
export function isPlanOccasion(occasion: Occasion): boolean {
  const { kind, year } = occasion;
  switch (kind) {
    case 'annual':
      return PLAN_YEARS.annualYears.includes(year);
    case 'preliminary-review':
      return year === PLAN_YEARS.preliminaryReviewYear;
    case 'final-review':
      return year === PLAN_YEARS.finalReviewYear;
    /* v8 ignore next 2 -- @preserve: unreachable, the switch is exhaustive */
    default:
      return kind satisfies never;
  }
}

/**
 * The occasions of a year, annual first (docs/interpretations.md reading 1): 2022 and 2024 annual; 2023 annual
 * and the preliminary review; 2025 annual and the final review; any other year none.
 *
 * @param year - a calendar year
 * @returns a new array of the year's occasions
 * @example
 * ```ts
 * import { occasionsIn } from 'thi-dua-vi-nguoi-ngheo';
 * occasionsIn(2023); //=> [{ kind: 'annual', year: 2023 }, { kind: 'preliminary-review', year: 2023 }]
 * occasionsIn(2026); //=> []
 * ```
 */
export function occasionsIn(year: number): Occasion[] {
  return OCCASION_KINDS.map((kind) => ({ kind, year })).filter(isPlanOccasion);
}

/**
 * The clause of III.3 that governs a form: III.3.a (Huân chương Lao động and Bằng khen of the
 * Prime Minister), III.3.b (Bằng khen of the provincial chairman), III.3.c (Giấy khen of the
 * Director).
 *
 * @param form - a reward form
 * @returns its III.3 clause id
 * @example
 * ```ts
 * import { rewardClauseOf } from 'thi-dua-vi-nguoi-ngheo';
 * rewardClauseOf('pm-certificate'); //=> 'III.3.a'
 * ```
 */
export function rewardClauseOf(form: RewardForm): 'III.3.a' | 'III.3.b' | 'III.3.c' {
  switch (form) {
    case 'labor-order':
    case 'pm-certificate':
      return 'III.3.a';
    case 'provincial-certificate':
      return 'III.3.b';
    case 'director-certificate':
      return 'III.3.c';
    /* v8 ignore next 2 -- @preserve: unreachable, the switch is exhaustive */
    default:
      return form satisfies never;
  }
}

/**
 * Whether III.3 gives a form at an occasion: every form at the preliminary and final reviews;
 * only the provincial chairman's Bằng khen and the Director's Giấy khen at the annual occasions;
 * nothing at an occasion the plan does not have.
 *
 * @param form - a reward form
 * @param occasion - an occasion
 * @returns true when the form is given then
 * @example
 * ```ts
 * import { isFormGivenAt } from 'thi-dua-vi-nguoi-ngheo';
 * isFormGivenAt('labor-order', { kind: 'annual', year: 2024 }); //=> false
 * isFormGivenAt('labor-order', { kind: 'final-review', year: 2025 }); //=> true
 * ```
 */
export function isFormGivenAt(form: RewardForm, occasion: Occasion): boolean {
  if (!isPlanOccasion(occasion)) return false;
  if (occasion.kind !== 'annual') return true;
  return rewardClauseOf(form) !== 'III.3.a';
}

/**
 * The forms given at an occasion (III.3), in `REWARD_FORMS` order; `[]` for an occasion the plan
 * does not have.
 *
 * @param occasion - an occasion
 * @returns a new array of forms
 * @example
 * ```ts
 * import { rewardFormsFor } from 'thi-dua-vi-nguoi-ngheo';
 * rewardFormsFor({ kind: 'annual', year: 2024 }); //=> ['provincial-certificate', 'director-certificate']
 * rewardFormsFor({ kind: 'final-review', year: 2025 }).length; //=> 4
 * ```
 */
export function rewardFormsFor(occasion: Occasion): RewardForm[] {
  return REWARD_FORMS.filter((form) => isFormGivenAt(form, occasion));
}

// Timing findings are few (4 forms × 3 kinds × the years around the plan); each is built the first
// time it is asked for and shared after that. The cache is a flat array indexed by small integers,
// so a lookup allocates nothing (no string key). Years far from the plan are worded on demand
// instead of being cached without bound.
const FIRST_CACHED_YEAR = 2020;
const CACHED_YEAR_COUNT = 11; // 2020–2030
const timingCache: (Finding | undefined)[] = /* @__PURE__ */ new Array<Finding | undefined>(
  REWARD_FORMS.length * OCCASION_KINDS.length * CACHED_YEAR_COUNT,
).fill(undefined);

function makeTimingFinding(form: RewardForm, occasion: Occasion): Finding {
  const rule = rewardClauseOf(form);
  const given = isFormGivenAt(form, occasion);
  return Object.freeze({
    rule,
    outcome: given ? ('met' as const) : ('not-met' as const),
    message: Object.freeze(timingText(rule, form, occasion.kind, occasion.year, isPlanOccasion(occasion))),
  });
}

/**
 * The III.3 finding for a form at an occasion: `met` when the form is given then, else `not-met`
 * with the III.3 clause of that form. Internal: `evaluateNomination` gives it as its last plan
 * finding (for `labor-order` at the annual occasion of 2024: "III.3.a: Huân chương Lao động chỉ
 * xét vào dịp sơ kết, tổng kết; dịp này là khen thưởng hằng năm 2024."); no entry point exports it.
 *
 * @param form - a reward form
 * @param occasion - an occasion
 * @returns a frozen finding
 * @internal
 */
export function timingFindingOf(form: RewardForm, occasion: Occasion): Finding {
  const f = REWARD_FORMS.indexOf(form);
  const k = OCCASION_KINDS.indexOf(occasion.kind);
  const offset = occasion.year - FIRST_CACHED_YEAR;
  // Cached: a kind of the plan and a whole year 2020–2030. A kind of the wrong type is worded on
  // demand (it must not land in another kind's slot); a form of the wrong type has no name to be
  // worded with and throws, as before the cache.
  if (k < 0 || !Number.isInteger(offset) || offset < 0 || offset >= CACHED_YEAR_COUNT) {
    return makeTimingFinding(form, occasion);
  }
  const index = (f * OCCASION_KINDS.length + k) * CACHED_YEAR_COUNT + offset;
  let finding = timingCache[index];
  if (finding === undefined) {
    finding = makeTimingFinding(form, occasion);
    timingCache[index] = finding;
  }
  return finding;
}
