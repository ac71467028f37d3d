/**
 * The numbers of a summary as plain tables of text: what the report page, a Markdown file and a
 * Word annex (`tableAnnexDocument` of `./documents`) all print, so that they never disagree.
 *
 * @module
 */
import { REWARD_FORMS, SUBJECT_CATEGORIES, SUBJECT_CLASSES } from '../core/codes.js';
import { rewardClauseOf } from '../rules/rewards.js';
import { subjectClassOf } from '../rules/subjects.js';
import { occasionText } from '../text/findings.js';
import { label } from '../text/labels.js';
import { integerText, MISSING_INPUT_TEXT, REPORT_TEXT as T, shareText, shortDayText, TIMING_TEXT } from '../text/reports.js';
import { AMOUNT_MISSING_INPUTS, type MoneyLine } from './money.js';
import type { Lang } from '../core/types.js';
import { NOMINATION_EVENT_TYPES, NOMINATION_STATUSES } from '../core/workflow-codes.js';
import type { AwardSummary } from './summarize.js';
import { HOUSEHOLD_CATEGORIES, type Tally } from './types.js';

/**
 * The tables of a summary, in the order a report prints them.
 *
 * @example
 * ```ts
 * import { SUMMARY_TABLE_IDS } from 'thi-dua-vi-nguoi-ngheo/reports';
 * SUMMARY_TABLE_IDS[0]; //=> 'key-figures'
 * ```
 */
export const SUMMARY_TABLE_IDS = /* @__PURE__ */ Object.freeze([
  'key-figures',
  'by-occasion',
  'by-form',
  'by-category',
  'by-unit',
  'by-status',
  'by-event',
  'households',
  'money',
  'milestones',
] as const);

/**
 * The id of one table of a summary (see {@link SUMMARY_TABLE_IDS}).
 *
 * @example
 * ```ts
 * import type { SummaryTableId } from 'thi-dua-vi-nguoi-ngheo/reports';
 * const id: SummaryTableId = 'by-form';
 * ```
 */
export type SummaryTableId = (typeof SUMMARY_TABLE_IDS)[number];

/**
 * A table as text in one language — what the report page, a Markdown file and a Word annex all
 * print: a title, the column headers, the rows (every cell a string: numbers are written with the
 * language's separators), which columns hold numbers (to align them right), and the totals row
 * when the table has one. `Id` names the tables of one kind ({@link SummaryTableId}, or the
 * activity tables' ids).
 *
 * @example
 * ```ts
 * import type { TextTable } from 'thi-dua-vi-nguoi-ngheo/reports';
 * const table: TextTable<'by-status'> = {
 *   id: 'by-status',
 *   title: 'Theo tình trạng hồ sơ',
 *   columns: ['Tình trạng', 'Tổng số', 'Tỷ lệ'],
 *   numeric: [false, true, true],
 *   rows: [['Được khen thưởng', '3', '75%']],
 *   footer: ['Tổng số', '4', '100%'],
 * };
 * ```
 */
export type TextTable<Id extends string = string> = {
  /** Which table this is. */
  readonly id: Id;
  /** The table's title. */
  readonly title: string;
  /** The column headers. */
  readonly columns: readonly string[];
  /** For each column, whether it holds numbers. */
  readonly numeric: readonly boolean[];
  /** The rows, each with one cell per column. */
  readonly rows: readonly (readonly string[])[];
  /** The totals row, when the table has one. */
  readonly footer?: readonly string[];
};

/**
 * One table of a summary as text in one language (see {@link TextTable}).
 *
 * @example
 * ```ts
 * import type { SummaryTable } from 'thi-dua-vi-nguoi-ngheo/reports';
 * const table: SummaryTable = {
 *   id: 'by-status',
 *   title: 'Theo tình trạng hồ sơ',
 *   columns: ['Tình trạng', 'Tổng số', 'Tỷ lệ'],
 *   numeric: [false, true, true],
 *   rows: [['Được khen thưởng', '3', '75%']],
 *   footer: ['Tổng số', '4', '100%'],
 * };
 * ```
 */
export type SummaryTable = TextTable<SummaryTableId>;

const N = (n: number, lang: Lang): string => integerText(n)[lang];

/** Total, in progress (every status but the final ones), awarded, rejected, withdrawn. */
function tallyCells(t: Tally, lang: Lang): string[] {
  const { awarded, rejected, withdrawn } = t.byStatus;
  return [N(t.total, lang), N(t.total - awarded - rejected - withdrawn, lang), N(awarded, lang), N(rejected, lang), N(withdrawn, lang)];
}

function tallyColumns(lang: Lang): string[] {
  return [T.total[lang], T.inProgress[lang], label('awarded', lang), label('rejected', lang), label('withdrawn', lang)];
}

