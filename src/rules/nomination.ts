/**
 * A nomination as a whole: eligibility (III.1), criteria (III.2, III.4) and timing (III.3).
 *
 * @module
 */
import type { Nomination } from '../core/inputs.js';
import type { EvaluationOptions } from './options.js';
import { collectCriteria } from './criteria.js';
import { type Evaluation, evaluationOf, type Finding, type MissingInput } from './evaluation.js';
import { addGuidanceCriteria, guidanceCriteria, hasEffect, legalFindings } from './options-layer.js';
import { timingFindingOf } from './rewards.js';
import { eligibilityFindingOf, householdClassWarningOf } from './subjects.js';

/**
 * Evaluates a nomination against the plan, clause by clause: whether the subject may be rewarded
 * (III.1.1 / III.1.2), each of its criteria (III.2.a / III.2.b; III.4 for households), and whether
 * the form is given at the occasion (III.3.a / b / c). The outcome combines the findings in
 * three-valued logic; `missing` lists what still has to be filled in to decide.
 *
 * With `options.guidance`, the criteria of the guidance for the nomination's occasion, category and
 * form follow the plan's (a household's III.4 finding then cites the guidance); with
 * `options.legal`, findings from the law in force follow the timing: the deciding authority with
 * its article, the one-achievement rule against `options.awarded` (refused under the 2022 law, a
 * warning before 2024), and the thematic mark of the movement's awards.
 *
 * @param nomination - the nomination, already parsed (see {@link parseNomination})
 * @param options - the annual guidance (III.4) and the legal regime
 * @returns the evaluation: findings in the order eligibility, criteria, timing
 * @example
 * ```ts
 * import { evaluateNomination } from 'thi-dua-vi-nguoi-ngheo';
 * const evaluation = evaluateNomination({
 *   id: 'n1',
 *   subject: { id: 'p1', name: 'Phòng Kế hoạch - Tài chính', category: 'unit', contributesToPovertyReduction: true },
 *   form: 'labor-order',
 *   occasion: { kind: 'annual', year: 2024 },
 *   assessment: { 'III.2.a.1': 'met', 'III.2.a.2': 'met', 'III.2.a.3': 'met' },
 * });
 * evaluation.outcome; //=> 'not-met'
 * evaluation.findings.at(-1)?.message.vi;
 * //=> 'III.3.a: Huân chương Lao động chỉ xét vào dịp sơ kết, tổng kết; dịp này là khen thưởng hằng năm 2024.'
 * ```
 */
export function evaluateNomination(nomination: Nomination, options?: EvaluationOptions): Evaluation {
  const { subject, assessment } = nomination;
  // Built on each call by the evaluators' own functions (checkEligibility, evaluateCriteria,
  // timingFindingOf): the arrays are new and the caller's; the findings in them are the
  // evaluators' frozen ones. Order: III.1, its warning, the plan's criteria (III.2 / III.4), the
  // guidance's criteria, III.3, then the law's findings.
  const eligibility = eligibilityFindingOf(subject);
  const findings: Finding[] = [eligibility.finding];
  const missing: MissingInput[] = eligibility.missing.length === 0 ? [] : [...eligibility.missing];
  const warning = householdClassWarningOf(subject);
  if (warning !== undefined) findings.push(warning);
  collectCriteria(subject.category, assessment, findings, missing);
  if (hasEffect(options)) {
    const criteria = guidanceCriteria(subject.category, options, { form: nomination.form, occasion: nomination.occasion });
    addGuidanceCriteria(subject.category, assessment, criteria, findings, missing);
  }
  findings.push(timingFindingOf(nomination.form, nomination.occasion));
  if (hasEffect(options)) findings.push(...legalFindings(nomination, options));
  return evaluationOf(findings, missing);
}
