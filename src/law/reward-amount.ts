/**
 * Reward money (tiền thưởng): the coefficient of each form and recipient by decree, the base
 * salary (lương cơ sở) by date, the rounding rule — dated, replaceable data with its citations
 * (docs/law.md "Reward money") — and `rewardAmountOf`, which multiplies them for a decision's day.
 * Where the library's sources found no value, the answer is `AMOUNT_NOT_KNOWN`, never a number
 * taken from another decree.
 *
 * @module
 */
import * as z from 'zod';
import { type LaborOrderClass, LABOR_ORDER_CLASSES, REWARD_FORMS, type RewardForm, type SubjectCategory } from '../core/codes.js';
import { type Citation, LEGAL_CONFIDENCES, type LegalConfidence, weakestConfidence } from '../core/citation.js';
import { toCivilDate } from '../core/dates.js';
import { deepFreeze } from '../core/freeze.js';
import type { Subject } from '../core/inputs.js';
import type { ValidationIssue } from '../core/issues.js';
import type { CivilDate, DateInput, Result, Text } from '../core/types.js';
import { AMOUNT_TEXT } from '../text/law.js';
import { CivilDateSchema, NonBlankStringSchema } from '../validation/inputs.js';
import { parseWith } from '../validation/issues.js';
import { LEGAL_REGIME_IDS, type LegalRegimeId } from './regime.js';

export type { LaborOrderClass } from '../core/codes.js';

/**
 * Who receives the money: an individual (cá nhân), a collective (tập thể: a unit) or a household
 * (hộ gia đình).
 *
 * @example
 * ```ts
 * import { RECIPIENT_KINDS } from 'thi-dua-vi-nguoi-ngheo';
 * RECIPIENT_KINDS; //=> ['individual', 'collective', 'household']
 * ```
 */
export const RECIPIENT_KINDS = /* @__PURE__ */ Object.freeze(['individual', 'collective', 'household'] as const);

/**
 * A kind of recipient of reward money.
 *
 * @example
 * ```ts
 * import type { RecipientKind } from 'thi-dua-vi-nguoi-ngheo';
 * const kind: RecipientKind = 'household';
 * ```
 */
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

/**
 * A base salary (lương cơ sở) and the day it applies from, in đồng per month.
 *
 * @example
 * ```ts
 * import type { BaseSalary } from 'thi-dua-vi-nguoi-ngheo';
 * const s: BaseSalary = { from: '2024-07-01', amount: 2_340_000, act: 'Nghị định 73/2024/NĐ-CP', confidence: 'secondary' };
 * ```
 */
export interface BaseSalary {
  /** The first day it applies (a Vietnamese civil day). */
  readonly from: CivilDate;
  /** đồng per month, a positive whole number. */
  readonly amount: number;
  /** The act that sets it. */
  readonly act: string;
  /** How sure the library is of it. */
  readonly confidence: LegalConfidence;
}

/**
 * The base salaries the library holds, in time order; each applies from its day until the next.
 * Deeply frozen. A caller may pass its own table (`options.baseSalaries`).
 *
 * | from | đồng | act | confidence |
 * |---|---|---|---|
 * | 2019-07-01 | 1,490,000 | Nghị định 38/2019/NĐ-CP | secondary |
 * | 2023-07-01 | 1,800,000 | Nghị định 24/2023/NĐ-CP | confirmed |
 * | 2024-07-01 | 2,340,000 | Nghị định 73/2024/NĐ-CP | secondary |
 * | 2026-07-01 | 2,530,000 | Nghị định 161/2026/NĐ-CP | secondary |
 *
 * @example
 * ```ts
 * import { BASE_SALARIES } from 'thi-dua-vi-nguoi-ngheo';
 * BASE_SALARIES.map((s) => s.amount); //=> [1490000, 1800000, 2340000, 2530000]
 * ```
 */
