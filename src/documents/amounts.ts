/**
 * The money of a decision: each recipient's amount from `rewardAmountOf` on the decision's date,
 * one amount per kind of recipient, the total; and what the law leaves to the caller as issues.
 *
 * @module
 */
import type { RewardForm } from '../core/codes.js';
import type { ValidationIssue } from '../core/issues.js';
import type { Lang, Result } from '../core/types.js';
import { type RecipientKind, type RewardAmount, type RewardAmountError, recipientKindOf, rewardAmountOf } from '../law/reward-amount.js';
import { DOCUMENT_ISSUE_TEXT, type CountedClass } from '../text/documents.js';
import type { ProposalEntry } from '../workflow/proposals.js';
import { cleanLine } from './clean.js';
import { capIssues } from './issues.js';
import type { AmountOptions } from './inputs.js';

const CLASS_OF: { readonly [K in RecipientKind]: CountedClass } = {
  individual: 'individuals',
  collective: 'collectives',
  household: 'households',
};

/** The money of a decision. */
export type DecisionAmounts = {
  /** Each entry's amount, by nomination id. */
  readonly byEntry: ReadonlyMap<string, number>;
  /** The amount of each kind of recipient the decision has. */
  readonly perKind: { readonly [C in CountedClass]?: RewardAmount };
  /** The sum. */
  readonly total: number;
};

/** "0,3" / "0.3". */
function coefficientText(coefficient: number, lang: Lang): string {
  const text = String(Math.round(coefficient * 1000) / 1000);
  return lang === 'vi' ? text.replace('.', ',') : text;
}

/** What an amount rests on, as a decision prints it: "0,3 lần mức lương cơ sở; Nghị định …". */
export function amountBasisText(amounts: DecisionAmounts): string {
  const refs: string[] = [];
  for (const amount of Object.values(amounts.perKind)) {
    for (const citation of amount?.citations ?? []) if (!refs.includes(citation.ref)) refs.push(citation.ref);
  }
  return refs.join('; ');
}

/** A kind's amount as Điều 2 words it: "702.000 đồng (0,3 lần mức lương cơ sở)". */
export function coefficientNote(amount: RewardAmount, lang: Lang): string {
  return lang === 'vi'
    ? `${coefficientText(amount.coefficient, lang)} lần mức lương cơ sở`
    : `${coefficientText(amount.coefficient, lang)} × the base salary`;
}

/** One entry's amount of `form` on the day `decidedOn`, with the caller's options. */
export function amountOfEntry(
  entry: ProposalEntry,
  form: RewardForm,
  decidedOn: string,
  options: AmountOptions | undefined,
): Result<RewardAmount, RewardAmountError> {
  const kind = recipientKindOf(entry.subject);
  const coefficient = options?.coefficients?.[kind];
  return rewardAmountOf(
    { form, recipient: kind, decidedOn, ...(entry.laborOrderClass === undefined ? {} : { laborOrderClass: entry.laborOrderClass }) },
    {
      ...(coefficient === undefined ? {} : { coefficient }),
      ...(options?.baseSalary === undefined ? {} : { baseSalary: options.baseSalary }),
      ...(options?.rounding === undefined ? {} : { rounding: options.rounding }),
    },
  );
}

/** The amounts that are known, by nomination id (for a list, where an unknown amount is no error). */
export function knownAmounts(
  entries: readonly ProposalEntry[],
  form: RewardForm,
  decidedOn: string,
  options: AmountOptions | undefined,
): Map<string, number> {
  const known = new Map<string, number>();
  for (const entry of entries) {
    const amount = amountOfEntry(entry, form, decidedOn, options);
    if (amount.ok) known.set(entry.id, amount.value.amount);
  }
  return known;
}

/**
 * The amounts of `form` for the entries on the day `decidedOn`, with the caller's options where the
 * law leaves them open. One `amount_not_known` issue per kind of recipient whose amount is not
 * known, with its path in the input (`amounts.coefficients.<kind>` when a coefficient is missing).
 */
export function decisionAmounts(
  entries: readonly ProposalEntry[],
  decidedOn: string,
  options: AmountOptions | undefined,
  form: RewardForm = 'director-certificate',
): Result<DecisionAmounts, ValidationIssue[]> {
  const perKind: { [C in CountedClass]?: RewardAmount } = {};
  const byEntry = new Map<string, number>();
  const issues: ValidationIssue[] = [];
  const failed = new Set<RecipientKind>();
  let total = 0;
  for (const entry of entries) {
    const kind = recipientKindOf(entry.subject);
    if (failed.has(kind)) continue;
    const result = amountOfEntry(entry, form, decidedOn, options);
    if (!result.ok) {
      failed.add(kind);
      const missingCoefficient = result.error.missing?.includes('coefficient') === true;
      issues.push({
        path: missingCoefficient ? ['amounts', 'coefficients', kind] : ['amounts'],
        code: 'amount_not_known',
        message: DOCUMENT_ISSUE_TEXT.amountNotKnown(cleanLine(entry.subject.name), result.error.message),
      });
      continue;
    }
    perKind[CLASS_OF[kind]] = result.value;
    byEntry.set(entry.id, result.value.amount);
    total += result.value.amount;
  }
  if (issues.length > 0) return { ok: false, error: capIssues(issues) };
  return { ok: true, value: { byEntry, perKind, total } };
}
