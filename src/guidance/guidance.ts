/**
 * The annual guidance of Sở Nội vụ (III.4) as data: the standards the plan leaves to it —
 * criteria of its own per subject category and reward form, quotas, and the dossier.
 *
 * @module
 */
import * as z from 'zod';
import type { Occasion } from '../core/inputs.js';
import { OCCASION_KINDS, REWARD_FORMS, type RewardForm, SUBJECT_CATEGORIES, SUBJECT_CLASSES, type SubjectCategory } from '../core/codes.js';
import { CivilDateSchema, NonBlankStringSchema } from '../validation/inputs.js';
import { parseWith } from '../validation/issues.js';
import type { CivilDate, Result, Text } from '../core/types.js';
import { deepFreeze } from '../core/freeze.js';
import type { DossierRequirement } from './dossier-documents.js';
import { MAX_LIST_ENTRIES, type ValidationIssue } from '../core/issues.js';

const TextSchema = /* @__PURE__ */ (() => z.strictObject({ vi: NonBlankStringSchema, en: NonBlankStringSchema }))();

/**
 * A criterion that a guidance adds: its id (unique in the guidance, never a plan criterion id),
 * its name, the item of the guidance it comes from, and whom it applies to.
 *
 * @example
 * ```ts
 * import type { GuidanceCriterion } from 'thi-dua-vi-nguoi-ngheo';
 * const c: GuidanceCriterion = {
 *   id: 'HD.2.1',
 *   label: { vi: 'Thoát nghèo bền vững, không tái nghèo', en: 'Escaped poverty for good' },
 *   item: 'mục 2.1',
 *   categories: ['escaped-poverty-household'],
 * };
 * ```
 */
export type GuidanceCriterion = {
  /** The criterion's id, unique in the guidance and never one of the plan's criterion ids. */
  readonly id: string;
  /** The criterion's name, as the guidance words it. */
  readonly label: Text;
  /** The item of the guidance that sets it (cited in findings), e.g. "mục 2.1". */
  readonly item: string;
  /** The subject categories it applies to (for households, the criteria the plan leaves to III.4). */
  readonly categories: readonly SubjectCategory[];
  /** The forms it applies to; absent: every form. */
  readonly forms?: readonly RewardForm[];
};

/**
 * A quota: at most `maxCount` nominations, or at most `maxShare` (0–1) of a unit's nominations of
 * the occasion, for a form, per proposing unit.
 *
 * @example
 * ```ts
 * import type { GuidanceQuota } from 'thi-dua-vi-nguoi-ngheo';
 * const q: GuidanceQuota = { form: 'provincial-certificate', maxCount: 2, item: 'mục 3' };
 * ```
 */
export type GuidanceQuota = {
  /** The form the quota limits. */
  readonly form: RewardForm;
  /** At most this many nominations of the form per proposing unit and occasion (a whole number). */
  readonly maxCount?: number;
  /** At most this share (0–1, rounded down) of the unit's nominations of the occasion. With `maxCount` too, the smaller limit holds. */
  readonly maxShare?: number;
  /** The item of the guidance that sets the quota (cited in `QuotaExcess`). */
  readonly item: string;
};

/**
 * One annual guidance (III.4): who issued it, its number and date, the occasions it applies to,
 * and the criteria, quotas and dossier it sets.
 *
 * @example
 * ```ts
 * import { defineGuidance } from 'thi-dua-vi-nguoi-ngheo';
 * const result = defineGuidance({
 *   issuer: { vi: 'Sở Nội vụ tỉnh Cao Bằng', en: 'Department of Home Affairs of Cao Bằng' },
 *   number: '01/HD-SNV',
 *   date: '2024-01-15',
 *   occasions: [{ kind: 'annual', year: 2024 }],
 *   criteria: [],
 * });
 * result.ok; //=> true
 * ```
 */
export type Guidance = {
  /** The body that issued it (in the plan, Sở Nội vụ, III.4). */
  readonly issuer: Text;
  /** Its number, e.g. '01/HD-SNV' (cited in every finding it adds). */
  readonly number: string;
  /** The day it was issued. */
  readonly date: CivilDate;
  /** The occasions it applies to; for any other occasion it is ignored. */
  readonly occasions: readonly Occasion[];
  /** The criteria it adds after the plan's (never in place of them, docs/interpretations.md reading 15). */
  readonly criteria: readonly GuidanceCriterion[];
  /** The quotas it sets per proposing unit, checked by `checkQuotas`. */
  readonly quotas?: readonly GuidanceQuota[];
  /** The dossier it requires, checked by `checkDossier` in place of the law's default. */
  readonly dossier?: {
    /** The documents required, each limited to some forms or not. */
    readonly documents: readonly (DossierRequirement & {
      /** The forms the document is required for; absent: every form. */
      readonly forms?: readonly RewardForm[];
    })[];
  };
  /** A note the caller keeps with it, e.g. "example, not law". */
  readonly note?: string;
};

