/**
 * The zod schema of an activity of the movement: a union on `kind`, each member strict, with the
 * figures and clauses of its kind. Shape only: the plan's period (2021–2025) and unique ids are
 * checked by `parseActivity` / `parseActivities` (`./activities`).
 *
 * @module
 */
import * as z from 'zod';
import type { Activity, FundContribution, GiftOrVisit, HouseholdSupport, Publication, SupportModel } from '../core/activity.js';
import { ACTIVITY_KIND_CLAUSES } from '../plan/activity-kinds.js';
import { CivilDateSchema, NonBlankStringSchema } from './inputs.js';

/** A whole, non-negative number within the safe integers (`z.int()`): đồng, households, people. */
const CountSchema = /* @__PURE__ */ (() => z.int().min(0))();

const ActorSchema = /* @__PURE__ */ (() => z.strictObject({ subjectId: NonBlankStringSchema }))();

const common = /* @__PURE__ */ (() => ({
  id: NonBlankStringSchema,
  by: ActorSchema,
  on: CivilDateSchema,
  description: NonBlankStringSchema.max(2000),
  documents: z.array(NonBlankStringSchema).max(100).readonly().exactOptional(),
}))();

const FundContributionSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    kind: z.literal('fund-contribution'),
    clause: z.enum(ACTIVITY_KIND_CLAUSES['fund-contribution']),
    ...common,
    amount: CountSchema,
    contributors: CountSchema.exactOptional(),
  }))();

const HouseholdSupportSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    kind: z.literal('household-support'),
    clause: z.enum(ACTIVITY_KIND_CLAUSES['household-support']),
    ...common,
    households: CountSchema,
    amount: CountSchema.exactOptional(),
    people: CountSchema.exactOptional(),
  }))();

const GiftOrVisitSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    kind: z.literal('gift-or-visit'),
    clause: z.enum(ACTIVITY_KIND_CLAUSES['gift-or-visit']),
    ...common,
    amount: CountSchema.exactOptional(),
    households: CountSchema.exactOptional(),
    people: CountSchema.exactOptional(),
  }))();

const SupportModelSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    kind: z.literal('support-model'),
    clause: z.enum(ACTIVITY_KIND_CLAUSES['support-model']),
    ...common,
    amount: CountSchema.exactOptional(),
    households: CountSchema.exactOptional(),
    people: CountSchema.exactOptional(),
  }))();

const PublicationSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    kind: z.literal('publication'),
    clause: z.enum(ACTIVITY_KIND_CLAUSES.publication),
    ...common,
  }))();

/**
 * The schema of an `Activity`: a union on `kind` (`fund-contribution`, `household-support`,
 * `gift-or-visit`, `support-model`, `publication`); each member strict (a figure its kind does not
 * record is an unknown key), `clause` one of its kind's clauses, figures whole and non-negative
 * (`amount` in đồng), `on` a real calendar day, `description` non-blank (at most 2000
 * characters). The plan's period and unique ids are the parsers' (`./activities`).
 *
 * @example
 * ```ts
 * import { ActivitySchema } from 'thi-dua-vi-nguoi-ngheo/schemas';
 * ActivitySchema.safeParse({
 *   id: 'HD-1', kind: 'fund-contribution', clause: 'IV.4', by: { subjectId: 'cong-doan-so' },
 *   on: '2023-10-17', amount: -5, description: 'Ủng hộ Quỹ Vì người nghèo',
 * }).success; //=> false (a negative amount)
 * ```
 */
export const ActivitySchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion('kind', [
    FundContributionSchema,
    HouseholdSupportSchema,
    GiftOrVisitSchema,
    SupportModelSchema,
    PublicationSchema,
  ]))();

// The hand-written public types and the schema must describe the same data, both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShapes: [
  Same<z.output<typeof FundContributionSchema>, FundContribution>,
  Same<z.output<typeof HouseholdSupportSchema>, HouseholdSupport>,
  Same<z.output<typeof GiftOrVisitSchema>, GiftOrVisit>,
  Same<z.output<typeof SupportModelSchema>, SupportModel>,
  Same<z.output<typeof PublicationSchema>, Publication>,
  Same<z.output<typeof ActivitySchema>, Activity>,
] = [true, true, true, true, true, true];
void sameShapes;
