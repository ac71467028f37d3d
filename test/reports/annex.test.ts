/**
 * The summary's table annex (III.5.2, III.5.3): a paper of `./documents` with the very cells of
 * `summaryTableRows`, rendered by `toHtml` and `toDocx`; bad options are issues, never a throw.
 */
import { describe, expect, it } from 'vitest';
import { toDocx, toHtml } from '../../src/documents/index.js';
import type { PaperDocument, TableBlock } from '../../src/documents/model.js';
import { summarizeActivities } from '../../src/activities/index.js';
import {
  ACTIVITY_TABLE_IDS,
  activityTableRows,
  type AwardSummary,
  SUMMARY_TABLE_IDS,
  summarizeAwards,
  summaryAnnexDocument,
  summaryTableRows,
  summaryToHtml,
} from '../../src/reports/index.js';
import { sampleActivities } from '../../src/testing/index.js';
import { unitNamesOf } from '../../src/reports/tables.js';
import { escapeHtml } from '../../src/core/html.js';
import { campaignOf, finalReviewRecords } from './fixtures.js';

function ok<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) expect.fail(JSON.stringify(result.error));
  return result.value;
}

const FINAL: AwardSummary = ok(
  summarizeAwards(finalReviewRecords(), { occasions: [{ kind: 'final-review', year: 2025 }], campaign: campaignOf(), asOf: '2025-12-15' }),
);
const tablesOf = (paper: PaperDocument): TableBlock[] =>
  paper.sections.flatMap((s) => s.blocks).filter((b): b is TableBlock => b.type === 'table');

describe('summaryAnnexDocument', () => {
  it('prints every table of the summary with the cells of summaryTableRows, totals in bold rows', () => {
    for (const lang of ['vi', 'en'] as const) {
      const paper = ok(summaryAnnexDocument(FINAL, { lang }));
      expect(paper.kind).toBe('table-annex');
      expect(paper.sections[0]?.orientation).toBe('landscape');
      const expected = summaryTableRows(FINAL, lang);
      const printed = tablesOf(paper);
      expect(printed).toHaveLength(SUMMARY_TABLE_IDS.length);
      printed.forEach((table, i) => {
        const source = expected[i]!;
        expect(table.columns.map((c) => c.title)).toEqual(source.columns);
        expect(table.columns.map((c) => c.align === 'right')).toEqual(source.numeric);
        const data = table.rows.filter((r) => r.kind === 'data').map((r) => r.cells);
        expect(data).toEqual(source.rows);
        const total = table.rows.filter((r) => r.kind === 'total').map((r) => r.cells);
        expect(total).toEqual(source.footer === undefined ? [] : [source.footer]);
      });
      const headings = paper.sections[0]!.blocks.filter((b) => b.type === 'heading').map((b) => (b.type === 'heading' ? b.text : ''));
      expect(headings).toEqual(expected.map((t, i) => `${i + 1}. ${t.title}`));
    }
  });

  it('names the occasion, the movement and the day under the title (III.5.3: the 2025 final review)', () => {
    const paper = ok(summaryAnnexDocument(FINAL));
    const heading = paper.sections[0]!.blocks.find((b) => b.type === 'title');
    expect(heading?.type === 'title' && heading.name).toBe('PHỤ LỤC');
    expect(heading?.type === 'title' && heading.summary.join(' | ')).toMatch(
      /^Số liệu thi đua, khen thưởng \| Tổng kết .*2025 \| Phong trào thi đua “Vì người nghèo/,
    );
  });

  it('keeps the tables asked for, in that order, and leaves out what the summary lacks', () => {
    const paper = ok(summaryAnnexDocument(FINAL, { tables: ['by-unit', 'by-form'] }));
    expect(tablesOf(paper).map((t) => t.columns[0]?.title)).toEqual(['Đơn vị đề nghị', 'Hình thức khen thưởng']);
    const noCampaign = ok(summarizeAwards(finalReviewRecords()));
    expect(tablesOf(ok(summaryAnnexDocument(noCampaign, { tables: ['milestones', 'by-form'] })))).toHaveLength(1);
  });

  it('carries a letterhead with the summary’s issuer when a heading is given', () => {
    const paper = ok(
      summaryAnnexDocument(FINAL, { heading: { reference: '45/BC-SGTVT', date: '2025-11-20' }, note: '(Kèm theo Báo cáo số 45/BC-SGTVT)' }),
    );
    const head = paper.sections[0]!.blocks[0];
    expect(head?.type).toBe('letterhead');
    expect(JSON.stringify(head)).toContain('45/BC-SGTVT');
    expect(JSON.stringify(head)).toContain('ngày 20 tháng 11 năm 2025');
  });

  it('refuses bad options with paths, never throws', () => {
    const bad = summaryAnnexDocument(FINAL, { tables: ['by-nothing' as never], heading: { date: '2025-02-30' }, lang: 'fr' as never });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.map((i) => i.path.join('.')).sort()).toEqual(['heading.date', 'lang', 'tables.0']);
    expect(summaryAnnexDocument(FINAL, { extra: 1 } as never).ok).toBe(false);
    expect(summaryAnnexDocument(undefined as never).ok).toBe(false);
    expect(summaryAnnexDocument(FINAL, null as never).ok).toBe(false);
  });

  it('renders as HTML and as Word', async () => {
    const paper = ok(summaryAnnexDocument(FINAL, { lang: 'en' }));
    const html = toHtml(paper);
    expect(html).toContain('ANNEX');
    for (const t of summaryTableRows(FINAL, 'en')) expect(html).toContain(t.title.replaceAll('&', '&amp;'));
    const docx = await toDocx(paper);
    expect(String.fromCharCode(docx[0]!, docx[1]!)).toBe('PK');
  });
});