export const BASE_SALARIES: readonly BaseSalary[] = /* @__PURE__ */ (() =>
  deepFreeze([
    // The 1,600,000 đồng planned for 2020 was never applied.
    { from: '2019-07-01', amount: 1_490_000, act: 'Nghị định 38/2019/NĐ-CP', confidence: 'secondary' },
    { from: '2023-07-01', amount: 1_800_000, act: 'Nghị định 24/2023/NĐ-CP', confidence: 'confirmed' },
    { from: '2024-07-01', amount: 2_340_000, act: 'Nghị định 73/2024/NĐ-CP', confidence: 'secondary' },
    { from: '2026-07-01', amount: 2_530_000, act: 'Nghị định 161/2026/NĐ-CP', confidence: 'secondary' },
  ] satisfies BaseSalary[]))();

/**
 * One value of the reward tables with its source, or `'not-found'`: the library's sources hold no
 * value (the caller supplies it: `options.coefficient`).
 *
 * @example
 * ```ts
 * import type { RewardCell } from 'thi-dua-vi-nguoi-ngheo';
 * const cell: RewardCell = { value: 0.3, citation: { ref: 'Nghị định 152/2025/NĐ-CP, Điều 54 khoản 1 điểm e', confidence: 'secondary' } };
 * const unknown: RewardCell = 'not-found';
 * ```
 */
export type RewardCell =
  | {
      /** The coefficient (× lương cơ sở) or the multiplier. */
      readonly value: number;
      /** The article that gives it, with its confidence. */
      readonly citation: Citation;
    }
  | 'not-found';

/**
 * The reward money of one decree: the days it governs (inclusive; an open end absent), the
 * coefficients for an individual (× lương cơ sở; the Labour Order's by class), the multipliers of
 * a collective's and a household's amount over an individual's, the rounding rule, and the
 * article that says the amount is coefficient × the base salary in force on the day of the
 * decision, when the library holds one for this decree.
 *
 * @example
 * ```ts
 * import { REWARD_SCHEDULES } from 'thi-dua-vi-nguoi-ngheo';
 * const nd152 = REWARD_SCHEDULES[2]!;
 * nd152.decree; //=> 'Nghị định 152/2025/NĐ-CP'
 * nd152.individual['director-certificate']; //=> { value: 0.3, citation: { ref: 'Nghị định 152/2025/NĐ-CP, Điều 54 khoản 1 điểm e', confidence: 'secondary' } }
 * ```
 */
export interface RewardSchedule {
  /** The legal regime whose decree this is. */
  readonly regime: LegalRegimeId;
  /** The decree. */
  readonly decree: string;
  /** The first day of decisions it governs; absent: no start. */
  readonly from?: CivilDate;
  /** The last day; absent: no end. */
  readonly to?: CivilDate;
  /** Coefficients for an individual, the Labour Order's by class. */
  readonly individual: {
    /** Huân chương Lao động, by class (first, second, third). */
    readonly 'labor-order': Readonly<Record<LaborOrderClass, RewardCell>>;
    /** Bằng khen of the Prime Minister. */
    readonly 'pm-certificate': RewardCell;
    /** Bằng khen of the Chairman of the provincial People's Committee. */
    readonly 'provincial-certificate': RewardCell;
    /** Giấy khen of the Director of the Sở. */
    readonly 'director-certificate': RewardCell;
  };
  /** A collective's amount as a multiple of an individual's, by form. */
  readonly collective: Readonly<Record<RewardForm, RewardCell>>;
  /** A household's amount as a multiple of an individual's, by form. */
  readonly household: Readonly<Record<RewardForm, RewardCell>>;
  /** Rounding up to the next 10,000 đồng, with its article; `'not-found'` when no rule is known. */
  readonly rounding:
    | {
        /** The rule: round the amount up to the next multiple of 10,000 đồng. */
        readonly rule: 'up-to-10000';
        /** The article that says so. */
        readonly citation: Citation;
      }
    | 'not-found';
  /** The article: amount = coefficient × the base salary in force on the day of the decision. */
  readonly basis?: Citation;
}

const ND91 = 'Nghị định 91/2017/NĐ-CP';
const ND98 = 'Nghị định 98/2023/NĐ-CP';
const ND152 = 'Nghị định 152/2025/NĐ-CP';

