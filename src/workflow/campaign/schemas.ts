/**
 * The zod schemas of the campaign record's events and records. Objects are strict. A record's
 * schema checks its shape only; `parseCampaignRecord` also replays its history through the table
 * and checks its seals.
 *
 * @module
 */
import * as z from 'zod';
import { MAX_HISTORY_ENTRIES } from '../../core/issues.js';
import { CAMPAIGN_EVENT_TYPES, CAMPAIGN_STATUSES } from '../../core/workflow-codes.js';
import { CivilDateSchema, RoleSchema } from '../../validation/inputs.js';
import { ActorSchema, SealSchema } from '../kernel/schemas.js';
import type { CampaignEvent, CampaignHistoryEntry, CampaignRecord } from './types.js';

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
    actor: ActorSchema.exactOptional(),
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
    seal: SealSchema.exactOptional(),
  }))();

/**
 * The schema of a saved {@link CampaignRecord} (`schemaVersion` 1). Shape only: the replay of the
 * history and the seals are `parseCampaignRecord`'s.
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
    history: z.array(CampaignHistoryEntrySchema).max(MAX_HISTORY_ENTRIES).readonly(),
    seal: SealSchema.exactOptional(),
  }))();

// The hand-written public types and the schemas must describe the same data, both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShapes: [
  Same<z.output<typeof CampaignEventSchema>, CampaignEvent>,
  Same<z.output<typeof CampaignHistoryEntrySchema>, CampaignHistoryEntry>,
  Same<z.output<typeof CampaignRecordSchema>, CampaignRecord>,
] = [true, true, true];
void sameShapes;
