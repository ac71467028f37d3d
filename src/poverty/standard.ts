/**
 * The multidimensional poverty standard (chuẩn nghèo đa chiều) by year, as docs/law.md holds it:
 * income lines per person per month and the 12 indicators of deprivation. Confirmed facts are
 * rules; secondary ones are data a caller can replace (`lines` option of `classifyHousehold`).
 *
 * @module
 */
import { deepFreeze } from '../core/freeze.js';
import type { LegalConfidence } from '../core/citation.js';

/**
 * The 12 indicators of deprivation in basic social services (Nghị định 07/2021/NĐ-CP, confirmed),
 * in the decree's order.
 *
 * @example
 * ```ts
 * import { POVERTY_INDICATORS } from 'thi-dua-vi-nguoi-ngheo/poverty';
 * POVERTY_INDICATORS.length; //=> 12
 * ```
 */
export const POVERTY_INDICATORS = /* @__PURE__ */ Object.freeze([
  'employment',
  'dependants',
  'nutrition',
  'health-insurance',
  'adult-education',
  'school-attendance',
  'housing-quality',
  'housing-area',
  'domestic-water',
  'sanitation',
  'telecommunication',
  'information-access',
] as const);

/**
 * One of the 12 indicators of deprivation.
 *
 * @example
 * ```ts
 * import type { PovertyIndicator } from 'thi-dua-vi-nguoi-ngheo/poverty';
 * const indicator: PovertyIndicator = 'domestic-water';
 * ```
 */
export type PovertyIndicator = (typeof POVERTY_INDICATORS)[number];

/**
 * Where a household lives: in the countryside (nông thôn) or a town (thành thị / đô thị).
 *
 * @example
 * ```ts
 * import type { Area } from 'thi-dua-vi-nguoi-ngheo/poverty';
 * const area: Area = 'rural';
 * ```
 */
export type Area = 'rural' | 'urban';

/**
 * How sure the library is of a fact of the poverty standard: the two sure levels of the one
 * confidence scale, `LegalConfidence` — `confirmed` (read in the legal text or an official
 * transcription) and `secondary` (read in a reputable legal Q&A or press paraphrase); a line the
 * library holds is never `not-verified`.
 *
 * @example
 * ```ts
 * import type { Confidence } from 'thi-dua-vi-nguoi-ngheo/poverty';
 * const confidence: Confidence = 'secondary';
 * ```
 */
export type Confidence = Exclude<LegalConfidence, 'not-verified'>;

/**
 * The lines of one area, in đồng per person per month: the poverty line (inclusive: an income
 * equal to it is under the standard) and, where known, the upper line of the average living
 * standard (inclusive).
 *
 * @example
 * ```ts
 * import type { AreaLines } from 'thi-dua-vi-nguoi-ngheo/poverty';
 * const rural: AreaLines = { poverty: 1_500_000, averageLivingStandard: 2_250_000 };
 * ```
 */
export type AreaLines = {
  /** The poverty line (chuẩn nghèo): an income at or below it is under the standard. */
  readonly poverty: number;
  /** The upper line of the average living standard (mức sống trung bình), included; absent where not known. */
  readonly averageLivingStandard?: number;
};

/**
 * A poverty standard: the years it applies to, its lines, how many deprivations make a household
 * poor, and its source with confidence.
 *
 * @example
 * ```ts
 * import { POVERTY_STANDARDS } from 'thi-dua-vi-nguoi-ngheo/poverty';
 * POVERTY_STANDARDS[0]?.source; //=> 'Nghị định 07/2021/NĐ-CP'
 * ```
 */
