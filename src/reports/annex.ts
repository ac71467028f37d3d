/**
 * The summary's numbers as a paper of `./documents`: the table annex (phụ lục) that the sơ kết
 * (III.5.2) and tổng kết (III.5.3) reports attach, with the very tables the report page prints.
 *
 * @module
 */
import * as z from 'zod';
import { LANGS } from '../core/codes.js';
import type { ValidationIssue } from '../core/issues.js';
import type { Lang, Result } from '../core/types.js';
import { cleanLine } from '../documents/clean.js';
import { letterhead, settingsOf, title } from '../documents/common.js';
import { guard } from '../documents/guard.js';
import { type FormatOptions, FormatOptionsSchema, LineSchema } from '../documents/inputs.js';
import { parseInput } from '../documents/issues.js';
import type { Block, Orientation, PaperDocument, TableRow } from '../documents/model.js';
import { columnsOf } from '../documents/table-annex.js';
import { upper } from '../text/documents.js';
import { asOfText, periodText, REPORT_TEXT as T } from '../text/reports.js';
import { CivilDateSchema } from '../validation/inputs.js';
import type { CivilDate } from '../core/types.js';
import type { AwardSummary } from './summarize.js';
import { occasionsLine, SUMMARY_TABLE_IDS, type SummaryTableId, type TextTable, summaryTableRows, unitNamesOf } from './tables.js';
import type { ActivitySummary } from '../activities/summary.js';
import { activityTableRows } from './activities.js';

/**
 * The options of {@link summaryAnnexDocument}.
 *
 * @example
 * ```ts
 * import type { SummaryAnnexOptions } from 'thi-dua-vi-nguoi-ngheo/reports';
 * const options: SummaryAnnexOptions = {
 *   lang: 'vi',
 *   tables: ['by-form', 'by-unit'],
 *   note: '(Kèm theo Báo cáo số 45/BC-SGTVT ngày 20/11/2025)',
 *   heading: { reference: '45/BC-SGTVT', date: '2025-11-20' },
 * };
 * ```
 */
export type SummaryAnnexOptions = {
  /** The language of the paper; default `vi`. */
  readonly lang?: Lang;
  /** The tables, in the order given; default every table of the summary, in `SUMMARY_TABLE_IDS` order. */
  readonly tables?: readonly SummaryTableId[];
  /** The italic note under the title, e.g. "(Kèm theo Báo cáo số … ngày …)". */
  readonly note?: string;
  /** The letterhead (the summary's issuer, the number, the place and date); none when absent. */
  readonly heading?: {
    /** The number and symbol of the paper the annex belongs to, e.g. `45/BC-SGTVT`. */
    readonly reference?: string;
    /** The place of the place-and-date line; default the issuer's. */
    readonly place?: string;
    /** The day of the paper. */
    readonly date: CivilDate;
  };
  /** The orientation; default landscape (the table by unit has a column per reward form). */
  readonly orientation?: Orientation;
  /** The format options of the papers (margins, sizes). */
  readonly format?: FormatOptions;
  /**
   * The movement's own results (sections II, IV.4), from `summarizeActivities`: given, their
   * tables by kind, year and unit (`activityTableRows`) follow the summary's.
   */
  readonly activities?: ActivitySummary;
};

const SummaryAnnexOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    lang: z.enum(LANGS).exactOptional(),
    tables: z.array(z.enum(SUMMARY_TABLE_IDS)).min(1).max(SUMMARY_TABLE_IDS.length).exactOptional(),
    note: LineSchema.exactOptional(),
    heading: z
      .strictObject({ reference: LineSchema.exactOptional(), place: LineSchema.exactOptional(), date: CivilDateSchema })
      .exactOptional(),
    orientation: z.enum(['portrait', 'landscape']).exactOptional(),
    format: FormatOptionsSchema.exactOptional(),
    // The output of `summarizeActivities`, typed; only its presence is checked here.
    activities: z
      .custom<ActivitySummary>((v) => typeof v === 'object' && v !== null && 'byKind' in v && 'byYear' in v && 'bySubject' in v)
      .exactOptional(),
  }))();

