/**
 * Classifies a household by the poverty standard in force in a year (docs/law.md "Households"). An aid
 * to the commune's official list, never a replacement for it (docs/interpretations.md reading 3).
 *
 * @module
 */
import { POVERTY_LABELS, POVERTY_TEXT } from '../text/poverty.js';
import type { Result, Text } from '../core/types.js';
import type { ValidationIssue } from '../core/issues.js';
import { parseWith } from '../validation/issues.js';
import { ClassifyOptionsSchema, HouseholdInputSchema } from './schemas.js';
import { type Area, type AreaLines, type Confidence, type PovertyIndicator, povertyStandardOf } from './standard.js';

export { HOUSEHOLD_CLASSES, type HouseholdClass } from '../core/codes.js';
import type { HouseholdClass } from '../core/codes.js';

/**
 * What the standard looks at: the area, the income per person per month in đồng, the indicators
 * the household is deprived in, and the year of the review.
 *
 * @example
 * ```ts
 * import type { HouseholdInput } from 'thi-dua-vi-nguoi-ngheo/poverty';
 * const input: HouseholdInput = { area: 'rural', incomePerPersonPerMonth: 1_400_000, deprivedIndicators: ['domestic-water'], year: 2024 };
 * ```
 */
export type HouseholdInput = {
  /** Where the household lives: the line of that area applies. */
  readonly area: Area;
  /** The household's income per person per month, in đồng. */
  readonly incomePerPersonPerMonth: number;
  /** The indicators of basic social services the household is deprived in (each counted once). */
  readonly deprivedIndicators: readonly PovertyIndicator[];
  /** The year of the review: the standard in force that year applies. */
  readonly year: number;
};

/**
 * Replaces the standard's data for a call: the lines of an area (secondary data, or a line the
 * library does not hold, such as the 2027–2030 average living standard), or a whole standard for
 * a year the library has none for.
 *
 * @example
 * ```ts
 * import type { ClassifyOptions } from 'thi-dua-vi-nguoi-ngheo/poverty';
 * const options: ClassifyOptions = { lines: { rural: { poverty: 2_200_000, averageLivingStandard: 3_000_000 } } };
 * ```
 */
export type ClassifyOptions = {
  /** Lines replacing the standard's, by area (an area left out keeps the standard's). */
  readonly lines?: {
    /** The lines of the countryside. */
    readonly rural?: AreaLines;
    /** The lines of towns. */
    readonly urban?: AreaLines;
  };
  /** How many deprivations make a household under the line poor (default: the standard's, 3). */
  readonly minDeprivationsForPoor?: number;
};

/**
 * One step of a classification: the source it rests on and what it saw.
 *
 * @example
 * ```ts
 * import type { PovertyFinding } from 'thi-dua-vi-nguoi-ngheo/poverty';
 * const f: PovertyFinding = { rule: 'Nghị định 07/2021/NĐ-CP', message: { vi: '…', en: '…' } };
 * ```
 */
export type PovertyFinding = {
  /** The text the step rests on, e.g. 'Nghị định 07/2021/NĐ-CP'. */
  readonly rule: string;
  /** What the step saw, in both languages. */
  readonly message: Text;
};

/**
 * A classification: the class, the standard it used (source and confidence), and the findings.
 *
 * @example
 * ```ts
 * import { classifyHousehold, type Classification } from 'thi-dua-vi-nguoi-ngheo/poverty';
 * const result = classifyHousehold({ area: 'urban', incomePerPersonPerMonth: 2_500_000, deprivedIndicators: [], year: 2023 });
 * const c: Classification | undefined = result.ok ? result.value : undefined;
 * c?.class; //=> 'average-living-standard'
 * ```
 */
