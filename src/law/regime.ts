/**
 * The legal regime by date (LAW.md "Which law governs a date"): the Law on Emulation and Reward
 * and its detailing decree in force on a Vietnamese civil day, with their citations and
 * confidence.
 *
 * @module
 */
import { toCivilDate } from '../core/dates.js';
import type { RewardForm, Role } from '../core/codes.js';
import type { CivilDate, DateInput } from '../core/types.js';
import { deepFreeze } from '../core/freeze.js';
import { type Citation } from '../core/citation.js';
import { decidingAuthorityOf } from './deciders.js';

/**
 * The ids of the three regimes of LAW.md.
 *
 * @example
 * ```ts
 * import { LEGAL_REGIME_IDS } from 'thi-dua-vi-nguoi-ngheo';
 * LEGAL_REGIME_IDS; //=> ['law-2003', 'law-2022-decree-98', 'law-2022-decree-152']
 * ```
 */
export const LEGAL_REGIME_IDS = ['law-2003', 'law-2022-decree-98', 'law-2022-decree-152'] as const;

/**
 * A regime's id.
 *
 * @example
 * ```ts
 * import type { LegalRegimeId } from 'thi-dua-vi-nguoi-ngheo';
 * const id: LegalRegimeId = 'law-2003';
 * ```
 */
export type LegalRegimeId = (typeof LEGAL_REGIME_IDS)[number];

/**
 * A legal regime: its days (inclusive; open ends absent), the law and the decree, and whether the
 * law forbids several forms or grants for one achievement (`refuse`) or only its principles point
 * that way (`warn`).
 *
 * @example
 * ```ts
 * import { legalRegimeOn } from 'thi-dua-vi-nguoi-ngheo';
 * legalRegimeOn('2024-01-01')?.law.ref; //=> 'Luật Thi đua, khen thưởng 06/2022/QH15'
 * ```
 */
export type LegalRegime = {
  readonly id: LegalRegimeId;
  readonly from?: CivilDate;
  readonly to?: CivilDate;
  readonly law: Citation;
  readonly decree: Citation;
  readonly oneAchievementOneForm: { readonly effect: 'refuse' | 'warn'; readonly citation: Citation };
  /** Whether awards carry the thematic mark of Nghị định 98/2023 Điều 4 (the 2022-law regimes). */
  readonly thematicMark: boolean;
};

const LAW_2022 = 'Luật Thi đua, khen thưởng 06/2022/QH15';
const ONE_ACHIEVEMENT_2022: LegalRegime['oneAchievementOneForm'] = {
  effect: 'refuse',
  citation: { ref: `${LAW_2022}, Điều 5 khoản 2`, confidence: 'confirmed' },
};

/**
 * The three regimes of LAW.md, in time order. Deeply frozen.
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
      decree: { ref: 'Nghị định 91/2017/NĐ-CP', confidence: 'confirmed', note: 'in force 2017-10-01' },
      oneAchievementOneForm: {
        effect: 'warn',
        citation: {
          ref: 'Luật Thi đua, khen thưởng 15/2003/QH11, Điều 6',
          confidence: 'confirmed',
          note: 'no explicit ban on several forms for one achievement was found',
        },
      },
      thematicMark: false,
    },
    {
      id: 'law-2022-decree-98',
      from: '2024-01-01',
      to: '2025-06-30',
      law: { ref: LAW_2022, confidence: 'confirmed', note: 'passed 2022-06-15, in force 2024-01-01 (Điều 94)' },
      decree: { ref: 'Nghị định 98/2023/NĐ-CP', confidence: 'secondary', note: 'signed 2023-12-31; its start is secondary' },
      oneAchievementOneForm: ONE_ACHIEVEMENT_2022,
      thematicMark: true,
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
      thematicMark: true,
    },
  ]))();

/**
 * Where a regime comes from in a call: the regime in force on a day (by default the day of the
 * decision — LAW.md: which regime governs a dossier submitted before a boundary and decided after
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
  readonly on?: DateInput;
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
 * Who decides a form, with the article the library cites for it (LAW.md "Who decides each form").
 * Articles are those of the 2022 law; under the 2003 law the library cites the law without an
 * article, since LAW.md holds none.
 *
 * @param form - a reward form
 * @param regime - the regime in force (default: the 2022 law)
 * @returns the deciding role and its citation
 * @example
 * ```ts
 * import { decidingAuthorityCitation } from 'thi-dua-vi-nguoi-ngheo';
 * decidingAuthorityCitation('director-certificate').citation.ref;
 * //=> 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 80 khoản 1'
 * ```
 */
export function decidingAuthorityCitation(form: RewardForm, regime?: LegalRegime): { role: Role; citation: Citation } {
  const role = decidingAuthorityOf(form);
  if (form === 'provincial-certificate') {
    return { role, citation: { ref: 'Thủ tục khen thưởng của tỉnh (qua Sở Nội vụ, Ban Thi đua - Khen thưởng)', confidence: 'confirmed', note: 'practice' } };
  }
  if (regime?.id === 'law-2003') return { role, citation: { ref: regime.law.ref, confidence: 'secondary' } };
  switch (form) {
    case 'labor-order':
      return { role, citation: { ref: `${LAW_2022}, Điều 77`, confidence: 'secondary' } };
    case 'pm-certificate':
      return { role, citation: { ref: LAW_2022, confidence: 'secondary' } };
    case 'director-certificate':
      return { role, citation: { ref: `${LAW_2022}, Điều 80 khoản 1`, confidence: 'confirmed' } };
    /* v8 ignore next 2 -- @preserve: unreachable, the switch is exhaustive */
    default:
      return form satisfies never;
  }
}

/**
 * The mark that awards of this movement carry for HR systems that count merit: the movement is
 * thematic (thi đua theo chuyên đề), and under Nghị định 98/2023/NĐ-CP Điều 4 (secondary) its
 * results are no basis for proposing higher merit-based (công trạng) commendation.
 *
 * @example
 * ```ts
 * import { THEMATIC_AWARD } from 'thi-dua-vi-nguoi-ngheo';
 * THEMATIC_AWARD.kind; //=> 'thematic'
 * ```
 */
export const THEMATIC_AWARD = /* @__PURE__ */ (() =>
  deepFreeze({
    kind: 'thematic' as const,
    citation: { ref: 'Nghị định 98/2023/NĐ-CP, Điều 4', confidence: 'secondary' as const },
    note: {
      vi: 'Khen thưởng phong trào thi đua theo chuyên đề: không là căn cứ để đề nghị khen thưởng cấp trên theo công trạng (Nghị định 98/2023/NĐ-CP, Điều 4 — nguồn thứ cấp).',
      en: 'A thematic emulation award: no basis for proposing higher merit-based commendation (Nghị định 98/2023/NĐ-CP, Điều 4 — secondary source).',
    },
  }))();
