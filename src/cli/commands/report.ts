/**
 * `thi-dua report`: the statistics of a review (III.5.2, III.5.3, III.5.4) from nomination
 * records, as a standalone HTML page, Markdown tables or JSON.
 *
 * @module
 */
import { readFileSync, statSync } from 'node:fs';
import { isCivilDate } from '../../core/dates.js';
import type { Occasion } from '../../core/inputs.js';
import { type AwardSummary, summarizeAwards, summaryTableRows, summaryToHtml } from '../../reports/index.js';
import { CLI_ERRORS, MAX_INPUT_BYTES } from '../../text/cli.js';
import { CONFIDENCE_TEXT, duplicateIdsText, moneyNoteText, recordsText, REPORT_CLI_TEXT, REPORT_TEXT, unknownAmountsText } from '../../text/reports.js';
import { occasionText } from '../../text/findings.js';
import type { ValidationIssue } from '../../core/issues.js';
import type { Lang, Text } from '../../core/types.js';
import { parseCampaignRecord } from '../../workflow/index.js';
import type { CampaignRecord } from '../../workflow/index.js';
import type { CommandSpec } from '../args.js';
import { toJson, toMarkdownTable } from '../format.js';
import { type ReadFailure, readEntries } from '../input.js';
import { issueLocation } from './check.js';
import { parseOccasionArg, readRecords } from './proposals.js';

/** `final-review:2025` or several, comma-separated: the occasions, or `undefined` when one is not `KIND:YEAR`. */
export function parseOccasionsArg(value: string): Occasion[] | undefined {
  const occasions = value.split(',').map((part) => parseOccasionArg(part.trim()));
  return occasions.every((o) => o !== undefined) ? occasions : undefined;
}

const LANG = ['vi', 'en'] as const;

/** The arguments of `thi-dua report`. */
export const REPORT_SPEC = {
  positionals: 1,
  options: {
    lang: LANG,
    format: ['html', 'md', 'json'],
    occasion: Object.assign((v: string) => parseOccasionsArg(v) !== undefined, { hint: 'KIND:YEAR[,KIND:YEAR…] (final-review:2025)' }),
    'as-of': Object.assign((v: string) => isCivilDate(v), { hint: 'YYYY-MM-DD' }),
    campaign: Object.assign((v: string) => v.length > 0, { hint: 'CAMPAIGN.json' }),
  },
} as const satisfies CommandSpec;

/** The help of `thi-dua report`. */
export const REPORT_HELP: Text = REPORT_CLI_TEXT.help;

/** What the command did: a usage error, or the exit code with what it prints. */
export type ReportRun =
  | { readonly usage: Text }
  | { readonly exit: 0 | 1; readonly out?: string; readonly err: readonly string[] };

/** Reads a campaign record file (the same limits as the records file: UTF-8, 10 MiB, JSON). */
function readCampaign(
  path: string,
): { ok: true; campaign: CampaignRecord } | { ok: false; failure: ReadFailure; issues?: readonly ValidationIssue[] } {
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    if (size > MAX_INPUT_BYTES) return { ok: false, failure: { kind: 'input', message: CLI_ERRORS.fileTooLarge(path, size, MAX_INPUT_BYTES) } };
    bytes = readFileSync(path);
  } catch {
    return { ok: false, failure: { kind: 'usage', message: CLI_ERRORS.fileNotFound(path) } };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, failure: { kind: 'input', message: CLI_ERRORS.notUtf8(path) } };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, failure: { kind: 'input', message: CLI_ERRORS.notJson(path, (error as Error).message) } };
  }
  const parsed = parseCampaignRecord(data);
  if (!parsed.ok) {
    return { ok: false, failure: { kind: 'input', message: REPORT_CLI_TEXT.badCampaign(path) }, issues: parsed.error };
  }
  return { ok: true, campaign: parsed.value };
}

/** The summary as Markdown: a title, one table per table of `summaryTableRows`, the notes. */
export function summaryToMarkdown(summary: AwardSummary, lang: Lang): string {
  const capitalise = (t: string): string => t.charAt(0).toUpperCase() + t.slice(1);
  const occasions = summary.occasions.map((o) => capitalise(occasionText(o.kind, o.year)[lang])).join('; ') || REPORT_TEXT.allOccasions[lang];
  const parts = [`# ${REPORT_TEXT.title[lang]} — ${occasions}`, ''];
  for (const table of summaryTableRows(summary, lang)) {
    parts.push(`## ${table.title}`, '', toMarkdownTable(table.columns, table.footer === undefined ? table.rows : [...table.rows, table.footer]), '');
  }
  const { money } = summary;
  const confidence = money.confidence === undefined ? undefined : CONFIDENCE_TEXT[money.confidence];
  parts.push(moneyNoteText([...new Set(money.citations.map((c) => c.ref))], confidence)[lang], '');
  if (money.unknownIds.length > 0) parts.push(unknownAmountsText(money.unknownIds, money.unknownIds.length < money.total.unknown)[lang], '');
  parts.push(recordsText(summary.records)[lang]);
  if (summary.duplicateIds.length > 0) parts.push('', duplicateIdsText(summary.duplicateIds, summary.duplicateIds.length < summary.records.duplicates)[lang]);
  return parts.join('\n');
}

/** Runs `thi-dua report FILE [--format html|md|json] [--lang] [--occasion] [--as-of] [--campaign]`. */
export function runReport(positionals: readonly string[], options: Readonly<Record<string, string>>, lang: Lang): ReportRun {
  const file = positionals[0];
  if (file === undefined) return { usage: CLI_ERRORS.missingFile() };
  const occasions = options['occasion'] === undefined ? undefined : parseOccasionsArg(options['occasion']);
  let campaign: CampaignRecord | undefined;
  const err: string[] = [];
  if (options['campaign'] !== undefined) {
    const read = readCampaign(options['campaign']);
    if (!read.ok) {
      if (read.failure.kind === 'usage') return { usage: read.failure.message };
      return { exit: 1, err: [read.failure.message[lang], ...(read.issues ?? []).map((i) => `  ${i.path.join('.')}: ${i.message[lang]}`)] };
    }
    campaign = read.campaign;
  }
  const read = readEntries(file, 'records');
  if (!read.ok) {
    if (read.failure.kind === 'usage') return { usage: read.failure.message };
    return { exit: 1, err: [read.failure.message[lang]] };
  }
  const { records, invalid } = readRecords(read.entries);
  for (const bad of invalid) {
    for (const issue of bad.issues) err.push(`${issueLocation(bad.index, issue, lang)}: ${issue.message[lang]}`);
  }
  const summary = summarizeAwards(records, {
    ...(occasions === undefined ? {} : { occasions }),
    ...(options['as-of'] === undefined ? {} : { asOf: options['as-of'] }),
    ...(campaign === undefined ? {} : { campaign }),
  });
  /* v8 ignore next -- @preserve: the options are checked by the argument parser */
  if (!summary.ok) return { exit: 1, err: summary.error.map((i) => i.message[lang]) };
  const format = options['format'] ?? 'md';
  const out =
    format === 'json' ? toJson(summary.value) : format === 'html' ? summaryToHtml(summary.value, { lang }) : summaryToMarkdown(summary.value, lang);
  return { exit: invalid.length === 0 ? 0 : 1, out, err };
}