/** A value with a secondary citation. */
function cell(value: number, ref: string, note?: string): RewardCell {
  return { value, citation: { ref, confidence: 'secondary', ...(note === undefined ? {} : { note }) } };
}

/** The same cell for every form. */
function everyForm(value: RewardCell): { readonly [F in RewardForm]: RewardCell } {
  return { 'labor-order': value, 'pm-certificate': value, 'provincial-certificate': value, 'director-certificate': value };
}

/**
 * The reward money of the three decrees (docs/law.md "Reward money"), in time order; every value
 * secondary. Deeply frozen. `'not-found'` cells are those the library's sources do not hold:
 * ND 91/2017 — the Labour Order and the Giấy khen (its row was truncated in the source), and a
 * household's multiplier; ND 98/2023 — both Bằng khen, the Giấy khen for an individual, the
 * Bằng khen for a collective, and a household's multiplier; ND 152/2025 — a collective's Bằng khen
 * and Giấy khen, and the rounding rule. ND 91/2017 governs from its entry into force (2017-10-01).
 *
 * @example
 * ```ts
 * import { REWARD_SCHEDULES } from 'thi-dua-vi-nguoi-ngheo';
 * REWARD_SCHEDULES.map((s) => `${s.from ?? '…'} ${s.to ?? '…'}`);
 * //=> ['2017-10-01 2023-12-31', '2024-01-01 2025-06-30', '2025-07-01 …']
 * ```
 */
export const REWARD_SCHEDULES: readonly RewardSchedule[] = /* @__PURE__ */ (() =>
  deepFreeze([
    {
      regime: 'law-2003',
      decree: ND91,
      from: '2017-10-01',
      to: '2023-12-31',
      individual: {
        'labor-order': { first: 'not-found', second: 'not-found', third: 'not-found' },
        'pm-certificate': cell(3.5, `${ND91}, Điều 73`),
        'provincial-certificate': cell(1, `${ND91}, Điều 73`),
        'director-certificate': 'not-found',
      },
      collective: everyForm(cell(2, ND91, 'general rule: a collective receives twice the individual amount; the article was not given')),
      household: everyForm('not-found'),
      rounding: { rule: 'up-to-10000', citation: { ref: `${ND91}, Điều 68 khoản 2`, confidence: 'secondary' } },
    },
    {
      regime: 'law-2022-decree-98',
      decree: ND98,
      from: '2024-01-01',
      to: '2025-06-30',
      individual: {
        'labor-order': {
          first: cell(9, `${ND98}, Điều 55 khoản 1 điểm e`),
          second: cell(7.5, `${ND98}, Điều 55 khoản 1 điểm g`),
          third: cell(4.5, `${ND98}, Điều 55 khoản 1 điểm h`),
        },
        'pm-certificate': 'not-found',
        'provincial-certificate': 'not-found',
        'director-certificate': 'not-found',
      },
      collective: {
        'labor-order': cell(2, `${ND98}, Điều 55 khoản 2`),
        'pm-certificate': 'not-found',
        'provincial-certificate': 'not-found',
        'director-certificate': cell(2, `${ND98}, Điều 58 khoản 2 điểm c`),
      },
      household: everyForm('not-found'),
      rounding: { rule: 'up-to-10000', citation: { ref: `${ND98}, Điều 53 khoản 2`, confidence: 'secondary' } },
      basis: { ref: `${ND98}, Điều 53 khoản 1`, confidence: 'secondary' },
    },
    {
      regime: 'law-2022-decree-152',
      decree: ND152,
      from: '2025-07-01',
      individual: {
        'labor-order': {
          first: cell(9, `${ND152}, Điều 51 khoản 1`),
          second: cell(7.5, `${ND152}, Điều 51 khoản 1`),
          third: cell(4.5, `${ND152}, Điều 51 khoản 1`),
        },
        'pm-certificate': cell(3.5, `${ND152}, Điều 54 khoản 1 điểm a`),
        'provincial-certificate': cell(1.5, `${ND152}, Điều 54 khoản 1 điểm b`),
        'director-certificate': cell(0.3, `${ND152}, Điều 54 khoản 1 điểm e`),
      },
      collective: {
        'labor-order': cell(2, `${ND152}, Điều 51 khoản 2`),
        'pm-certificate': 'not-found',
        'provincial-certificate': 'not-found',
        'director-certificate': 'not-found',
      },
      household: everyForm(
        cell(1.5, ND152, 'a household receives 1.5 times the individual amount of the same form; the article was not given'),
      ),
      rounding: 'not-found',
    },
  ] satisfies RewardSchedule[]))();

