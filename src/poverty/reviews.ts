/**
 * The household statuses of the plan (III.1.1) from two yearly poverty reviews (Quyết định
 * 24/2021/QĐ-TTg: the commune recognises hộ nghèo, hộ cận nghèo, hộ thoát nghèo each year).
 *
 * @module
 */
import { POVERTY_LABELS, POVERTY_TEXT } from '../text/poverty.js';
import type { Result, Text } from '../core/types.js';
import type { HouseholdClass, PovertyFinding } from './classify.js';

/**
 * The result of one yearly review for a household: its year and class.
 *
 * @example
 * ```ts
 * import type { PovertyReview } from 'thi-dua-vi-nguoi-ngheo/poverty';
 * const review: PovertyReview = { year: 2023, class: 'poor' };
 * ```
 */
export type PovertyReview = {
  /** The year of the yearly review (rà soát). */
  readonly year: number;
  /** The class the review found. */
  readonly class: HouseholdClass;
};

/**
 * The household categories of the plan (III.1.1).
 *
 * @example
 * ```ts
 * import type { HouseholdCategory } from 'thi-dua-vi-nguoi-ngheo/poverty';
 * const c: HouseholdCategory = 'escaped-poverty-household';
 * ```
 */
export type HouseholdCategory = 'poor-household' | 'near-poor-household' | 'escaped-poverty-household';

/**
 * Options of {@link householdStatusFromReviews}: how many years may separate the two reviews for
 * the household to count as "newly" escaped (default 1: consecutive yearly reviews). The law does
 * not define "hộ mới thoát nghèo" (docs/law.md): the window is the caller's choice.
 *
 * @example
 * ```ts
 * import type { ReviewOptions } from 'thi-dua-vi-nguoi-ngheo/poverty';
 * const options: ReviewOptions = { window: 2 };
 * ```
 */
export type ReviewOptions = {
  /** How many years may separate the two reviews for "newly" escaped (default 1; docs/interpretations.md reading 19). */
  readonly window?: number;
};

/**
 * The statuses a household holds by its two latest reviews, and why. A household may hold two: a
 * poor household that became near-poor has newly escaped poverty and is near-poor.
 *
 * @example
 * ```ts
 * import type { HouseholdStatus } from 'thi-dua-vi-nguoi-ngheo/poverty';
 * const s: HouseholdStatus = { categories: ['poor-household'], findings: [] };
 * ```
 */
export type HouseholdStatus = {
  /** The plan's categories the household holds (none, one, or two). */
  readonly categories: readonly HouseholdCategory[];
  /** Why, step by step. */
  readonly findings: readonly PovertyFinding[];
};

const RULE = 'Quyết định 24/2021/QĐ-TTg';

/**
 * The plan's household statuses from the previous and the current yearly review: `poor-household`
 * when the current review finds it poor; `near-poor-household` when near-poor; and
 * `escaped-poverty-household` when the previous review (at most `window` years before) found it
 * poor and the current one does not ("recognised as hộ thoát nghèo in the latest review", docs/law.md).
 * A household above the poverty line that was not poor holds none of the plan's statuses.
 *
 * @param previous - the earlier review, or `undefined` when there is none
 * @param current - the latest review
 * @param options - the window of "newly"
 * @returns the statuses with findings, or an error when the reviews are out of order
 * @example
 * ```ts
 * import { householdStatusFromReviews } from 'thi-dua-vi-nguoi-ngheo/poverty';
 * const r = householdStatusFromReviews({ year: 2023, class: 'poor' }, { year: 2024, class: 'near-poor' });
 * r.ok && r.value.categories; //=> ['near-poor-household', 'escaped-poverty-household']
 * ```
 */
export function householdStatusFromReviews(
  previous: PovertyReview | undefined,
  current: PovertyReview,
  options: ReviewOptions = {},
): Result<HouseholdStatus, { readonly code: 'REVIEWS_OUT_OF_ORDER'; readonly message: Text }> {
  if (previous !== undefined && previous.year >= current.year) {
    return { ok: false, error: { code: 'REVIEWS_OUT_OF_ORDER', message: POVERTY_TEXT.reviewsOutOfOrder() } };
  }
  const window = options.window ?? 1;
  const categories: HouseholdCategory[] = [];
  const findings: PovertyFinding[] = [];
  const label = POVERTY_LABELS[current.class];
  if (current.class === 'poor') categories.push('poor-household');
  else if (current.class === 'near-poor') categories.push('near-poor-household');
  findings.push({
    rule: RULE,
    message: categories.length > 0 ? POVERTY_TEXT.currentStatus(label, current.year) : POVERTY_TEXT.notACategory(label),
  });
  if (previous?.class === 'poor' && current.class !== 'poor') {
    if (current.year - previous.year <= window) {
      categories.push('escaped-poverty-household');
      findings.push({ rule: RULE, message: POVERTY_TEXT.escaped(previous.year, current.year) });
    } else {
      findings.push({ rule: RULE, message: POVERTY_TEXT.tooOld(previous.year, current.year, window) });
    }
  }
  return { ok: true, value: { categories, findings } };
}
