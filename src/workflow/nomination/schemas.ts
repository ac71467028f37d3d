/**
 * The zod schemas of the nomination workflow's events and records. Objects are strict: an unknown
 * key is an issue, never silently dropped. A record's schema checks its shape only;
 * `parseNominationRecord` also replays its history through the transition table and checks the
 * nomination and the seals against it. The event types of each shape come from
 * `NOMINATION_EVENT_GROUPS`.
 *
 * @module
 */
import * as z from 'zod';
import { MAX_HISTORY_ENTRIES } from '../../core/issues.js';
import { CivilDateSchema, NominationSchema, NonBlankStringSchema, RoleSchema } from '../../validation/inputs.js';
import { DECISIONS, NOMINATION_EVENT_GROUPS, NOMINATION_STATUSES } from '../../core/workflow-codes.js';
import { ActorSchema, SealSchema } from '../kernel/schemas.js';
import type { CreateEvent, HistoryEntry, NominationEvent, NominationRecord } from './types.js';

/** The schemas of one nomination schema (the plan's, or one extended by a guidance's criteria). */
/**
 * The nomination without its id (AMEND's), keeping the nomination's refinements (the criteria and
 * fields that do not apply to the subject): zod's `.omit` refuses a refined object.
 */
function withoutId(nomination: typeof NominationSchema) {
  const { id: _id, ...shape } = nomination.shape;
  void _id;
  return z
    .strictObject(shape)
    .check(...((nomination._zod.def.checks ?? []) as z.core.$ZodCheck<Omit<z.output<typeof NominationSchema>, 'id'>>[]));
}

function schemasOf(nomination: typeof NominationSchema) {
  const base = { by: RoleSchema, on: CivilDateSchema, actor: ActorSchema.exactOptional() };
  const plain = z.strictObject({ type: z.enum(NOMINATION_EVENT_GROUPS.plain), ...base });
  // SUBMIT may carry the documents the dossier holds when it is sent (IV.1.2: the unit completes
  // the dossier), so a dossier returned for a missing document can be completed and sent again.
  const submit = z.strictObject({
    type: z.enum(NOMINATION_EVENT_GROUPS.submit),
    ...base,
    documents: z.array(NonBlankStringSchema).max(100).exactOptional(),
  });
  const reasoned = z.strictObject({ type: z.enum(NOMINATION_EVENT_GROUPS.reasoned), ...base, reason: NonBlankStringSchema });
  const decide = z.strictObject({
    type: z.enum(NOMINATION_EVENT_GROUPS.decide),
    ...base,
    decision: z.enum(DECISIONS),
    reference: NonBlankStringSchema.exactOptional(),
  });
  const amend = z.strictObject({
    type: z.enum(NOMINATION_EVENT_GROUPS.amend),
    ...base,
    nomination: withoutId(nomination),
    reason: NonBlankStringSchema.exactOptional(),
  });
  const event = z.discriminatedUnion('type', [plain, submit, reasoned, decide, amend]);
  const create = z.strictObject({ type: z.literal('CREATE'), on: CivilDateSchema, actor: ActorSchema.exactOptional(), nomination });
  const entry = z.strictObject({
    event: z.discriminatedUnion('type', [create, plain, submit, reasoned, decide, amend]),
    status: z.enum(NOMINATION_STATUSES),
    guidance: z
      .array(z.strictObject({ number: NonBlankStringSchema, date: CivilDateSchema }))
      .max(100)
      .readonly()
      .exactOptional(),
    seal: SealSchema.exactOptional(),
  });
  const record = z.strictObject({
    schemaVersion: z.literal(2),
    nomination,
    status: z.enum(NOMINATION_STATUSES),
    history: z.array(entry).max(MAX_HISTORY_ENTRIES).readonly(),
    seal: SealSchema.exactOptional(),
  });
  return { event, create, entry, record };
}

const PLAN_SCHEMAS = /* @__PURE__ */ (() => schemasOf(NominationSchema))();