/**
 * A reward's money for one decision.
 *
 * @example
 * ```ts
 * import { rewardAmountOf } from 'thi-dua-vi-nguoi-ngheo';
 * const r = rewardAmountOf({ form: 'director-certificate', recipient: 'individual', decidedOn: '2025-12-15' });
 * if (r.ok) r.value; //=> { amount: 702000, coefficient: 0.3, baseSalary: 2340000, rounding: 'not-known', … }
 * ```
 */
export interface RewardAmount {
  /** đồng. */
  readonly amount: number;
  /** × lương cơ sở, for this form and recipient (a collective's or household's multiplier included). */
  readonly coefficient: number;
  /** The base salary in force on the decision's day (or the caller's). */
  readonly baseSalary: number;
  /**
   * `up-to-10000`: rounded up to the next 10,000 đồng; `none`: the caller asked for the exact
   * product; `not-known`: no rounding rule is known for this decree, the exact product is given.
   * An exact product that is not a whole number of đồng is rounded up to the đồng.
   */
  readonly rounding: 'up-to-10000' | 'none' | 'not-known';
  /** The texts the amount rests on: the coefficient's article, the multiplier's, the rounding's, the base salary's act. */
  readonly citations: readonly Citation[];
  /** The weakest confidence of `citations`. */
  readonly confidence: LegalConfidence;
  /** The decision's day (Vietnamese civil day). */
  readonly decidedOn: CivilDate;
  /** The decree whose table applied, when one did. */
  readonly decree?: string;
  /** What the caller supplied instead of the tables (those values have no citation). */
  readonly supplied?: readonly ('coefficient' | 'base-salary' | 'rounding')[];
}

/**
 * Why no amount: `AMOUNT_NOT_KNOWN` (the tables hold no value for something: `missing` says what,
 * to be supplied through the options) or `INVALID_INPUT` (`issues` say what is wrong).
 *
 * @example
 * ```ts
 * import { rewardAmountOf } from 'thi-dua-vi-nguoi-ngheo';
 * const r = rewardAmountOf({ form: 'labor-order', recipient: 'individual', decidedOn: '2025-12-15' });
 * if (!r.ok) r.error.missing; //=> ['labor-order-class']
 * ```
 */
export interface RewardAmountError {
  /** The kind of failure. */
  readonly code: 'AMOUNT_NOT_KNOWN' | 'INVALID_INPUT';
  /** AMOUNT_NOT_KNOWN: what is missing. */
  readonly missing?: readonly ('coefficient' | 'labor-order-class' | 'base-salary')[];
  /** INVALID_INPUT: the issues of the input or the options. */
  readonly issues?: readonly ValidationIssue[];
  /** What went wrong, in both languages. */
  readonly message: Text;
}

/**
 * What `rewardAmountOf` is asked.
 *
 * @example
 * ```ts
 * import type { RewardAmountInput } from 'thi-dua-vi-nguoi-ngheo';
 * const input: RewardAmountInput = { form: 'labor-order', recipient: 'individual', decidedOn: '2025-12-15', laborOrderClass: 'third' };
 * ```
 */
export interface RewardAmountInput {
  /** The reward form. */
  readonly form: RewardForm;
  /** Who receives it (`recipientKindOf(subject)`). */
  readonly recipient: RecipientKind;
  /** The day of the award decision: its decree and base salary apply. A `Date` is read in Vietnam. */
  readonly decidedOn: DateInput;
  /** The Labour Order's class: required for `labor-order` unless `options.coefficient` is given. */
  readonly laborOrderClass?: LaborOrderClass | undefined;
}

