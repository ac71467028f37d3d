/**
 * The report page and its tables: structure, every number, both languages, escaping, no external
 * resource, the same bytes for the same summary; and the small SVG helpers.
 */
import { describe, expect, it } from 'vitest';
import { summarizeAwards, summaryTableRows, summaryToHtml, SUMMARY_TABLE_IDS, type AwardSummary } from '../../src/reports/index.js';
import { niceStep, wrapText, dayNumber } from '../../src/reports/svg.js';
import { escapeHtml } from '../../src/core/html.js';
import type { NominationRecord } from '../../src/workflow/index.js';
import { campaignOf, finalReviewRecords, preliminaryReviewRecords } from './fixtures.js';

function ok(result: ReturnType<typeof summarizeAwards>): AwardSummary {
  if (!result.ok) expect.fail(JSON.stringify(result.error));
  return result.value;
}

const FINAL = ok(
  summarizeAwards(finalReviewRecords(), { occasions: [{ kind: 'final-review', year: 2025 }], campaign: campaignOf(), asOf: '2025-12-15' }),
);

const count = (text: string, needle: string): number => text.split(needle).length - 1;

describe('summaryTableRows', () => {
  it('gives every table in order, the milestones only with a campaign', () => {
    expect(summaryTableRows(FINAL, 'vi').map((t) => t.id)).toEqual([...SUMMARY_TABLE_IDS]);
    const without = ok(summarizeAwards(finalReviewRecords()));
    expect(summaryTableRows(without, 'en').map((t) => t.id)).toEqual(SUMMARY_TABLE_IDS.filter((id) => id !== 'milestones'));
  });

  it('each row has a cell per column; numbers in the language: 1.234 / 1,234', () => {
    for (const lang of ['vi', 'en'] as const) {
      for (const t of summaryTableRows(FINAL, lang)) {
        expect(t.numeric).toHaveLength(t.columns.length);
        for (const row of [...t.rows, ...(t.footer ? [t.footer] : [])]) expect(row).toHaveLength(t.columns.length);
      }
    }
    const many = Array.from({ length: 1234 }, (_, i) => {
      const [r] = finalReviewRecords();
      return { ...r!, nomination: { ...r!.nomination, id: `N-${i}` } } as NominationRecord;
    });
    const big = ok(summarizeAwards(many));
    expect(summaryTableRows(big, 'vi').find((t) => t.id === 'by-form')?.footer?.[2]).toBe('1.234');
    expect(summaryTableRows(big, 'en').find((t) => t.id === 'by-form')?.footer?.[2]).toBe('1,234');
  });

  it('the form table of the 2025 final review (III.3): total, in progress, awarded, rejected, withdrawn', () => {
    const byForm = summaryTableRows(FINAL, 'en').find((t) => t.id === 'by-form')!;
    expect(byForm.columns).toEqual(['Reward form', 'Clause', 'Total', 'In progress', 'Awarded', 'Rejected', 'Withdrawn']);
    expect(byForm.rows.map((r) => r.slice(1).join(' '))).toEqual([
      'III.3.a 1 1 0 0 0',
      'III.3.a 1 0 1 0 0',
      'III.3.b 0 0 0 0 0',
      'III.3.c 1 0 1 0 0',
    ]);
    expect(byForm.footer).toEqual(['Total', '', '3', '1', '2', '0', '0']);
  });

  it('shares of each status with one decimal, a comma in Vietnamese', () => {
    const vi = summaryTableRows(FINAL, 'vi').find((t) => t.id === 'by-status')!;
    expect(vi.rows.find((r) => r[0] === 'Được khen thưởng')).toEqual(['Được khen thưởng', '2', '66,7%']);
    expect(vi.footer).toEqual(['Tổng số', '3', '100%']);
    const en = summaryTableRows(ok(summarizeAwards([])), 'en').find((t) => t.id === 'by-status')!;
    expect(en.footer).toEqual(['Total', '0', '—']);
  });

  it('the milestones with their window and standing (III.5)', () => {
    const m = summaryTableRows(FINAL, 'vi').find((t) => t.id === 'milestones')!;
    expect(m.rows[0]).toEqual([
      'Xây dựng, ban hành kế hoạch và tổ chức thực hiện phong trào thi đua',
      '2022',
      '01/10/2022 – 31/10/2022',
      '02/11/2022',
      'Đã thực hiện, quá hạn',
      'III.5.1',
    ]);
    expect(m.rows.map((r) => r[4])).toEqual([
      'Đã thực hiện, quá hạn',
      'Đã thực hiện đúng hạn',
      'Đã thực hiện đúng hạn',
      'Đã thực hiện đúng hạn',
      'Quá hạn, chưa thực hiện',
      'Đã thực hiện đúng hạn',
      'Đang trong thời hạn',
    ]);
  });
});

