/**
 * The report page: a standalone HTML document (inline CSS, inline SVG, no external resource)
 * with the summary's tables and charts, for the screen and for A4 paper.
 *
 * @module
 */
import { label } from '../text/labels.js';
import {
  asOfText,
  CONFIDENCE_TEXT,
  moneyNoteText,
  unknownAmountsText,
  chartTopUnitsText,
  duplicateIdsText,
  integerText,
  periodText,
  recordsText,
  REPORT_TEXT as T,
  shareText,
  shortDayText,
  TIMING_TEXT,
} from '../text/reports.js';
import type { Lang } from '../core/types.js';
import { NOMINATION_STATUSES, type NominationStatus } from '../core/workflow-codes.js';
import { REWARD_FORMS } from '../core/codes.js';
import type { ActivitySummary } from '../activities/summary.js';
import { ACTIVITY_FIGURE_NAMES, ACTIVITY_SUMMARY_TEXT as ACTIVITY_TEXT } from '../text/activities.js';
import { activityTableRows, measureText } from './activities.js';
import type { AwardSummary } from './summarize.js';
import { escapeHtml } from '../core/html.js';
import { type Bar, type Segment, shareChart, stackedBarChart, timelineChart } from './svg.js';
import { occasionsLine, type SummaryTable, summaryTableRows, type TextTable, unitNamesOf, unitText } from './tables.js';
import { MILESTONE_TIMINGS, type MilestoneTiming, type Tally } from './types.js';

/**
 * The options of {@link summaryToHtml}: the language of the page.
 *
 * @example
 * ```ts
 * import type { SummaryHtmlOptions } from 'thi-dua-vi-nguoi-ngheo/reports';
 * const options: SummaryHtmlOptions = { lang: 'en' }; // add `activities: summarizeActivities(register)` for the movement's results
 * ```
 */
export type SummaryHtmlOptions = {
  /** The language of every text of the page. */
  readonly lang: Lang;
  /**
   * The movement's own results (sections II, IV.4), from `summarizeActivities` of `./activities`:
   * given, the page gains a "results of the movement" section with their totals by kind, year and
   * unit, and a chart per year of the activities and of the money.
   */
  readonly activities?: ActivitySummary;
};

/** The tables of at most this many rows are kept on one printed page. */
const KEEP_ROWS = 16;

/** How many units the unit chart shows (the table lists them all). */
const UNITS_IN_CHART = 20;

/** The colour of each status (the share chart). */
const STATUS_COLORS: { readonly [S in NominationStatus]: string } = {
  draft: '#cfd8dc',
  proposed: '#b3cde3',
  submitted: '#8cb4d8',
  returned: '#e9a23b',
  compiled: '#5b8fd0',
  selected: '#3b6fb6',
  forwarded: '#1f4e96',
  awarded: '#2e7d32',
  rejected: '#c62828',
  withdrawn: '#8d8d8d',
};

/** The colour of each group of statuses (the bar charts). */
const GROUP_COLORS = { inProgress: '#3b6fb6', awarded: '#2e7d32', rejected: '#c62828', withdrawn: '#8d8d8d' } as const;

/** The colour of each standing of a milestone. */
const TIMING_COLORS: { readonly [M in MilestoneTiming]: string } = {
  done: '#2e7d32',
  late: '#e9a23b',
  overdue: '#c62828',
  due: '#3b6fb6',
  upcoming: '#b0bec5',
};

