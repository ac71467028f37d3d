/**
 * The `options` argument that the evaluators, `criteriaFor` and `parseNomination` accept last.
 *
 * @module
 */

/**
 * Options of the evaluators. Reserved for the annual guidance of Sở Nội vụ (III.4), which will
 * add criteria, quotas and dossier requirements; it has no member yet, so it may be omitted
 * everywhere, and adding the guidance later changes no signature.
 *
 * @example
 * ```ts
 * import { evaluateNomination, sampleNominations, type EvaluationOptions } from 'thi-dua-vi-nguoi-ngheo';
 * const options: EvaluationOptions = {};
 * evaluateNomination(sampleNominations[0]!, options).outcome; //=> 'met'
 * ```
 */
// biome-ignore lint/suspicious/noEmptyInterface: reserved for III.4 guidance, see the doc comment
export interface EvaluationOptions {}
