/**
 * How the guidance enters the evaluators and the workflow: through their `options` argument.
 *
 * @module
 */
import type { Occasion } from '../core/inputs.js';
import type { Guidance } from './guidance.js';

/**
 * The guidance part of the evaluators' options: one or several guidances (each applies to the
 * occasions it names), and whether the law's default dossier applies when no guidance sets one.
 *
 * @example
 * ```ts
 * import type { GuidanceOptions } from 'thi-dua-vi-nguoi-ngheo';
 * const options: GuidanceOptions = { dossier: 'law-default' };
 * ```
 */
export type GuidanceOptions = {
  /** The annual guidance of Sở Nội vụ (III.4), one or several; each applies to the occasions it names. */
  readonly guidance?: Guidance | readonly Guidance[];
  /** `'law-default'`: check dossiers against the law's default dossier when no guidance sets one (docs/interpretations.md reading 16). */
  readonly dossier?: 'law-default';
};

/**
 * The guidances that apply to an occasion, in the order given.
 *
 * @param occasion - the nomination's occasion
 * @param options - the options holding the guidance
 * @returns the guidances whose occasions include it
 * @example
 * ```ts
 * import { applicableGuidance } from 'thi-dua-vi-nguoi-ngheo';
 * applicableGuidance({ kind: 'annual', year: 2024 }, {}); //=> []
 * ```
 */
export function applicableGuidance(occasion: Occasion, options: GuidanceOptions | undefined): readonly Guidance[] {
  return guidanceList(options).filter((g) => g.occasions.some((o) => o.kind === occasion.kind && o.year === occasion.year));
}

/**
 * Every guidance the options hold, as a list (one guidance or several may be given).
 *
 * @internal
 */
export function guidanceList(options: GuidanceOptions | undefined): readonly Guidance[] {
  const given = options?.guidance;
  if (given === undefined) return [];
  return Array.isArray(given) ? given : [given as Guidance];
}
