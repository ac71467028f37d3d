/**
 * `thi-dua-vi-nguoi-ngheo/poverty` — households and the multidimensional poverty standard
 * (docs/law.md "Households"): classify a household by the standard of a year, and derive the plan's
 * household statuses (III.1.1) from two yearly reviews. An aid: the official status is the
 * commune's list (docs/interpretations.md reading 3).
 *
 * @packageDocumentation
 */
export {
  type Area,
  type AreaLines,
  type Confidence,
  POVERTY_INDICATORS,
  POVERTY_STANDARDS,
  type PovertyIndicator,
  type PovertyStandard,
  povertyStandardOf,
} from './standard.js';
export {
  type Classification,
  type ClassificationError,
  type ClassifyOptions,
  classifyHousehold,
  HOUSEHOLD_CLASSES,
  type HouseholdClass,
  type HouseholdInput,
  parseHouseholdInput,
  type PovertyFinding,
} from './classify.js';
export {
  type HouseholdCategory,
  type HouseholdStatus,
  householdStatusFromReviews,
  type PovertyReview,
  type ReviewOptions,
} from './reviews.js';
export { ClassifyOptionsSchema, HouseholdInputSchema, PovertyReviewSchema } from './schemas.js';
export { POVERTY_LABELS } from '../text/poverty.js';
