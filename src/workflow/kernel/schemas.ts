/**
 * The zod schemas both machines' events and records share: the actor and the seal.
 *
 * @module
 */
import * as z from 'zod';
import { NonBlankStringSchema } from '../../validation/inputs.js';

/**
 * The schema of an `Actor`: strict, `id` and `name` non-blank.
 *
 * @example
 * ```ts
 * import { ActorSchema } from 'thi-dua-vi-nguoi-ngheo/schemas';
 * ActorSchema.safeParse({ id: 'u-0042', name: 'Nông Văn Sơn' }).success; //=> true
 * ActorSchema.safeParse({ id: 'u-0042' }).success; //=> false
 * ```
 */
export const ActorSchema = /* @__PURE__ */ (() => z.strictObject({ id: NonBlankStringSchema, name: NonBlankStringSchema }))();

/**
 * The schema of a seal: an HMAC-SHA-256 in lower-case hex (64 characters).
 *
 * @example
 * ```ts
 * import { SealSchema } from 'thi-dua-vi-nguoi-ngheo/schemas';
 * SealSchema.safeParse('0'.repeat(64)).success; //=> true
 * ```
 */
export const SealSchema = /* @__PURE__ */ (() => z.string().regex(/^[0-9a-f]{64}$/))();
