/**
 * III.2 — the emulation criteria (Tiêu chí thi đua), and III.4 for households.
 *
 * @module
 */
import type { Assessment, Subject } from '../core/inputs.js';
import type { EvaluationOptions } from './options.js';
import { CRITERION_IDS, type CriterionId, type RewardForm, SUBJECT_CATEGORIES, type SubjectCategory } from '../core/codes.js';
import { addGuidanceCriteria, guidanceCriteria } from './options-layer.js';
import { CRITERION_NAMES } from '../plan/names.js';
import { criterionText, GUIDANCE_CRITERIA_LABEL, householdCriteriaText } from '../text/findings.js';
import type { Outcome, Text } from '../core/types.js';
import { type Evaluation, evaluationOf, type Finding, type MissingInput } from './evaluation.js';
import { isHousehold, subjectClassOf } from './subjects.js';

/**
 * A criterion as {@link criteriaFor} lists it: its id (also its clause id) and its name.
 *
 * @example
 * ```ts
 * import { criteriaFor, type Criterion } from 'thi-dua-vi-nguoi-ngheo';
 * const first: Criterion | undefined = criteriaFor('unit')[0];
 * first?.id; //=> 'III.2.a.1'
 * ```
 */
export type Criterion = {
  /** The criterion's id, which is also its clause id (III.2.a.1–3, III.2.b.1–3). */
  readonly id: CriterionId;
  /** The criterion's name, from the plan's text. */
  readonly label: Text;
};

// Module-level tables are built by functions called with a `@__PURE__` annotation, so that a
// bundler drops any table the application does not use.
function criteriaOf(ids: readonly CriterionId[]): readonly Criterion[] {
  return Object.freeze(ids.map((id) => Object.freeze({ id, label: CRITERION_NAMES[id] })));
}
const COLLECTIVE_CRITERIA: readonly Criterion[] = /* @__PURE__ */ criteriaOf(['III.2.a.1', 'III.2.a.2', 'III.2.a.3']);
const INDIVIDUAL_CRITERIA: readonly Criterion[] = /* @__PURE__ */ criteriaOf(['III.2.b.1', 'III.2.b.2', 'III.2.b.3']);
const NO_CRITERIA: readonly Criterion[] = /* @__PURE__ */ Object.freeze([]);

/**
 * The plan's criteria for a subject category: III.2.a.1–3 for units, III.2.b.1–3 for
 * individuals, and none for households — the plan gives them no criteria of their own; the
 * annual guidance (III.4) sets them (docs/interpretations.md reading 2). All listed criteria are required
 * together (reading 4).
 *
 * With `options.guidance` (second signature), the criteria that the guidance adds for the category
 * follow the plan's (whatever their occasions and forms; `evaluateNomination` keeps those of its
 * occasion and form).
 *
 * @param category - a subject category
 * @returns the criteria, in the plan's order
 * @example
 * ```ts
 * import { criteriaFor } from 'thi-dua-vi-nguoi-ngheo';
 * criteriaFor('civil-servant').map((c) => c.id); //=> ['III.2.b.1', 'III.2.b.2', 'III.2.b.3']
 * criteriaFor('poor-household'); //=> []
 * ```
 */
export function criteriaFor(category: SubjectCategory): readonly Criterion[];
/**
 * The plan's criteria for a subject category, then those the annual guidance adds for it.
 *
 * @param category - a subject category
 * @param options - the annual guidance (III.4)
 * @returns the plan's criteria, then the guidance's
 * @example
 * ```ts
 * import { criteriaFor } from 'thi-dua-vi-nguoi-ngheo';
 * criteriaFor('unit', {}).length; //=> 3
 * ```
 */
