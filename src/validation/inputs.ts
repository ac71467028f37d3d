/**
 * The zod schemas of the evaluators' inputs (docs/getting-started.md). Objects are strict: an unknown
 * key is an issue, never silently dropped.
 *
 * @module
 */
import * as z from 'zod';
import type { Assessment, Evidence, Nomination, Occasion, Subject, SubjectProfile } from '../core/inputs.js';
import { NON_BLANK } from '../core/patterns.js';
import {
  CRITERION_IDS,
  type CriterionId,
  HOUSEHOLD_CLASSES,
  LABOR_ORDER_CLASSES,
  OCCASION_KINDS,
  OUTCOMES,
  REWARD_FORMS,
  ROLES,
  SUBJECT_CATEGORIES,
  type SubjectCategory,
} from '../core/codes.js';

/**
 * A non-empty string that is not only white space (ids and names): `""` is `too_small`, `"  "`
 * is `invalid_format` (pattern `\S`). Expressed as a pattern so that the JSON Schema says the same.
 *
 * @example
 * ```ts
 * import { NonBlankStringSchema } from 'thi-dua-vi-nguoi-ngheo/schemas';
 * NonBlankStringSchema.safeParse('  ').success; //=> false
 * ```
 */
export const NonBlankStringSchema = /* @__PURE__ */ (() => z.string().min(1, { abort: true }).regex(NON_BLANK))();

/**
 * A calendar day written `YYYY-MM-DD` that exists (`2023-02-29` does not).
 *
 * @example
 * ```ts
 * import { CivilDateSchema } from 'thi-dua-vi-nguoi-ngheo/schemas';
 * CivilDateSchema.safeParse('2024-02-29').success; //=> true
 * ```
 */
export const CivilDateSchema = /* @__PURE__ */ (() => z.iso.date())();

/**
 * The schema of an `Outcome`.
 *
 * @example
 * ```ts
 * import { OutcomeSchema } from 'thi-dua-vi-nguoi-ngheo/schemas';
 * OutcomeSchema.parse('met'); //=> 'met'
 * ```
 */
export const OutcomeSchema = /* @__PURE__ */ (() => z.enum(OUTCOMES))();

/**
 * The schema of a `Role`.
 *
 * @example
 * ```ts
 * import { RoleSchema } from 'thi-dua-vi-nguoi-ngheo/schemas';
 * RoleSchema.safeParse('director').success; //=> true
 * ```
 */
export const RoleSchema = /* @__PURE__ */ (() => z.enum(ROLES))();

/**
 * The schema of a `SubjectProfile`: strict, every field optional; texts non-blank, at most 1,000
 * characters; the year of birth a four-digit whole number.
 *
 * @example
 * ```ts
 * import { SubjectProfileSchema } from 'thi-dua-vi-nguoi-ngheo/schemas';
 * SubjectProfileSchema.safeParse({ position: 'Chuyên viên', birthYear: 1980 }).success; //=> true
 * SubjectProfileSchema.safeParse({ gender: 'm' }).success; //=> false
 * ```
 */
export const SubjectProfileSchema = /* @__PURE__ */ (() => {
  const text = NonBlankStringSchema.max(1000);
  return z.strictObject({
    position: text.exactOptional(),
    workplace: text.exactOptional(),
    gender: z.enum(['male', 'female']).exactOptional(),
    birthYear: z.int().min(1000).max(9999).exactOptional(),
    parent: text.exactOptional(),
  });
})();

/** A household's category (III.1.1): the official list and a classification are a household's alone. */
const isHouseholdCategory = (category: SubjectCategory): boolean => category.endsWith('-household');

/** A field or a criterion given for a subject it does not apply to: refused with its path, never ignored. */
function notApplicable(
  ctx: z.RefinementCtx,
  reason: 'field_not_applicable' | 'criterion_not_applicable',
  path: (string | number)[],
  name: string,
  category: SubjectCategory,
): void {
  ctx.addIssue({ code: 'custom', path, message: reason, params: { reason, name, category } });
}

/**
 * The subject's fields that do not apply to its category (docs/plan.md III.1): the official list
 * and the household class are a household's; the profile's position, workplace, gender and year of
 * birth an individual's; its superior body (`parent`) a collective's.
 */
function refineSubject(subject: Subject, ctx: z.RefinementCtx): void {
  const { category, profile } = subject;
  const household = isHouseholdCategory(category);
  for (const field of household ? [] : (['officialList', 'householdClass'] as const)) {
    if (subject[field] !== undefined) notApplicable(ctx, 'field_not_applicable', [field], field, category);
  }
  const individual = category !== 'unit' && !household;
  for (const field of individual ? (['parent'] as const) : (['position', 'workplace', 'gender', 'birthYear'] as const)) {
    if (profile?.[field] !== undefined) notApplicable(ctx, 'field_not_applicable', ['profile', field], `profile.${field}`, category);
  }
}

/**
 * A nomination's refinement: each plan criterion of the assessment that is not of the subject's
 * class (docs/plan.md III.2: III.2.a for a unit, III.2.b for an individual, none for a household,
 * as `criteriaFor` lists them; a test checks both agree) is refused (`criterion_not_applicable`).
 * The evidence's are `checkEvidence`'s finding `not-applicable`; a guidance's criteria are checked
 * where the guidance is known (`nominationSchemaFor`).
 *
 * @internal
 */
export function refineNomination(nomination: Pick<Nomination, 'subject' | 'assessment'>, ctx: z.RefinementCtx): void {
  const { category } = nomination.subject;
  const own = category === 'unit' ? 'III.2.a.' : isHouseholdCategory(category) ? undefined : 'III.2.b.';
  for (const id of Object.keys(nomination.assessment)) {
    // Guidance ids never start with III.2. (defineGuidance refuses them).
    if (id.startsWith('III.2.') && (own === undefined || !id.startsWith(own)))
      notApplicable(ctx, 'criterion_not_applicable', ['assessment', id], id, category);
  }
}