const CSS = `
@page { size: A4; margin: 14mm 13mm 15mm 15mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: #111; background: #fff; font-family: "Times New Roman", "Liberation Serif", "DejaVu Serif", serif; font-size: 11pt; line-height: 1.35; }
main { max-width: 182mm; margin: 0 auto; padding: 10mm 0 14mm; }
.issuer { display: inline-block; text-align: center; font-size: 10.5pt; margin-bottom: 5mm; }
.issuer .parent { text-transform: uppercase; }
.issuer .name { font-weight: bold; text-transform: uppercase; }
.issuer .name::after { content: ""; display: block; width: 40%; margin: 1mm auto 0; border-top: 0.8pt solid #111; }
header { margin-bottom: 5mm; }
header .titles { text-align: center; }
h1 { font-size: 15pt; margin: 0 0 1mm; text-transform: uppercase; letter-spacing: 0.02em; }
header p { margin: 0.6mm 0; }
.subtitle { font-size: 12.5pt; font-weight: bold; }
.movement { font-style: italic; }
.asof { font-size: 10.5pt; }
h2 { font-size: 12.5pt; margin: 6mm 0 2mm; break-after: avoid; page-break-after: avoid; }
section[data-section="activities"] { break-before: page; page-break-before: always; }
h3 { font-size: 11pt; margin: 4mm 0 1.5mm; break-after: avoid; page-break-after: avoid; }
section { margin: 0; }
figure { margin: 1mm 0 3mm; break-inside: avoid; page-break-inside: avoid; }
figcaption { font-size: 9.5pt; font-style: italic; color: #333; text-align: center; margin-top: 1mm; }
svg { display: block; max-width: 100%; height: auto; }
table { width: 100%; border-collapse: collapse; font-size: 10pt; margin: 1mm 0 3mm; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 0.6pt solid #777; padding: 1mm 1.6mm; vertical-align: top; }
th { background: #eef1f5; font-weight: bold; text-align: center; vertical-align: middle; }
table[data-table="by-unit"] th:first-child { width: 34%; }
table[data-table="households"] th:first-child { width: 22%; }
table[data-table="milestones"] td:nth-child(3), table[data-table="milestones"] td:nth-child(4) { white-space: nowrap; }
td.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.total td { font-weight: bold; background: #f5f5f5; }
table.keep { break-inside: avoid; page-break-inside: avoid; }
.key { display: grid; grid-template-columns: repeat(3, 1fr); gap: 3mm; margin: 2mm 0 2mm; }
.key div { border: 0.6pt solid #999; padding: 2mm 1.5mm; text-align: center; font-size: 9.5pt; break-inside: avoid; }
.key b { display: block; font-size: 16pt; margin-bottom: 0.5mm; }
.note { font-size: 9.5pt; color: #333; }
footer { margin-top: 6mm; padding-top: 2mm; border-top: 0.6pt solid #999; font-size: 9.5pt; color: #333; }
footer p { margin: 0.8mm 0; }
.break { break-before: page; page-break-before: always; }
@media print { main { max-width: none; padding: 0; } }
`;

const e = escapeHtml;

/** A table; the totals row is the body's last row (a `<tfoot>` would be repeated on every printed page). */
function tableHtml(table: TextTable): string {
  const cell = (tag: 'td' | 'th', text: string, numeric: boolean): string =>
    `<${tag}${numeric && tag === 'td' ? ' class="n"' : ''}>${e(text)}</${tag}>`;
  const row = (cells: readonly string[], total = false): string =>
    `<tr${total ? ' class="total"' : ''}>${cells.map((c, i) => cell('td', c, table.numeric[i] === true)).join('')}</tr>`;
  const head = `<thead><tr>${table.columns.map((c) => cell('th', c, false)).join('')}</tr></thead>`;
  const rows = [...table.rows.map((r) => row(r)), ...(table.footer === undefined ? [] : [row(table.footer, true)])];
  // A short table is kept on one page; a long one breaks between rows, its header repeated.
  const keep = rows.length <= KEEP_ROWS ? ' class="keep"' : '';
  return `<table data-table="${e(table.id)}"${keep}>${head}<tbody>${rows.join('')}</tbody></table>`;
}

