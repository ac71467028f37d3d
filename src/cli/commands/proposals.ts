/**
 * `thi-dua proposals`: the council's list of reward proposals for an occasion (IV.3.1), from
 * nomination records, as Markdown, CSV or JSON.
 *
 * @module
 */
import type { Occasion } from '../../core/inputs.js';
import { OCCASION_KINDS, type OccasionKind } from '../../core/codes.js';
import { CLI_TEXT } from '../../text/cli.js';
import { occasionText } from '../../text/findings.js';
import { label } from '../../text/labels.js';
import type { Lang } from '../../core/types.js';
import { parseNominationRecord } from '../../workflow/nomination/record.js';
import { compileProposalList, type ProposalCounts, type ProposalEntry, type ProposalGroup, type ProposalListOptions } from '../../workflow/proposals.js';
import { AMOUNT_TEXT, dongNumber } from '../../text/law.js';
import { toCsv, toJson, toMarkdownTable } from '../format.js';
import { type ValidationIssue } from '../../core/issues.js';
import type { NominationRecord } from '../../workflow/nomination/types.js';

/** `annual:2024` → the occasion, or `undefined` when it is not `KIND:YEAR`. */
export function parseOccasionArg(value: string): Occasion | undefined {
  const match = /^([a-z-]+):(-?\d{1,6})$/.exec(value);
  if (match === null) return undefined;
  const kind = match[1] as OccasionKind;
  if (!OCCASION_KINDS.includes(kind)) return undefined;
  return { kind, year: Number(match[2]) };
}

/** The records of the file that are valid, and the issues of those that are not. */
export function readRecords(entries: readonly unknown[]): {
  records: NominationRecord[];
  invalid: { index: number; issues: readonly ValidationIssue[] }[];
} {
  const records: NominationRecord[] = [];
  const invalid: { index: number; issues: readonly ValidationIssue[] }[] = [];
  entries.forEach((entry, index) => {
    const parsed = parseNominationRecord(entry);
    if (parsed.ok) records.push(parsed.value);
    else invalid.push({ index, issues: parsed.error });
  });
  return { records, invalid };
}

/** The columns of an entry, after the form: class, unit, nomination, subject, category, status. */
function entryColumns(lang: Lang): string[] {
  const t = CLI_TEXT;
  return [t.subjectClass[lang], t.proposingUnit[lang], t.nomination[lang], t.subject[lang], t.category[lang], t.status[lang]];
}

/** An entry's reward money: digits in CSV, written as the language writes numbers in Markdown. */
function moneyCell(entry: ProposalEntry, lang: Lang, format: 'md' | 'csv'): string {
  const settled = entry.status === 'rejected' || entry.status === 'withdrawn';
  const money =
    entry.amount !== undefined
      ? format === 'csv'
        ? String(entry.amount.amount)
        : dongNumber(entry.amount.amount)[lang]
      : format === 'md' && !settled
        ? AMOUNT_TEXT.notKnownCell[lang]
        : '';
  return money;
}

function entryCells(entry: ProposalEntry, lang: Lang): string[] {
  return [
    label(entry.subjectClass, lang),
    entry.proposingUnit ?? '',
    entry.id,
    entry.subject.name,
    label(entry.subject.category, lang),
    label(entry.status, lang),
  ];
}

/**
 * Renders the council's list: Markdown (a section per form, with its reward-money total), CSV (a
 * row per entry, the amount in đồng as digits) or JSON; `options` as `compileProposalList` takes
 * them (e.g. the planned day of decision of entries not decided yet).
 */
export function renderProposals(
  records: readonly NominationRecord[],
  occasion: Occasion,
  lang: Lang,
  format: 'md' | 'csv' | 'json',
  options?: ProposalListOptions,
): string {
  const list = compileProposalList(records, occasion, options);
  if (format === 'json') return toJson(list);
  const t = CLI_TEXT;
  const entriesOf = (group: ProposalGroup): ProposalEntry[] => [...group.collectives, ...group.individuals];
  if (format === 'csv') {
    // The reward money comes last, so the columns before it keep their places.
    const header = [t.form[lang], ...entryColumns(lang), t.decidedBy[lang], AMOUNT_TEXT.column[lang]];
    const body = list.groups.flatMap((group) =>
      entriesOf(group).map((entry) => [
        label(group.form, lang),
        ...entryCells(entry, lang),
        label(group.decidingAuthority, lang),
        moneyCell(entry, lang, 'csv'),
      ]),
    );
    return toCsv([header, ...body]);
  }
  const title = `## ${t.listTitle[lang]} — ${occasionText(occasion.kind, occasion.year)[lang]} (IV.3.1)`;
  if (list.groups.length === 0) return `${title}\n\n${t.emptyList[lang]}`;
  const countsText = (c: ProposalCounts): string =>
    `${c.total}: ${c.collectives} ${t.collectives[lang]}, ${c.individuals} ${t.individuals[lang]}`;
  const sections = list.groups.map((group) =>
    [
      `### ${label(group.form, lang)} (${group.rule}) — ${t.decidedBy[lang]}: ${label(group.decidingAuthority, lang)}`,
      '',
      countsText(group.counts),
      '',
      toMarkdownTable(
        [...entryColumns(lang), AMOUNT_TEXT.column[lang]],
        entriesOf(group).map((entry) => [...entryCells(entry, lang), moneyCell(entry, lang, 'md')]),
      ),
      '',
      AMOUNT_TEXT.totals(group.amounts.total, group.amounts.counted, group.amounts.notKnown)[lang],
    ].join('\n'),
  );
  const totals = AMOUNT_TEXT.totals(list.amounts.total, list.amounts.counted, list.amounts.notKnown)[lang];
  return [title, '', countsText(list.counts), totals, '', sections.join('\n\n')].join('\n');
}
