/**
 * The reward money of a summary: the amount of each awarded nomination at its DECIDE day, by
 * `rewardAmountOf` (docs/law.md "Reward money"); amounts the law's tables do not give are counted
 * apart with what is missing, never as zero.
 *
 * @module
 */
import { type Citation, type LegalConfidence, weakestConfidence } from '../core/citation.js';
import { REWARD_FORMS, type RewardForm } from '../core/codes.js';
import type { Result } from '../core/types.js';
import {
  recipientKindOf,
  type RewardAmount,
  type RewardAmountError,
  type RewardAmountOptions,
  rewardAmountOf,
} from '../law/reward-amount.js';
import type { Row } from './rows.js';

/**
 * What an amount may lack (`RewardAmountError.missing`), in the order a report lists them.
 *
 * @example
 * ```ts
 * import { AMOUNT_MISSING_INPUTS } from 'thi-dua-vi-nguoi-ngheo/reports';
 * AMOUNT_MISSING_INPUTS; //=> ['coefficient', 'labor-order-class', 'base-salary']
 * ```
 */
export const AMOUNT_MISSING_INPUTS = /* @__PURE__ */ Object.freeze(['coefficient', 'labor-order-class', 'base-salary'] as const);

/**
 * An input an amount may lack: the coefficient of the form (the decree's table has no value),
 * the Labour Order's class (`Nomination.laborOrderClass`), the base salary of the day.
 *
 * @example
 * ```ts
 * import type { AmountMissingInput } from 'thi-dua-vi-nguoi-ngheo/reports';
 * const missing: AmountMissingInput = 'labor-order-class';
 * ```
 */
export type AmountMissingInput = (typeof AMOUNT_MISSING_INPUTS)[number];

/**
 * The money of one line (a reward form, or all): the awarded nominations, those with an amount
 * and its sum, and those without, with what each lacks.
 *
 * @example
 * ```ts
 * import type { MoneyLine } from 'thi-dua-vi-nguoi-ngheo/reports';
 * const line: MoneyLine = {
 *   awarded: 3, known: 2, amount: 1_590_000, unknown: 1,
 *   missing: { coefficient: 0, 'labor-order-class': 1, 'base-salary': 0 }, invalid: 0,
 * };
 * ```
 */
export type MoneyLine = {
  /** The awarded nominations of the line. */
  readonly awarded: number;
  /** Those whose amount is known. */
  readonly known: number;
  /** The sum of the known amounts, in đồng (whole). */
  readonly amount: number;
  /** Those whose amount is not known (`AMOUNT_NOT_KNOWN` or `INVALID_INPUT`): not in `amount`. */
  readonly unknown: number;
  /** Of the unknown, how many lack each input (one amount may lack several). */
  readonly missing: Readonly<Record<AmountMissingInput, number>>;
  /** Of the unknown, how many `rewardAmountOf` refused as invalid input. */
  readonly invalid: number;
};

/**
 * The reward money of a summary (the amounts as `rewardAmountOf` gives them on each award's
 * DECIDE day), by form and in all, with the legal texts the known amounts rest on.
 *
 * @example
 * ```ts
 * import { summarizeAwards, type MoneySummary } from 'thi-dua-vi-nguoi-ngheo/reports';
 * const result = summarizeAwards([]);
 * if (result.ok) {
 *   const money: MoneySummary = result.value.money;
 *   money.total.amount; //=> 0
 * }
 * ```
 */
export type MoneySummary = {
  /** By reward form, every form, in `REWARD_FORMS` order. */
  readonly byForm: Readonly<Record<RewardForm, MoneyLine>>;
  /** Every awarded nomination. */
  readonly total: MoneyLine;
  /** The weakest confidence of the known amounts' citations; absent when no amount is known. */
  readonly confidence?: LegalConfidence;
  /** The distinct citations of the known amounts, by `ref` (code-unit order), then confidence. */
  readonly citations: readonly Citation[];
  /** The awarded nominations without an amount, in code-unit order (at most `MAX_LISTED_IDS`). */
  readonly unknownIds: readonly string[];
};

/**
 * The options of the money: the base-salary and reward tables to use instead of the library's,
 * and the rounding (`RewardAmountOptions`; a single coefficient or base salary would apply to
 * every form, so they are not offered here).
 *
 * @example
 * ```ts
 * import type { MoneyOptions } from 'thi-dua-vi-nguoi-ngheo/reports';
 * const options: MoneyOptions = { rounding: 'none' };
 * ```
 */
export type MoneyOptions = Pick<RewardAmountOptions, 'baseSalaries' | 'schedules' | 'rounding'>;

type MutableLine = {
  awarded: number;
  known: number;
  amount: number;
  unknown: number;
  missing: Record<AmountMissingInput, number>;
  invalid: number;
};

const newLine = (): MutableLine => ({
  awarded: 0,
  known: 0,
  amount: 0,
  unknown: 0,
  missing: { coefficient: 0, 'labor-order-class': 0, 'base-salary': 0 },
  invalid: 0,
});

/**
 * Adds up the money of the counted rows: `add` each awarded row, then `result`. The amounts are
 * asked once per distinct (form, recipient, day, class): a province's awards share few of them.
 *
 * @internal
 */
export function moneyAccumulator(
  options: MoneyOptions | undefined,
  maxIds: number,
): { add: (row: Row) => void; result: () => MoneySummary } {
  const byForm = Object.fromEntries(REWARD_FORMS.map((f) => [f, newLine()])) as Record<RewardForm, MutableLine>;
  const total = newLine();
  const cache = new Map<string, Result<RewardAmount, RewardAmountError>>();
  const citations = new Map<string, Citation>();
  const unknownIds: string[] = [];
  const add = (row: Row): void => {
    const decidedOn = row.decidedOn as string;
    const recipient = recipientKindOf({ category: row.category });
    const key = `${row.form}|${recipient}|${decidedOn}|${row.laborOrderClass ?? ''}`;
    let amount = cache.get(key);
    if (amount === undefined) {
      amount = rewardAmountOf({ form: row.form, recipient, decidedOn, laborOrderClass: row.laborOrderClass }, options);
      cache.set(key, amount);
    }
    for (const line of [byForm[row.form], total]) {
      line.awarded++;
      if (amount.ok) {
        line.known++;
        line.amount += amount.value.amount;
      } else {
        line.unknown++;
        if (amount.error.code === 'INVALID_INPUT') line.invalid++;
        for (const m of amount.error.missing ?? []) line.missing[m]++;
      }
    }
    if (amount.ok) {
      for (const c of amount.value.citations) citations.set(JSON.stringify([c.ref, c.confidence, c.note ?? null]), c);
    } else unknownIds.push(row.id);
  };
  const result = (): MoneySummary => {
    const cited = [...citations.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, c]) => ({ ...c }));
    const copy = (l: MutableLine): MoneyLine => ({ ...l, missing: { ...l.missing } });
    return {
      byForm: Object.fromEntries(REWARD_FORMS.map((f) => [f, copy(byForm[f])])) as Record<RewardForm, MoneyLine>,
      total: copy(total),
      ...(cited.length === 0 ? {} : { confidence: weakestConfidence(cited) }),
      citations: cited,
      unknownIds: unknownIds.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).slice(0, maxIds),
    };
  };
  return { add, result };
}