export function criteriaFor(
  category: SubjectCategory,
  options: EvaluationOptions | undefined,
): readonly (Criterion | GuidanceCriterionEntry)[];
export function criteriaFor(category: SubjectCategory, options?: EvaluationOptions): readonly (Criterion | GuidanceCriterionEntry)[] {
  const plan = isHousehold(category) ? NO_CRITERIA : subjectClassOf(category) === 'collective' ? COLLECTIVE_CRITERIA : INDIVIDUAL_CRITERIA;
  const added = guidanceCriteria(category, options);
  // Guidance only adds: the plan's criteria always come first, unchanged.
  return added.length === 0
    ? plan
    : [
        ...plan,
        ...added.map((c) => ({
          id: c.id,
          label: c.label,
          guidance: c.guidance,
          item: c.item,
          ...(c.forms === undefined ? {} : { forms: c.forms }),
        })),
      ];
}

/**
 * A criterion that a guidance adds, as {@link criteriaFor} lists it: its id and name, the
 * guidance's number and item, and the forms it is limited to (absent: every form).
 *
 * @example
 * ```ts
 * import type { GuidanceCriterionEntry } from 'thi-dua-vi-nguoi-ngheo';
 * const c: GuidanceCriterionEntry = { id: 'HD.1', label: { vi: 'Tiêu chí', en: 'Criterion' }, guidance: '01/HD-SNV', item: 'mục 1' };
 * ```
 */
export type GuidanceCriterionEntry = {
  /** The criterion's id, as the guidance defines it (never one of the plan's). */
  readonly id: string;
  /** The criterion's name, as the guidance words it. */
  readonly label: Text;
  /** The number of the guidance that adds it (III.4), e.g. '01/HD-SNV'. */
  readonly guidance: string;
  /** Where in the guidance it is stated, e.g. 'mục 1'. */
  readonly item: string;
  /** The forms it applies to; absent: every form. */
  readonly forms?: readonly RewardForm[];
};

type CriterionFindings = { readonly [Id in CriterionId]: { readonly [O in Outcome]: Finding } };

// One frozen finding per criterion and outcome, shared by every evaluation.
function buildCriterionFindings(): CriterionFindings {
  return Object.freeze(
    Object.fromEntries(
      CRITERION_IDS.map((id) => {
        const make = (outcome: Outcome): Finding =>
          Object.freeze({ rule: id, outcome, message: Object.freeze(criterionText(id, outcome)) });
        return [id, Object.freeze({ met: make('met'), 'not-met': make('not-met'), unknown: make('unknown') })];
      }),
    ) as CriterionFindings,
  );
}
const CRITERION_FINDINGS: CriterionFindings = /* @__PURE__ */ buildCriterionFindings();

type CriterionMissing = { readonly [Id in CriterionId]: MissingInput };
function buildCriterionMissing(): CriterionMissing {
  return Object.freeze(
    Object.fromEntries(
      CRITERION_IDS.map((id) => [id, Object.freeze({ rule: id, path: Object.freeze(['assessment', id]), label: CRITERION_NAMES[id] })]),
    ) as CriterionMissing,
  );
}
const CRITERION_MISSING: CriterionMissing = /* @__PURE__ */ buildCriterionMissing();

type HouseholdCriteria = { readonly [C in SubjectCategory]?: { finding: Finding; missing: MissingInput } };
function buildHouseholdCriteria(): HouseholdCriteria {
  return Object.freeze(
    Object.fromEntries(
      SUBJECT_CATEGORIES.filter(isHousehold).map((category) => [
        category,
        Object.freeze({
          finding: Object.freeze({
            rule: 'III.4',
            outcome: 'unknown' as const,
            message: Object.freeze(householdCriteriaText(category)),
          }),
          missing: Object.freeze({ rule: 'III.4', path: Object.freeze([]), label: GUIDANCE_CRITERIA_LABEL }),
        }),
      ]),
    ),
  );
}
const HOUSEHOLD_CRITERIA: HouseholdCriteria = /* @__PURE__ */ buildHouseholdCriteria();

/** One criterion of a category, with its three findings and its missing input, shared. */
type CategoryCriterion = {
  readonly id: CriterionId;
  readonly findings: { readonly [O in Outcome]: Finding };
  readonly missing: MissingInput;
};
/** What `collectCriteria` reads for a category: a household's III.4 pair, or its class's criteria. */
type CategoryCriteria = {
  readonly household: { readonly finding: Finding; readonly missing: MissingInput } | undefined;
  readonly criteria: readonly CategoryCriterion[];
};

