/**
 * `thi-dua proposals`: the council's list of reward proposals for an occasion (IV.3.1), from
 * nomination records, as Markdown, CSV or JSON.
 *
 * @module
 */
import { OCCASION_KINDS, type OccasionKind } from '../../core/codes.js';
import type { Occasion } from '../../core/inputs.js';
import type { ValidationIssue } from '../../core/issues.js';
import type { Lang } from '../../core/types.js';
import type { RewardForm, Role } from '../../core/codes.js';
import { type Issuer, issuerCouncilName, issuerHeadName, PLAN_ISSUER, parseIssuer } from '../../law/issuer.js';
import { CLI_ERRORS, CLI_SYNOPSES, CLI_TEXT, directorCertificateText, proposalCountsText } from '../../text/cli.js';
import { occasionText } from '../../text/findings.js';
import { label } from '../../text/labels.js';
import { parseNominationRecord } from '../../workflow/nomination/record.js';
import { compileProposalList, type ProposalEntry, type ProposalGroup, type ProposalListOptions } from '../../workflow/proposals.js';
import { AMOUNT_TEXT, dongNumber } from '../../text/law.js';
import type { NominationRecord } from '../../workflow/nomination/types.js';
import { type CommandContext, defineCommand, EXIT, type ProgramIo } from '../command.js';
import { markdownText, terminalSafe, toCsv, toJson, toMarkdownTable, UTF8_BOM } from '../format.js';
import type { InputSource } from '../input.js';
import { fieldPath, issueLocation } from './check.js';

/** `annual:2024` → the occasion, or `undefined` when it is not `KIND:YEAR`. */
export function parseOccasionArg(value: string): Occasion | undefined {
  const match = /^([a-z-]+):(-?\d{1,6})$/.exec(value);
  if (match === null) return undefined;
  const kind = match[1] as OccasionKind;
  if (!OCCASION_KINDS.includes(kind)) return undefined;
  return { kind, year: Number(match[2]) };
}

/**
 * Reads the records of an input one by one: the invalid ones are reported on stderr as they come
 * (`#N field: message`), the valid ones that `keep` accepts are kept (for `proposals`, those of
 * its occasion: memory follows the list, not the input). Returns the records and whether every
 * item was a valid record and the input was read to its end.
 */
export async function readRecords(
  source: InputSource,
  io: ProgramIo,
  lang: Lang,
  keep: (record: NominationRecord) => boolean = () => true,
): Promise<{ records: NominationRecord[]; allValid: boolean }> {
  const records: NominationRecord[] = [];
  let allValid = true;
  const report = async (position: number, issues: readonly ValidationIssue[]): Promise<void> => {
    allValid = false;
    for (const issue of issues) await io.err(`${issueLocation(position, issue, lang)}: ${terminalSafe(issue.message[lang])}`);
  };
  for await (const item of source.items) {
    if (item.kind === 'stopped') {
      allValid = false;
      await io.err(item.message[lang]);
      break;
    }
    if (item.kind === 'bad-line') {
      await report(item.position, [{ path: [], code: item.code, message: item.message }]);
      continue;
    }
    const parsed = parseNominationRecord(item.value);
    if (!parsed.ok) {
      await report(item.position, parsed.error);
      continue;
    }
    if (keep(parsed.value)) records.push(parsed.value);
  }
  return { records, allValid };
}

/** Whether a record is one of an occasion's. */
export function ofOccasion(occasion: Occasion): (record: NominationRecord) => boolean {
  return ({ nomination }) => nomination.occasion.kind === occasion.kind && nomination.occasion.year === occasion.year;
}

/** A form's name; the Giấy khen (III.3.c) names the issuer's head. */
function formName(form: RewardForm, issuer: Issuer, lang: Lang): string {
  return form === 'director-certificate'
    ? directorCertificateText(issuerHeadName(issuer), issuer.en !== undefined)[lang]
    : label(form, lang);
}

/** Who decides: the director is the issuer's head (docs/law.md "The issuer"); the others by their names. */
function authorityName(role: Role, issuer: Issuer, lang: Lang): string {
  return role === 'director' ? issuerHeadName(issuer)[lang] : label(role, lang);
}

