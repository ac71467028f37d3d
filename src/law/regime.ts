/**
 * The legal regime by date (docs/law.md "The legal regime by date"): the Law on Emulation and Reward
 * and its detailing decree in force on a Vietnamese civil day, with their citations and
 * confidence.
 *
 * @module
 */
import { toCivilDate } from '../core/dates.js';
import type { LegalRegimeId } from '../core/codes.js';
import type { CivilDate, DateInput, Text } from '../core/types.js';
import { deepFreeze } from '../core/freeze.js';
import type { Citation } from '../core/citation.js';
import { THEMATIC_TEXT } from '../text/law.js';

export { LEGAL_REGIME_IDS, type LegalRegimeId } from '../core/codes.js';

/**
 * The mark that awards of this movement carry for HR systems that count merit, as the regime of
 * the decision words it: the movement is thematic (thi đua theo chuyên đề), and its awards are no
 * basis for State-level commendation (`state-level-commendation`: Nghị định 91/2017 Điều 3,
 * before 2024) or for proposing higher merit-based (công trạng) commendation
 * (`higher-merit-commendation`: Nghị định 98/2023 Điều 4, 2024-01-01 … 2025-06-30; from
 * 2025-07-01 the same mark, its basis in Nghị định 152/2025 `not-verified`).
 *
 * @example
 * ```ts
 * import { thematicMarkOn } from 'thi-dua-vi-nguoi-ngheo';
 * thematicMarkOn('2023-12-15')?.scope; //=> 'state-level-commendation'
 * thematicMarkOn('2025-12-15')?.citation.confidence; //=> 'not-verified'
 * ```
 */
export type ThematicMark = {
  /** Always `'thematic'`: the movement is a thematic emulation (thi đua theo chuyên đề). */
  readonly kind: 'thematic';
  /** What the award is no basis for. */
  readonly scope: 'state-level-commendation' | 'higher-merit-commendation';
  /** The text the mark rests on, with its confidence. */
  readonly citation: Citation;
  /** The mark as a person reads it. */
  readonly note: Text;
};

/**
 * A legal regime: its days (inclusive; open ends absent), the law and the decree, whether several
 * forms or grants for one achievement are refused (`refuse`) or only warned of (`warn`, for a
 * caller's regime whose texts only point that way), and the thematic mark its awards carry.
 *
 * @example
 * ```ts
 * import { legalRegimeOn } from 'thi-dua-vi-nguoi-ngheo';
 * legalRegimeOn('2024-01-01')?.law.ref; //=> 'Luật Thi đua, khen thưởng 06/2022/QH15'
 * ```
 */
export type LegalRegime = {
  /** The regime's id (`LEGAL_REGIME_IDS`; a caller's own regime reuses one of them). */
  readonly id: LegalRegimeId;
  /** The first day it governs (included); absent: no start. */
  readonly from?: CivilDate;
  /** The last day it governs (included); absent: no end. */
  readonly to?: CivilDate;
  /** The Law on Emulation and Reward in force. */
  readonly law: Citation;
  /** Its detailing decree in force. */
  readonly decree: Citation;
  /** The rule "one achievement, one form, once" (docs/interpretations.md reading 18). */
  readonly oneAchievementOneForm: {
    /** `refuse`: a second form or grant is `not-met`; `warn`: a warning, the outcome stays `met`. */
    readonly effect: 'refuse' | 'warn';
    /** The text the rule rests on. */
    readonly citation: Citation;
  };
  /** The thematic mark of this regime's awards. */
  readonly thematicMark: ThematicMark;
};

const LAW_2022 = 'Luật Thi đua, khen thưởng 06/2022/QH15';
const ND91 = 'Nghị định 91/2017/NĐ-CP';
const ONE_ACHIEVEMENT_2022: LegalRegime['oneAchievementOneForm'] = {
  effect: 'refuse',
  citation: { ref: `${LAW_2022}, Điều 5 khoản 2`, confidence: 'confirmed' },
};