function groupSegments(t: Tally, lang: Lang): Segment[] {
  const { awarded, rejected, withdrawn } = t.byStatus;
  return [
    { value: awarded, color: GROUP_COLORS.awarded, name: label('awarded', lang) },
    { value: t.total - awarded - rejected - withdrawn, color: GROUP_COLORS.inProgress, name: T.inProgress[lang] },
    { value: rejected, color: GROUP_COLORS.rejected, name: label('rejected', lang) },
    { value: withdrawn, color: GROUP_COLORS.withdrawn, name: label('withdrawn', lang) },
  ];
}

function groupLegend(lang: Lang): { color: string; name: string }[] {
  return groupSegments({ total: 0, byStatus: Object.fromEntries(NOMINATION_STATUSES.map((s) => [s, 0])) as Tally['byStatus'] }, lang).map(
    ({ color, name }) => ({ color, name }),
  );
}

function figure(svg: string, caption: string): string {
  return `<figure>${svg}<figcaption>${e(caption)}</figcaption></figure>`;
}

/**
 * The report page of a summary: a standalone HTML document in one language, with no external
 * resource (inline CSS and SVG: it opens offline and prints on A4, each chart and table row kept
 * on one page). It holds the key figures, then by occasion, reward form (with a bar chart),
 * subject, proposing unit (a bar chart of the 20 units with most nominations; the table lists
 * all), status (the share of each, as one bar), the steps of the review, the households, and the
 * campaign's milestones on a timeline (done, late, overdue, due, upcoming) when the summary has
 * them; with `options.activities`, the movement's own results (II, IV.4: totals by kind, year
 * and unit, a chart per year of the activities and the money); the notes say which records were
 * left out. Every number is the one of
 * `summaryTableRows`; every text from the records (unit ids and names) is escaped. Pure and
 * deterministic: the same summary gives the same bytes.
 *
 * @param summary - a summary from `summarizeAwards`
 * @param options - the page's language, and the movement's results to show
 * @returns the HTML document, as a string
 * @example
 * ```ts
 * import { summarizeAwards, summaryToHtml } from 'thi-dua-vi-nguoi-ngheo/reports';
 * const result = summarizeAwards([]);
 * if (result.ok) summaryToHtml(result.value, { lang: 'vi' }).startsWith('<!DOCTYPE html>'); //=> true
 * ```
 */
