/**
 * IV.3.1 — the council's list of proposals as a paper (Danh sách đề nghị khen thưởng), from
 * `compileProposalList`.
 *
 * @module
 */
import { plan } from '../plan/plan.js';
import type { ValidationIssue } from '../core/issues.js';
import {
  countsPhrase,
  DOCUMENT_ISSUE_TEXT,
  ENTRY_WORDS,
  formName,
  INPUT_LABELS,
  LIST_TEXT,
  occasionPhrase,
  PAPER_TEXT,
  roman,
  upper,
} from '../text/documents.js';
import type { Result } from '../core/types.js';
import type { ProposalEntry, ProposalList } from '../workflow/proposals.js';
import { cleanLine } from './clean.js';
import { byClass, countsOf, letterhead, para, positionOf, type Settings, settingsOf, signatures, title } from './common.js';
import { knownAmounts } from './amounts.js';
import { guard } from './guard.js';
import { type ProposalListInput, ProposalListInputSchema, ProposalListSchema } from './inputs.js';
import { capIssues, missingInput, parseBoth } from './issues.js';
import type { Block, PaperDocument, TableBlock, TableColumn, TableRow } from './model.js';
import { formatAmount, moneyInFigures } from './words.js';
import type { RewardForm } from '../core/codes.js';

/** Whether an entry still stands on a paper: neither rejected nor withdrawn. */
export function isStanding(entry: ProposalEntry): boolean {
  return entry.status !== 'rejected' && entry.status !== 'withdrawn';
}

type ListTableOptions = {
  readonly settings: Settings;
  readonly entries: readonly ProposalEntry[];
  readonly summaries?: Readonly<Record<string, string>> | undefined;
  readonly units?: Readonly<Record<string, string>> | undefined;
  /** The amount of each entry, by nomination id, when known. */
  readonly amounts?: ReadonlyMap<string, number> | undefined;
  /** The entries' form, printed in its own column when `formColumn`. */
  readonly form: RewardForm;
  readonly formColumn: boolean;
};

/**
 * The table of a list of entries: STT; name; position and workplace (a collective's superior
 * body); the summary (when given); the form; the amount (when every entry's is known). Group
 * rows for collectives, individuals and households; a subtotal row.
 *
 * @internal
 */
export function entriesTable(o: ListTableOptions): TableBlock {
  const { lang } = o.settings;
  const withSummary = o.summaries !== undefined;
  const withAmount = o.amounts !== undefined && o.entries.every((e) => o.amounts?.has(e.id) === true);
  const columns: TableColumn[] = [
    { title: PAPER_TEXT.number[lang], width: 1.4, align: 'center' },
    { title: PAPER_TEXT.name[lang], width: 5 },
    { title: PAPER_TEXT.position[lang], width: 5 },
    ...(withSummary ? [{ title: PAPER_TEXT.achievement[lang], width: 7 }] : []),
    ...(o.formColumn ? [{ title: PAPER_TEXT.form[lang], width: 4 }] : []),
    ...(withAmount ? [{ title: PAPER_TEXT.amount[lang], width: 3, align: 'right' as const }] : []),
  ];
  const rows: TableRow[] = [];
  const classes = byClass(o.entries);
  const groupTitles = { collectives: PAPER_TEXT.collectives, individuals: PAPER_TEXT.individuals, households: PAPER_TEXT.households };
  let n = 0;
  let total = 0;
  for (const c of ['collectives', 'individuals', 'households'] as const) {
    const entries = classes[c];
    if (entries.length === 0) continue;
    rows.push({ kind: 'group', cells: [groupTitles[c][lang]] });
    for (const entry of entries) {
      n++;
      const amount = o.amounts?.get(entry.id);
      if (amount !== undefined) total += amount;
      rows.push({
        kind: 'data',
        cells: [
          String(n),
          cleanLine(entry.subject.name),
          positionOf(entry, o.settings, o.units),
          ...(withSummary ? [cleanLine(o.summaries?.[entry.id] ?? '')] : []),
          ...(o.formColumn ? [formName(o.form, lang, o.settings.issuer, entry.laborOrderClass)] : []),
          ...(withAmount ? [formatAmountIn(amount as number, lang)] : []),
        ],
      });
    }
  }
  const counts = countsPhrase(countsOf(o.entries), lang);
  const totalCells = columns.map((_, i) => (i === 1 ? `${PAPER_TEXT.subtotal[lang]}: ${counts}` : ''));
  if (withAmount) totalCells[columns.length - 1] = formatAmountIn(total, lang);
  rows.push({ kind: 'total', cells: totalCells });
  return { type: 'table', columns, rows };
}