/**
 * What the caller may supply or replace.
 *
 * @example
 * ```ts
 * import type { RewardAmountOptions } from 'thi-dua-vi-nguoi-ngheo';
 * const options: RewardAmountOptions = { coefficient: 0.15, rounding: 'up-to-10000' };
 * ```
 */
export interface RewardAmountOptions {
  /**
   * The coefficient for this form AND recipient (a collective's or household's multiplier
   * included), replacing the tables': a positive number of at most 6 decimals, at most 1000.
   */
  readonly coefficient?: number | undefined;
  /** The base salary in đồng, replacing the one in force on the day: a positive whole number. */
  readonly baseSalary?: number | undefined;
  /** The rounding, replacing the decree's rule (or its absence). */
  readonly rounding?: 'up-to-10000' | 'none' | undefined;
  /** A base-salary table replacing `BASE_SALARIES` (a later change, a correction). */
  readonly baseSalaries?: readonly BaseSalary[] | undefined;
  /** Reward tables replacing `REWARD_SCHEDULES`. */
  readonly schedules?: readonly RewardSchedule[] | undefined;
}

const MICRO = 1_000_000;

const CitationSchema = /* @__PURE__ */ (() =>
  z.strictObject({ ref: NonBlankStringSchema, confidence: z.enum(LEGAL_CONFIDENCES), note: z.string().exactOptional() }))();

/** A coefficient: positive, finite, at most 1000, at most 6 decimals (so the product is exact). */
const CoefficientSchema = /* @__PURE__ */ (() =>
  z
    .number()
    .positive()
    .max(1000)
    .multipleOf(1 / MICRO))();

const CellSchema = /* @__PURE__ */ (() =>
  z.union([z.literal('not-found'), z.strictObject({ value: CoefficientSchema, citation: CitationSchema })]))();

const FormCellsSchema = /* @__PURE__ */ (() =>
  z.strictObject(Object.fromEntries(REWARD_FORMS.map((f) => [f, CellSchema])) as { [F in RewardForm]: typeof CellSchema }))();

const BaseSalarySchema = /* @__PURE__ */ (() =>
  z.strictObject({
    from: CivilDateSchema,
    amount: z.int().positive().max(1_000_000_000),
    act: NonBlankStringSchema,
    confidence: z.enum(LEGAL_CONFIDENCES),
  }))();

const ScheduleSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    regime: z.enum(LEGAL_REGIME_IDS),
    decree: NonBlankStringSchema,
    from: CivilDateSchema.exactOptional(),
    to: CivilDateSchema.exactOptional(),
    individual: z.strictObject({
      'labor-order': z.strictObject({ first: CellSchema, second: CellSchema, third: CellSchema }),
      'pm-certificate': CellSchema,
      'provincial-certificate': CellSchema,
      'director-certificate': CellSchema,
    }),
    collective: FormCellsSchema,
    household: FormCellsSchema,
    rounding: z.union([z.literal('not-found'), z.strictObject({ rule: z.literal('up-to-10000'), citation: CitationSchema })]),
    basis: CitationSchema.exactOptional(),
  }))();

const InputSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    form: z.enum(REWARD_FORMS),
    recipient: z.enum(RECIPIENT_KINDS),
    decidedOn: z.union([CivilDateSchema, z.date()]),
    laborOrderClass: z.enum(LABOR_ORDER_CLASSES).optional(),
  }))();

const OptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    coefficient: CoefficientSchema.optional(),
    baseSalary: z.int().positive().max(1_000_000_000).optional(),
    rounding: z.enum(['up-to-10000', 'none']).optional(),
    baseSalaries: z.array(BaseSalarySchema).min(1).max(100).optional(),
    schedules: z.array(ScheduleSchema).min(1).max(20).optional(),
  }))();

/** The value's millionths, exactly (the schemas allow at most 6 decimals). */
const micro = (n: number): bigint => BigInt(Math.round(n * MICRO));

function notKnown(missing: NonNullable<RewardAmountError['missing']>, message: Text): Result<RewardAmount, RewardAmountError> {
  return { ok: false, error: { code: 'AMOUNT_NOT_KNOWN', missing, message } };
}

