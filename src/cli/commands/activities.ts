/**
 * `thi-dua activities`: the movement's results (II, IV.4) from a file of activities, totalled by
 * kind, year and unit or person, as a text table, Markdown, CSV or JSON. Also the last part of
 * `thi-dua demo`, on the built-in register.
 *
 * @module
 */
import { checkActivityEntries } from '../../activities/parse.js';
import { type ActivityMeasure, type ActivitySummary, type ActivityTotals, summarizeActivities } from '../../activities/summary.js';
import { ACTIVITY_FIGURE_NAMES, ACTIVITY_SUMMARY_TEXT as T, groupDigits } from '../../text/activities.js';
import { CLI_ERRORS, CLI_TEXT } from '../../text/cli.js';
import { label } from '../../text/labels.js';
import { sampleActivities } from '../../testing/activities.js';
import type { Lang, Text } from '../../core/types.js';
import { toCsv, toJson, toMarkdownTable } from '../format.js';
import { readEntries } from '../input.js';
import { issueLocation } from './check.js';

/** The formats of `thi-dua activities`. */
export const ACTIVITIES_FORMATS = ['table', 'json', 'md', 'csv'] as const;
type Format = (typeof ACTIVITIES_FORMATS)[number];

const MEASURES = ['money', 'households', 'people', 'contributors'] as const;
const FIGURE_OF = { money: 'amount', households: 'households', people: 'people', contributors: 'contributors' } as const;

function header(lang: Lang, first: Text): string[] {
  return [first[lang], T.count[lang], ...MEASURES.map((m) => ACTIVITY_FIGURE_NAMES[FIGURE_OF[m]][lang])];
}

/** "120.500.000 (+3 chưa rõ)"; "chưa rõ (2)" when no activity states it; "—" when none records it. */
function cell(m: ActivityMeasure, lang: Lang): string {
  if (m.known === 0) return m.unknown === 0 ? '—' : `${T.unknown[lang]} (${m.unknown})`;
  const total = groupDigits(m.total, lang);
  return m.unknown === 0 ? total : `${total} (+${m.unknown} ${T.unknown[lang]})`;
}

function cells(key: string, t: ActivityTotals, lang: Lang): string[] {
  return [key, String(t.count), ...MEASURES.map((m) => cell(t[m], lang))];
}

type Section = { readonly title: Text; readonly first: Text; readonly rows: readonly string[][] };

function sections(summary: ActivitySummary, lang: Lang): Section[] {
  return [
    { title: T.byKind, first: T.kind, rows: [...summary.byKind.map((r) => cells(label(r.kind, lang), r, lang)), cells(T.total[lang], summary.total, lang)] },
    { title: T.byYear, first: T.year, rows: [...summary.byYear.map((r) => cells(String(r.year), r, lang)), cells(T.total[lang], summary.total, lang)] },
    { title: T.bySubject, first: T.subject, rows: [...summary.bySubject.map((r) => cells(r.subjectId, r, lang)), cells(T.total[lang], summary.total, lang)] },
  ];
}

/** Columns padded to their widest cell; numbers right-aligned. */
function textTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]): string =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function periodLine(summary: ActivitySummary, lang: Lang): string {
  const p = summary.period;
  return `${T.period[lang]}: ${p === undefined ? CLI_TEXT.none[lang] : `${p.from}..${p.to}`}`;
}

/** The CSV: one row per group and key, raw numbers, each figure with its known and unknown counts. */
function csv(summary: ActivitySummary, lang: Lang): string {
  const head = [T.group[lang], T.key[lang], T.count[lang]];
  for (const m of MEASURES) {
    const name = ACTIVITY_FIGURE_NAMES[FIGURE_OF[m]][lang];
    head.push(name, `${name} — ${T.stated[lang]}`, `${name} — ${T.unknown[lang]}`);
  }
  const row = (group: Text, key: string, t: ActivityTotals): (string | number)[] => [
    group[lang],
    key,
    t.count,
    ...MEASURES.flatMap((m) => [t[m].total, t[m].known, t[m].unknown]),
  ];
  return toCsv([
    head,
    ...summary.byKind.map((r) => row(T.kind, r.kind, r)),
    ...summary.byYear.map((r) => row(T.year, String(r.year), r)),
    ...summary.bySubject.map((r) => row(T.subject, r.subjectId, r)),
    row(T.total, '', summary.total),
  ]);
}

/**
 * Renders a summary: a text table per grouping (kind, year, unit or person) with the total, the
 * same as Markdown tables, one CSV, or the summary as JSON.
 */
export function renderActivities(summary: ActivitySummary, lang: Lang, format: Format, title: Text = T.title): string {
  switch (format) {
    case 'json':
      return toJson(summary);
    case 'csv':
      return csv(summary, lang);
    case 'md':
      return [
        `# ${title[lang]}`,
        '',
        periodLine(summary, lang),
        ...sections(summary, lang).flatMap((s) => ['', `## ${s.title[lang]}`, '', toMarkdownTable(header(lang, s.first), s.rows)]),
        '',
        T.unknownNote[lang],
      ].join('\n');
    case 'table': {
      const lines = [title[lang], periodLine(summary, lang)];
      if (summary.total.count === 0) lines.push(T.none[lang]);
      for (const s of sections(summary, lang)) lines.push('', s.title[lang], textTable(header(lang, s.first), s.rows));
      lines.push('', T.unknownNote[lang]);
      return lines.join('\n');
    }
    /* v8 ignore next 2 -- @preserve: unreachable, the switch is exhaustive */
    default:
      return format satisfies never;
  }
}

/** The built-in register's summary, for `thi-dua demo`. */
export function renderSampleActivities(lang: Lang, format: 'table' | 'json'): string {
  return renderActivities(summarizeActivities(sampleActivities), lang, format, T.sampleTitle);
}

/** What the command did: an exit code, or a usage error to report with the command's help. */
export type ActivitiesRun = { readonly exit: 0 | 1 } | { readonly usage: Text };

/**
 * Runs `thi-dua activities FILE [--from] [--to] [--format]`: reads the file, reports each invalid
 * entry on `err` with its position and field path, and prints the summary of the valid ones.
 */
export function runActivities(
  file: string | undefined,
  options: { readonly from?: string; readonly to?: string; readonly format?: string },
  lang: Lang,
  io: { readonly out: (text: string) => void; readonly err: (text: string) => void },
): ActivitiesRun {
  if (file === undefined) return { usage: CLI_ERRORS.missingFile() };
  const { from, to } = options;
  if (from !== undefined && to !== undefined && from > to) return { usage: T.fromAfterTo(from, to) };
  const read = readEntries(file, 'activities');
  if (!read.ok) {
    if (read.failure.kind === 'usage') return { usage: read.failure.message };
    io.err(read.failure.message[lang]);
    return { exit: 1 };
  }
  const { activities, invalid } = checkActivityEntries(read.entries);
  for (const bad of invalid) {
    for (const issue of bad.issues) io.err(`${issueLocation(bad.index, issue, lang)}: ${issue.message[lang]}`);
  }
  const format: Format = (ACTIVITIES_FORMATS as readonly string[]).includes(options.format ?? '') ? (options.format as Format) : 'table';
  const summary = summarizeActivities(activities, { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) });
  io.out(renderActivities(summary, lang, format));
  if (invalid.length > 0) io.err(T.invalidCount(invalid.length)[lang]);
  return { exit: invalid.length === 0 ? 0 : 1 };
}