export type Classification = {
  /** The household's class by the standard. An aid to the commune's list, never in place of it (docs/interpretations.md reading 3). */
  readonly class: HouseholdClass;
  /** The standard used: its decree, or the caller's lines. */
  readonly source: string;
  /** How sure the library is of the lines used; `caller` when `options.lines` gave them. */
  readonly confidence: Confidence | 'caller';
  /** How many distinct indicators the household is deprived in. */
  readonly deprivations: number;
  /** The steps of the classification, in order. */
  readonly findings: readonly PovertyFinding[];
};

/**
 * Why a household could not be classified: the input or the options are not what the standard
 * reads (`INVALID_INPUT`, with every issue and its path: a `NaN` or negative income, an area
 * other than `rural` and `urban`, an indicator that is not one of the 12, an unknown key; the
 * options' under `options`), no standard for the year (`NO_STANDARD`), or the
 * average-living-standard line is needed and not known (`NO_AVERAGE_LINE`).
 *
 * @example
 * ```ts
 * import type { ClassificationError } from 'thi-dua-vi-nguoi-ngheo/poverty';
 * const e: ClassificationError = { code: 'NO_STANDARD', message: { vi: '…', en: '…' } };
 * ```
 */
export type ClassificationError =
  | {
      /** `NO_STANDARD`: no standard for the year; `NO_AVERAGE_LINE`: the average-living-standard line is needed and not known. */
      readonly code: 'NO_STANDARD' | 'NO_AVERAGE_LINE';
      /** Why, in both languages. */
      readonly message: Text;
    }
  | {
      /** `INVALID_INPUT`: the household's data or the options are not valid. */
      readonly code: 'INVALID_INPUT';
      /** Every issue found, with its path. */
      readonly issues: readonly ValidationIssue[];
      /** Why, in both languages. */
      readonly message: Text;
    };

/**
 * Validates untrusted data as a {@link HouseholdInput} (`HouseholdInputSchema`): an area `rural`
 * or `urban`, a finite non-negative income in đồng, indicators among the 12, a whole year; no
 * other key. Never throws.
 *
 * @param input - untrusted data, e.g. a form's fields
 * @returns the input as given, or the issues with their paths
 * @example
 * ```ts
 * import { parseHouseholdInput } from 'thi-dua-vi-nguoi-ngheo/poverty';
 * parseHouseholdInput({ area: 'rural', incomePerPersonPerMonth: 1_400_000, deprivedIndicators: [], year: 2024 }).ok; //=> true
 * const bad = parseHouseholdInput({ area: 'mountain', incomePerPersonPerMonth: Number.NaN, deprivedIndicators: [], year: 2024 });
 * bad.ok || bad.error.map((i) => i.path.join('.')); //=> ['area', 'incomePerPersonPerMonth']
 * ```
 */
export function parseHouseholdInput(input: unknown): Result<HouseholdInput, ValidationIssue[]> {
  return parseWith(HouseholdInputSchema, input);
}

const CALLER = 'tùy chọn lines (do bên gọi cung cấp)';

/**
 * Classifies a household by the standard in force in `input.year`: under or at the poverty line
 * of its area with 3 or more of the 12 deprivations → `poor`, with fewer → `near-poor`; above the
 * poverty line and at or below the average-living-standard line → `average-living-standard`;
 * above it → `above-average`. Bounds are inclusive as docs/law.md gives them (rural 2022–2026:
 * 1,500,000 đ is under the standard, 1,500,001 đ is not). 2022–2025: Nghị định 07/2021/NĐ-CP;
 * 2026: the same lines, applied by Nghị định 351/2025/NĐ-CP (secondary); 2027–2030: Nghị định 351/2025/NĐ-CP (secondary; its average line is an input); other years: an
 * error unless `options.lines` supplies the lines. Deprived indicators are counted once each.
 * The input and the options are validated first ({@link parseHouseholdInput}): what is not a
 * household input is `INVALID_INPUT`, never a class. Never throws.
 *
 * @param input - the household's area, income, deprivations and year
 * @param options - lines replacing the standard's data
 * @returns the classification with its findings, or why there is none
 * @example
 * ```ts
 * import { classifyHousehold } from 'thi-dua-vi-nguoi-ngheo/poverty';
 * const r = classifyHousehold({
 *   area: 'rural',
 *   incomePerPersonPerMonth: 1_500_000,
 *   deprivedIndicators: ['domestic-water', 'sanitation', 'housing-quality'],
 *   year: 2024,
 * });
 * r.ok && r.value.class; //=> 'poor'
 * classifyHousehold({ area: 'rural', incomePerPersonPerMonth: 1_500_001, deprivedIndicators: [], year: 2024 }).ok;
 * //=> true (class 'average-living-standard')
 * classifyHousehold({ area: 'rural', incomePerPersonPerMonth: 900_000, deprivedIndicators: [], year: 2021 }).ok;
 * //=> false (NO_STANDARD)
 * ```
 */
