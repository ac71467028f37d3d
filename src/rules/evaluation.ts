/**
 * What every evaluator returns, and the three-valued logic that combines findings
 * (RULES.md reading 5).
 *
 * @module
 */
import type { Outcome, Text } from '../core/types.js';

/**
 * One step of an evaluation: the rule applied (a clause id such as `III.3.a`), its outcome, and
 * what the library saw, in both languages.
 *
 * @example
 * ```ts
 * import type { Finding } from 'thi-dua-vi-nguoi-ngheo';
 * const finding: Finding = {
 *   rule: 'III.3.a',
 *   outcome: 'not-met',
 *   message: { vi: 'III.3.a: …', en: 'III.3.a: …' },
 * };
 * ```
 */
export type Finding = {
  readonly rule: string;
  readonly outcome: Outcome;
  readonly message: Text;
  /** `warning`: the finding does not decide (its outcome is `met`) but the reader should see it. */
  readonly severity?: 'warning';
};

/**
 * An input the evaluation still needs before it can decide: the rule that needs it, where it
 * goes in a {@link Nomination} (`['subject', 'contributesToPovertyReduction']`,
 * `['assessment', 'III.2.b.1']`; `[]` for the annual guidance, which is not part of a
 * nomination), and its name.
 *
 * @example
 * ```ts
 * import { evaluateNomination } from 'thi-dua-vi-nguoi-ngheo';
 * import { sampleNominations } from 'thi-dua-vi-nguoi-ngheo/testing';
 * // HN2024-03: a unit whose criterion III.2.a.2 has not been assessed yet.
 * const evaluation = evaluateNomination(sampleNominations[4]!);
 * evaluation.missing.map((m) => m.path.join('.')); //=> ['assessment.III.2.a.2']
 * ```
 */
export type MissingInput = {
  readonly rule: string;
  readonly path: readonly string[];
  readonly label: Text;
};

/**
 * The result of an evaluator: the combined outcome, the findings clause by clause, and the inputs
 * still missing to decide (empty when the outcome does not depend on anything unknown).
 *
 * @example
 * ```ts
 * import { checkEligibility } from 'thi-dua-vi-nguoi-ngheo';
 * const evaluation = checkEligibility({ id: 'u1', name: 'Phòng Vận tải', category: 'unit' });
 * evaluation.outcome; //=> 'unknown' (the contribution is not stated)
 * ```
 */
export type Evaluation = {
  readonly outcome: Outcome;
  readonly findings: readonly Finding[];
  readonly missing: readonly MissingInput[];
};

/**
 * Combines outcomes in three-valued logic (RULES.md reading 5): any `not-met` gives `not-met`;
 * otherwise any `unknown` gives `unknown`; otherwise (all `met`, or none at all) `met`.
 *
 * @param outcomes - the outcomes to combine
 * @returns the combined outcome
 * @example
 * ```ts
 * import { combineOutcomes } from 'thi-dua-vi-nguoi-ngheo';
 * combineOutcomes(['met', 'unknown']); //=> 'unknown'
 * combineOutcomes(['unknown', 'not-met']); //=> 'not-met'
 * combineOutcomes([]); //=> 'met'
 * ```
 */
export function combineOutcomes(outcomes: Iterable<Outcome>): Outcome {
  let combined: Outcome = 'met';
  for (const outcome of outcomes) {
    combined = both(combined, outcome);
    if (combined === 'not-met') break;
  }
  return combined;
}

/** The conjunction of two outcomes in three-valued logic (reading 5). */
export function both(a: Outcome, b: Outcome): Outcome {
  if (a === 'not-met' || b === 'not-met') return 'not-met';
  return a === 'unknown' || b === 'unknown' ? 'unknown' : 'met';
}

/** Builds an evaluation from the findings made, combining their outcomes (a handful: no early exit). */
export function evaluationOf(findings: readonly Finding[], missing: readonly MissingInput[]): Evaluation {
  let outcome: Outcome = 'met';
  for (const finding of findings) outcome = both(outcome, finding.outcome);
  return { outcome, findings, missing };
}