const ItemSchema = NonBlankStringSchema;

/**
 * The zod schema of a {@link Guidance}: strict; criterion ids unique and never a plan criterion id;
 * shares between 0 and 1; counts whole numbers.
 *
 * @example
 * ```ts
 * import { GuidanceSchema } from 'thi-dua-vi-nguoi-ngheo/schemas';
 * GuidanceSchema.safeParse({}).success; //=> false
 * ```
 */
export const GuidanceSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      issuer: TextSchema,
      number: NonBlankStringSchema,
      date: CivilDateSchema,
      occasions: z
        .array(z.strictObject({ kind: z.enum(OCCASION_KINDS), year: z.int() }))
        .max(MAX_LIST_ENTRIES)
        .min(1),
      criteria: z
        .array(
          z.strictObject({
            id: NonBlankStringSchema.refine((id) => !/^III\.2\./.test(id), {
              message: 'plan criterion id',
              params: { reason: 'plan_criterion_id' },
            }).refine((id) => !(id in Object.prototype), { message: 'reserved id', params: { reason: 'reserved_id' } }),
            label: TextSchema,
            item: ItemSchema,
            categories: z.array(z.enum(SUBJECT_CATEGORIES)).max(MAX_LIST_ENTRIES).min(1),
            forms: z.array(z.enum(REWARD_FORMS)).max(MAX_LIST_ENTRIES).min(1).exactOptional(),
          }),
        )
        .max(MAX_LIST_ENTRIES),
      quotas: z
        .array(
          z.strictObject({
            form: z.enum(REWARD_FORMS),
            maxCount: z.int().min(0).exactOptional(),
            maxShare: z.number().min(0).max(1).exactOptional(),
            item: ItemSchema,
          }),
        )
        .max(MAX_LIST_ENTRIES)
        .exactOptional(),
      dossier: z
        .strictObject({
          documents: z
            .array(
              z.strictObject({
                id: NonBlankStringSchema,
                label: TextSchema,
                cites: NonBlankStringSchema,
                classes: z.array(z.enum(SUBJECT_CLASSES)).max(MAX_LIST_ENTRIES).min(1).exactOptional(),
                categories: z.array(z.enum(SUBJECT_CATEGORIES)).max(MAX_LIST_ENTRIES).min(1).exactOptional(),
                forms: z.array(z.enum(REWARD_FORMS)).max(MAX_LIST_ENTRIES).min(1).exactOptional(),
              }),
            )
            .max(MAX_LIST_ENTRIES),
        })
        .exactOptional(),
      note: z.string().exactOptional(),
    })
    .superRefine((g, ctx) => {
      const seen = new Set<string>();
      g.criteria.forEach((c, i) => {
        if (seen.has(c.id))
          ctx.addIssue({ code: 'custom', path: ['criteria', i, 'id'], message: 'duplicate', params: { reason: 'duplicate_id' } });
        seen.add(c.id);
      });
      g.quotas?.forEach((q, i) => {
        if (q.maxCount === undefined && q.maxShare === undefined) {
          ctx.addIssue({ code: 'custom', path: ['quotas', i], message: 'empty quota', params: { reason: 'empty_quota' } });
        }
      });
    }))();

/**
 * Validates a guidance given as data (a JSON file, a form) and returns it deeply frozen, or every
 * issue with its path, code and a Vietnamese and English message. Never throws.
 *
 * @param input - untrusted data
 * @returns the guidance, or the issues
 * @example
 * ```ts
 * import { defineGuidance } from 'thi-dua-vi-nguoi-ngheo';
 * const bad = defineGuidance({ issuer: { vi: 'Sở Nội vụ', en: 'DoHA' }, number: '01/HD', date: '2024-02-30', occasions: [], criteria: [] });
 * bad.ok || bad.error.map((i) => i.path.join('.')); //=> ['date', 'occasions']
 * ```
 */
export function defineGuidance(input: unknown): Result<Guidance, ValidationIssue[]> {
  const parsed = parseWith(GuidanceSchema as unknown as z.ZodType<Guidance>, input);
  return parsed.ok ? { ok: true, value: deepFreeze(parsed.value) } : parsed;
}
