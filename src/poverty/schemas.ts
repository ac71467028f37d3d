/**
 * The zod schemas of the poverty module's inputs.
 *
 * @module
 */
import * as z from 'zod';
import { HOUSEHOLD_CLASSES } from './classify.js';
import { POVERTY_INDICATORS } from './standard.js';

/**
 * The schema of a `HouseholdInput`: strict; income a finite non-negative number of đồng; each
 * indicator one of the 12 codes; year a whole number.
 *
 * @example
 * ```ts
 * import { HouseholdInputSchema } from 'thi-dua-vi-nguoi-ngheo/poverty';
 * HouseholdInputSchema.safeParse({ area: 'rural', incomePerPersonPerMonth: -1, deprivedIndicators: [], year: 2024 }).success;
 * //=> false
 * ```
 */
export const HouseholdInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    area: z.enum(['rural', 'urban']),
    incomePerPersonPerMonth: z.number().min(0),
    deprivedIndicators: z.array(z.enum(POVERTY_INDICATORS)).max(POVERTY_INDICATORS.length * 4),
    year: z.int(),
  }))();

/**
 * The schema of a `PovertyReview`.
 *
 * @example
 * ```ts
 * import { PovertyReviewSchema } from 'thi-dua-vi-nguoi-ngheo/poverty';
 * PovertyReviewSchema.safeParse({ year: 2024, class: 'poor' }).success; //=> true
 * ```
 */
export const PovertyReviewSchema = /* @__PURE__ */ (() =>
  z.strictObject({ year: z.int(), class: z.enum(HOUSEHOLD_CLASSES) }))();
