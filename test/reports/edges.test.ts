/**
 * The edges of ./reports: typed records the library would not make (a household awarded, an
 * award without a decision), the choice between two saves of the same progress, options that
 * change the money, and a summary read back from JSON.
 */
import { describe, expect, it } from 'vitest';
import { summarizeAwards, summaryTableRows, summaryToHtml, type AwardSummary } from '../../src/reports/index.js';
import { type Row, rowOf, supersedes } from '../../src/reports/rows.js';
import { wrapText } from '../../src/reports/svg.js';
import type { NominationRecord } from '../../src/workflow/index.js';
import { REWARD_SCHEDULES } from '../../src/law/reward-amount.js';
import { campaignOf, finalReviewRecords } from './fixtures.js';

function ok(result: ReturnType<typeof summarizeAwards>): AwardSummary {
  if (!result.ok) expect.fail(JSON.stringify(result.error));
  return result.value;
}

const awardedUnit = (): NominationRecord => finalReviewRecords().find((r) => r.nomination.id === 'TK25-04')!;

describe('supersedes: which of two records of one nomination counts', () => {
  const row = (record: NominationRecord): Row => rowOf(record, undefined) as Row;
  const base = awardedUnit();

  it('the longer history; then the later last day; then the content that sorts first, both ways', () => {
    const short = { ...base, history: base.history.slice(0, 2), status: base.history[1]!.status };
    expect(supersedes(row(base), row(short))).toBe(true);
    expect(supersedes(row(short), row(base))).toBe(false);
    const last = base.history.at(-1)!;
    const later = { ...base, history: [...base.history.slice(0, -1), { ...last, event: { ...last.event, on: '2025-11-21' } }] };
    expect(supersedes(row(later), row(base))).toBe(true);
    expect(supersedes(row(base), row(later))).toBe(false);
    const renamed = { ...base, nomination: { ...base.nomination, subject: { ...base.nomination.subject, name: 'A' } } };
    expect(supersedes(row(renamed), row(base))).not.toBe(supersedes(row(base), row(renamed)));
    expect(supersedes(row(base), row(base))).toBe(false);
  });
});

describe('typed records the library would not make', () => {
  it('a household awarded (ND 152/2025 gives its Giấy khen an amount) and an award without a DECIDE (invalid input for the amount)', () => {
    const unit = awardedUnit();
    const household: NominationRecord = {
      ...unit,
      nomination: { ...unit.nomination, id: 'H-1', subject: { id: 'ho-1', name: 'Hộ bà Lý Thị Mai', category: 'poor-household' } },
    };
    const noDecide: NominationRecord = {
      ...unit,
      nomination: { ...unit.nomination, id: 'X-1' },
      history: [
        ...unit.history.slice(0, -1),
        { event: { type: 'COMPILE', by: 'department-council', on: '2025-11-20' }, status: 'awarded' },
      ],
    };
    const s = ok(summarizeAwards([noDecide, household, unit]));
    expect(s.households['poor-household']).toMatchObject({ nominations: 1, households: 1, awardedNominations: 1, awardedHouseholds: 1 });
    expect(s.householdsInAll).toEqual({ households: 1, awardedHouseholds: 1 });
    expect(s.money.total).toMatchObject({ awarded: 3, known: 1, unknown: 2, invalid: 1 });
    expect(s.money.unknownIds).toEqual(['TK25-04', 'X-1']);
    const money = summaryTableRows(s, 'vi').find((t) => t.id === 'money')!;
    expect(money.footer?.[6]).toBe('hệ số mức tiền thưởng: 1; dữ liệu không hợp lệ: 1');
  });

  it("money tables replaced by the caller: without the certificates' coefficients every amount lacks one", () => {
    const schedules = REWARD_SCHEDULES.map((x) => ({
      ...x,
      individual: { ...x.individual, 'pm-certificate': 'not-found' as const, 'director-certificate': 'not-found' as const },
    }));
    const s = ok(summarizeAwards(finalReviewRecords(), { amounts: { schedules } }));
    expect(s.money.total).toMatchObject({ awarded: 2, known: 0, unknown: 2, missing: { coefficient: 2 } });
    expect(s.money.confidence).toBeUndefined();
  });
});

describe('the page from any summary', () => {
  it('an issuer without English names keeps its Vietnamese name on the English page; the period is printed', () => {
    const s = ok(
      summarizeAwards(finalReviewRecords(), {
        from: '2025-01-01',
        to: '2025-12-31',
        issuer: {
          name: 'Sở Xây dựng tỉnh Cao Bằng',
          shortName: 'Sở Xây dựng',
          parent: 'UBND TỈNH CAO BẰNG',
          symbol: 'SXD',
          headTitle: 'Giám đốc',
          place: 'Cao Bằng',
          councilName: 'Hội đồng Thi đua - Khen thưởng Sở Xây dựng',
        },
      }),
    );
    const en = summaryToHtml(s, { lang: 'en' });
    expect(en).toContain('<div class="name">Sở Xây dựng tỉnh Cao Bằng</div>');
    expect(en).toContain('Records created from 1 January 2025 to 31 December 2025.');
  });

  it('a summary read back without its day still draws the milestones, without the day line', () => {
    const s = ok(summarizeAwards(finalReviewRecords(), { campaign: campaignOf(), asOf: '2025-12-15' }));
    const { asOf: _asOf, ...days } = s.days;
    const html = summaryToHtml({ ...s, days }, { lang: 'vi' });
    expect(html).toContain('<title id="chart-milestones">');
    expect(html).not.toContain('Ngày báo cáo');
    expect(html).not.toContain('Số liệu tính đến');
  });

  it('wrapText ends a line before a word too long for one', () => {
    expect(wrapText('ab cdefghij', 4, 5)).toEqual(['ab', 'cdef', 'ghij']);
  });
});