/** The columns of an entry, after the form: class, unit, nomination, subject, category, status. */
function entryColumns(lang: Lang): string[] {
  const t = CLI_TEXT;
  return [t.subjectClass[lang], t.proposingUnit[lang], t.nomination[lang], t.subject[lang], t.category[lang], t.status[lang]];
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
 * Renders the council's list: Markdown (a section per form), CSV (a row per entry, after a UTF-8
 * byte-order mark) or JSON. The council, the Giấy khen and its decider are named after `issuer`
 * (the plan's department by default); JSON carries the issuer when one is given.
 */
/** An entry's reward money: digits in CSV, written as the language writes numbers in Markdown. */
function moneyCell(entry: ProposalEntry, lang: Lang, format: 'md' | 'csv'): string {
  const settled = entry.status === 'rejected' || entry.status === 'withdrawn';
  if (entry.amount !== undefined) return format === 'csv' ? String(entry.amount.amount) : dongNumber(entry.amount.amount)[lang];
  return format === 'md' && !settled ? AMOUNT_TEXT.notKnownCell[lang] : '';
}

export function renderProposals(
  records: readonly NominationRecord[],
  occasion: Occasion,
  lang: Lang,
  format: 'md' | 'csv' | 'json',
  issuer?: Issuer,
  options?: ProposalListOptions,
): string {
  const list = compileProposalList(records, occasion, options);
  if (format === 'json') return toJson(issuer === undefined ? list : { ...list, issuer });
  const by = issuer ?? PLAN_ISSUER;
  const t = CLI_TEXT;
  const entriesOf = (group: ProposalGroup): ProposalEntry[] => [...group.collectives, ...group.individuals];
  if (format === 'csv') {
    // The reward money comes last, so the columns before it keep their places.
    const header = [t.form[lang], ...entryColumns(lang), t.decidedBy[lang], AMOUNT_TEXT.column[lang]];
    const body = list.groups.flatMap((group) =>
      entriesOf(group).map((entry) => [
        formName(group.form, by, lang),
        ...entryCells(entry, lang),
        authorityName(group.decidingAuthority, by, lang),
        moneyCell(entry, lang, 'csv'),
      ]),
    );
    return `${UTF8_BOM}${toCsv([header, ...body])}`;
  }
  const title = `## ${t.listTitle[lang]} — ${occasionText(occasion.kind, occasion.year)[lang]} (IV.3.1)\n\n${t.council[lang]}: ${markdownText(issuerCouncilName(by)[lang])}`;
  if (list.groups.length === 0) return `${title}\n\n${t.emptyList[lang]}`;
  const sections = list.groups.map((group) =>
    [
      `### ${markdownText(formName(group.form, by, lang))} (${group.rule}) — ${t.decidedBy[lang]}: ${markdownText(authorityName(group.decidingAuthority, by, lang))}`,
      '',
      proposalCountsText(group.counts)[lang],
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
  return [title, '', proposalCountsText(list.counts)[lang], totals, '', sections.join('\n\n')].join('\n');
}

const options = {
  occasion: { type: 'string', check: { test: (value: string) => parseOccasionArg(value) !== undefined, hint: CLI_TEXT.occasionHint } },
  issuer: { type: 'string' },
  format: { type: 'string', choices: ['md', 'csv', 'json'] },
  ndjson: { type: 'boolean' },
} as const;

/** `thi-dua proposals FILE --occasion KIND:YEAR [--issuer ISSUER.json] [--ndjson] [--format md|csv|json]`. */
export const proposalsCommand = defineCommand({
  name: 'proposals',
  synopsis: CLI_SYNOPSES.proposals,
  summary: CLI_TEXT.proposalsSummary,
  help: CLI_TEXT.proposalsHelp,
  options,
  positionals: 1,
  run: async (context: CommandContext<typeof options>) => {
    const file = context.positionals[0];
    if (file === undefined) return context.usage(CLI_ERRORS.missingFile());
    // Usage errors come before anything is read (exit 2, whatever the file holds).
    const occasion = context.options.occasion === undefined ? undefined : parseOccasionArg(context.options.occasion);
    if (occasion === undefined) return context.usage(CLI_ERRORS.missingOccasion());
    let issuer: Issuer | undefined;
    if (context.options.issuer !== undefined) {
      const read = await context.readValue(context.options.issuer);
      if (!read.ok) return read.exit;
      const parsed = parseIssuer(read.value);
      if (!parsed.ok) {
        for (const issue of parsed.error)
          await context.io.err(`--issuer ${fieldPath(issue, context.lang)}: ${terminalSafe(issue.message[context.lang])}`);
        return EXIT.invalidInput;
      }
      issuer = parsed.value;
    }
    const opened = await context.open(file, { key: 'records', ndjson: context.options.ndjson === true });
    if (!opened.ok) return opened.exit;
    const { records, allValid } = await readRecords(opened.source, context.io, context.lang, ofOccasion(occasion));
    const format = context.options.format === 'csv' || context.options.format === 'json' ? context.options.format : 'md';
    await context.io.out(renderProposals(records, occasion, context.lang, format, issuer));
    return allValid ? EXIT.ok : EXIT.invalidInput;
  },
});