export function classifyHousehold(input: HouseholdInput, options: ClassifyOptions = {}): Result<Classification, ClassificationError> {
  const parsedInput = parseHouseholdInput(input);
  const parsedOptions = parseWith(ClassifyOptionsSchema, options);
  if (!parsedInput.ok || !parsedOptions.ok) {
    const issues = [
      ...(parsedInput.ok ? [] : parsedInput.error),
      ...(parsedOptions.ok ? [] : parsedOptions.error.map((issue) => ({ ...issue, path: ['options', ...issue.path] }))),
    ];
    return {
      ok: false,
      error: { code: 'INVALID_INPUT', issues, message: POVERTY_TEXT.invalidInput(issues.map((issue) => issue.message)) },
    };
  }
  return classifyChecked(parsedInput.value, parsedOptions.value);
}

/** {@link classifyHousehold} once its input and options are checked. */
function classifyChecked(input: HouseholdInput, options: ClassifyOptions): Result<Classification, ClassificationError> {
  const { area, incomePerPersonPerMonth: income, year } = input;
  const standard = povertyStandardOf(year);
  const override = options.lines?.[area];
  const lines = override ?? standard?.lines[area];
  if (lines === undefined) return { ok: false, error: { code: 'NO_STANDARD', message: POVERTY_TEXT.noStandard(year) } };
  const fromCaller = override !== undefined || standard === undefined;
  const source = fromCaller ? CALLER : standard.source;
  const confidence: Confidence | 'caller' = fromCaller ? 'caller' : standard.confidence.poverty;
  const areaName = POVERTY_LABELS[area];
  const deprivations = new Set(input.deprivedIndicators).size;
  const minForPoor = options.minDeprivationsForPoor ?? standard?.minDeprivationsForPoor ?? 3;
  const findings: PovertyFinding[] = [];
  if (income <= lines.poverty) {
    findings.push({ rule: source, message: POVERTY_TEXT.incomeAtOrBelow(income, lines.poverty, areaName, source) });
    findings.push({ rule: source, message: POVERTY_TEXT.deprivations(deprivations, minForPoor, source) });
    const cls: HouseholdClass = deprivations >= minForPoor ? 'poor' : 'near-poor';
    return { ok: true, value: { class: cls, source, confidence, deprivations, findings } };
  }
  findings.push({ rule: source, message: POVERTY_TEXT.incomeAbove(income, lines.poverty, areaName, source) });
  const average = lines.averageLivingStandard;
  if (average === undefined) {
    return { ok: false, error: { code: 'NO_AVERAGE_LINE', message: POVERTY_TEXT.noAverageLine(year, areaName) } };
  }
  const averageConfidence: Confidence | 'caller' = fromCaller ? 'caller' : (standard.confidence.averageLivingStandard ?? 'secondary');
  const within = income <= average;
  findings.push({ rule: source, message: POVERTY_TEXT.averageLine(income, average, within, source, averageConfidence) });
  return {
    ok: true,
    value: {
      class: within ? 'average-living-standard' : 'above-average',
      source,
      // The weaker of the two lines' confidences.
      confidence: averageConfidence === 'secondary' ? 'secondary' : confidence,
      deprivations,
      findings,
    },
  };
}
