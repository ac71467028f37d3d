/**
 * The zod schemas of the poverty module's inputs.
 *
 * @module
 */
import * as z from 'zod';
import { HOUSEHOLD_CLASSES } from '../core/codes.js';
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

/** The lines of one area, as `ClassifyOptions.lines` gives them. */
const AreaLinesSchema = /* @__PURE__ */ (() =>
  z.strictObject({ poverty: z.number().min(0), averageLivingStandard: z.number().min(0).exactOptional() }))();

/**
 * The schema of a `ClassifyOptions`: strict; lines finite non-negative numbers of đồng, for the
 * areas `rural` and `urban` only; the number of deprivations a whole number from 0 to 12.
 *
 * @example
 * ```ts
 * import { ClassifyOptionsSchema } from 'thi-dua-vi-nguoi-ngheo/poverty';
 * ClassifyOptionsSchema.safeParse({ lines: { rural: { poverty: 2_200_000 } } }).success; //=> true
 * ClassifyOptionsSchema.safeParse({ lines: { mountain: { poverty: 2_200_000 } } }).success; //=> false
 * ```
 */
export const ClassifyOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    lines: z.strictObject({ rural: AreaLinesSchema.exactOptional(), urban: AreaLinesSchema.exactOptional() }).exactOptional(),
    minDeprivationsForPoor: z.int().min(0).max(POVERTY_INDICATORS.length).exactOptional(),
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
export const PovertyReviewSchema = /* @__PURE__ */ (() => z.strictObject({ year: z.int(), class: z.enum(HOUSEHOLD_CLASSES) }))();
