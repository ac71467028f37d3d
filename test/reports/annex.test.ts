/**
 * The summary's table annex (III.5.2, III.5.3): a paper of `./documents` with the very cells of
 * `summaryTableRows`, rendered by `toHtml` and `toDocx`; bad options are issues, never a throw.
 */
import { describe, expect, it } from 'vitest';
import { toDocx, toHtml } from '../../src/documents/index.js';
import type { PaperDocument, TableBlock } from '../../src/documents/model.js';
import { type AwardSummary, SUMMARY_TABLE_IDS, summarizeAwards, summaryAnnexDocument, summaryTableRows } from '../../src/reports/index.js';
import { campaignOf, finalReviewRecords } from './fixtures.js';

function ok<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) expect.fail(JSON.stringify(result.error));
  return result.value;
}

const FINAL: AwardSummary = ok(summarizeAwards(finalReviewRecords(), { occasions: [{ kind: 'final-review', year: 2025 }], campaign: campaignOf(), asOf: '2025-12-15' }));
const tablesOf = (paper: PaperDocument): TableBlock[] => paper.sections.flatMap((s) => s.blocks).filter((b): b is TableBlock => b.type === 'table');

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
    expect(heading?.type === 'title' && heading.summary.join(' | ')).toMatch(/^Số liệu thi đua, khen thưởng \| Tổng kết .*2025 \| Phong trào thi đua “Vì người nghèo/);
  });

  it('keeps the tables asked for, in that order, and leaves out what the summary lacks', () => {
    const paper = ok(summaryAnnexDocument(FINAL, { tables: ['by-unit', 'by-form'] }));
    expect(tablesOf(paper).map((t) => t.columns[0]?.title)).toEqual(['Đơn vị đề nghị', 'Hình thức khen thưởng']);
    const noCampaign = ok(summarizeAwards(finalReviewRecords()));
    expect(tablesOf(ok(summaryAnnexDocument(noCampaign, { tables: ['milestones', 'by-form'] })))).toHaveLength(1);
  });

  it('carries a letterhead with the summary’s issuer when a heading is given', () => {
    const paper = ok(summaryAnnexDocument(FINAL, { heading: { reference: '45/BC-SGTVT', date: '2025-11-20' }, note: '(Kèm theo Báo cáo số 45/BC-SGTVT)' }));
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