/** The base salary in force on a day: the latest entry from that day or before. */
function baseSalaryOn(day: CivilDate, table: readonly BaseSalary[]): BaseSalary | undefined {
  let found: BaseSalary | undefined;
  for (const s of table) if (s.from <= day && (found === undefined || s.from > found.from)) found = s;
  return found;
}

/**
 * The reward money of a form for a recipient decided on a day: coefficient × the base salary in
 * force on that Vietnamese day, rounded up to the next 10,000 đồng where ND 91/2017 and ND 98/2023
 * say so (Điều 68 khoản 2; Điều 53 khoản 2), the exact product under ND 152/2025 (no rounding rule
 * found: `rounding: 'not-known'`) unless `options.rounding` says otherwise. A collective's or a
 * household's coefficient is the individual's times the decree's multiplier. Where the tables hold
 * no value (a `'not-found'` cell, a day before ND 91/2017, before the first base salary, or a
 * Labour Order without its class) the answer is `AMOUNT_NOT_KNOWN` naming what is missing, unless
 * the options supply it; never a number of another decree. A bad input or option is
 * `INVALID_INPUT` with its issues. Never throws.
 *
 * @param input - the form, the recipient, the decision's day, the Labour Order's class
 * @param options - values that replace the tables'
 * @returns the amount with its citations, or why there is none
 * @example
 * ```ts
 * import { rewardAmountOf } from 'thi-dua-vi-nguoi-ngheo';
 * const pm = rewardAmountOf({ form: 'pm-certificate', recipient: 'individual', decidedOn: '2023-06-01' });
 * if (pm.ok) pm.value.amount; //=> 5220000 (3.5 × 1,490,000 = 5,215,000, rounded up)
 * const household = rewardAmountOf({ form: 'director-certificate', recipient: 'household', decidedOn: new Date('2025-12-14T17:00:00Z') });
 * if (household.ok) household.value.amount; //=> 1053000 (1.5 × 0.3 × 2,340,000)
 * const nd98 = rewardAmountOf({ form: 'director-certificate', recipient: 'individual', decidedOn: '2024-12-15' });
 * if (!nd98.ok) nd98.error.code; //=> 'AMOUNT_NOT_KNOWN'
 * ```
 */