const TALLY_NUMERIC = [true, true, true, true, true];

/**
 * The unit's name as a report prints it: "Name (id)", the id alone when no name is known, or the
 * words for "no unit given".
 *
 * @internal
 */
export function unitText(unit: string | undefined, name: string | undefined, lang: Lang): string {
  if (unit === undefined) return T.noUnit[lang];
  return name === undefined || name === unit ? unit : `${name} (${unit})`;
}

/** "hệ số mức tiền thưởng: 1; hạng Huân chương Lao động: 1" — what the unknown amounts lack. */
function missingText(line: MoneyLine, lang: Lang): string {
  const parts = AMOUNT_MISSING_INPUTS.filter((m) => line.missing[m] > 0).map(
    (m) => `${MISSING_INPUT_TEXT[m][lang]}: ${N(line.missing[m], lang)}`,
  );
  if (line.invalid > 0) parts.push(`${T.invalidAmount[lang]}: ${N(line.invalid, lang)}`);
  return parts.join('; ');
}

/**
 * The units' names the summary knows (`unitNames`), by id.
 *
 * @internal
 */
export function unitNamesOf(summary: Pick<AwardSummary, 'byUnit'>): Record<string, string> {
  const names: Record<string, string> = {};
  for (const u of summary.byUnit) if (u.unit !== undefined && u.name !== undefined) names[u.unit] = u.name;
  return names;
}

/** A text with its first letter in capitals. @internal */
export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The summary's occasions as one line ("Khen thưởng hằng năm 2023; …"), or the words for every
 * occasion when the summary names none.
 *
 * @internal
 */
export function occasionsLine(summary: Pick<AwardSummary, 'occasions'>, lang: Lang): string {
  return summary.occasions.length === 0
    ? T.allOccasions[lang]
    : summary.occasions.map((o) => capitalise(occasionText(o.kind, o.year)[lang])).join('; ');
}

/**
 * The numbers of a summary as plain tables in one language, in {@link SUMMARY_TABLE_IDS} order
 * (the milestones only when the summary has them): what `summaryToHtml` prints, and what a Word
 * annex or a Markdown file can print. Every number of the summary's tables is in a cell.
 *
 * @param summary - a summary from `summarizeAwards`
 * @param lang - `vi` or `en`
 * @returns new tables
 * @example
 * ```ts
 * import { summarizeAwards, summaryTableRows } from 'thi-dua-vi-nguoi-ngheo/reports';
 * const result = summarizeAwards([]);
 * if (result.ok) summaryTableRows(result.value, 'en').map((t) => t.id).slice(0, 3);
 * //=> ['key-figures', 'by-occasion', 'by-form']
 * ```
 */
