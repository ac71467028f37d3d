/**
 * `thi-dua report`: the statistics of a review (III.5.2, III.5.3, III.5.4) from nomination
 * records, as a standalone HTML page, Markdown tables or JSON.
 *
 * @module
 */
import { isCivilDate } from '../../core/dates.js';
import type { Occasion } from '../../core/inputs.js';
import { type ActivitySummary, summarizeActivities } from '../../activities/summary.js';
import { activityTableRows, type AwardSummary, summarizeAwards, summaryTableRows, summaryToHtml } from '../../reports/index.js';
import { occasionsLine, unitNamesOf } from '../../reports/tables.js';
import { ACTIVITY_SUMMARY_TEXT } from '../../text/activities.js';
import { readActivities } from './activities.js';
import { CLI_ERRORS, CLI_SYNOPSES, CLI_TEXT } from '../../text/cli.js';
import {
  CONFIDENCE_TEXT,
  duplicateIdsText,
  moneyNoteText,
  recordsText,
  REPORT_CLI_TEXT,
  REPORT_TEXT,
  unknownAmountsText,
} from '../../text/reports.js';
import type { Lang } from '../../core/types.js';
import { parseCampaignRecord } from '../../workflow/campaign/record.js';
import type { CampaignRecord } from '../../workflow/campaign/types.js';
import { type CommandContext, defineCommand, EXIT } from '../command.js';
import { terminalSafe, toJson, toMarkdownTable } from '../format.js';
import { fieldPath } from './check.js';
import { parseOccasionArg, readRecords } from './proposals.js';

/** `final-review:2025` or several, comma-separated: the occasions, or `undefined` when one is not `KIND:YEAR`. */
export function parseOccasionsArg(value: string): Occasion[] | undefined {
  const occasions = value.split(',').map((part) => parseOccasionArg(part.trim()));
  return occasions.every((o) => o !== undefined) ? occasions : undefined;
}

/** The summary as Markdown: a title, one table per table of `summaryTableRows` (and of `activityTableRows`), the notes. */
export function summaryToMarkdown(summary: AwardSummary, lang: Lang, activities?: ActivitySummary): string {
  const parts = [`# ${REPORT_TEXT.title[lang]} — ${occasionsLine(summary, lang)}`, ''];
  for (const table of summaryTableRows(summary, lang)) {
    parts.push(
      `## ${table.title}`,
      '',
      toMarkdownTable(table.columns, table.footer === undefined ? table.rows : [...table.rows, table.footer]),
      '',
    );
  }
  if (activities !== undefined) {
    parts.push(`## ${ACTIVITY_SUMMARY_TEXT.title[lang]}`, '');
    for (const table of activityTableRows(activities, lang, unitNamesOf(summary))) {
      parts.push(`### ${table.title}`, '', toMarkdownTable(table.columns, [...table.rows, table.footer]), '');
    }
    parts.push(ACTIVITY_SUMMARY_TEXT.unknownNote[lang], '');
  }
  const { money } = summary;
  const confidence = money.confidence === undefined ? undefined : CONFIDENCE_TEXT[money.confidence];
  parts.push(moneyNoteText([...new Set(money.citations.map((c) => c.ref))], confidence)[lang], '');
  if (money.unknownIds.length > 0)
    parts.push(unknownAmountsText(money.unknownIds, money.unknownIds.length < money.total.unknown)[lang], '');
  parts.push(recordsText(summary.records)[lang]);
  if (summary.duplicateIds.length > 0)
    parts.push('', duplicateIdsText(summary.duplicateIds, summary.duplicateIds.length < summary.records.duplicates)[lang]);
  return parts.join('\n');
}

const options = {
  format: { type: 'string', choices: ['md', 'html', 'json'] },
  occasion: {
    type: 'string',
    check: {
      test: (value: string) => parseOccasionsArg(value) !== undefined,
      hint: { vi: 'LOẠI:NĂM[,LOẠI:NĂM…] (final-review:2025)', en: 'KIND:YEAR[,KIND:YEAR…] (final-review:2025)' },
    },
  },
  'as-of': { type: 'string', check: { test: (value: string) => isCivilDate(value), hint: CLI_TEXT.dateHint } },
  campaign: { type: 'string' },
  activities: { type: 'string' },
  ndjson: { type: 'boolean' },
} as const;

/**
 * `thi-dua report FILE [--ndjson] [--format md|html|json] [--occasion …] [--as-of …] [--campaign CAMPAIGN.json]`:
 * the records read one by one (whole JSON or JSON Lines), each invalid one reported on stderr,
 * the statistics of the valid ones printed.
 */
export const reportCommand = defineCommand({
  name: 'report',
  synopsis: CLI_SYNOPSES.report,
  summary: CLI_TEXT.reportSummary,
  help: REPORT_CLI_TEXT.help,
  options,
  positionals: 1,
  run: async (context: CommandContext<typeof options>) => {
    const { io, lang } = context;
    const file = context.positionals[0];
    if (file === undefined) return context.usage(CLI_ERRORS.missingFile());
    const occasions = context.options.occasion === undefined ? undefined : parseOccasionsArg(context.options.occasion);
    let campaign: CampaignRecord | undefined;
    if (context.options.campaign !== undefined) {
      const read = await context.readValue(context.options.campaign);
      if (!read.ok) return read.exit;
      const parsed = parseCampaignRecord(read.value);
      if (!parsed.ok) {
        await io.err(REPORT_CLI_TEXT.badCampaign(context.options.campaign)[lang]);
        for (const issue of parsed.error) await io.err(`  ${fieldPath(issue, lang)}: ${terminalSafe(issue.message[lang])}`);
        return EXIT.invalidInput;
      }
      campaign = parsed.value;
    }
    const opened = await context.open(file, { key: 'records', ndjson: context.options.ndjson === true });
    if (!opened.ok) return opened.exit;
    const { records, allValid } = await readRecords(opened.source, io, lang);
    const asOf = context.options['as-of'];
    const summary = summarizeAwards(records, {
      ...(occasions === undefined ? {} : { occasions }),
      ...(asOf === undefined ? {} : { asOf }),
      ...(campaign === undefined ? {} : { campaign }),
    });
    /* v8 ignore next 4 -- @preserve: the options are checked by the argument parser */
    if (!summary.ok) {
      for (const issue of summary.error) await io.err(issue.message[lang]);
      return EXIT.invalidInput;
    }
    let activities: ActivitySummary | undefined;
    let activitiesValid = true;
    const register = context.options.activities;
    if (register !== undefined) {
      const openedActivities = await context.open(register, { key: 'activities' });
      if (!openedActivities.ok) return openedActivities.exit;
      const read = await readActivities(openedActivities.source, io, lang);
      if (read.invalid > 0) await io.err(REPORT_CLI_TEXT.badActivities(register, read.invalid)[lang]);
      activitiesValid = read.invalid === 0 && read.complete;
      activities = summarizeActivities(read.activities, summary.value.days.asOf === undefined ? {} : { to: summary.value.days.asOf });
    }
    const format = context.options.format ?? 'md';
    await io.out(
      format === 'json'
        ? toJson(activities === undefined ? summary.value : { ...summary.value, activities })
        : format === 'html'
          ? summaryToHtml(summary.value, { lang, ...(activities === undefined ? {} : { activities }) })
          : summaryToMarkdown(summary.value, lang, activities),
    );
    return allValid && activitiesValid ? EXIT.ok : EXIT.invalidInput;
  },
});