export function rewardAmountOf(input: RewardAmountInput, options: RewardAmountOptions = {}): Result<RewardAmount, RewardAmountError> {
  const parsedInput = parseWith(InputSchema, input);
  const parsedOptions = parseWith(OptionsSchema, options);
  if (!parsedInput.ok || !parsedOptions.ok) {
    const issues = [
      ...(parsedInput.ok ? [] : parsedInput.error),
      ...(parsedOptions.ok ? [] : parsedOptions.error.map((i) => ({ ...i, path: ['options', ...i.path] }))),
    ];
    return { ok: false, error: { code: 'INVALID_INPUT', issues, message: AMOUNT_TEXT.invalid(issues.map((i) => i.message)) } };
  }
  const { form, recipient, laborOrderClass } = parsedInput.value;
  const opts = parsedOptions.value;
  const day = toCivilDate(parsedInput.value.decidedOn);
  if (day === undefined) {
    const issues: ValidationIssue[] = [{ path: ['decidedOn'], code: 'invalid_date', message: AMOUNT_TEXT.invalidDate }];
    return { ok: false, error: { code: 'INVALID_INPUT', issues, message: AMOUNT_TEXT.invalid([AMOUNT_TEXT.invalidDate]) } };
  }
  const schedules = (opts.schedules ?? REWARD_SCHEDULES) as readonly RewardSchedule[];
  const schedule = schedules.find((s) => (s.from === undefined || s.from <= day) && (s.to === undefined || day <= s.to));
  const citations: Citation[] = [];
  const supplied: ('coefficient' | 'base-salary' | 'rounding')[] = [];

  let coefficient: bigint;
  if (opts.coefficient !== undefined) {
    coefficient = micro(opts.coefficient);
    supplied.push('coefficient');
  } else {
    if (schedule === undefined) return notKnown(['coefficient'], AMOUNT_TEXT.noDecree(day));
    let individual: RewardCell;
    if (form === 'labor-order') {
      const classes = schedule.individual['labor-order'];
      if (LABOR_ORDER_CLASSES.every((c) => classes[c] === 'not-found')) {
        return notKnown(['coefficient'], AMOUNT_TEXT.noCoefficient(schedule.decree, form, 'individual'));
      }
      if (laborOrderClass === undefined) return notKnown(['labor-order-class'], AMOUNT_TEXT.noLaborOrderClass);
      individual = classes[laborOrderClass];
    } else {
      individual = schedule.individual[form];
    }
    if (individual === 'not-found')
      return notKnown(['coefficient'], AMOUNT_TEXT.noCoefficient(schedule.decree, form, 'individual', laborOrderClass));
    coefficient = micro(individual.value);
    citations.push(individual.citation);
    if (recipient !== 'individual') {
      const multiplier = schedule[recipient][form];
      if (multiplier === 'not-found')
        return notKnown(['coefficient'], AMOUNT_TEXT.noCoefficient(schedule.decree, form, recipient, laborOrderClass));
      coefficient = (coefficient * micro(multiplier.value)) / BigInt(MICRO);
      citations.push(multiplier.citation);
    }
  }

  let baseSalary: number;
  if (opts.baseSalary !== undefined) {
    baseSalary = opts.baseSalary;
    supplied.push('base-salary');
  } else {
    const entry = baseSalaryOn(day, (opts.baseSalaries ?? BASE_SALARIES) as readonly BaseSalary[]);
    if (entry === undefined) return notKnown(['base-salary'], AMOUNT_TEXT.noBaseSalary(day));
    baseSalary = entry.amount;
    citations.push({ ref: entry.act, confidence: entry.confidence, note: `lương cơ sở from ${entry.from}` });
  }
  if (schedule?.basis !== undefined && opts.coefficient === undefined) citations.unshift(schedule.basis);

  let rounding: RewardAmount['rounding'];
  if (opts.rounding !== undefined) {
    rounding = opts.rounding;
    supplied.push('rounding');
  } else if (schedule === undefined || schedule.rounding === 'not-found') {
    rounding = 'not-known';
  } else {
    rounding = schedule.rounding.rule;
    citations.push(schedule.rounding.citation);
  }

  // Exact arithmetic in millionths of a đồng: 0.45 × 2,340,000 is 1,053,000, not 1,052,999.99….
  const product = coefficient * BigInt(baseSalary);
  const step = BigInt(rounding === 'up-to-10000' ? MICRO * 10_000 : MICRO);
  const amount = Number(((product + step - 1n) / step) * (step / BigInt(MICRO)));
  return {
    ok: true,
    value: deepFreeze({
      amount,
      coefficient: Number(coefficient) / MICRO,
      baseSalary,
      rounding,
      citations,
      confidence: weakestConfidence(citations),
      decidedOn: day,
      ...(schedule === undefined ? {} : { decree: schedule.decree }),
      ...(supplied.length === 0 ? {} : { supplied }),
    }),
  };
}

/**
 * The kind of recipient of a subject's reward money: a unit is a collective, the three household
 * statuses are households, civil servants, public employees and workers are individuals.
 *
 * @param subject - the subject rewarded
 * @returns its recipient kind
 * @example
 * ```ts
 * import { recipientKindOf } from 'thi-dua-vi-nguoi-ngheo';
 * recipientKindOf({ category: 'poor-household' }); //=> 'household'
 * recipientKindOf({ category: 'unit' }); //=> 'collective'
 * ```
 */
export function recipientKindOf(subject: Pick<Subject, 'category'>): RecipientKind {
  const category: SubjectCategory = subject.category;
  switch (category) {
    case 'unit':
      return 'collective';
    case 'poor-household':
    case 'near-poor-household':
    case 'escaped-poverty-household':
      return 'household';
    case 'civil-servant':
    case 'public-employee':
    case 'worker':
      return 'individual';
    /* v8 ignore next 2 -- @preserve: unreachable, the switch is exhaustive */
    default:
      return category satisfies never;
  }
}