describe('the results of the movement (II, IV.4) in the annex and on the page', () => {
  const activities = summarizeActivities(sampleActivities);

  it('the annex appends the activity tables after the summary’s, with their totals', () => {
    const paper = ok(summaryAnnexDocument(FINAL, { activities, tables: ['by-form'] }));
    const printed = tablesOf(paper);
    const expected = activityTableRows(activities, 'vi', unitNamesOf(FINAL));
    expect(printed).toHaveLength(1 + expected.length);
    printed.slice(1).forEach((table, i) => {
      expect(table.rows.filter((r) => r.kind === 'data').map((r) => r.cells)).toEqual(expected[i]!.rows);
      expect(table.rows.filter((r) => r.kind === 'total').map((r) => r.cells)).toEqual([expected[i]!.footer]);
    });
  });

  it('the page gains a section with a chart per year and every cell of activityTableRows', () => {
    for (const lang of ['vi', 'en'] as const) {
      const html = summaryToHtml(FINAL, { lang, activities });
      const section = html.slice(html.indexOf('<section data-section="activities">'));
      expect(section).toContain('id="chart-activities-by-year"');
      expect(section).toContain('id="chart-money-by-year"');
      for (const y of activities.byYear) expect(section).toContain(String(y.year));
      for (const t of activityTableRows(activities, lang, unitNamesOf(FINAL))) {
        expect(section).toContain(`data-table="${t.id}"`);
        for (const row of [...t.rows, t.footer]) for (const cell of row) expect(section).toContain(`>${escapeHtml(cell)}<`);
      }
      expect(summaryToHtml(FINAL, { lang })).not.toContain('<section data-section="activities">');
    }
  });

  it('no activity in the period: the section says so, without charts', () => {
    const none = summarizeActivities([]);
    const html = summaryToHtml(FINAL, { lang: 'en', activities: none });
    expect(html).toContain('No activity in this period.');
    expect(html).not.toContain('chart-activities-by-year');
  });

  it('the totals add up: the by-kind, by-year and by-unit tables share one totals row', () => {
    const [byKind, byYear, bySubject] = activityTableRows(activities, 'en');
    expect(byKind!.footer).toEqual(byYear!.footer.map((c, i) => (i === 0 ? byKind!.footer[0] : c)));
    expect(bySubject!.footer).toEqual(byKind!.footer);
    expect(ACTIVITY_TABLE_IDS).toEqual(['activities-by-kind', 'activities-by-year', 'activities-by-subject']);
  });

  it('names the units the summary knows: "Name (id)"', () => {
    const [, , bySubject] = activityTableRows(activities, 'vi', { 'ban-qlda': 'Ban QLDA' });
    expect(bySubject!.rows.map((r) => r[0])).toContain('Ban QLDA (ban-qlda)');
  });
});