/**
 * The schema of a {@link NominationEvent}: a union on `type` (the shapes of
 * `NOMINATION_EVENT_GROUPS`); `on` a real calendar day; `actor`, when given, with a non-blank id
 * and name; `reason` (RETURN, WITHDRAW) non-blank; `decision` (DECIDE) `award` or `reject`, with
 * an optional non-blank `reference` (the decision's number); `nomination` (AMEND) a nomination
 * without `id`.
 *
 * @example
 * ```ts
 * import { NominationEventSchema } from 'thi-dua-vi-nguoi-ngheo/schemas';
 * NominationEventSchema.safeParse({ type: 'SUBMIT', by: 'unit-head', on: '2023-10-16' }).success; //=> true
 * NominationEventSchema.safeParse({ type: 'RETURN', by: 'department-office', on: '2023-10-20' }).success; //=> false (no reason)
 * ```
 */
export const NominationEventSchema = /* @__PURE__ */ (() => PLAN_SCHEMAS.event)();

/**
 * The schema of the creation entry's event, `{ type: 'CREATE', on, nomination, actor? }`.
 *
 * @example
 * ```ts
 * import { sampleNominations } from 'thi-dua-vi-nguoi-ngheo/testing';
 * import { CreateEventSchema } from 'thi-dua-vi-nguoi-ngheo/schemas';
 * CreateEventSchema.safeParse({ type: 'CREATE', on: '2023-10-02', nomination: sampleNominations[0] }).success; //=> true
 * ```
 */
export const CreateEventSchema = /* @__PURE__ */ (() => PLAN_SCHEMAS.create)();

/**
 * The schema of one {@link HistoryEntry}: the event (the creation or a nomination event), the
 * status after it, the guidance it was evaluated under and its seal (both optional).
 *
 * @example
 * ```ts
 * import { HistoryEntrySchema } from 'thi-dua-vi-nguoi-ngheo/schemas';
 * HistoryEntrySchema.safeParse({ event: { type: 'PROPOSE', by: 'unit-head', on: '2023-10-10' }, status: 'proposed' }).success; //=> true
 * ```
 */
export const HistoryEntrySchema = /* @__PURE__ */ (() => PLAN_SCHEMAS.entry)();

/**
 * The schema of a saved {@link NominationRecord} (`schemaVersion` 2). Shape only: the replay of
 * the history, the nomination's binding to it and the seals are `parseNominationRecord`'s.
 *
 * @example
 * ```ts
 * import { NominationRecordSchema } from 'thi-dua-vi-nguoi-ngheo/schemas';
 * NominationRecordSchema.safeParse({ schemaVersion: 1 }).success; //=> false
 * ```
 */
export const NominationRecordSchema = /* @__PURE__ */ (() => PLAN_SCHEMAS.record)();

/** The event and record schemas whose nominations take a guidance's criteria too, one set per schema. */
const extended = new WeakMap<object, ReturnType<typeof schemasOf>>();

/**
 * The event and record schemas for a nomination schema: the plan's ({@link NominationEventSchema},
 * {@link NominationRecordSchema}), or built once for a schema extended by a guidance.
 */
export function nominationWorkflowSchemas(nomination: z.ZodType<unknown>): {
  readonly event: z.ZodType<NominationEvent>;
  readonly record: z.ZodType<NominationRecord>;
} {
  if (nomination === NominationSchema)
    return PLAN_SCHEMAS as unknown as { event: z.ZodType<NominationEvent>; record: z.ZodType<NominationRecord> };
  let schemas = extended.get(nomination);
  if (schemas === undefined) {
    // An extended nomination schema is NominationSchema with a wider assessment: an object schema.
    schemas = schemasOf(nomination as unknown as typeof NominationSchema);
    extended.set(nomination, schemas);
  }
  return schemas as unknown as { event: z.ZodType<NominationEvent>; record: z.ZodType<NominationRecord> };
}

// The hand-written public types and the schemas must describe the same data, both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShapes: [
  Same<z.output<typeof NominationEventSchema>, NominationEvent>,
  Same<z.output<typeof CreateEventSchema>, CreateEvent>,
  Same<z.output<typeof HistoryEntrySchema>, HistoryEntry>,
  Same<z.output<typeof NominationRecordSchema>, NominationRecord>,
] = [true, true, true, true];
void sameShapes;