/**
 * The three regimes of docs/law.md, in time order. Deeply frozen.
 *
 * @example
 * ```ts
 * import { LEGAL_REGIMES } from 'thi-dua-vi-nguoi-ngheo';
 * LEGAL_REGIMES.map((r) => r.from ?? '…'); //=> ['…', '2024-01-01', '2025-07-01']
 * ```
 */
export const LEGAL_REGIMES: readonly LegalRegime[] = /* @__PURE__ */ (() =>
  deepFreeze([
    {
      id: 'law-2003',
      to: '2023-12-31',
      law: {
        ref: 'Luật Thi đua, khen thưởng 15/2003/QH11 (sửa đổi bởi 47/2005/QH11, 32/2009/QH12, 39/2013/QH13)',
        confidence: 'confirmed',
      },
      decree: { ref: ND91, confidence: 'confirmed', note: 'in force 2017-10-01' },
      oneAchievementOneForm: {
        effect: 'refuse',
        citation: {
          ref: `${ND91}, Điều 3`,
          confidence: 'secondary',
          note: 'read in an English summary ("not give multiple rewards for an achievement"); the Vietnamese text was not read',
        },
      },
      thematicMark: {
        kind: 'thematic',
        scope: 'state-level-commendation',
        citation: {
          ref: `${ND91}, Điều 3`,
          confidence: 'secondary',
          note: 'read in an English summary ("shall not be considered as conditions and criteria for requesting state-level commendation"); the Vietnamese text was not read',
        },
        note: THEMATIC_TEXT.stateLevel,
      },
    },
    {
      id: 'law-2022-decree-98',
      from: '2024-01-01',
      to: '2025-06-30',
      law: { ref: LAW_2022, confidence: 'confirmed', note: 'passed 2022-06-15, in force 2024-01-01 (Điều 94)' },
      decree: { ref: 'Nghị định 98/2023/NĐ-CP', confidence: 'secondary', note: 'signed 2023-12-31; its start is secondary' },
      oneAchievementOneForm: ONE_ACHIEVEMENT_2022,
      thematicMark: {
        kind: 'thematic',
        scope: 'higher-merit-commendation',
        citation: { ref: 'Nghị định 98/2023/NĐ-CP, Điều 4', confidence: 'secondary' },
        note: THEMATIC_TEXT.higherMerit,
      },
    },
    {
      id: 'law-2022-decree-152',
      from: '2025-07-01',
      law: { ref: LAW_2022, confidence: 'confirmed' },
      decree: {
        ref: 'Nghị định 152/2025/NĐ-CP',
        confidence: 'secondary',
        note: 'in force 2025-07-01; whether it replaced 98/2023 entirely is not known',
      },
      oneAchievementOneForm: ONE_ACHIEVEMENT_2022,
      thematicMark: {
        kind: 'thematic',
        scope: 'higher-merit-commendation',
        citation: {
          ref: 'Nghị định 152/2025/NĐ-CP',
          confidence: 'not-verified',
          note: 'whether its Điều 4 keeps the thematic principle was not found',
        },
        note: THEMATIC_TEXT.notVerified,
      },
    },
  ]))();

/**
 * Where a regime comes from in a call: the regime in force on a day (by default the day of the
 * decision — docs/law.md: which regime governs a dossier submitted before a boundary and decided after
 * it is the caller's choice), or a pinned regime; optionally in regimes of the caller's own.
 *
 * @example
 * ```ts
 * import type { LegalOptions } from 'thi-dua-vi-nguoi-ngheo';
 * const byDay: LegalOptions = { on: '2023-11-20' };
 * const pinned: LegalOptions = { regime: 'law-2003' };
 * ```
 */
export type LegalOptions = {
  /** The day whose regime applies, normally the day of the decision (a `Date` is read in Asia/Ho_Chi_Minh). */
  readonly on?: DateInput;
  /** A pinned regime; wins over `on`. */
  readonly regime?: LegalRegimeId;
  /**
   * Regimes replacing `LEGAL_REGIMES` (whose decree dates and some citations are secondary data):
   * the day or the pinned id is looked up in them.
   */
  readonly regimes?: readonly LegalRegime[];
};

