/**
 * The zod schemas of the evaluators' inputs (API.md "Inputs"). Objects are strict: an unknown
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
export const NonBlankStringSchema = /* @__PURE__ */ (() =>
  z.string().min(1, { abort: true }).regex(NON_BLANK))();

/**
 * A calendar day written `YYYY-MM-DD` that exists (`2023-02-29` does not).
 *
 * @example
 * ```ts
 * import { CivilDateSchema } from 'thi-dua-vi-nguoi-ngheo/schemas';
 * CivilDateSchema.safeParse('2024-02-29').success; //=> true
 * ```
 */
export const CivilDateSchema = /* @__PURE__ */ (() =>
  z.iso.date())();

/**
 * The schema of an `Outcome`.
 *
 * @example
 * ```ts
 * import { OutcomeSchema } from 'thi-dua-vi-nguoi-ngheo/schemas';
 * OutcomeSchema.parse('met'); //=> 'met'
 * ```
 */
export const OutcomeSchema = /* @__PURE__ */ (() =>
  z.enum(OUTCOMES))();

/**
 * The schema of a `Role`.
 *
 * @example
 * ```ts
 * import { RoleSchema } from 'thi-dua-vi-nguoi-ngheo/schemas';
 * RoleSchema.safeParse('director').success; //=> true
 * ```
 */
export const RoleSchema = /* @__PURE__ */ (() =>
  z.enum(ROLES))();

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

/**
 * The schema of a `Subject`: strict, id and name non-blank, the contribution flag optional.
 *
 * @example
 * ```ts
 * import { SubjectSchema } from 'thi-dua-vi-nguoi-ngheo/schemas';
 * SubjectSchema.safeParse({ id: 'u1', name: 'Phòng Vận tải', category: 'unit' }).success; //=> true
 * ```
 */
export const SubjectSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: NonBlankStringSchema,
    name: NonBlankStringSchema,
    category: z.enum(SUBJECT_CATEGORIES),
    contributesToPovertyReduction: z.boolean().exactOptional(),
    officialList: z
      .strictObject({ commune: NonBlankStringSchema, year: z.int(), decision: NonBlankStringSchema })
      .exactOptional(),
    householdClass: z.enum(HOUSEHOLD_CLASSES).exactOptional(),
    profile: SubjectProfileSchema.exactOptional(),
  }))();

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
 * The schema of a `Nomination`.
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
  z.strictObject({
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
  }))();

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
