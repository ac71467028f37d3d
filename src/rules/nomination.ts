/**
 * A nomination as a whole: eligibility (III.1), criteria (III.2, III.4) and timing (III.3).
 *
 * @module
 */
import type { Assessment, Nomination, Subject } from '../core/inputs.js';
import type { EvaluationOptions } from './options.js';
import { OUTCOMES, SUBJECT_CATEGORIES, type SubjectCategory } from '../core/codes.js';
import type { Outcome } from '../core/types.js';
import { collectCriteria } from './criteria.js';
import { both, type Evaluation, evaluationOf, type Finding, type MissingInput } from './evaluation.js';
import { addGuidanceCriteria, guidanceCriteria, hasEffect, legalFindings } from './options-layer.js';
import { timingFindingOf } from './rewards.js';
import { type EligibilityInput, eligibilityFindingOf, householdClassWarningOf } from './subjects.js';

// The subject's part of an evaluation (III.1 and III.2 / III.4) depends on four small things only:
// the category, the contribution flag (true / false / missing) and, for a unit or an individual,
// the outcomes of its three criteria (met / not-met / unknown-or-missing). That is at most
// 7 × 3 × 27 = 567 states. The findings, the missing inputs and the combined outcome of each state
// are worded by the same functions as `checkEligibility` and `evaluateCriteria` (so the texts are
// theirs, byte for byte) the first time the state is seen, frozen, and shared after that: an
// evaluation then costs a few comparisons and two small allocations.

/** The subject's part of an evaluation: its findings, what it is missing, and their combined outcome. */
type SubjectPart = {
  readonly findings: readonly Finding[];
  readonly missing: readonly MissingInput[];
  readonly outcome: Outcome;
};

const STATES_PER_CATEGORY = 3 * 27; // contribution × three criteria
const subjectParts: (SubjectPart | undefined)[] = /* @__PURE__ */ new Array<SubjectPart | undefined>(
  SUBJECT_CATEGORIES.length * STATES_PER_CATEGORY,
).fill(undefined);

/** met → 0, not-met → 1, anything else (unknown, missing) → 2: the order of `OUTCOMES`. */
function outcomeIndex(outcome: Outcome | undefined): number {
  return outcome === 'met' ? 0 : outcome === 'not-met' ? 1 : 2;
}

/** Words the subject's part of an evaluation through the evaluators' own functions. */
function wordSubjectPart(subject: EligibilityInput, assessment: Assessment): SubjectPart {
  const eligibility = eligibilityFindingOf(subject);
  const findings: Finding[] = [eligibility.finding];
  const missing: MissingInput[] = [...eligibility.missing];
  collectCriteria(subject.category, assessment, findings, missing);
  return { findings, missing, outcome: evaluationOf(findings, missing).outcome };
}

/** Words the subject's part of a state once, from a subject and an assessment in that state, frozen. */
function buildSubjectPart(category: SubjectCategory, state: number): SubjectPart {
  const contribution = Math.floor(state / 27);
  const subject = contribution === 2 ? { category } : { category, contributesToPovertyReduction: contribution === 0 };
  const first = OUTCOMES[Math.floor(state / 9) % 3] as Outcome;
  const second = OUTCOMES[Math.floor(state / 3) % 3] as Outcome;
  const third = OUTCOMES[state % 3] as Outcome;
  // Both classes' criteria: collectCriteria reads only those of the subject's class.
  const assessment: Assessment = {
    'III.2.a.1': first,
    'III.2.a.2': second,
    'III.2.a.3': third,
    'III.2.b.1': first,
    'III.2.b.2': second,
    'III.2.b.3': third,
  };
  const { findings, missing, outcome } = wordSubjectPart(subject, assessment);
  return Object.freeze({ findings: Object.freeze(findings), missing: Object.freeze(missing), outcome });
}

/** The subject's part of the evaluation of a nomination, from the shared table. */
function subjectPartOf(subject: Subject, assessment: Assessment): SubjectPart {
  // A category of the wrong type (-1) reads an empty slot below the table, and wording it throws,
  // as checkEligibility does: nothing is cached.
  const c = SUBJECT_CATEGORIES.indexOf(subject.category);
  let state = 0; // a household's part depends on its category only (docs/interpretations.md readings 2 and 3)
  if (c === 0) {
    state = stateOf(subject, assessment['III.2.a.1'], assessment['III.2.a.2'], assessment['III.2.a.3']);
  } else if (c >= 4) {
    state = stateOf(subject, assessment['III.2.b.1'], assessment['III.2.b.2'], assessment['III.2.b.3']);
  }
  const index = c * STATES_PER_CATEGORY + state;
  let part = subjectParts[index];
  if (part === undefined) {
    part = buildSubjectPart(subject.category, state);
    subjectParts[index] = part;
  }
  return part;
}

/** The state of a unit or an individual: its contribution flag and its three criteria, in base 3. */
function stateOf(subject: Subject, first: Outcome | undefined, second: Outcome | undefined, third: Outcome | undefined): number {
  const contributes = subject.contributesToPovertyReduction;
  const contribution = contributes === true ? 0 : contributes === false ? 1 : 2;
  return contribution * 27 + outcomeIndex(first) * 9 + outcomeIndex(second) * 3 + outcomeIndex(third);
}

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
  const part = subjectPartOf(nomination.subject, nomination.assessment);
  const timing = timingFindingOf(nomination.form, nomination.occasion);
  const warning = householdClassWarningOf(nomination.subject);
  if (!hasEffect(options) && warning === undefined) {
    // A new array each time (the caller owns it); its findings and `missing` are shared and frozen.
    const findings: Finding[] = [...part.findings, timing];
    return { outcome: both(part.outcome, timing.outcome), findings, missing: part.missing };
  }
  // With options (or a household's classification to compare): the warning after III.1, the
  // guidance's criteria after the plan's (III.4), then timing, then the law's findings.
  const findings: Finding[] = [...part.findings];
  if (warning !== undefined) findings.splice(1, 0, warning);
  const missing: MissingInput[] = [...part.missing];
  const { category } = nomination.subject;
  const criteria = guidanceCriteria(category, options, { form: nomination.form, occasion: nomination.occasion });
  addGuidanceCriteria(category, nomination.assessment, criteria, findings, missing);
  findings.push(timing, ...(options === undefined ? [] : legalFindings(nomination, options)));
  return evaluationOf(findings, missing);
}
