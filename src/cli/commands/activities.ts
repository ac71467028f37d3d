/**
 * `thi-dua activities`: the movement's results (II, IV.4) from a file of activities, totalled by
 * kind, year and unit or person, as a text table, Markdown, CSV or JSON. Also the last part of
 * `thi-dua demo`, on the built-in register.
 *
 * @module
 */
import { parseActivity } from '../../activities/parse.js';
import { type ActivitySummary, type ActivityTotals, summarizeActivities } from '../../activities/summary.js';
import { activityTableRows } from '../../reports/activities.js';
import { isCivilDate } from '../../core/dates.js';
import type { ValidationIssue } from '../../core/issues.js';
import { ACTIVITY_FIGURE_NAMES, ACTIVITY_ISSUE_TEXT, ACTIVITY_SUMMARY_TEXT, ACTIVITY_SUMMARY_TEXT as T } from '../../text/activities.js';
import { CLI_ERRORS, CLI_SYNOPSES, CLI_TEXT } from '../../text/cli.js';
import type { Activity } from '../../core/activity.js';
import type { Lang, Text } from '../../core/types.js';
import { type CommandContext, defineCommand, EXIT, type ProgramIo } from '../command.js';
import { terminalSafe, toCsv, toJson, toMarkdownTable } from '../format.js';
import type { InputSource } from '../input.js';
import { issueLocation } from './check.js';

/** The formats of `thi-dua activities`. */
export const ACTIVITIES_FORMATS = ['table', 'json', 'md', 'csv'] as const;
type Format = (typeof ACTIVITIES_FORMATS)[number];

const MEASURES = ['money', 'households', 'people', 'contributors'] as const;
const FIGURE_OF = { money: 'amount', households: 'households', people: 'people', contributors: 'contributors' } as const;

type Section = { readonly title: string; readonly head: readonly string[]; readonly rows: readonly (readonly string[])[] };

/** The tables of the report's "results of the movement" (one source: `activityTableRows`), the total as the last row. */
function sections(summary: ActivitySummary, lang: Lang): Section[] {
  return activityTableRows(summary, lang).map((t) => ({
    title: t.title,
    head: t.columns,
    rows: [...t.rows, t.footer].map((row) => row.map(terminalSafe)),
  }));
}

/** Columns padded to their widest cell; numbers right-aligned. */
function textTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]): string =>
    r
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
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
        ...sections(summary, lang).flatMap((s) => ['', `## ${s.title}`, '', toMarkdownTable(s.head, s.rows)]),
        '',
        T.unknownNote[lang],
      ].join('\n');
    case 'table': {
      const lines = [title[lang], periodLine(summary, lang)];
      if (summary.total.count === 0) lines.push(T.none[lang]);
      for (const s of sections(summary, lang)) lines.push('', s.title, textTable(s.head, s.rows));
      lines.push('', T.unknownNote[lang]);
      return lines.join('\n');
    }
    /* v8 ignore next 2 -- @preserve: unreachable, the switch is exhaustive */
    default:
      return format satisfies never;
  }
}

/**
 * Reads the activities of an input one by one (whole JSON or JSON Lines): each valid one is kept,
 * each invalid one (or a later one with an id already used) is reported on `err` as it comes, with
 * its position and field path. Returns the valid activities, how many were invalid and whether the
 * input was read to its end.
 */
export async function readActivities(
  source: InputSource,
  io: ProgramIo,
  lang: Lang,
): Promise<{ activities: Activity[]; invalid: number; complete: boolean }> {
  const activities: Activity[] = [];
  const firstAt = new Map<string, number>();
  let invalid = 0;
  const report = async (position: number, issues: readonly ValidationIssue[]): Promise<void> => {
    invalid++;
    for (const issue of issues) await io.err(`${issueLocation(position, issue, lang)}: ${terminalSafe(issue.message[lang])}`);
  };
  for await (const item of source.items) {
    if (item.kind === 'stopped') {
      await io.err(item.message[lang]);
      return { activities, invalid, complete: false };
    }
    if (item.kind === 'bad-line') {
      await report(item.position, [{ path: [], code: item.code, message: item.message }]);
      continue;
    }
    const parsed = parseActivity(item.value);
    if (!parsed.ok) {
      await report(item.position, parsed.error);
      continue;
    }
    const first = firstAt.get(parsed.value.id);
    if (first !== undefined) {
      await report(item.position, [
        { path: ['id'], code: 'duplicate_id', message: ACTIVITY_ISSUE_TEXT.duplicateId(parsed.value.id, first - 1) },
      ]);
      continue;
    }
    firstAt.set(parsed.value.id, item.position);
    activities.push(parsed.value);
  }
  return { activities, invalid, complete: true };
}

const dateCheck = { test: (value: string) => isCivilDate(value), hint: CLI_TEXT.dateHint };
const options = {
  from: { type: 'string', check: dateCheck },
  to: { type: 'string', check: dateCheck },
  format: { type: 'string', choices: ACTIVITIES_FORMATS },
  ndjson: { type: 'boolean' },
} as const;

/**
 * `thi-dua activities FILE [--ndjson] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format table|json|md|csv]`:
 * reads the input, reports each invalid entry on stderr with its position and field path, and
 * prints the summary of the valid ones.
 */
export const activitiesCommand = defineCommand({
  name: 'activities',
  synopsis: CLI_SYNOPSES.activities,
  summary: CLI_TEXT.activitiesSummary,
  help: ACTIVITY_SUMMARY_TEXT.help,
  options,
  positionals: 1,
  run: async (context: CommandContext<typeof options>) => {
    const file = context.positionals[0];
    if (file === undefined) return context.usage(CLI_ERRORS.missingFile());
    const { from, to } = context.options;
    if (from !== undefined && to !== undefined && from > to) return context.usage(T.fromAfterTo(from, to));
    const opened = await context.open(file, { key: 'activities', ndjson: context.options.ndjson === true });
    if (!opened.ok) return opened.exit;
    const { activities, invalid, complete } = await readActivities(opened.source, context.io, context.lang);
    const format: Format = (ACTIVITIES_FORMATS as readonly string[]).includes(context.options.format ?? '')
      ? (context.options.format as Format)
      : 'table';
    const summary = summarizeActivities(activities, { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) });
    await context.io.out(renderActivities(summary, context.lang, format));
    if (invalid > 0) await context.io.err(T.invalidCount(invalid)[context.lang]);
    return invalid === 0 && complete ? EXIT.ok : EXIT.invalidInput;
  },
});
