/**
 * The zod schemas of both machines' events and records, for the `./schemas` entry.
 *
 * @module
 */
export { CreateEventSchema, HistoryEntrySchema, NominationEventSchema, NominationRecordSchema } from './nomination/schemas.js';
export { CampaignEventSchema, CampaignHistoryEntrySchema, CampaignRecordSchema } from './campaign/schemas.js';
export { ActorSchema, SealSchema } from './kernel/schemas.js';