describe('summaryToHtml', () => {
  const vi = summaryToHtml(FINAL, { lang: 'vi' });
  const en = summaryToHtml(FINAL, { lang: 'en' });

  it('is a standalone document: doctype, language, inline style, no script, no external resource', () => {
    for (const [html, lang] of [
      [vi, 'vi'],
      [en, 'en'],
    ] as const) {
      expect(html.startsWith('<!DOCTYPE html>\n<html lang="' + lang + '">')).toBe(true);
      expect(html).toContain('<meta charset="utf-8">');
      expect(count(html, '<style>')).toBe(1);
      expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|src=/i);
      // The only URL is the SVG namespace.
      expect(html.match(/https?:\/\/[^"\s]+/g)?.every((u) => u === 'http://www.w3.org/2000/svg')).toBe(true);
      expect(html).toContain('@page { size: A4;');
      expect(html.endsWith('</html>\n')).toBe(true);
    }
  });

  it('holds the four charts (forms, units, status shares, milestones), each with a title', () => {
    expect(count(vi, '<svg ')).toBe(4);
    for (const id of ['chart-by-form', 'chart-by-unit', 'chart-by-status', 'chart-milestones']) expect(vi).toContain(`<title id="${id}">`);
    expect(vi).toContain('<title id="chart-milestones">Các mốc tiến độ trên trục thời gian</title>');
    expect(en).toContain('<title id="chart-by-form">Nominations by reward form</title>');
  });

  it('holds every table, with its numbers in cells', () => {
    for (const id of SUMMARY_TABLE_IDS.filter((t) => t !== 'key-figures'))
      expect(vi).toMatch(new RegExp(`<table data-table="${id}"( class="keep")?>`));
    expect(vi).toContain(
      '<td>Bằng khen của Thủ tướng Chính phủ</td><td>III.3.a</td><td class="n">1</td><td class="n">0</td><td class="n">1</td>',
    );
    expect(en).toContain('<td>Done late</td>');
  });

  it('the money: the known total, the award without an amount named, the texts it rests on', () => {
    expect(vi).toContain('<b>8.190.000</b>Tổng tiền thưởng đã xác định (đồng)');
    expect(en).toContain('<b>8,190,000</b>Reward money known (đồng)');
    expect(vi).toContain(
      '<td>Giấy khen của Giám đốc Sở Giao thông vận tải</td><td>III.3.c</td><td class="n">1</td><td class="n">0</td><td class="n">0</td><td class="n">1</td><td>hệ số mức tiền thưởng: 1</td>',
    );
    expect(vi).toContain('Chưa xác định số tiền: TK25-04.');
    expect(en).toContain('on: Nghị định 152/2025/NĐ-CP, Điều 54 khoản 1 điểm a; Nghị định 73/2024/NĐ-CP (from a secondary source)');
  });

  it('the heading names the issuer: its parent body and name (the English name on the English page)', () => {
    expect(vi).toContain('<div class="parent">UBND TỈNH CAO BẰNG</div><div class="name">Sở Giao thông vận tải tỉnh Cao Bằng</div>');
    expect(en).toContain('<div class="name">Department of Transport of Cao Bằng province</div>');
  });

  it('prints the headings in the language asked for', () => {
    expect(vi).toContain('<h1>Báo cáo số liệu thi đua, khen thưởng</h1>');
    expect(vi).toContain('Tổng kết phong trào thi đua năm 2025');
    expect(vi).toContain('Số liệu tính đến hết ngày 15 tháng 12 năm 2025.');
    expect(en).toContain('<h1>Emulation and reward statistics</h1>');
    expect(en).toContain('The final review of 2025');
    expect(en).toContain('Figures as of the end of 15 December 2025.');
    expect(en).not.toMatch(/Tổng số|Được khen thưởng/);
  });

  it('says which records were left out, and the ids seen twice', () => {
    expect(vi).toContain('Đã đọc 4 hồ sơ, tính 3 đề nghị; không tính 1 hồ sơ của dịp khác.');
    const [, second] = finalReviewRecords();
    const s = ok(summarizeAwards([...finalReviewRecords(), { ...second!, history: second!.history.slice(0, 1), status: 'draft' }]));
    expect(summaryToHtml(s, { lang: 'en' })).toContain('Nomination ids with several records: TK25-02.');
  });

  it('without a campaign, says the milestones are not assessed; with no record, says so', () => {
    const empty = summaryToHtml(ok(summarizeAwards([])), { lang: 'vi' });
    expect(empty).toContain('Không có đề nghị khen thưởng nào.');
    expect(empty).toContain('Không có hồ sơ tiến độ phong trào');
    expect(count(empty, '<svg ')).toBe(2);
  });

  it('escapes every text that comes from the records: unit ids, subject names, unit names', () => {
    const [first] = finalReviewRecords();
    const hostile: NominationRecord = {
      ...first!,
      nomination: {
        ...first!.nomination,
        proposingUnit: '<script>alert("u")</script>',
        subject: { ...first!.nomination.subject, id: '<script>alert("u")</script>', name: `Đoạn "I" & <b>II</b> 'x'` },
      },
    };
    const s = ok(summarizeAwards([hostile], { unitNames: {} }));
    for (const lang of ['vi', 'en'] as const) {
      const html = summaryToHtml(s, { lang });
      expect(html).not.toContain('<script');
      expect(html).not.toContain('<b>II</b>');
      expect(html).toContain(
        'Đoạn &quot;I&quot; &amp; &lt;b&gt;II&lt;/b&gt; &#39;x&#39; (&lt;script&gt;alert(&quot;u&quot;)&lt;/script&gt;)',
      );
    }
  });

  it('is deterministic: the same summary, the same bytes; a JSON round trip of the summary too', () => {
    expect(summaryToHtml(FINAL, { lang: 'vi' })).toBe(vi);
    const again = JSON.parse(JSON.stringify(FINAL)) as AwardSummary;
    expect(summaryToHtml(again, { lang: 'vi' })).toBe(vi);
  });

  it('charts at most 20 units and says so; the table lists them all', () => {
    const [first] = preliminaryReviewRecords();
    const many = Array.from({ length: 25 }, (_, i) => ({
      ...first!,
      nomination: { ...first!.nomination, id: `N${i}`, proposingUnit: `unit-${String(i).padStart(2, '0')}` },
    }));
    const html = summaryToHtml(ok(summarizeAwards(many)), { lang: 'vi' });
    expect(html).toContain('Số đề nghị của 20 đơn vị có nhiều đề nghị nhất');
    expect(count(html, '<td>unit-')).toBe(25);
  });
});

describe('the SVG helpers', () => {
  it('wrapText: words to lines, a long word cut, an ellipsis when it does not fit', () => {
    expect(wrapText('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', 20, 3)).toEqual(['Bằng khen của Chủ', 'tịch Ủy ban nhân dân', 'tỉnh']);
    expect(wrapText('abcdefghij', 4, 3)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapText('một hai ba bốn năm sáu', 7, 2)).toEqual(['một hai', 'ba bốn…']);
    expect(wrapText('abcdefghijkl', 4, 2)).toEqual(['abcd', 'efg…']);
    expect(wrapText('', 10, 2)).toEqual([]);
  });

  it('niceStep: 1, 2 or 5 times a power of ten', () => {
    expect([3, 5, 6, 12, 40, 99, 1000, 123456].map((n) => niceStep(n))).toEqual([1, 1, 2, 5, 10, 20, 200, 50000]);
  });

  it('escapeHtml and dayNumber', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(2);
  });
});
