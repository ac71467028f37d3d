/**
 * III.1 — who may be rewarded (Đối tượng).
 *
 * @module
 */
import type { Subject } from '../core/inputs.js';
import type { EvaluationOptions } from './options.js';
import { type HouseholdClass, SUBJECT_CATEGORIES, type SubjectCategory, type SubjectClass } from '../core/codes.js';
import { CONTRIBUTION_LABEL, contributionText, householdClassDisagreesText, householdStatusText } from '../text/findings.js';
import { HOUSEHOLD_CLASS_NAMES } from '../plan/names.js';
import type { Outcome } from '../core/types.js';
import type { Evaluation, Finding, MissingInput } from './evaluation.js';

/**
 * The class of a subject category (III.1.1 collectives, III.1.2 individuals). Households are
 * collectives.
 *
 * @param category - a subject category
 * @returns `collective` or `individual`
 * @example
 * ```ts
 * import { subjectClassOf } from 'thi-dua-vi-nguoi-ngheo';
 * subjectClassOf('near-poor-household'); //=> 'collective'
 * subjectClassOf('worker'); //=> 'individual'
 * ```
 */
export function subjectClassOf(category: SubjectCategory): SubjectClass {
  switch (category) {
    case 'unit':
    case 'poor-household':
    case 'near-poor-household':
    case 'escaped-poverty-household':
      return 'collective';
    case 'civil-servant':
    case 'public-employee':
    case 'worker':
      return 'individual';
    /* v8 ignore next 2 -- @preserve: unreachable, the switch is exhaustive */
    default:
      return category satisfies never;
  }
}

/**
 * Whether a category is one of the three household statuses of III.1.1.
 *
 * @param category - a subject category
 * @returns true for `poor-household`, `near-poor-household`, `escaped-poverty-household`
 * @example
 * ```ts
 * import { isHousehold } from 'thi-dua-vi-nguoi-ngheo';
 * isHousehold('escaped-poverty-household'); //=> true
 * isHousehold('unit'); //=> false
 * ```
 */
export function isHousehold(category: SubjectCategory): boolean {
  return category === 'poor-household' || category === 'near-poor-household' || category === 'escaped-poverty-household';
}

/**
 * The clause of III.1 that lists a category: III.1.1 for collectives, III.1.2 for individuals.
 *
 * @param category - a subject category
 * @returns `'III.1.1'` or `'III.1.2'`
 * @example
 * ```ts
 * import { eligibilityClauseOf } from 'thi-dua-vi-nguoi-ngheo';
 * eligibilityClauseOf('public-employee'); //=> 'III.1.2'
 * ```
 */
export function eligibilityClauseOf(category: SubjectCategory): 'III.1.1' | 'III.1.2' {
  return subjectClassOf(category) === 'collective' ? 'III.1.1' : 'III.1.2';
}

type EligibilityTable = {
  readonly [C in SubjectCategory]: { readonly [O in Outcome]: Finding };
};

// Findings are data: built once per category and outcome, shared by every evaluation. The tables
// are built by functions called with a `@__PURE__` annotation, so that a bundler can drop them.
function buildEligibilityFindings(): EligibilityTable {
  return Object.freeze(
    Object.fromEntries(
      SUBJECT_CATEGORIES.map((category) => {
        const rule = eligibilityClauseOf(category);
        const make = (outcome: Outcome): Finding =>
          Object.freeze({
            rule,
            outcome,
            message: Object.freeze(isHousehold(category) ? householdStatusText(category) : contributionText(category, rule, outcome)),
          });
        return [category, Object.freeze({ met: make('met'), 'not-met': make('not-met'), unknown: make('unknown') })];
      }),
    ) as EligibilityTable,
  );
}
const ELIGIBILITY_FINDINGS: EligibilityTable = /* @__PURE__ */ buildEligibilityFindings();

