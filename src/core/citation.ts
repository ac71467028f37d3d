/**
 * How the library cites a text beyond the plan (a law, a decree, a practice) and how sure it is of
 * it: the one citation type of the library (see docs/law.md).
 *
 * @module
 */

/**
 * How sure the library is of a legal fact: `confirmed` (read in the legal text or an official
 * transcription) or `secondary` (a reputable legal Q&A or press paraphrase).
 *
 * @example
 * ```ts
 * import type { LegalConfidence } from 'thi-dua-vi-nguoi-ngheo';
 * const c: LegalConfidence = 'confirmed';
 * ```
 */
export type LegalConfidence = 'confirmed' | 'secondary';

/**
 * A legal text as the library cites it.
 *
 * @example
 * ```ts
 * import type { Citation } from 'thi-dua-vi-nguoi-ngheo';
 * const c: Citation = { ref: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 5 khoản 2', confidence: 'confirmed' };
 * ```
 */
export type Citation = { readonly ref: string; readonly confidence: LegalConfidence; readonly note?: string };
