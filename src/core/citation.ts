/**
 * How the library cites a text beyond the plan (a law, a decree, a practice) and how sure it is of
 * it: the one citation type of the library (see docs/law.md).
 *
 * @module
 */

/**
 * How sure the library is of a legal fact: `confirmed` (read in the legal text or an official
 * transcription), `secondary` (a reputable legal Q&A or press paraphrase), or `not-verified` (no
 * text the library holds establishes it: the library applies it as the caller's reading and says
 * so — e.g. the thematic mark of decisions from 2025-07-01, whose basis in Nghị định 152/2025 was
 * not found; see docs/law.md).
 *
 * @example
 * ```ts
 * import type { LegalConfidence } from 'thi-dua-vi-nguoi-ngheo';
 * const c: LegalConfidence = 'confirmed';
 * ```
 */
export type LegalConfidence = 'confirmed' | 'secondary' | 'not-verified';

/**
 * The levels of {@link LegalConfidence}, from the surest.
 *
 * @example
 * ```ts
 * import { LEGAL_CONFIDENCES } from 'thi-dua-vi-nguoi-ngheo';
 * LEGAL_CONFIDENCES; //=> ['confirmed', 'secondary', 'not-verified']
 * ```
 */
export const LEGAL_CONFIDENCES = /* @__PURE__ */ Object.freeze([
  'confirmed',
  'secondary',
  'not-verified',
] as const satisfies readonly LegalConfidence[]);

/**
 * A legal text as the library cites it.
 *
 * @example
 * ```ts
 * import type { Citation } from 'thi-dua-vi-nguoi-ngheo';
 * const c: Citation = { ref: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 5 khoản 2', confidence: 'confirmed' };
 * ```
 */
export type Citation = {
  /** The text cited, as a reader finds it: the act, its number and the article, e.g. 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 5 khoản 2'. */
  readonly ref: string;
  /** How sure the library is that the text says what it is cited for. */
  readonly confidence: LegalConfidence;
  /** A remark on the citation (how it was read, what is not settled); absent when there is none. */
  readonly note?: string;
};

/**
 * The least sure of some citations' confidences (`confirmed` for none): a fact resting on several
 * texts is as sure as the weakest.
 *
 * @param citations - the citations a fact rests on
 * @returns the weakest confidence
 * @example
 * ```ts
 * import { weakestConfidence } from 'thi-dua-vi-nguoi-ngheo';
 * weakestConfidence([{ ref: 'A', confidence: 'confirmed' }, { ref: 'B', confidence: 'secondary' }]); //=> 'secondary'
 * ```
 */
export function weakestConfidence(citations: readonly Citation[]): LegalConfidence {
  let weakest = 0;
  for (const c of citations) weakest = Math.max(weakest, LEGAL_CONFIDENCES.indexOf(c.confidence));
  return LEGAL_CONFIDENCES[weakest] ?? 'not-verified';
}
