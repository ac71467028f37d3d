/**
 * What every evaluator returns, and the three-valued logic that combines findings
 * (docs/interpretations.md reading 5).
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
  /** The rule the finding is about: a clause id of the plan (`III.3.a`, docs/plan.md), a guidance's criterion, or a legal rule. */
  readonly rule: string;
  /** What the rule says of the input. */
  readonly outcome: Outcome;
  /** The finding in words, citing the rule, in both languages. */
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
  /** The rule that needs the input (a clause id such as `III.1`, `III.2.b.1`, `III.4`). */
  readonly rule: string;
  /** Where the input goes in a `Nomination`; `[]` for the annual guidance, which is an option. */
  readonly path: readonly string[];
  /** The input's name, in both languages. */
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
  /** The combined outcome of the findings (three-valued, docs/interpretations.md reading 5). */
  readonly outcome: Outcome;
  /** The findings, clause by clause, in the order the plan's rules are applied. */
  readonly findings: readonly Finding[];
  /** The inputs still missing to decide; empty when the outcome does not depend on anything unknown. */
  readonly missing: readonly MissingInput[];
};

/**
 * Combines outcomes in three-valued logic (docs/interpretations.md reading 5): any `not-met` gives `not-met`;
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
