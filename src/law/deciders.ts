/**
 * Who decides each reward form, and on what legal basis in each regime: the one table read by the
 * evaluators, the workflow, the law layer and the docs (III.3.a, III.3.b and III.3.c name the
 * forms, IV.3 the path; the deciding authorities are the law's, see docs/law.md "Who decides").
 *
 * @module
 */
import type { LegalRegimeId, RewardForm, Role } from '../core/codes.js';
import type { Citation } from '../core/citation.js';
import { deepFreeze } from '../core/freeze.js';
import type { DateInput } from '../core/types.js';
import { LEGAL_REGIMES, type LegalRegime, legalRegimeOn } from './regime.js';

/**
 * Who decides a form (docs/law.md "Who decides"): the State President for the Labour Order,
 * the Prime Minister for his Bằng khen, the provincial chairman for his, the Director of the Sở for
 * the Giấy khen (Luật Thi đua, khen thưởng 2022, Điều 80 khoản 1).
 *
 * @param form - a reward form
 * @returns the deciding role
 * @example
 * ```ts
 * import { decidingAuthorityOf } from 'thi-dua-vi-nguoi-ngheo';
 * decidingAuthorityOf('director-certificate'); //=> 'director'
 * decidingAuthorityOf('labor-order'); //=> 'president'
 * ```
 */
export function decidingAuthorityOf(form: RewardForm): Role {
  return DECIDING_AUTHORITIES[form].role;
}

/**
 * Who decides a form and the text the library cites for it, in one regime.
 *
 * @example
 * ```ts
 * import type { DecidingAuthority } from 'thi-dua-vi-nguoi-ngheo';
 * const d: DecidingAuthority = { role: 'director', citation: { ref: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 80 khoản 1', confidence: 'confirmed' } };
 * ```
 */
export type DecidingAuthority = {
  /** The deciding role. */
  readonly role: Role;
  /** The legal basis in the regime, with its confidence. */
  readonly citation: Citation;
};

const LAW_2003 = 'Luật Thi đua, khen thưởng 15/2003/QH11 (sửa đổi bởi 47/2005/QH11, 32/2009/QH12, 39/2013/QH13)';
const LAW_2022 = 'Luật Thi đua, khen thưởng 06/2022/QH15';
const PROVINCIAL_PRACTICE: Citation = {
  ref: 'Thủ tục khen thưởng của tỉnh (qua Sở Nội vụ, Ban Thi đua - Khen thưởng)',
  confidence: 'confirmed',
  note: 'practice',
};
/** Under the 2003 law the library holds no article for who decides: the law is cited without one. */
const UNDER_LAW_2003: Citation = { ref: LAW_2003, confidence: 'secondary', note: 'no article is held for the 2003 law' };

/** The 2022 law's basis, the same under both of its decrees. */
function law2022(citation: Citation): { readonly [R in LegalRegimeId]: Citation } {
  return { 'law-2003': UNDER_LAW_2003, 'law-2022-decree-98': citation, 'law-2022-decree-152': citation };
}

/**
 * The who-decides table: for each form, the deciding role and its legal basis in each regime.
 * Under the 2022 law: Điều 77 for the Labour Order (secondary), the law for the Prime Minister's
 * Bằng khen (secondary), Điều 80 khoản 1 for the Giấy khen (confirmed); the provincial chairman's
 * Bằng khen follows the province's procedure (confirmed, practice) in every regime; under the 2003
 * law the library cites the law without an article. Deeply frozen.
 *
 * @example
 * ```ts
 * import { DECIDING_AUTHORITIES } from 'thi-dua-vi-nguoi-ngheo';
 * DECIDING_AUTHORITIES['director-certificate'].citations['law-2022-decree-98'].ref;
 * //=> 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 80 khoản 1'
 * ```
 */
export const DECIDING_AUTHORITIES: {
  readonly [F in RewardForm]: { readonly role: Role; readonly citations: { readonly [R in LegalRegimeId]: Citation } };
} = /* @__PURE__ */ (() =>
  deepFreeze({
    'labor-order': { role: 'president', citations: law2022({ ref: `${LAW_2022}, Điều 77`, confidence: 'secondary' }) },
    'pm-certificate': { role: 'prime-minister', citations: law2022({ ref: LAW_2022, confidence: 'secondary' }) },
    'provincial-certificate': {
      role: 'provincial-chairman',
      citations: { 'law-2003': PROVINCIAL_PRACTICE, 'law-2022-decree-98': PROVINCIAL_PRACTICE, 'law-2022-decree-152': PROVINCIAL_PRACTICE },
    },
    'director-certificate': { role: 'director', citations: law2022({ ref: `${LAW_2022}, Điều 80 khoản 1`, confidence: 'confirmed' }) },
  } as const))();

/**
 * Who decides a form and the article the library cites for it, in the regime of a day (a `Date`
 * is read in Vietnam) or in a given regime; without either, the latest regime (the law as it
 * stands). `undefined` for an invalid day or one no regime covers.
 *
 * @param form - a reward form
 * @param at - the day of the decision, or a regime (default: the latest of `regimes`)
 * @param regimes - the regimes a day is looked up in (default `LEGAL_REGIMES`)
 * @returns the deciding role and its citation
 * @example
 * ```ts
 * import { decidingAuthorityCitation } from 'thi-dua-vi-nguoi-ngheo';
 * decidingAuthorityCitation('director-certificate', '2024-01-01')?.citation.ref;
 * //=> 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 80 khoản 1'
 * decidingAuthorityCitation('director-certificate', '2023-12-15')?.citation.ref;
 * //=> 'Luật Thi đua, khen thưởng 15/2003/QH11 (sửa đổi bởi 47/2005/QH11, 32/2009/QH12, 39/2013/QH13)'
 * ```
 */
export function decidingAuthorityCitation(form: RewardForm, at?: LegalRegime, regimes?: readonly LegalRegime[]): DecidingAuthority;
export function decidingAuthorityCitation(
  form: RewardForm,
  at: DateInput | LegalRegime,
  regimes?: readonly LegalRegime[],
): DecidingAuthority | undefined;
export function decidingAuthorityCitation(
  form: RewardForm,
  at?: DateInput | LegalRegime,
  regimes: readonly LegalRegime[] = LEGAL_REGIMES,
): DecidingAuthority | undefined {
  const regime =
    at === undefined
      ? (regimes[regimes.length - 1] as LegalRegime)
      : typeof at === 'string' || at instanceof Date
        ? legalRegimeOn(at, regimes)
        : at;
  if (regime === undefined) return undefined;
  const entry = DECIDING_AUTHORITIES[form];
  return { role: entry.role, citation: entry.citations[regime.id] };
}