type ContributionMissing = { readonly [C in SubjectCategory]: readonly MissingInput[] };
function buildContributionMissing(): ContributionMissing {
  return Object.freeze(
    Object.fromEntries(
      SUBJECT_CATEGORIES.map((category) => [
        category,
        Object.freeze([
          Object.freeze({
            rule: eligibilityClauseOf(category),
            path: Object.freeze(['subject', 'contributesToPovertyReduction']),
            label: CONTRIBUTION_LABEL,
          }),
        ]),
      ]),
    ) as ContributionMissing,
  );
}
const CONTRIBUTION_MISSING: ContributionMissing = /* @__PURE__ */ buildContributionMissing();

const NOTHING_MISSING: readonly MissingInput[] = /* @__PURE__ */ Object.freeze([]);

/** What III.1 reads of a subject. */
export type EligibilityInput = Pick<Subject, 'category' | 'contributesToPovertyReduction'>;

/** The III.1 finding for a subject, and what it is missing (shared frozen objects). */
export function eligibilityFindingOf(subject: EligibilityInput): { finding: Finding; missing: readonly MissingInput[] } {
  const table = ELIGIBILITY_FINDINGS[subject.category];
  // docs/interpretations.md reading 3: a household's category is its status on the official list, taken as
  // given; the contribution flag is ignored for it.
  if (isHousehold(subject.category)) return { finding: table.met, missing: NOTHING_MISSING };
  const contributes = subject.contributesToPovertyReduction;
  if (contributes === true) return { finding: table.met, missing: NOTHING_MISSING };
  if (contributes === false) return { finding: table['not-met'], missing: NOTHING_MISSING };
  return { finding: table.unknown, missing: CONTRIBUTION_MISSING[subject.category] };
}

/**
 * Whether a subject may be rewarded under III.1: a unit or an individual must have contributed to
 * the province's poverty-reduction goal (`contributesToPovertyReduction`; missing = `unknown`); a
 * household is eligible by the status the caller asserts (docs/interpretations.md reading 3).
 *
 * @param subject - the subject, already parsed
 * @param options - accepted like every evaluator's; eligibility (III.1) does not depend on the guidance
 * @returns `met` when eligible, with one finding citing III.1.1 or III.1.2
 * @example
 * ```ts
 * import { checkEligibility } from 'thi-dua-vi-nguoi-ngheo';
 * checkEligibility({ id: 'w1', name: 'Hoàng Văn Nam', category: 'worker', contributesToPovertyReduction: false }).outcome;
 * //=> 'not-met'
 * checkEligibility({ id: 'h1', name: 'Hộ ông Lý Văn Páo', category: 'poor-household' }).outcome;
 * //=> 'met'
 * ```
 */
export function checkEligibility(subject: Subject, options?: EvaluationOptions): Evaluation {
  void options;
  const { finding, missing } = eligibilityFindingOf(subject);
  const warning = householdClassWarningOf(subject);
  return { outcome: finding.outcome, findings: warning === undefined ? [finding] : [finding, warning], missing };
}

/** Whether a classification agrees with a household's listed status. */
function agrees(category: SubjectCategory, householdClass: HouseholdClass): boolean {
  switch (category) {
    case 'poor-household':
      return householdClass === 'poor';
    case 'near-poor-household':
      return householdClass === 'near-poor';
    case 'escaped-poverty-household':
      return householdClass !== 'poor';
    default:
      return true;
  }
}

/**
 * The warning of docs/interpretations.md reading 3: a household's official status decides, but when the caller
 * supplies a classification (`householdClass`) that disagrees with it, the evaluation says so.
 */
export function householdClassWarningOf(subject: Subject): Finding | undefined {
  const { householdClass } = subject;
  if (householdClass === undefined || !isHousehold(subject.category) || agrees(subject.category, householdClass)) return undefined;
  return {
    rule: 'III.1.1',
    outcome: 'met',
    severity: 'warning',
    message: householdClassDisagreesText(subject.category, HOUSEHOLD_CLASS_NAMES[householdClass]),
  };
}