export function summaryToHtml(summary: AwardSummary, options: SummaryHtmlOptions): string {
  const { lang } = options;
  const fmt = (n: number): string => integerText(n)[lang];
  const tables = new Map(summaryTableRows(summary, lang).map((t) => [t.id, t]));
  const table = (id: SummaryTable['id']): string => {
    const t = tables.get(id);
    return t === undefined ? '' : tableHtml(t);
  };
  const titleOf = (id: SummaryTable['id']): string => tables.get(id)?.title ?? '';
  const occasions = occasionsLine(summary, lang);
  const heading = [
    `<div class="issuer"><div class="parent">${e(summary.issuer.parent)}</div><div class="name">${e(lang === 'en' ? (summary.issuer.en?.name ?? summary.issuer.name) : summary.issuer.name)}</div></div>`,
    '<div class="titles">',
    `<h1>${e(T.title[lang])}</h1>`,
    `<p class="subtitle">${e(occasions)}</p>`,
    `<p class="movement">${e(T.movement[lang])}</p>`,
    summary.days.from === undefined && summary.days.to === undefined
      ? ''
      : `<p class="asof">${e(periodText(summary.days.from, summary.days.to)[lang])}</p>`,
    summary.days.asOf === undefined ? '' : `<p class="asof">${e(asOfText(summary.days.asOf)[lang])}</p>`,
    '</div>',
  ].join('');

  const key = tables.get('key-figures');
  const keyHtml =
    key === undefined
      ? ''
      : `<div class="key">${key.rows.map(([name, value]) => `<div><b>${e(value ?? '')}</b>${e(name ?? '')}</div>`).join('')}</div>`;

  const formBars: Bar[] = REWARD_FORMS.map((f) => ({
    label: label(f, lang),
    segments: groupSegments(summary.byForm[f], lang),
    valueText: fmt(summary.byForm[f].total),
  }));
  const unitsShown = [...summary.byUnit].sort((a, b) => b.total - a.total).slice(0, UNITS_IN_CHART);
  const unitBars: Bar[] = unitsShown.map((u) => ({
    label: unitText(u.unit, u.name, lang),
    segments: groupSegments(u, lang),
    valueText: fmt(u.total),
  }));
  const statusSegments = NOMINATION_STATUSES.map((s) => ({
    value: summary.all.byStatus[s],
    color: STATUS_COLORS[s],
    name: label(s, lang),
    valueText: `${fmt(summary.all.byStatus[s])} (${shareText(summary.all.byStatus[s], summary.all.total)[lang]})`,
  }));

  const sections: string[] = [
    `<section><h2>${e(titleOf('key-figures'))}</h2>${keyHtml}</section>`,
    `<section><h2>${e(titleOf('by-form'))}</h2>${figure(stackedBarChart(formBars, groupLegend(lang), { title: T.chartByForm[lang], id: 'chart-by-form', format: fmt }), T.chartByForm[lang])}${table('by-form')}</section>`,
    `<section><h2>${e(titleOf('by-category'))}</h2>${table('by-category')}</section>`,
    `<section><h2>${e(titleOf('by-unit'))}</h2>${
      unitBars.length === 0
        ? ''
        : figure(
            stackedBarChart(unitBars, groupLegend(lang), { title: T.chartByUnit[lang], id: 'chart-by-unit', format: fmt }),
            summary.byUnit.length > UNITS_IN_CHART ? chartTopUnitsText(UNITS_IN_CHART)[lang] : T.chartByUnit[lang],
          )
    }${table('by-unit')}</section>`,
    `<section><h2>${e(titleOf('by-status'))}</h2>${figure(shareChart(statusSegments, { title: T.chartByStatus[lang], id: 'chart-by-status', format: fmt }), T.chartByStatus[lang])}${table('by-status')}</section>`,
    `<section><h2>${e(titleOf('by-event'))}</h2>${table('by-event')}</section>`,
    `<section><h2>${e(titleOf('households'))}</h2>${table('households')}</section>`,
    moneySection(summary, lang, table('money'), titleOf('money')),
    `<section><h2>${e(titleOf('by-occasion'))}</h2>${table('by-occasion')}</section>`,
    milestonesSection(summary, lang, fmt, table('milestones'), titleOf('milestones')),
    options.activities === undefined ? '' : activitiesSection(options.activities, lang, fmt, unitNamesOf(summary)),
  ];

  const notes = [
    `<p>${e(recordsText(summary.records)[lang])}</p>`,
    summary.duplicateIds.length === 0
      ? ''
      : `<p>${e(duplicateIdsText(summary.duplicateIds, summary.duplicateIds.length < summary.records.duplicates)[lang])}</p>`,
  ].join('');

  const title = `${T.title[lang]} — ${occasions}`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(title)}</title><style>${CSS}</style></head>`,
    `<body><main><header>${heading}</header>`,
    summary.all.total === 0 ? `<p class="note">${e(T.empty[lang])}</p>` : '',
    sections.join('\n'),
    `<footer>${notes}</footer>`,
    '</main></body></html>',
    '',
  ].join('\n');
}

/** The colours of the charts of the movement's results. */
const ACTIVITY_COLORS = { count: '#00796b', money: '#6a1b9a' } as const;

/**
 * The movement's own results (II, IV.4): a chart per year of the activities and of the money,
 * then the tables by kind, year and unit of `activityTableRows`.
 */
function activitiesSection(
  activities: ActivitySummary,
  lang: Lang,
  fmt: (n: number) => string,
  names: Readonly<Record<string, string>>,
): string {
  const tables = activityTableRows(activities, lang, names);
  const body: string[] = [];
  if (activities.total.count === 0) body.push(`<p class="note">${e(ACTIVITY_TEXT.none[lang])}</p>`);
  else {
    const count = { color: ACTIVITY_COLORS.count, name: ACTIVITY_TEXT.count[lang] };
    const money = { color: ACTIVITY_COLORS.money, name: ACTIVITY_FIGURE_NAMES.amount[lang] };
    const countBars: Bar[] = activities.byYear.map((y) => ({
      label: String(y.year),
      segments: [{ ...count, value: y.count }],
      valueText: fmt(y.count),
    }));
    const moneyBars: Bar[] = activities.byYear.map((y) => ({
      label: String(y.year),
      segments: [{ ...money, value: y.money.total }],
      valueText: measureText(y.money, lang),
    }));
    const countTitle = `${ACTIVITY_TEXT.count[lang]} — ${ACTIVITY_TEXT.byYear[lang].toLowerCase()}`;
    const moneyTitle = `${ACTIVITY_FIGURE_NAMES.amount[lang]} — ${ACTIVITY_TEXT.byYear[lang].toLowerCase()}`;
    body.push(
      figure(stackedBarChart(countBars, [count], { title: countTitle, id: 'chart-activities-by-year', format: fmt }), countTitle),
      figure(stackedBarChart(moneyBars, [money], { title: moneyTitle, id: 'chart-money-by-year', format: fmt }), moneyTitle),
    );
  }
  for (const t of tables) body.push(`<h3>${e(t.title)}</h3>${tableHtml(t)}`);
  body.push(`<p class="note">${e(ACTIVITY_TEXT.unknownNote[lang])}</p>`);
  return `<section data-section="activities"><h2>${e(ACTIVITY_TEXT.title[lang])}</h2>${body.join('')}</section>`;
}

function moneySection(summary: AwardSummary, lang: Lang, tableText: string, title: string): string {
  const { money } = summary;
  const refs = [...new Set(money.citations.map((c) => c.ref))];
  const confidence = money.confidence === undefined ? undefined : CONFIDENCE_TEXT[money.confidence];
  const notes = [`<p class="note">${e(moneyNoteText(refs, confidence)[lang])}</p>`];
  if (money.unknownIds.length > 0) {
    notes.push(`<p class="note">${e(unknownAmountsText(money.unknownIds, money.unknownIds.length < money.total.unknown)[lang])}</p>`);
  }
  return `<section><h2>${e(title)}</h2>${tableText}${notes.join('')}</section>`;
}

function milestonesSection(summary: AwardSummary, lang: Lang, fmt: (n: number) => string, tableHtmlText: string, title: string): string {
  if (summary.milestones === undefined)
    return `<section><h2>${e(T.milestones[lang])}</h2><p class="note">${e(T.noCampaign[lang])}</p></section>`;
  const lanes = summary.milestones.map((m) => ({
    label: `${label(m.milestone, lang)} (${m.year})`,
    from: m.from,
    to: m.to,
    color: TIMING_COLORS[m.timing],
    status: TIMING_TEXT[m.timing][lang],
    ...(m.on === undefined ? {} : { on: m.on }),
  }));
  const legendItems = MILESTONE_TIMINGS.map((t) => ({ color: TIMING_COLORS[t], name: TIMING_TEXT[t][lang] }));
  const asOf =
    summary.days.asOf === undefined
      ? undefined
      : { day: summary.days.asOf, label: `${T.asOfMark[lang]}: ${shortDayText(summary.days.asOf)[lang]}` };
  const chart = timelineChart(lanes, asOf, legendItems, { title: T.chartMilestones[lang], id: 'chart-milestones', format: fmt });
  return `<section class="break"><h2>${e(title)}</h2>${figure(chart, T.chartMilestones[lang])}${tableHtmlText}</section>`;
}
