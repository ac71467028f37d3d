/**
 * `thi-dua-vi-nguoi-ngheo/reports` — the numbers and pictures of a review (III.5.2 sơ kết,
 * III.5.3 tổng kết, III.5.4 the yearly inspection): statistics from nomination records, a report
 * page with tables and SVG charts in Vietnamese or English, and the same numbers as plain tables.
 *
 * @packageDocumentation
 */
export {
  type AwardSummarizer,
  type AwardSummary,
  createAwardSummarizer,
  MAX_LISTED_IDS,
  summarizeAwards,
} from './summarize.js';
export type { SummaryOptions } from './options.js';
export { AMOUNT_MISSING_INPUTS, type AmountMissingInput, type MoneyLine, type MoneyOptions, type MoneySummary } from './money.js';
export { type ParsedRecords, parseAwardRecords } from './parse.js';
export {
  type EventTallies,
  type EventTally,
  HOUSEHOLD_CATEGORIES,
  type HouseholdCategory,
  type HouseholdTally,
  MILESTONE_TIMINGS,
  type MilestoneRow,
  type MilestoneTiming,
  type OccasionTally,
  type RecordCounts,
  type SummaryCell,
  type SummaryDays,
  type Tally,
  type UnitTally,
} from './types.js';
export { SUMMARY_TABLE_IDS, type SummaryTable, type SummaryTableId, summaryTableRows, type TextTable } from './tables.js';
export { type SummaryHtmlOptions, summaryToHtml } from './html.js';
export { type SummaryAnnexOptions, summaryAnnexDocument } from './annex.js';
export { ACTIVITY_TABLE_IDS, type ActivityTable, type ActivityTableId, activityTableRows } from './activities.js';
