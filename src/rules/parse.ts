/**
 * The boundary: untrusted data in, typed data or validation issues out.
 *
 * @module
 */
import type { Nomination, Subject } from '../core/inputs.js';
import type { EvaluationOptions } from './options.js';
import type { Result } from '../core/types.js';
import type * as z from 'zod';
import type { Guidance } from '../guidance/guidance.js';
import { guidanceList } from '../guidance/options.js';
import {
  ActivityIdsSchema,
  AssessmentSchema,
  EvidenceSchema,
  NominationSchema,
  OutcomeSchema,
  SubjectSchema,
} from '../validation/inputs.js';
import { parseWith } from '../validation/issues.js';
import type { ValidationIssue } from '../core/issues.js';

/**
 * Validates untrusted data as a {@link Subject}. Never throws; unknown keys are issues.
 *
 * @param input - untrusted data (a parsed JSON body, a form's values)
 * @returns the subject, or every issue found with its path, code and message
 * @example
 * ```ts
 * import { parseSubject } from 'thi-dua-vi-nguoi-ngheo';
 * const result = parseSubject({ id: 'h7', name: 'Hộ bà Nông Thị Lan', category: 'near-poor-household' });
 * result.ok; //=> true
 * ```
 */
export function parseSubject(input: unknown): Result<Subject, ValidationIssue[]> {
  return parseWith(SubjectSchema, input);
}

/**
 * Validates untrusted data as a {@link Nomination}. Never throws; unknown keys are issues, and
 * every issue names its path from the nomination's root.
 *
 * @param input - untrusted data
 * @param options - the annual guidance (III.4): the assessment may then carry its criteria's ids too
 * @returns the nomination, or every issue found
 * @example
 * ```ts
 * import { parseNomination } from 'thi-dua-vi-nguoi-ngheo';
 * const result = parseNomination({
 *   id: 'n1',
 *   subject: { id: 'w1', name: 'Bế Văn Tú', category: 'worker', contributesToPovertyReduction: 'yes' },
 *   form: 'director-certificate',
 *   occasion: { kind: 'annual', year: 2024 },
 *   assessment: {},
 * });
 * if (!result.ok) result.error.map((i) => `${i.path.join('.')}: ${i.message.en}`);
 * //=> ['subject.contributesToPovertyReduction: Wrong type: expected a boolean (true/false), received a string.']
 * ```
 */
export function parseNomination(input: unknown, options?: EvaluationOptions): Result<Nomination, ValidationIssue[]> {
  return parseWith(nominationSchemaFor(options), input);
}

// One extended schema per list of guidance objects, however the options give them (one guidance,
// or a list — often a fresh array on every call): a trie of weak maps keyed by each guidance in
// turn. Only frozen guidance is cached (defineGuidance freezes it, so its ids never change); a
// hand-made, mutable one is read afresh on every call.
type CacheNode = { schema?: z.ZodType<Nomination>; readonly next: WeakMap<object, CacheNode> };
const extended: CacheNode = { next: new WeakMap() };

/** The extended schema for the criteria of these guidances. */
function buildNominationSchema(list: readonly Guidance[]): z.ZodType<Nomination> {
  const ids = [...new Set(list.flatMap((g) => g.criteria.map((c) => c.id)))];
  const assessment = AssessmentSchema.extend(Object.fromEntries(ids.map((id) => [id, OutcomeSchema.exactOptional()])));
  const evidence = EvidenceSchema.extend(Object.fromEntries(ids.map((id) => [id, ActivityIdsSchema.exactOptional()])));
  // safeExtend keeps the plan's refinement; the guidance's criteria are then checked against
  // the categories the guidance gives them.
  const guidanceIds = new Set(ids);
  return NominationSchema.safeExtend({ assessment, evidence: evidence.exactOptional() }).superRefine((nomination, ctx) => {
    const { category } = nomination.subject;
    // The guidance criteria criteriaFor lists for the category (not its module: the criteria's texts stay out of the parsers).
    const applicable = new Set(list.flatMap((g) => g.criteria.filter((c) => c.categories.includes(category)).map((c) => c.id)));
    for (const id of Object.keys(nomination.assessment)) {
      if (guidanceIds.has(id) && !applicable.has(id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['assessment', id],
          message: `${id} does not apply to ${category}`,
          params: { reason: 'criterion_not_applicable', name: id, category },
        });
      }
    }
  }) as unknown as z.ZodType<Nomination>;
}

/**
 * The nomination schema whose assessment (and evidence) also takes the criteria of the given
 * guidance: the plan's own without any; built once per (frozen) guidance, or list of them.
 *
 * @internal
 */
export function nominationSchemaFor(options: EvaluationOptions | undefined): z.ZodType<Nomination> {
  const list = guidanceList(options);
  if (list.length === 0) return NominationSchema;
  if (!list.every((g) => Object.isFrozen(g))) return buildNominationSchema(list);
  let node = extended;
  for (const guidance of list) {
    let child = node.next.get(guidance);
    if (child === undefined) {
      child = { next: new WeakMap() };
      node.next.set(guidance, child);
    }
    node = child;
  }
  node.schema ??= buildNominationSchema(list);
  return node.schema;
}
