/**
 * JSON Schema documents generated from the zod schemas, for applications in other languages. The
 * build writes each to `dist/schemas/<name>.schema.json`, shipped as
 * `thi-dua-vi-nguoi-ngheo/schemas/<name>.schema.json`.
 *
 * @module
 */
import * as z from 'zod';
import { CampaignEventSchema, CampaignRecordSchema, NominationEventSchema, NominationRecordSchema } from './workflow/schemas.js';
import { ActivitySchema } from './validation/activity.js';
import { NominationSchema, SubjectSchema } from './validation/inputs.js';
import { IssuerSchema } from './law/issuer.js';
import { deepFreeze } from './core/freeze.js';

/**
 * The schemas shipped as JSON Schema files, by file name.
 *
 * @example
 * ```ts
 * import { JSON_SCHEMA_SOURCES } from 'thi-dua-vi-nguoi-ngheo/schemas';
 * Object.keys(JSON_SCHEMA_SOURCES).includes('nomination'); //=> true
 * ```
 */
export const JSON_SCHEMA_SOURCES = /* @__PURE__ */ deepFreeze({
  subject: SubjectSchema,
  nomination: NominationSchema,
  'nomination-event': NominationEventSchema,
  'nomination-record': NominationRecordSchema,
  'campaign-event': CampaignEventSchema,
  'campaign-record': CampaignRecordSchema,
  issuer: IssuerSchema,
  activity: ActivitySchema,
} as const satisfies Record<string, z.ZodType>);

/**
 * The name of a shipped JSON Schema file, without `.schema.json`.
 *
 * @example
 * ```ts
 * import type { JsonSchemaName } from 'thi-dua-vi-nguoi-ngheo/schemas';
 * const name: JsonSchemaName = 'subject';
 * ```
 */
export type JsonSchemaName = keyof typeof JSON_SCHEMA_SOURCES;

/**
 * The JSON Schema (draft 2020-12) of an input, as the input side of the zod schema describes it
 * (`io: 'input'`), with an `$id` naming the file.
 *
 * @param name - a shipped schema's name
 * @returns a plain JSON object
 * @example
 * ```ts
 * import { jsonSchemaOf } from 'thi-dua-vi-nguoi-ngheo/schemas';
 * jsonSchemaOf('subject').additionalProperties; //=> false
 * ```
 */
export function jsonSchemaOf(name: JsonSchemaName): Record<string, unknown> {
  const schema = z.toJSONSchema(JSON_SCHEMA_SOURCES[name], { io: 'input', target: 'draft-2020-12' });
  return { $id: `thi-dua-vi-nguoi-ngheo/schemas/${name}.schema.json`, ...schema };
}
