/**
 * A nomination as a whole: eligibility (III.1), criteria (III.2, III.4) and timing (III.3).
 *
 * @module
 */
import type { Nomination } from '../inputs.js';
import type { EvaluationOptions } from '../options.js';
import { collectCriteria } from './criteria.js';
import { type Evaluation, evaluationOf, type Finding, type MissingInput } from './evaluation.js';
import { timingFindingOf } from './rewards.js';
import { eligibilityFindingOf } from './subjects.js';

/**
 * Evaluates a nomination against the plan, clause by clause: whether the subject may be rewarded
 * (III.1.1 / III.1.2), each of its criteria (III.2.a / III.2.b; III.4 for households), and whether
 * the form is given at the occasion (III.3.a / b / c). The outcome combines the findings in
 * three-valued logic; `missing` lists what still has to be filled in to decide.
 *
 * @param nomination - the nomination, already parsed (see {@link parseNomination})
 * @param options - reserved for the annual guidance (III.4)
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
  void options;
  const eligibility = eligibilityFindingOf(nomination.subject);
  const findings: Finding[] = [eligibility.finding];
  const missing: MissingInput[] = eligibility.missing.length === 0 ? [] : [...eligibility.missing];
  collectCriteria(nomination.subject.category, nomination.assessment, findings, missing);
  findings.push(timingFindingOf(nomination.form, nomination.occasion));
  return evaluationOf(findings, missing);
}
