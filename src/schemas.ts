/**
 * `thi-dua-vi-nguoi-ngheo/schemas` — every zod schema of the library's inputs and records, for
 * applications that compose them into their own schemas. The same schemas are shipped as JSON
 * Schema files, `thi-dua-vi-nguoi-ngheo/schemas/<name>.schema.json`, for other languages.
 *
 * @packageDocumentation
 */
export {
  AssessmentSchema,
  CivilDateSchema,
  EvidenceSchema,
  NominationSchema,
  NonBlankStringSchema,
  OccasionSchema,
  OutcomeSchema,
  RoleSchema,
  SubjectProfileSchema,
  SubjectSchema,
} from './validation/inputs.js';
export { ActivitySchema } from './validation/activity.js';
export { JSON_SCHEMA_SOURCES, type JsonSchemaName, jsonSchemaOf } from './json-schema.js';
export {
  ActorSchema,
  CampaignEventSchema,
  CampaignHistoryEntrySchema,
  CampaignRecordSchema,
  CreateEventSchema,
  HistoryEntrySchema,
  NominationEventSchema,
  NominationRecordSchema,
  SealSchema,
} from './workflow/schemas.js';
export { GuidanceSchema } from './guidance/guidance.js';
export { IssuerSchema } from './law/issuer.js';
export { NON_BLANK_PATTERN } from './core/patterns.js';