export function summaryTableRows(summary: AwardSummary, lang: Lang): SummaryTable[] {
  const tables: SummaryTable[] = [];
  tables.push({
    id: 'key-figures',
    title: T.keyFigures[lang],
    columns: ['', T.total[lang]],
    numeric: [false, true],
    rows: [
      [T.nominations[lang], N(summary.all.total, lang)],
      [T.awarded[lang], N(summary.all.byStatus.awarded, lang)],
      [label('rejected', lang), N(summary.all.byStatus.rejected, lang)],
      [T.householdsHonoured[lang], N(summary.householdsInAll.awardedHouseholds, lang)],
      [T.moneyTotal[lang], N(summary.money.total.amount, lang)],
      [T.unitsProposing[lang], N(summary.byUnit.filter((u) => u.unit !== undefined).length, lang)],
    ],
  });
  tables.push({
    id: 'by-occasion',
    title: T.byOccasion[lang],
    columns: [T.occasion[lang], ...tallyColumns(lang)],
    numeric: [false, ...TALLY_NUMERIC],
    rows: summary.byOccasion.map((o) => [capitalise(occasionText(o.occasion.kind, o.occasion.year)[lang]), ...tallyCells(o, lang)]),
    footer: [T.total[lang], ...tallyCells(summary.all, lang)],
  });
  tables.push({
    id: 'by-form',
    title: T.byForm[lang],
    columns: [T.form[lang], T.clause[lang], ...tallyColumns(lang)],
    numeric: [false, false, ...TALLY_NUMERIC],
    rows: REWARD_FORMS.map((f) => [label(f, lang), rewardClauseOf(f), ...tallyCells(summary.byForm[f], lang)]),
    footer: [T.total[lang], '', ...tallyCells(summary.all, lang)],
  });
  tables.push({
    id: 'by-category',
    title: T.byCategory[lang],
    columns: [T.category[lang], ...tallyColumns(lang)],
    numeric: [false, ...TALLY_NUMERIC],
    rows: SUBJECT_CLASSES.flatMap((c) => [
      [label(c, lang), ...tallyCells(summary.byClass[c], lang)],
      ...SUBJECT_CATEGORIES.filter((k) => subjectClassOf(k) === c).map((k) => [
        `— ${label(k, lang)}`,
        ...tallyCells(summary.byCategory[k], lang),
      ]),
    ]),
    footer: [T.total[lang], ...tallyCells(summary.all, lang)],
  });
  tables.push({
    id: 'by-unit',
    title: T.byUnit[lang],
    columns: [T.unit[lang], ...REWARD_FORMS.map((f) => label(f, lang)), T.total[lang], label('awarded', lang)],
    numeric: [false, ...REWARD_FORMS.map(() => true), true, true],
    rows: summary.byUnit.map((u) => [
      unitText(u.unit, u.name, lang),
      ...REWARD_FORMS.map((f) => N(u.byForm[f], lang)),
      N(u.total, lang),
      N(u.byStatus.awarded, lang),
    ]),
    footer: [
      T.total[lang],
      ...REWARD_FORMS.map((f) => N(summary.byForm[f].total, lang)),
      N(summary.all.total, lang),
      N(summary.all.byStatus.awarded, lang),
    ],
  });
  tables.push({
    id: 'by-status',
    title: T.byStatus[lang],
    columns: [T.status[lang], T.total[lang], T.share[lang]],
    numeric: [false, true, true],
    rows: NOMINATION_STATUSES.map((s) => [
      label(s, lang),
      N(summary.all.byStatus[s], lang),
      shareText(summary.all.byStatus[s], summary.all.total)[lang],
    ]),
    footer: [T.total[lang], N(summary.all.total, lang), shareText(summary.all.total, summary.all.total)[lang]],
  });
  tables.push({
    id: 'by-event',
    title: T.byEvent[lang],
    columns: [T.step[lang], T.nominationsReached[lang], T.eventsRecorded[lang]],
    numeric: [false, true, true],
    rows: NOMINATION_EVENT_TYPES.flatMap((e) =>
      e === 'DECIDE'
        ? [
            [T.decidedAward[lang], N(summary.byDecision.award, lang), N(summary.byDecision.award, lang)],
            [T.decidedReject[lang], N(summary.byDecision.reject, lang), N(summary.byDecision.reject, lang)],
          ]
        : [[label(e, lang), N(summary.byEvent[e].nominations, lang), N(summary.byEvent[e].events, lang)]],
    ),
  });
  tables.push({
    id: 'households',
    title: T.households[lang],
    columns: [
      T.householdStatus[lang],
      T.householdNominations[lang],
      T.householdCount[lang],
      T.awardedNominations[lang],
      T.awardedHouseholds[lang],
      T.withoutOfficialList[lang],
      T.classDisagrees[lang],
    ],
    numeric: [false, true, true, true, true, true, true],
    rows: HOUSEHOLD_CATEGORIES.map((c) => {
      const h = summary.households[c];
      return [
        label(c, lang),
        ...[h.nominations, h.households, h.awardedNominations, h.awardedHouseholds, h.withoutOfficialList, h.classDisagrees].map((x) =>
          N(x, lang),
        ),
      ];
    }),
  });
  const moneyRow = (name: string, clause: string, l: MoneyLine): string[] => [
    name,
    clause,
    N(l.awarded, lang),
    N(l.known, lang),
    N(l.amount, lang),
    N(l.unknown, lang),
    missingText(l, lang),
  ];
  tables.push({
    id: 'money',
    title: T.money[lang],
    columns: [
      T.form[lang],
      T.clause[lang],
      T.moneyAwarded[lang],
      T.moneyKnown[lang],
      T.moneyAmount[lang],
      T.moneyUnknown[lang],
      T.moneyMissing[lang],
    ],
    numeric: [false, false, true, true, true, true, false],
    rows: REWARD_FORMS.map((f) => moneyRow(label(f, lang), rewardClauseOf(f), summary.money.byForm[f])),
    footer: moneyRow(T.total[lang], '', summary.money.total),
  });
  if (summary.milestones !== undefined) {
    tables.push({
      id: 'milestones',
      title: T.milestones[lang],
      columns: [T.milestone[lang], T.year[lang], T.window[lang], T.recordedOn[lang], T.timing[lang], T.clause[lang]],
      numeric: [false, true, false, false, false, false],
      rows: summary.milestones.map((m) => [
        label(m.milestone, lang),
        String(m.year),
        `${shortDayText(m.from)[lang]} – ${shortDayText(m.to)[lang]}`,
        m.on === undefined ? '' : shortDayText(m.on)[lang],
        TIMING_TEXT[m.timing][lang],
        m.rule,
      ]),
    });
  }
  return tables;
}
