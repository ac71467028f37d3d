/**
 * The zod schemas of the workflow's events and records (API.md "Nomination workflow", "Campaign
 * record"). Objects are strict: an unknown key is an issue, never silently dropped. A record's
 * schema checks its shape only; `parseNominationRecord` / `parseCampaignRecord` also replay its
 * history through the transition table.
 *
 * @module
 */
import * as z from 'zod';
import { CivilDateSchema, NominationSchema, NonBlankStringSchema, RoleSchema } from '../validation/inputs.js';
import { CAMPAIGN_EVENT_TYPES, CAMPAIGN_STATUSES, DECISIONS, NOMINATION_STATUSES } from '../core/workflow-codes.js';
import { type CampaignEvent, type CampaignHistoryEntry, type CampaignRecord, type CreateEvent, type HistoryEntry, type NominationEvent, type NominationRecord } from './types.js';

const PlainEventSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    type: z.enum(['PROPOSE', 'COMPILE', 'SELECT', 'FORWARD']),
    by: RoleSchema,
    on: CivilDateSchema,
  }))();

// SUBMIT may carry the documents the dossier holds when it is sent (IV.1.2: the unit completes
// the dossier), so a dossier returned for a missing document can be completed and sent again.
const SubmitEventSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    type: z.literal('SUBMIT'),
    by: RoleSchema,
    on: CivilDateSchema,
    documents: z.array(NonBlankStringSchema).max(100).exactOptional(),
  }))();

const ReasonedEventSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    type: z.enum(['RETURN', 'WITHDRAW']),
    by: RoleSchema,
    on: CivilDateSchema,
    reason: NonBlankStringSchema,
  }))();

const DecideEventSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    type: z.literal('DECIDE'),
    by: RoleSchema,
    on: CivilDateSchema,
    decision: z.enum(DECISIONS),
    reference: NonBlankStringSchema.exactOptional(),
  }))();

/**
 * The schema of a {@link NominationEvent}: a union on `type`; `on` a real calendar day; `reason`
 * (RETURN, WITHDRAW) non-blank; `decision` (DECIDE) `award` or `reject`, with an optional
 * non-blank `reference` (the decision's number).
 *
 * @example
 * ```ts
 * import { NominationEventSchema } from 'thi-dua-vi-nguoi-ngheo/schemas';
 * NominationEventSchema.safeParse({ type: 'SUBMIT', by: 'unit-head', on: '2023-10-16' }).success; //=> true
 * NominationEventSchema.safeParse({ type: 'RETURN', by: 'department-office', on: '2023-10-20' }).success; //=> false (no reason)
 * ```
 */
export const NominationEventSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion('type', [PlainEventSchema, SubmitEventSchema, ReasonedEventSchema, DecideEventSchema]))();

/**
 * The schema of the creation entry's event, `{ type: 'CREATE', on }`.
 *
 * @example
 * ```ts
 * import { CreateEventSchema } from 'thi-dua-vi-nguoi-ngheo/schemas';
 * CreateEventSchema.safeParse({ type: 'CREATE', on: '2023-10-02' }).success; //=> true
 * ```
 */
export const CreateEventSchema = /* @__PURE__ */ (() =>
  z.strictObject({ type: z.literal('CREATE'), on: CivilDateSchema }))();

/**
 * The schema of one {@link HistoryEntry}: the event (the creation or a nomination event) and the
 * status after it.
 *
 * @example
 * ```ts
 * import { HistoryEntrySchema } from 'thi-dua-vi-nguoi-ngheo/schemas';
 * HistoryEntrySchema.safeParse({ event: { type: 'CREATE', on: '2023-10-02' }, status: 'draft' }).success; //=> true
 * ```
 */
export const HistoryEntrySchema = /* @__PURE__ */ (() =>
  z.strictObject({
    event: z.discriminatedUnion('type', [CreateEventSchema, PlainEventSchema, SubmitEventSchema, ReasonedEventSchema, DecideEventSchema]),
    status: z.enum(NOMINATION_STATUSES),
  }))();

/**
 * The schema of a saved {@link NominationRecord} (`schemaVersion` 1). Shape only: the replay of
 * the history is `parseNominationRecord`'s.
 *
 * @example
 * ```ts
 * import { NominationRecordSchema } from 'thi-dua-vi-nguoi-ngheo/schemas';
 * NominationRecordSchema.safeParse({ schemaVersion: 2 }).success; //=> false
 * ```
 */
export const NominationRecordSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    schemaVersion: z.literal(1),
    nomination: NominationSchema,
    status: z.enum(NOMINATION_STATUSES),
    history: z.array(HistoryEntrySchema).readonly(),
  }))();

/**
 * The schema of a {@link CampaignEvent}.
 *
 * @example
 * ```ts
 * import { CampaignEventSchema } from 'thi-dua-vi-nguoi-ngheo/schemas';
 * CampaignEventSchema.safeParse({ type: 'LAUNCH', by: 'director', on: '2022-10-05' }).success; //=> true
 * ```
 */
export const CampaignEventSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    type: z.enum(CAMPAIGN_EVENT_TYPES),
    by: RoleSchema,
    on: CivilDateSchema,
  }))();

/**
 * The schema of one {@link CampaignHistoryEntry}.
 *
 * @example
 * ```ts
 * import { CampaignHistoryEntrySchema } from 'thi-dua-vi-nguoi-ngheo/schemas';
 * CampaignHistoryEntrySchema.safeParse({ event: { type: 'LAUNCH', by: 'director', on: '2022-10-05' }, status: 'running' }).success;
 * //=> true
 * ```
 */
export const CampaignHistoryEntrySchema = /* @__PURE__ */ (() =>
  z.strictObject({
    event: CampaignEventSchema,
    status: z.enum(CAMPAIGN_STATUSES),
  }))();

/**
 * The schema of a saved {@link CampaignRecord} (`schemaVersion` 1). Shape only: the replay of the
 * history is `parseCampaignRecord`'s.
 *
 * @example
 * ```ts
 * import { CampaignRecordSchema } from 'thi-dua-vi-nguoi-ngheo/schemas';
 * CampaignRecordSchema.safeParse({ schemaVersion: 1, status: 'planned', history: [] }).success; //=> true
 * ```
 */
export const CampaignRecordSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    schemaVersion: z.literal(1),
    status: z.enum(CAMPAIGN_STATUSES),
    history: z.array(CampaignHistoryEntrySchema).readonly(),
  }))();

// The hand-written public types and the schemas must describe the same data, both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShapes: [
  Same<z.output<typeof NominationEventSchema>, NominationEvent>,
  Same<z.output<typeof CreateEventSchema>, CreateEvent>,
  Same<z.output<typeof HistoryEntrySchema>, HistoryEntry>,
  Same<z.output<typeof NominationRecordSchema>, NominationRecord>,
  Same<z.output<typeof CampaignEventSchema>, CampaignEvent>,
  Same<z.output<typeof CampaignHistoryEntrySchema>, CampaignHistoryEntry>,
  Same<z.output<typeof CampaignRecordSchema>, CampaignRecord>,
] = [true, true, true, true, true, true, true];
void sameShapes;