/**
 * The numbers of a summary as a table annex (*phụ lục*), a paper of `./documents` that `toDocx`
 * and `toHtml` render: the letterhead when `heading` is given, the title "PHỤ LỤC" with the
 * occasions, the movement and the period under it, then one numbered heading and one table per
 * table of {@link summaryTableRows} — the same cells as the report page, numbers aligned right,
 * the totals row in bold. A table the summary lacks (the milestones without a campaign) is left
 * out. With `activities`, the movement's results (II, IV.4) follow: by kind, year and unit.
 * Never throws: bad options are a list of issues.
 *
 * @param summary - a summary from `summarizeAwards`
 * @param options - the language, the tables, the note, the letterhead
 * @returns the paper, or every issue found in the options
 * @example
 * ```ts
 * import { summarizeAwards, summaryAnnexDocument } from 'thi-dua-vi-nguoi-ngheo/reports';
 * const summary = summarizeAwards([]);
 * if (summary.ok) {
 *   const paper = summaryAnnexDocument(summary.value, { lang: 'en', tables: ['by-form'] });
 *   if (paper.ok) paper.value.kind; //=> 'table-annex'
 * }
 * ```
 */
export function summaryAnnexDocument(summary: AwardSummary, options: SummaryAnnexOptions = {}): Result<PaperDocument, ValidationIssue[]> {
  return guard(() => {
    const parsed = parseInput(SummaryAnnexOptionsSchema, options);
    if (!parsed.ok) return parsed;
    const value = parsed.value;
    const lang = value.lang ?? 'vi';
    const settings = settingsOf({
      issuer: summary.issuer,
      lang,
      ...(value.heading?.place === undefined ? {} : { place: value.heading.place }),
      ...(value.format === undefined ? {} : { format: value.format }),
    });
    const all = summaryTableRows(summary, lang);
    const wanted = value.tables ?? SUMMARY_TABLE_IDS;
    const tables: TextTable[] = wanted.flatMap((id) => all.filter((t) => t.id === id));
    if (value.activities !== undefined) tables.push(...activityTableRows(value.activities, lang, unitNamesOf(summary)));
    const lines = [T.annexSummary[lang], occasionsLine(summary, lang), T.movement[lang]];
    if (summary.days.from !== undefined || summary.days.to !== undefined) lines.push(periodText(summary.days.from, summary.days.to)[lang]);
    if (summary.days.asOf !== undefined) lines.push(asOfText(summary.days.asOf)[lang]);
    const blocks: Block[] = [];
    if (value.heading !== undefined) blocks.push(letterhead(settings, { reference: value.heading.reference, date: value.heading.date }));
    blocks.push(title(upper(T.annex[lang]), lines.map(cleanLine), value.note === undefined ? undefined : cleanLine(value.note)));
    tables.forEach((table, i) => {
      const cells = table.rows.map((row) => row.map(cleanLine));
      const footer = table.footer?.map(cleanLine);
      const columns = columnsOf(
        table.columns.map((c, j) => ({ title: c, align: table.numeric[j] === true ? 'right' : 'left' })),
        footer === undefined ? cells : [...cells, footer],
      );
      const rows: TableRow[] = cells.map((row) => ({ kind: 'data', cells: row }));
      if (footer !== undefined) rows.push({ kind: 'total', cells: footer });
      blocks.push({ type: 'heading', level: 2, text: `${i + 1}. ${cleanLine(table.title)}` }, { type: 'table', columns, rows });
    });
    return {
      ok: true,
      value: {
        kind: 'table-annex',
        lang,
        title: `${T.annex[lang]} — ${T.annexSummary[lang]}`,
        sections: [{ orientation: value.orientation ?? 'landscape', blocks }],
        format: settings.format,
      },
    };
  });
}