export type PovertyStandard = {
  /** The first year of reviews it applies to. */
  readonly from: number;
  /** The last year of reviews it applies to (included). */
  readonly to: number;
  /** The decree that sets it, e.g. 'Nghị định 07/2021/NĐ-CP'. */
  readonly source: string;
  /** Its lines by area. */
  readonly lines: {
    /** The lines of the countryside (nông thôn). */
    readonly rural: AreaLines;
    /** The lines of towns (thành thị). */
    readonly urban: AreaLines;
  };
  /** A household under the line with at least this many deprivations is poor; with fewer, near-poor. */
  readonly minDeprivationsForPoor: number;
  /** How sure the library is of each line (docs/law.md "Households"). */
  readonly confidence: {
    /** Of the poverty lines. */
    readonly poverty: Confidence;
    /** Of the average-living-standard lines, where they are held. */
    readonly averageLivingStandard?: Confidence;
  };
};

/** The lines of Nghị định 07/2021/NĐ-CP (2022–2025), kept for 2026. */
const ND07_LINES: PovertyStandard['lines'] = {
  rural: { poverty: 1_500_000, averageLivingStandard: 2_250_000 },
  urban: { poverty: 2_000_000, averageLivingStandard: 3_000_000 },
};

/**
 * The standards the library holds (docs/law.md "Households"): Nghị định 07/2021/NĐ-CP for 2022–2025
 * (confirmed), its average-living-standard lines secondary; for 2026 the same lines, applied by
 * Nghị định 351/2025/NĐ-CP (secondary: ND 07/2021's own period ends in 2025, so a 2026
 * classification cites ND 351/2025); Nghị định 351/2025/NĐ-CP for 2027–2030
 * (secondary; its average-living-standard lines are not known, so they are an input). 2021 kept the
 * 2016–2020 standard, whose figures the library does not hold.
 *
 * @example
 * ```ts
 * import { POVERTY_STANDARDS } from 'thi-dua-vi-nguoi-ngheo/poverty';
 * POVERTY_STANDARDS.map((s) => `${s.from}–${s.to} ${s.lines.rural.poverty}`);
 * //=> ['2022–2025 1500000', '2026–2026 1500000', '2027–2030 2200000']
 * ```
 */
export const POVERTY_STANDARDS: readonly PovertyStandard[] = /* @__PURE__ */ (() =>
  deepFreeze([
    {
      from: 2022,
      to: 2025,
      source: 'Nghị định 07/2021/NĐ-CP',
      lines: ND07_LINES,
      minDeprivationsForPoor: 3,
      confidence: { poverty: 'confirmed', averageLivingStandard: 'secondary' },
    },
    {
      // ND 07/2021's period ends in 2025: a 2026 classification rests on ND 351/2025 applying its lines.
      from: 2026,
      to: 2026,
      source: 'Nghị định 351/2025/NĐ-CP (áp dụng chuẩn nghèo của Nghị định 07/2021/NĐ-CP)',
      lines: ND07_LINES,
      minDeprivationsForPoor: 3,
      confidence: { poverty: 'secondary', averageLivingStandard: 'secondary' },
    },
    {
      from: 2027,
      to: 2030,
      source: 'Nghị định 351/2025/NĐ-CP',
      lines: { rural: { poverty: 2_200_000 }, urban: { poverty: 2_800_000 } },
      minDeprivationsForPoor: 3,
      confidence: { poverty: 'secondary' },
    },
  ]))();

/**
 * The standard in force in a year, or `undefined` for a year the library holds no standard for.
 *
 * @param year - a calendar year
 * @returns the standard
 * @example
 * ```ts
 * import { povertyStandardOf } from 'thi-dua-vi-nguoi-ngheo/poverty';
 * povertyStandardOf(2025)?.source; //=> 'Nghị định 07/2021/NĐ-CP'
 * povertyStandardOf(2026)?.source; //=> 'Nghị định 351/2025/NĐ-CP (áp dụng chuẩn nghèo của Nghị định 07/2021/NĐ-CP)'
 * povertyStandardOf(2027)?.source; //=> 'Nghị định 351/2025/NĐ-CP'
 * povertyStandardOf(2021); //=> undefined
 * ```
 */
export function povertyStandardOf(year: number): PovertyStandard | undefined {
  return POVERTY_STANDARDS.find((s) => s.from <= year && year <= s.to);
}
