/**
 * The options of `summarizeAwards`, and their check at the boundary.
 *
 * @module
 */
import * as z from 'zod';
import { toCivilDate } from '../core/dates.js';
import type { Occasion } from '../core/inputs.js';
import { CivilDateSchema, OccasionSchema } from '../validation/inputs.js';
import { MAX_LIST_ENTRIES, type ValidationIssue } from '../core/issues.js';
import { parseWith } from '../validation/issues.js';
import { periodReversedText } from '../text/reports.js';
import type { CivilDate, DateInput, Result } from '../core/types.js';
import type { CampaignRecord } from '../workflow/index.js';
import { type Issuer, IssuerSchema, PLAN_ISSUER } from '../law/issuer.js';
import { rewardAmountOf } from '../law/reward-amount.js';
import type { MoneyOptions } from './money.js';
import { CampaignRecordSchema } from '../workflow/schemas.js';

/**
 * What to count, as of which day, and for whom (all optional):
 * - `occasions` — only the nominations of these occasions (kind and year);
 * - `from`, `to` — only the records created (their first history entry) in this period, both
 *   ends included;
 * - `asOf` — read every record as it stood at the end of this day: later history entries are not
 *   read, records created later are left out; the campaign's milestones are placed on this day.
 *   Default: the latest day in the records' and the campaign's histories;
 * - `campaign` — the campaign record (III.5): the summary then holds its compliance rows;
 * - `unitNames` — the names of the proposing units, by id (the records hold ids only);
 * - `issuer` — the department the report is of (its heading), default `PLAN_ISSUER`;
 * - `amounts` — the base-salary and reward tables, or the rounding, for the money
 *   (`rewardAmountOf`'s options; default: the library's tables).
 *
 * A `Date` is read as its Vietnamese day.
 *
 * @example
 * ```ts
 * import type { SummaryOptions } from 'thi-dua-vi-nguoi-ngheo/reports';
 * const options: SummaryOptions = {
 *   occasions: [{ kind: 'final-review', year: 2025 }],
 *   asOf: '2025-12-31',
 *   unitNames: { 'ban-qlda': 'Ban Quản lý dự án đầu tư xây dựng công trình giao thông' },
 * };
 * ```
 */
export type SummaryOptions = {
  /** Only the nominations of these occasions. */
  readonly occasions?: readonly Occasion[];
  /** Only the records created on or after this day. */
  readonly from?: DateInput;
  /** Only the records created on or before this day. */
  readonly to?: DateInput;
  /** The day the records are read as of. */
  readonly asOf?: DateInput;
  /** The campaign record, for the milestones' compliance. */
  readonly campaign?: CampaignRecord;
  /** The names of the proposing units, by unit id. */
  readonly unitNames?: Readonly<Record<string, string>>;
  /** The department the report is of. */
  readonly issuer?: Issuer;
  /** The tables and rounding of the money. */
  readonly amounts?: MoneyOptions;
};

/** The options once checked: days as civil dates. */
export type CheckedOptions = {
  readonly occasions: readonly Occasion[] | undefined;
  readonly from: CivilDate | undefined;
  readonly to: CivilDate | undefined;
  readonly asOf: CivilDate | undefined;
  readonly campaign: CampaignRecord | undefined;
  readonly unitNames: ReadonlyMap<string, string>;
  readonly issuer: Issuer;
  readonly amounts: MoneyOptions | undefined;
};

/** Unit names: at most `MAX_LIST_ENTRIES`, counted before any is read (the cost stays bounded). */
const UnitNamesSchema = /* @__PURE__ */ (() =>
  z
    .unknown()
    .superRefine((value, ctx) => {
      if (value !== null && typeof value === 'object' && Object.keys(value).length > MAX_LIST_ENTRIES) {
        ctx.addIssue({ code: 'custom', message: 'too many entries', params: { reason: 'too_many_entries' } });
      }
    })
    .pipe(z.record(z.string(), z.string())))();

const DateInputSchema = /* @__PURE__ */ (() => z.union([CivilDateSchema, z.date()]))();

const SummaryOptionsSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      occasions: z.array(OccasionSchema).max(MAX_LIST_ENTRIES).readonly().optional(),
      from: DateInputSchema.optional(),
      to: DateInputSchema.optional(),
      asOf: DateInputSchema.optional(),
      campaign: CampaignRecordSchema.optional(),
      unitNames: UnitNamesSchema.optional(),
      issuer: IssuerSchema.optional(),
      amounts: z.unknown().optional(),
    })
    .optional())();

const dayOf = (input: DateInput | undefined): CivilDate | undefined => (input === undefined ? undefined : toCivilDate(input));

/**
 * Checks the options (strict: an unknown key is an issue; days must be real days; `from` not
 * after `to`). Never throws.
 *
 * @internal
 */
export function checkOptions(options: unknown): Result<CheckedOptions, ValidationIssue[]> {
  const parsed = parseWith(SummaryOptionsSchema, options);
  if (!parsed.ok) return parsed;
  const value = parsed.value ?? {};
  const from = dayOf(value.from);
  const to = dayOf(value.to);
  if (from !== undefined && to !== undefined && from > to) {
    return { ok: false, error: [{ path: ['from'], code: 'period_reversed', message: periodReversedText(from, to) }] };
  }
  // The money's options are rewardAmountOf's: asked once here, so that a bad table is an issue of
  // the options and not an unknown amount for every award.
  const amounts = (options as SummaryOptions | undefined)?.amounts;
  if (amounts !== undefined) {
    const probe = rewardAmountOf({ form: 'director-certificate', recipient: 'individual', decidedOn: '2025-12-31' }, amounts);
    if (!probe.ok && probe.error.code === 'INVALID_INPUT') {
      return { ok: false, error: (probe.error.issues ?? []).map((i) => ({ ...i, path: ['amounts', ...i.path.slice(1)] })) };
    }
  }
  return {
    ok: true,
    value: {
      occasions: value.occasions,
      from,
      to,
      asOf: dayOf(value.asOf),
      // The caller's typed record (the schema checked its shape; its replay is parseCampaignRecord's).
      campaign: (options as SummaryOptions | undefined)?.campaign,
      unitNames: new Map(Object.entries(value.unitNames ?? {})),
      issuer: value.issuer ?? PLAN_ISSUER,
      amounts,
    },
  };
}
