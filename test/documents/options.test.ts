/**
 * The papers' options: the format within Nghị định 30/2020's ranges, the English working
 * translation, the shared context of an occasion, the money options, the caller's own wording
 * of recipients and addressees, and a builder that never throws even when its data changes under it.
 */
import { describe, expect, it } from 'vitest';
import { compileProposalList, PLAN_ISSUER } from '../../src/index.js';
import {
  achievementReportDocument,
  councilMinutesDocument,
  directorDecisionDocument,
  occasionPapers,
  proposalListDocument,
  submissionDocument,
  tableAnnexDocument,
  toDocx,
  toHtml,
} from '../../src/documents/index.js';
import { DECISION, richRecords, sampleContext, scenarioRecords } from './fixtures.js';
import { linesOf, tablesOf, textOf, unzipDocx } from './support.js';

const FINAL_2025 = { kind: 'final-review', year: 2025 } as const;
const rich = compileProposalList(richRecords(), FINAL_2025);

function ok<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

describe('format options', () => {
  const format = {
    margins: { top: 25, bottom: 22, left: 35, right: 20 },
    sizes: { nation: 13, motto: 14, body: 13, pageNumber: 14 },
    leadingZero: false,
  };

  it('reach the .docx and the HTML', async () => {
    const paper = ok(
      directorDecisionDocument(rich, {
        ...DECISION,
        date: '2026-01-05',
        format,
        amounts: { coefficients: { individual: 0.3, collective: 0.6, household: 0.45 } },
      }),
    );
    expect(paper.format.margins).toEqual(format.margins);
    expect(linesOf(paper)).toContain('Cao Bằng, ngày 5 tháng 1 năm 2026');
    const xml = unzipDocx(await toDocx(paper))['word/document.xml'] as string;
    expect(xml).toContain(`w:top="${Math.round(25 * 56.6929)}"`);
    expect(xml).toContain(`w:left="${Math.round(35 * 56.6929)}"`);
    expect(xml).toContain('<w:sz w:val="26"/>');
    const html = toHtml(paper);
    expect(html).toContain('margin: 25mm 20mm 22mm 35mm;');
    expect(html).toMatch(/\.nation \{ font-size: 13pt;/);
    expect(html).toMatch(/\.motto \{ font-size: 14pt;/);
  });

  it('leading zeros by default, for days below 10 and months below 3', () => {
    const paper = ok(proposalListDocument(rich, { date: '2026-02-05' }));
    expect(linesOf(paper)).toContain('Cao Bằng, ngày 05 tháng 02 năm 2026');
    const march = ok(proposalListDocument(rich, { date: '2026-03-05' }));
    expect(linesOf(march)).toContain('Cao Bằng, ngày 05 tháng 3 năm 2026');
  });
});

describe('the English working translation', () => {
  it('writes every paper in English, with the English names of the issuer', () => {
    const { papers, failures } = occasionPapers(scenarioRecords(), FINAL_2025, { ...sampleContext(), lang: 'en' });
    expect(failures).toEqual([]);
    const all = papers.map((p) => textOf(p.document)).join('\n');
    expect(all).toContain('Independence - Freedom - Happiness');
    expect(all).toContain('Cao Bằng, 15 December 2025');
    expect(all).toContain('No.: 125/QĐ-SGTVT');
    expect(all).toContain('In all: 2 collectives and 1 individual.');
    expect(all).toContain('Emulation and Reward Council of the Department of Transport');
    expect(all).toContain('Recipients:');
    expect(all).toContain('ACHIEVEMENT REPORT');
    expect(all).toContain('Votes in favour needed: at least 50% of all the council members');
    for (const p of papers) expect(toHtml(p.document)).toContain('<html lang="en">');
  });

  it('an issuer without English names keeps its Vietnamese ones', () => {
    const { en: _, ...vietnameseOnly } = PLAN_ISSUER;
    const paper = ok(proposalListDocument(rich, { date: '2025-11-20', lang: 'en', issuer: vietnameseOnly }));
    expect(linesOf(paper)).toContain('SỞ GIAO THÔNG VẬN TẢI');
  });
});

describe('an occasion’s shared context', () => {
  it('gives every paper the shared issuer, format and units, a paper’s own winning', () => {
    const successor = {
      ...PLAN_ISSUER,
      name: 'Sở Xây dựng tỉnh Cao Bằng',
      shortName: 'Sở Xây dựng',
      symbol: 'SXD',
      councilName: 'Hội đồng Thi đua - Khen thưởng Sở Xây dựng',
      en: undefined,
    };
    const context = sampleContext();
    const { papers } = occasionPapers(scenarioRecords(), FINAL_2025, {
      ...context,
      issuer: successor,
      format: { sizes: { table: 11 } },
      units: { 'phong-kh-tc': 'Phòng Kế hoạch - Tài chính (Sở Xây dựng)' },
      list: { ...context.list, issuer: PLAN_ISSUER } as never,
    });
    const byName = Object.fromEntries(papers.map((p) => [p.name, p.document]));
    expect(linesOf(byName['1-danh-sach-de-nghi'] as never)).toContain('SỞ GIAO THÔNG VẬN TẢI');
    expect(linesOf(byName['4-to-trinh'] as never)).toContain('SỞ XÂY DỰNG');
    expect(byName['4-to-trinh']?.format.sizes.table).toBe(11);
    expect(textOf(byName['4-to-trinh'] as never)).toContain('Phòng Kế hoạch - Tài chính (Sở Xây dựng)');
  });
});

describe('money options', () => {
  it('the caller’s base salary and rounding replace the tables’', () => {
    const paper = ok(
      directorDecisionDocument(rich, {
        ...DECISION,
        amounts: { coefficients: { collective: 0.6 }, baseSalary: 2_530_000, rounding: 'up-to-10000' },
      }),
    );
    const text = textOf(paper);
    // 0.3 × 2,530,000 = 759,000, rounded up to 760,000; 0.6 × 2,530,000 = 1,518,000 → 1,520,000.
    expect(text).toContain('mỗi cá nhân được thưởng 760.000 đồng');
    expect(text).toContain('mỗi tập thể được thưởng 1.520.000 đồng');
  });

  it('a bad option is an issue', () => {
    const result = directorDecisionDocument(rich, { ...DECISION, amounts: { coefficients: { collective: -1 } } });
    expect(result.ok ? [] : result.error.map((i) => i.path.join('.'))).toEqual(['amounts.coefficients.collective']);
  });
});

describe('the caller’s wording', () => {
  it('recipients lose a dash and an end mark the caller wrote; an item left empty by that is dropped', () => {
    const paper = ok(directorDecisionDocument(rich, { ...DECISION, recipients: ['- Như Điều 3;', '-', '• Lưu: VT.'] }));
    expect(linesOf(paper)).toEqual(expect.arrayContaining(['- Như Điều 3;', '- Lưu: VT.']));
  });

  it('a signer without an authority signs in their own name; a single addressee is on one line', () => {
    const paper = ok(
      submissionDocument(rich, {
        reference: '45/TTr-SGTVT',
        date: '2025-11-28',
        signer: { name: 'Nguyễn Văn An', title: 'Giám đốc' },
        recipients: ['Lưu: VT'],
        addressees: ['Ủy ban nhân dân tỉnh Cao Bằng'],
      }),
    );
    const lines = linesOf(paper);
    expect(lines).toContain('Kính gửi: Ủy ban nhân dân tỉnh Cao Bằng');
    expect(lines).toContain('GIÁM ĐỐC');
    expect(lines).not.toContain('KT. GIÁM ĐỐC');
    expect(lines.join('\n')).not.toContain('Hồ sơ kèm theo gồm');
  });

  it('a report’s signer, number and confirmation; the minutes without an agenda or an end', () => {
    const household = richRecords().find((r) => r.nomination.id === 'GK-09')?.nomination;
    const report = ok(
      achievementReportDocument(household as never, {
        date: '2025-11-10',
        signer: { name: 'La Thị Lan', title: 'Chủ hộ' },
        confirmedBy: 'UBND xã Quang Long',
      }),
    );
    expect(linesOf(report)).toEqual(expect.arrayContaining(['CHỦ HỘ', 'La Thị Lan', 'XÁC NHẬN CỦA UBND XÃ QUANG LONG']));
    const unit = richRecords().find((r) => r.nomination.id === 'GK-03')?.nomination;
    const unitReport = ok(achievementReportDocument(unit as never, { date: '2025-11-10', reference: '12/BC-ĐQLĐB2' }));
    expect(linesOf(unitReport)).toEqual(
      expect.arrayContaining(['SỞ GIAO THÔNG VẬN TẢI TỈNH CAO BẰNG', 'Số: 12/BC-ĐQLĐB2', 'THỦ TRƯỞNG ĐƠN VỊ']),
    );
    const person = richRecords().find((r) => r.nomination.id === 'GK-04')?.nomination;
    expect(textOf(ok(achievementReportDocument(person as never, { date: '2025-11-10' })))).toContain('Năm sinh: 1985.');
    const list = compileProposalList(scenarioRecords(), FINAL_2025);
    const minutes = ok(
      councilMinutesDocument(list, {
        date: '2025-11-25',
        startTime: '08:30',
        venue: 'Phòng họp',
        chair: { name: 'A', title: 'Chủ tịch' },
        secretary: { name: 'B', title: 'Thư ký' },
        members: [{ name: 'A', title: 'Chủ tịch', present: true }],
        threshold: { percent: 100, basis: 'present-members' },
        votes: [
          { id: 'TK25-01', agree: 0 },
          { id: 'TK25-02', agree: 0 },
          { id: 'TK25-04', agree: 0 },
        ],
      }),
    );
    const text = textOf(minutes);
    expect(text).toContain('4. Vắng mặt: không.');
    expect(text).toContain('Không có đề nghị nào đạt tỷ lệ phiếu đồng ý cần đạt');
    expect(text).not.toContain('Cuộc họp kết thúc');
  });
});

describe('tableAnnexDocument options', () => {
  it('a letterhead, a landscape table of many columns, decimals, English figures', () => {
    const paper = ok(
      tableAnnexDocument({
        title: 'Summary',
        subtitle: ['2025'],
        note: '(example)',
        heading: { date: '2025-12-31', reference: '1/BC-SGTVT' },
        columns: ['A', 'B', 'C', 'D', 'E', { title: 'F', width: 2, align: 'center' }],
        rows: [['x', 1.5, 1_053_000, -2, '', 'y']],
        lang: 'en',
      }),
    );
    expect(paper.sections[0]?.orientation).toBe('landscape');
    expect(tablesOf(paper)[0]?.rows[0]?.cells).toEqual(['x', '1.5', '1,053,000', '-2', '', 'y']);
    expect(linesOf(paper)).toEqual(expect.arrayContaining(['No.: 1/BC-SGTVT', 'SUMMARY', '(example)']));
    const vi = ok(tableAnnexDocument({ title: 'T', columns: ['A'], rows: [[1.5]], orientation: 'portrait' }));
    expect(tablesOf(vi)[0]?.rows[0]?.cells).toEqual(['1,5']);
  });
});

describe('a builder never throws', () => {
  it('even when its data changes between the check and the paper', () => {
    let reads = 0;
    const shifty = {
      occasion: FINAL_2025,
      get groups() {
        reads++;
        if (reads > 1) throw new Error('changed');
        return rich.groups;
      },
    };
    const result = proposalListDocument(shifty as never, { date: '2025-11-20' });
    expect(result.ok ? [] : result.error.map((i) => i.code)).toEqual(['unreadable_input']);
  });
});

describe('more of the context', () => {
  it('an occasion makes only the papers its context asks for; a report of an unknown id keeps a safe file name', () => {
    const { papers, failures } = occasionPapers(scenarioRecords(), FINAL_2025, {
      list: sampleContext().list as never,
      reports: [{ nomination: '日本/..', date: '2025-11-10' }],
    });
    expect(papers.map((p) => p.name)).toEqual(['1-danh-sach-de-nghi']);
    expect(failures.map((f) => f.name)).toEqual(['5-bao-cao-thanh-tich-x']);
    expect(occasionPapers(scenarioRecords(), FINAL_2025, {}).papers).toEqual([]);
  });

  it('the place, the province, a single form', () => {
    const records = richRecords().filter((r) => r.nomination.form === 'provincial-certificate');
    const paper = ok(
      submissionDocument(compileProposalList(records, FINAL_2025), {
        reference: '1/TTr-SGTVT',
        date: '2025-11-28',
        place: 'Thục Phán',
        province: 'Cao Bằng mới',
        signer: { name: 'A', title: 'Giám đốc' },
        recipients: ['Lưu: VT'],
      }),
    );
    const lines = linesOf(paper);
    expect(lines).toContain('Thục Phán, ngày 28 tháng 11 năm 2025');
    expect(lines).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng mới');
    expect(lines.join('\n')).toContain('Về việc đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh tổng kết');
  });

  it('a household off the official list prints its commune from its profile', () => {
    const records = richRecords().map((r) =>
      r.nomination.id === 'GK-08'
        ? {
            ...r,
            nomination: {
              ...r.nomination,
              subject: { id: 'h', name: 'Hộ ông A', category: 'poor-household' as const, profile: { parent: 'xã Đức Hạnh' } },
            },
          }
        : r,
    );
    const paper = ok(proposalListDocument(compileProposalList(records, FINAL_2025), { date: '2025-11-20' }));
    expect(
      tablesOf(paper)
        .flatMap((t) => t.rows)
        .find((r) => r.cells[1] === 'Hộ ông A')?.cells[2],
    ).toBe('Hộ gia đình nghèo, xã Đức Hạnh');
  });

  it('an amount the tables cannot give for want of a base salary points at the amounts', () => {
    const result = directorDecisionDocument(rich, {
      ...DECISION,
      date: '2019-03-01',
      amounts: { coefficients: { individual: 0.3, collective: 0.6, household: 0.45 } },
    });
    expect(result.ok ? [] : [...new Set(result.error.map((i) => `${i.code} ${i.path.join('.')}`))]).toEqual(['amount_not_known amounts']);
  });
});
