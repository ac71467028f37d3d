/**
 * The types of ./reports: codes are literal unions, tables are keyed by the code lists, the
 * options are checked at compile time, and the summary is plain data.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { Result, ValidationIssue } from '../../src/index.js';
import type { NominationStatus, RewardForm, SubjectCategory } from '../../src/index.js';
import {
  type AwardSummary,
  createAwardSummarizer,
  type MilestoneTiming,
  type SummaryTable,
  type SummaryTableId,
  summarizeAwards,
  summaryTableRows,
  summaryToHtml,
  type Tally,
} from '../../src/reports/index.js';

describe('./reports types', () => {
  it('summarizeAwards returns a Result of a summary', () => {
    expectTypeOf(summarizeAwards([])).toEqualTypeOf<Result<AwardSummary, ValidationIssue[]>>();
    expectTypeOf(createAwardSummarizer).returns.toMatchTypeOf<Result<{ add: unknown; result: () => AwardSummary }, ValidationIssue[]>>();
  });

  it('the tables are keyed by the code lists', () => {
    expectTypeOf<keyof AwardSummary['byForm']>().toEqualTypeOf<RewardForm>();
    expectTypeOf<keyof AwardSummary['byCategory']>().toEqualTypeOf<SubjectCategory>();
    expectTypeOf<keyof Tally['byStatus']>().toEqualTypeOf<NominationStatus>();
    expectTypeOf<keyof AwardSummary['byDecision']>().toEqualTypeOf<'award' | 'reject' | 'none'>();
    expectTypeOf<MilestoneTiming>().toEqualTypeOf<'done' | 'late' | 'overdue' | 'due' | 'upcoming'>();
    expectTypeOf<SummaryTable['id']>().toEqualTypeOf<SummaryTableId>();
  });

  it('the options are typed: a day, an occasion, a language', () => {
    // @ts-expect-error an occasion kind that does not exist
    summarizeAwards([], { occasions: [{ kind: 'tong-ket', year: 2025 }] });
    // @ts-expect-error an unknown option
    summarizeAwards([], { asOff: '2025-12-31' });
    summarizeAwards([], { asOf: new Date(), from: '2025-01-01' });
    const summary = {} as AwardSummary;
    // @ts-expect-error the language is required
    summaryToHtml(summary, {});
    // @ts-expect-error only vi and en
    summaryTableRows(summary, 'fr');
    expectTypeOf(summaryToHtml(summary, { lang: 'en' })).toEqualTypeOf<string>();
  });

  it('the summary is readonly data', () => {
    const summary = {} as AwardSummary;
    // @ts-expect-error readonly
    summary.all.total = 1;
    // @ts-expect-error readonly
    summary.byForm['labor-order'].byStatus.awarded = 1;
  });
});
