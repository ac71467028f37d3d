/**
 * The movement's own results (sections II and IV.4: contributions, support, gifts and visits,
 * models, publications) as plain tables of text: what the report page's "results of the movement"
 * section, the table annex and `thi-dua activities` all print, so that they never disagree.
 *
 * @module
 */
import type { ActivityMeasure, ActivitySummary, ActivityTotals } from '../activities/summary.js';
import type { Lang, Text } from '../core/types.js';
import { ACTIVITY_FIGURE_NAMES, ACTIVITY_SUMMARY_TEXT as T, groupDigits } from '../text/activities.js';
import { label } from '../text/labels.js';
import type { TextTable } from './tables.js';

/**
 * The tables of an activity summary, in the order a report prints them: by kind of activity, by
 * year, by unit or person.
 *
 * @example
 * ```ts
 * import { ACTIVITY_TABLE_IDS } from 'thi-dua-vi-nguoi-ngheo/reports';
 * ACTIVITY_TABLE_IDS[1]; //=> 'activities-by-year'
 * ```
 */
export const ACTIVITY_TABLE_IDS = /* @__PURE__ */ Object.freeze([
  'activities-by-kind',
  'activities-by-year',
  'activities-by-subject',
] as const);

/**
 * The id of one table of an activity summary (see {@link ACTIVITY_TABLE_IDS}).
 *
 * @example
 * ```ts
 * import type { ActivityTableId } from 'thi-dua-vi-nguoi-ngheo/reports';
 * const id: ActivityTableId = 'activities-by-kind';
 * ```
 */
export type ActivityTableId = (typeof ACTIVITY_TABLE_IDS)[number];

/**
 * One table of an activity summary as text in one language, a {@link TextTable}: a title, the
 * column headers (the group, the number of activities, money in đồng, households, people,
 * contributors), the rows, which columns hold numbers, and the totals row. A figure some
 * activities do not state reads "120.500.000 (+3 chưa rõ)"; one none states, "chưa rõ (2)"; one
 * the kind never records, "—".
 *
 * @example
 * ```ts
 * import type { ActivityTable } from 'thi-dua-vi-nguoi-ngheo/reports';
 * const table: ActivityTable = {
 *   id: 'activities-by-year',
 *   title: 'Theo năm',
 *   columns: ['Năm', 'Số hoạt động', 'Số tiền (đồng)', 'Số hộ', 'Số người', 'Số người đóng góp'],
 *   numeric: [false, true, true, true, true, true],
 *   rows: [['2023', '4', '36.000.000', '6', '6', '—']],
 *   footer: ['Tổng cộng', '4', '36.000.000', '6', '6', '—'],
 * };
 * ```
 */
export type ActivityTable = TextTable<ActivityTableId> & {
  /** The totals row: every activity table has one. */
  readonly footer: readonly string[];
};

/** The figures of a row, in column order (`money` is the `amount`s). */
const MEASURES = ['money', 'households', 'people', 'contributors'] as const;
const FIGURE_OF = { money: 'amount', households: 'households', people: 'people', contributors: 'contributors' } as const;

/**
 * A figure of activities as the tables print it: "120.500.000 (+3 chưa rõ)"; "chưa rõ (2)" when no
 * activity states it; "—" when none records it.
 *
 * @internal
 */
export function measureText(m: ActivityMeasure, lang: Lang): string {
  if (m.known === 0) return m.unknown === 0 ? '—' : `${T.unknown[lang]} (${m.unknown})`;
  const total = groupDigits(m.total, lang);
  return m.unknown === 0 ? total : `${total} (+${m.unknown} ${T.unknown[lang]})`;
}

function rowOf(key: string, t: ActivityTotals, lang: Lang): string[] {
  return [key, groupDigits(t.count, lang), ...MEASURES.map((m) => measureText(t[m], lang))];
}

function table(id: ActivityTableId, title: Text, first: Text, rows: string[][], summary: ActivitySummary, lang: Lang): ActivityTable {
  return {
    id,
    title: title[lang],
    columns: [first[lang], T.count[lang], ...MEASURES.map((m) => ACTIVITY_FIGURE_NAMES[FIGURE_OF[m]][lang])],
    numeric: [false, true, true, true, true, true],
    rows,
    footer: rowOf(T.total[lang], summary.total, lang),
  };
}

/**
 * The totals of an activity summary (`summarizeActivities`) as plain tables in one language, in
 * {@link ACTIVITY_TABLE_IDS} order, each with its totals row: what the report page's "results of
 * the movement" section, `summaryAnnexDocument` and `thi-dua activities` print.
 *
 * @param summary - a summary from `summarizeActivities`
 * @param lang - `vi` or `en`
 * @param names - the names of units and people by id, printed "Name (id)" in the table by unit
 * @returns new tables
 * @example
 * ```ts
 * import { summarizeActivities } from 'thi-dua-vi-nguoi-ngheo/activities';
 * import { activityTableRows } from 'thi-dua-vi-nguoi-ngheo/reports';
 * import { sampleActivities } from 'thi-dua-vi-nguoi-ngheo/testing';
 * const [byKind] = activityTableRows(summarizeActivities(sampleActivities), 'en');
 * byKind?.columns[1]; //=> 'Activities'
 * ```
 */
export function activityTableRows(summary: ActivitySummary, lang: Lang, names: Readonly<Record<string, string>> = {}): ActivityTable[] {
  const nameOf = (id: string): string => {
    const name = Object.hasOwn(names, id) ? names[id] : undefined;
    return name === undefined || name === id ? id : `${name} (${id})`;
  };
  return [
    table(
      'activities-by-kind',
      T.byKind,
      T.kind,
      summary.byKind.map((r) => rowOf(label(r.kind, lang), r, lang)),
      summary,
      lang,
    ),
    table(
      'activities-by-year',
      T.byYear,
      T.year,
      summary.byYear.map((r) => rowOf(String(r.year), r, lang)),
      summary,
      lang,
    ),
    table(
      'activities-by-subject',
      T.bySubject,
      T.subject,
      summary.bySubject.map((r) => rowOf(nameOf(r.subjectId), r, lang)),
      summary,
      lang,
    ),
  ];
}