/**
 * The regime in force on a Vietnamese civil day (a `Date` is read in Asia/Ho_Chi_Minh), or
 * `undefined` for an invalid date.
 *
 * @param date - the day, typically the day of the decision
 * @param regimes - the regimes to look in (default `LEGAL_REGIMES`)
 * @returns the regime
 * @example
 * ```ts
 * import { legalRegimeOn } from 'thi-dua-vi-nguoi-ngheo';
 * legalRegimeOn('2023-12-31')?.id; //=> 'law-2003'
 * legalRegimeOn('2024-01-01')?.id; //=> 'law-2022-decree-98'
 * legalRegimeOn('2025-07-01')?.id; //=> 'law-2022-decree-152'
 * legalRegimeOn(new Date('2023-12-31T18:00:00Z'))?.id; //=> 'law-2022-decree-98' (01:00 on 1 January in Hà Nội)
 * ```
 */
export function legalRegimeOn(date: DateInput, regimes: readonly LegalRegime[] = LEGAL_REGIMES): LegalRegime | undefined {
  const day = toCivilDate(date);
  if (day === undefined) return undefined;
  return regimes.find((r) => (r.from === undefined || r.from <= day) && (r.to === undefined || day <= r.to));
}

/**
 * The regime that `options` select: the pinned one, else the one in force on `options.on`;
 * `undefined` when neither is given (or the date is invalid).
 *
 * @param options - a pinned regime or a day
 * @returns the regime
 * @example
 * ```ts
 * import { resolveLegalRegime } from 'thi-dua-vi-nguoi-ngheo';
 * resolveLegalRegime({ regime: 'law-2003', on: '2025-01-01' })?.id; //=> 'law-2003' (pinned wins)
 * resolveLegalRegime({}); //=> undefined
 * ```
 */
export function resolveLegalRegime(options: LegalOptions | undefined): LegalRegime | undefined {
  const regimes = options?.regimes ?? LEGAL_REGIMES;
  if (options?.regime !== undefined) return regimes.find((r) => r.id === options.regime);
  return options?.on === undefined ? undefined : legalRegimeOn(options.on, regimes);
}

/**
 * The thematic mark of a decision on a Vietnamese day: that of the regime in force (see
 * {@link ThematicMark}), or `undefined` for an invalid date.
 *
 * @param date - the day of the decision
 * @param regimes - the regimes to look in (default `LEGAL_REGIMES`)
 * @returns the mark, with its citation and confidence
 * @example
 * ```ts
 * import { thematicMarkOn } from 'thi-dua-vi-nguoi-ngheo';
 * thematicMarkOn('2023-12-31')?.citation.ref; //=> 'Nghị định 91/2017/NĐ-CP, Điều 3'
 * thematicMarkOn('2024-01-01')?.citation.ref; //=> 'Nghị định 98/2023/NĐ-CP, Điều 4'
 * thematicMarkOn('2025-07-01')?.citation; //=> { ref: 'Nghị định 152/2025/NĐ-CP', confidence: 'not-verified', note: '…' }
 * ```
 */
export function thematicMarkOn(date: DateInput, regimes: readonly LegalRegime[] = LEGAL_REGIMES): ThematicMark | undefined {
  return legalRegimeOn(date, regimes)?.thematicMark;
}

/**
 * The thematic mark of decisions from 2024-01-01 to 2025-06-30 (Nghị định 98/2023/NĐ-CP Điều 4,
 * secondary): awards of this thematic movement are no basis for proposing higher merit-based
 * (công trạng) commendation.
 *
 * @deprecated The mark depends on the regime of the decision: use `thematicMarkOn(day)` or
 * `regime.thematicMark`. From 2025-07-01 Nghị định 98/2023 is no longer the decree in force.
 * @example
 * ```ts
 * import { THEMATIC_AWARD } from 'thi-dua-vi-nguoi-ngheo';
 * THEMATIC_AWARD.kind; //=> 'thematic'
 * ```
 */
export const THEMATIC_AWARD: ThematicMark = /* @__PURE__ */ (() => (LEGAL_REGIMES[1] as LegalRegime).thematicMark)();
