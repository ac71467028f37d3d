/**
 * A generic annex: a titled table of rows, with an optional letterhead — for any tabular paper
 * (the reports' summaries among them).
 *
 * @module
 */
import type { ValidationIssue } from '../core/issues.js';
import { DOCUMENT_ISSUE_TEXT, upper } from '../text/documents.js';
import type { Result } from '../core/types.js';
import { cleanLine } from './clean.js';
import { letterhead, settingsOf, title } from './common.js';
import { guard } from './guard.js';
import { type TableAnnexInput, TableAnnexInputSchema } from './inputs.js';
import { capIssues, parseInput } from './issues.js';
import type { Block, PaperDocument, TableColumn } from './model.js';
import { formatAmount } from './words.js';

/** A cell as printed: a whole number with grouped thousands ("1.053.000" / "1,053,000"), text cleaned. */
function cellText(cell: string | number, lang: 'vi' | 'en'): string {
  if (typeof cell === 'string') return cleanLine(cell);
  const figures = formatAmount(cell);
  if (figures !== undefined) return lang === 'vi' ? figures : figures.replaceAll('.', ',');
  return lang === 'vi' ? String(cell).replace('.', ',') : String(cell);
}

/** A column as the caller gives it: a title, or a title with a width and an alignment. */
export type ColumnSpec =
  | string
  | { readonly title: string; readonly width?: number | undefined; readonly align?: 'left' | 'center' | 'right' | undefined };

/** The length of the longest word of a text (at most 20: a longer one may break). */
function longestWord(text: string): number {
  let longest = 0;
  for (const word of text.split(/\s+/u)) longest = Math.max(longest, [...word].length);
  return Math.min(longest, 20);
}

/**
 * The columns of a table: a column without a width gets one from the average length of its
 * texts (the title's and the cells', each counted up to 60 characters, at least 3), and never
 * less than its longest word, so that "2022" or "thưởng" is not broken across lines.
 *
 * @internal
 */
export function columnsOf(specs: readonly ColumnSpec[], rows: readonly (readonly string[])[]): TableColumn[] {
  return specs.map((column, i) => {
    const spec = typeof column === 'string' ? { title: column } : column;
    const texts = [spec.title, ...rows.map((row) => row[i] ?? '')];
    const average = texts.reduce((sum, text) => sum + Math.min(text.length, 60), 0) / texts.length;
    const word = texts.reduce((most, text) => Math.max(most, longestWord(text)), 0);
    return {
      title: cleanLine(spec.title),
      width: spec.width ?? Math.max(3, Math.round(average), word + 1),
      ...(spec.align === undefined ? {} : { align: spec.align }),
    };
  });
}

/**
 * A titled table as a paper: the title in capitals, the subtitle's lines, a note, the table (its
 * header repeated on each page), and a letterhead when `heading` is given. Portrait up to five
 * columns, landscape above, unless `orientation` says. Columns without a width get one from their
 * texts' lengths. Never throws: bad input is a list of issues (a row with another number of cells
 * than the columns is `row_length`).
 *
 * @param input - the title, columns, rows and options
 * @returns the paper, or every issue found
 * @example
 * ```ts
 * import { tableAnnexDocument } from 'thi-dua-vi-nguoi-ngheo/documents';
 * const paper = tableAnnexDocument({
 *   title: 'Tổng hợp kết quả khen thưởng',
 *   columns: ['Hình thức', { title: 'Tập thể', align: 'right' }, { title: 'Cá nhân', align: 'right' }],
 *   rows: [['Giấy khen', 2, 5]],
 * });
 * paper.ok; //=> true
 * ```
 */
export function tableAnnexDocument(input: TableAnnexInput): Result<PaperDocument, ValidationIssue[]> {
  return guard(() => {
    const parsed = parseInput(TableAnnexInputSchema, input);
    if (!parsed.ok) return parsed;
    const value = parsed.value;
    const issues: ValidationIssue[] = [];
    value.rows.forEach((row, i) => {
      if (row.length !== value.columns.length) {
        issues.push({ path: ['rows', i], code: 'row_length', message: DOCUMENT_ISSUE_TEXT.rowLength(row.length, value.columns.length) });
      }
    });
    if (issues.length > 0) return { ok: false, error: capIssues(issues) };
    const settings = settingsOf({
      ...(value.heading ?? {}),
      ...(value.lang === undefined ? {} : { lang: value.lang }),
      ...(value.format === undefined ? {} : { format: value.format }),
    });
    const rows = value.rows.map((row) => row.map((cell) => cellText(cell, settings.lang)));
    const columns = columnsOf(value.columns, rows);
    const blocks: Block[] = [];
    if (value.heading !== undefined) blocks.push(letterhead(settings, { reference: value.heading.reference, date: value.heading.date }));
    blocks.push(
      title(
        upper(cleanLine(value.title)),
        (value.subtitle ?? []).map(cleanLine),
        value.note === undefined ? undefined : cleanLine(value.note),
      ),
    );
    blocks.push({ type: 'table', columns, rows: rows.map((cells) => ({ kind: 'data', cells })) });
    return {
      ok: true,
      value: {
        kind: 'table-annex',
        lang: settings.lang,
        title: cleanLine(value.title),
        sections: [{ orientation: value.orientation ?? (columns.length > 5 ? 'landscape' : 'portrait'), blocks }],
        format: settings.format,
      },
    };
  });
}