/**
 * The schema of a `Subject`: strict, id and name non-blank, the contribution flag optional; a
 * field that does not apply to the category (`officialList` or `householdClass` on a unit or an
 * individual, an individual's profile fields on a collective, `profile.parent` on an individual)
 * is a `field_not_applicable` issue.
 *
 * @example
 * ```ts
 * import { SubjectSchema } from 'thi-dua-vi-nguoi-ngheo/schemas';
 * SubjectSchema.safeParse({ id: 'u1', name: 'Phòng Vận tải', category: 'unit' }).success; //=> true
 * ```
 */
export const SubjectSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      id: NonBlankStringSchema,
      name: NonBlankStringSchema,
      category: z.enum(SUBJECT_CATEGORIES),
      contributesToPovertyReduction: z.boolean().exactOptional(),
      officialList: z.strictObject({ commune: NonBlankStringSchema, year: z.int(), decision: NonBlankStringSchema }).exactOptional(),
      householdClass: z.enum(HOUSEHOLD_CLASSES).exactOptional(),
      profile: SubjectProfileSchema.exactOptional(),
    })
    .superRefine((subject, ctx) => refineSubject(subject, ctx)))();

/**
 * The schema of an `Occasion`: a kind and a whole year (any year: an occasion the plan does
 * not have is valid input and evaluates `not-met`).
 *
 * @example
 * ```ts
 * import { OccasionSchema } from 'thi-dua-vi-nguoi-ngheo/schemas';
 * OccasionSchema.safeParse({ kind: 'annual', year: 2024.5 }).success; //=> false
 * ```
 */
export const OccasionSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    kind: z.enum(OCCASION_KINDS),
    year: z.int(),
  }))();

/**
 * The schema of an `Assessment`: strict, each criterion id optional with an outcome.
 *
 * @example
 * ```ts
 * import { AssessmentSchema } from 'thi-dua-vi-nguoi-ngheo/schemas';
 * AssessmentSchema.safeParse({ 'III.2.b.1': 'met' }).success; //=> true
 * AssessmentSchema.safeParse({ 'III.2.c.1': 'met' }).success; //=> false
 * ```
 */
export const AssessmentSchema = /* @__PURE__ */ (() =>
  z.strictObject(
    Object.fromEntries(CRITERION_IDS.map((id) => [id, OutcomeSchema.exactOptional()])) as {
      [Id in CriterionId]: z.ZodExactOptional<typeof OutcomeSchema>;
    },
  ))();

/**
 * The activity ids given as evidence for one criterion.
 *
 * @internal
 */
export const ActivityIdsSchema = /* @__PURE__ */ (() => z.array(NonBlankStringSchema).max(100).readonly())();

/**
 * The schema of a nomination's `Evidence`: strict, each criterion id of III.2 optional with a list
 * of activity ids (non-blank, at most 100); another criterion id is an unknown key.
 *
 * @example
 * ```ts
 * import { EvidenceSchema } from 'thi-dua-vi-nguoi-ngheo/schemas';
 * EvidenceSchema.safeParse({ 'III.2.a.3': ['HD-1'] }).success; //=> true
 * EvidenceSchema.safeParse({ 'III.2.c.1': ['HD-1'] }).success; //=> false
 * ```
 */
export const EvidenceSchema = /* @__PURE__ */ (() =>
  z.strictObject(
    Object.fromEntries(CRITERION_IDS.map((id) => [id, ActivityIdsSchema.exactOptional()])) as {
      [Id in CriterionId]: z.ZodExactOptional<typeof ActivityIdsSchema>;
    },
  ))();

/**
 * The schema of a `Nomination`: strict; a plan criterion of another class in the assessment or
 * the evidence (III.2.b on a unit, III.2.a on an individual, any on a household) is a
 * `criterion_not_applicable` issue, never ignored.
 *
 * @example
 * ```ts
 * import { NominationSchema } from 'thi-dua-vi-nguoi-ngheo/schemas';
 * const result = NominationSchema.safeParse({
 *   id: 'n1',
 *   subject: { id: 'w1', name: 'Bế Văn Tú', category: 'worker', contributesToPovertyReduction: true },
 *   form: 'director-certificate',
 *   occasion: { kind: 'annual', year: 2022 },
 *   assessment: {},
 * });
 * result.success; //=> true
 * ```
 */
export const NominationSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      id: NonBlankStringSchema,
      subject: SubjectSchema,
      form: z.enum(REWARD_FORMS),
      occasion: OccasionSchema,
      assessment: AssessmentSchema,
      proposingUnit: NonBlankStringSchema.exactOptional(),
      achievementId: NonBlankStringSchema.exactOptional(),
      documents: z.array(NonBlankStringSchema).max(100).exactOptional(),
      evidence: EvidenceSchema.exactOptional(),
      laborOrderClass: z.enum(LABOR_ORDER_CLASSES).exactOptional(),
    })
    .superRefine(refineNomination))();

// The hand-written public types and the schemas must describe the same data, both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShapes: [
  Same<z.output<typeof SubjectProfileSchema>, SubjectProfile>,
  Same<z.output<typeof SubjectSchema>, Subject>,
  Same<z.output<typeof OccasionSchema>, Occasion>,
  Same<z.output<typeof AssessmentSchema>, Assessment>,
  Same<z.output<typeof EvidenceSchema>, Evidence>,
  Same<z.output<typeof NominationSchema>, Nomination>,
] = [true, true, true, true, true, true];
void sameShapes;