// Per category, everything collectCriteria needs, frozen: one lookup by category, then by index.
function buildCategoryCriteria(): { readonly [C in SubjectCategory]: CategoryCriteria } {
  return Object.freeze(
    Object.fromEntries(
      SUBJECT_CATEGORIES.map((category) => {
        const plan = subjectClassOf(category) === 'collective' ? COLLECTIVE_CRITERIA : INDIVIDUAL_CRITERIA;
        const criteria = Object.freeze(
          plan.map((c) => Object.freeze({ id: c.id, findings: CRITERION_FINDINGS[c.id], missing: CRITERION_MISSING[c.id] })),
        );
        return [category, Object.freeze({ household: HOUSEHOLD_CRITERIA[category], criteria })];
      }),
    ) as { readonly [C in SubjectCategory]: CategoryCriteria },
  );
}
const CATEGORY_CRITERIA: { readonly [C in SubjectCategory]: CategoryCriteria } = /* @__PURE__ */ buildCategoryCriteria();

/**
 * Appends the III.2 findings of a subject's criteria to `findings` and what is unassessed to
 * `missing`. Shared by {@link evaluateCriteria} and the nomination evaluator so that both word
 * and combine the criteria the same way.
 */
export function collectCriteria(category: SubjectCategory, assessment: Assessment, findings: Finding[], missing: MissingInput[]): void {
  // A category of the wrong type reads as an individual's, as `subjectClassOf` has it.
  const entry = CATEGORY_CRITERIA[category] ?? CATEGORY_CRITERIA.worker;
  const { household } = entry;
  if (household !== undefined) {
    // Reading 2 (docs/interpretations.md): without guidance a household's criteria are unknown (III.4).
    findings.push(household.finding);
    missing.push(household.missing);
    return;
  }
  const { criteria } = entry;
  for (let i = 0; i < criteria.length; i++) {
    const criterion = criteria[i] as CategoryCriterion;
    // Reading 5: a missing assessment is unknown, never met.
    const outcome = assessment[criterion.id] ?? 'unknown';
    findings.push(criterion.findings[outcome]);
    if (outcome === 'unknown') missing.push(criterion.missing);
  }
}

/**
 * Evaluates a subject's III.2 criteria against an assessment, in three-valued logic (docs/interpretations.md
 * readings 4 and 5): all criteria of the subject's class are required; any `not-met` → `not-met`;
 * otherwise any unknown or missing entry → `unknown`; otherwise `met`. Entries for criteria that
 * do not apply to the subject are ignored. Households have no criteria in the plan: `unknown`,
 * with a finding citing III.4.
 *
 * @param subject - the subject, already parsed
 * @param assessment - the assessment of its criteria
 * @param options - the annual guidance (III.4): its criteria for the subject's category follow the
 *   plan's — those of every occasion and form it covers, since this function knows neither; use
 *   `evaluateNomination` to keep only the criteria of a nomination's occasion and form
 * @returns one finding per criterion, and the criteria still unassessed in `missing`
 * @example
 * ```ts
 * import { evaluateCriteria } from 'thi-dua-vi-nguoi-ngheo';
 * const subject = { id: 'v1', name: 'Lục Thị Mai', category: 'public-employee' } as const;
 * evaluateCriteria(subject, { 'III.2.b.1': 'met', 'III.2.b.2': 'met' }).outcome; //=> 'unknown'
 * evaluateCriteria(subject, { 'III.2.b.1': 'met', 'III.2.b.2': 'not-met' }).outcome; //=> 'not-met'
 * ```
 */
export function evaluateCriteria(subject: Subject, assessment: Assessment, options?: EvaluationOptions): Evaluation {
  const findings: Finding[] = [];
  const missing: MissingInput[] = [];
  collectCriteria(subject.category, assessment, findings, missing);
  addGuidanceCriteria(subject.category, assessment, guidanceCriteria(subject.category, options), findings, missing);
  return evaluationOf(findings, missing);
}