/** Figures with the paper's thousands separator. */
export function formatAmountIn(amount: number, lang: 'vi' | 'en'): string {
  const figures = formatAmount(amount) as string;
  return lang === 'vi' ? figures : figures.replaceAll('.', ',');
}

/**
 * The council's list of proposals (IV.3.1) as a paper, *Danh sách đề nghị khen thưởng*: the
 * letterhead (number only when given), the title with the occasion, then one part per reward form
 * with a table of its entries — collectives, individuals and households apart (STT; name;
 * position and workplace, or a collective's superior body; the one-line summary when summaries
 * are given; the form; the amount when every entry of the table has one) — each with its
 * subtotal, then the grand total; the signature and recipients when a signer is given. Entries
 * rejected or withdrawn are left out. Landscape by default.
 *
 * Never throws. Issues: the input's (strict), `no_entries` when no entry stands, and
 * `missing_input` for an entry without a summary when summaries are given.
 *
 * @param list - the council's list (`compileProposalList`)
 * @param input - the date and what else the paper takes
 * @returns the paper, or every issue found
 * @example
 * ```ts
 * import { compileProposalList } from 'thi-dua-vi-nguoi-ngheo';
 * import { proposalListDocument } from 'thi-dua-vi-nguoi-ngheo/documents';
 * const list = compileProposalList([], { kind: 'final-review', year: 2025 });
 * proposalListDocument(list, { date: '2025-11-20' }).ok; //=> false (no entries)
 * ```
 */
export function proposalListDocument(list: ProposalList, input: ProposalListInput): Result<PaperDocument, ValidationIssue[]> {
  return guard(() => {
    const parsed = parseBoth('list', ProposalListSchema, list, ProposalListInputSchema, input);
    if (!parsed.ok) return parsed;
    const value = parsed.value.input;
    const settings = settingsOf(value);
    const { lang } = settings;
    const groups = list.groups
      .map((g) => ({ form: g.form, entries: [...g.collectives, ...g.individuals].filter(isStanding) }))
      .filter((g) => g.entries.length > 0);
    const all = groups.flatMap((g) => g.entries);
    const issues: ValidationIssue[] = [];
    if (all.length === 0) issues.push({ path: [], code: 'no_entries', message: DOCUMENT_ISSUE_TEXT.noEntries(ENTRY_WORDS.proposals) });
    if (value.summaries !== undefined) {
      for (const entry of all) {
        if (!Object.hasOwn(value.summaries, entry.id) || cleanLine(value.summaries[entry.id] ?? '') === '') {
          issues.push(missingInput(['summaries', entry.id], INPUT_LABELS.summary));
        }
      }
    }
    if (issues.length > 0) return { ok: false, error: capIssues(issues) };
    const amountsDay = value.amounts?.decidedOn ?? value.date;
    const amounts = new Map<string, number>();
    if (value.amounts !== undefined) {
      for (const group of groups)
        for (const [id, amount] of knownAmounts(group.entries, group.form, amountsDay, value.amounts)) amounts.set(id, amount);
    }
    const occasion = occasionPhrase(list.occasion.kind, list.occasion.year, plan.period);
    const blocks: Block[] = [
      letterhead(settings, { reference: value.reference, date: value.date }),
      title(LIST_TEXT.name[lang], [LIST_TEXT.summary(occasion)[lang]], value.note === undefined ? undefined : cleanLine(value.note)),
    ];
    groups.forEach((group, i) => {
      blocks.push({ type: 'heading', level: 1, text: `${roman(i + 1)}. ${upper(formName(group.form, lang, settings.issuer))}` });
      blocks.push(
        entriesTable({
          settings,
          entries: group.entries,
          summaries: value.summaries,
          units: value.units,
          amounts,
          form: group.form,
          formColumn: true,
        }),
      );
    });
    const everyAmount = all.every((e) => amounts.has(e.id));
    const sum = all.reduce((s, e) => s + (amounts.get(e.id) ?? 0), 0);
    blocks.push(
      para(
        LIST_TEXT.grandTotal(countsPhrase(countsOf(all), lang), everyAmount && amounts.size > 0 ? moneyInFigures(sum, lang) : undefined)[
          lang
        ],
      ),
    );
    if (value.signer !== undefined) blocks.push(signatures(settings, value.signer, value.recipients));
    return {
      ok: true,
      value: {
        kind: 'proposal-list',
        lang,
        title: `${LIST_TEXT.name[lang]} — ${LIST_TEXT.summary(occasion)[lang]}`,
        sections: [{ orientation: value.orientation ?? 'landscape', blocks }],
        format: settings.format,
      },
    };
  });
}
