/**
 * The five papers as models: what each holds (IV.3.1 list, IV.3 minutes, III.3.c decision, IV.3.2
 * submission, the achievement report), the law it cites by the regime of its date, the money from
 * `rewardAmountOf`, and the issues of missing inputs.
 */
import { describe, expect, it } from 'vitest';
import { compileProposalList, criteriaFor, PLAN_ISSUER, rewardAmountOf } from '../../src/index.js';
import {
  achievementReportDocument,
  councilMinutesDocument,
  type CouncilMinutesInput,
  directorDecisionDocument,
  moneyInFigures,
  moneyInWords,
  occasionPapers,
  proposalListDocument,
  submissionDocument,
  type SubmissionInput,
  tableAnnexDocument,
} from '../../src/documents/index.js';
import { DECISION, richRecords, sampleContext, scenarioRecords } from './fixtures.js';
import { linesOf, tablesOf, textOf } from './support.js';

const FINAL_2025 = { kind: 'final-review', year: 2025 } as const;
const rich = compileProposalList(richRecords(), FINAL_2025);
const sample = compileProposalList(scenarioRecords(), FINAL_2025);

function ok<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error, null, 1));
  return result.value;
}

const MINUTES: CouncilMinutesInput = {
  date: '2025-11-25',
  startTime: '14:00',
  venue: 'Phòng họp Sở',
  chair: { name: 'Nguyễn Văn An', title: 'Giám đốc Sở, Chủ tịch Hội đồng' },
  secretary: { name: 'Bế Thị Thu', title: 'Thư ký Hội đồng' },
  members: [
    { name: 'Nguyễn Văn An', title: 'Chủ tịch', present: true },
    { name: 'Lê Văn Định', title: 'Phó Chủ tịch', present: true },
    { name: 'Hoàng Văn Nam', title: 'Ủy viên', present: false, reason: 'ốm' },
  ],
  threshold: { percent: 66.67, basis: 'all-members', source: 'Quy chế của Hội đồng' },
  votes: [],
};

describe('proposalListDocument (IV.3.1)', () => {
  const paper = ok(proposalListDocument(rich, { date: '2025-11-20', units: { 'van-phong-so': 'Văn phòng Sở' } }));
  const tables = tablesOf(paper);

  it('has one table per form, in REWARD_FORMS order, with one row per standing nominee', () => {
    expect(paper.kind).toBe('proposal-list');
    expect(tables).toHaveLength(4);
    const headings = paper.sections[0]?.blocks.filter((b) => b.type === 'heading').map((b) => (b.type === 'heading' ? b.text : ''));
    expect(headings).toEqual([
      'I. HUÂN CHƯƠNG LAO ĐỘNG',
      'II. BẰNG KHEN CỦA THỦ TƯỚNG CHÍNH PHỦ',
      'III. BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH',
      'IV. GIẤY KHEN CỦA GIÁM ĐỐC SỞ GIAO THÔNG VẬN TẢI',
    ]);
    const dataRows = tables.flatMap((t) => t.rows.filter((r) => r.kind === 'data'));
    // 17 records: the rejected GK-10 and the withdrawn GK-11 are not on the paper.
    expect(dataRows).toHaveLength(15);
    const names = dataRows.map((r) => r.cells[1]);
    expect(names).not.toContain('Triệu Văn Phòng');
    expect(names).not.toContain('Ma Văn Khải');
    expect(new Set(names).size).toBe(15);
  });

  it('keeps collectives, individuals and households apart, with their counts', () => {
    const giayKhen = tables[3];
    expect(giayKhen?.rows.filter((r) => r.kind === 'group').map((r) => r.cells[0])).toEqual(['Tập thể', 'Cá nhân', 'Hộ gia đình']);
    expect(giayKhen?.rows.at(-1)).toEqual({ kind: 'total', cells: ['', 'Cộng: 03 tập thể, 04 cá nhân và 02 hộ gia đình', '', ''] });
    expect(textOf(paper)).toContain('Tổng cộng: 05 tập thể, 08 cá nhân và 02 hộ gia đình.');
  });

  it('prints position and workplace, a unit’s superior body, a household’s status and commune, the Labour Order’s class', () => {
    const rows = tables.flatMap((t) => t.rows);
    expect(rows.find((r) => r.cells[1] === 'Nông Thị Hoa')?.cells[2]).toBe('Chuyên viên, Văn phòng Sở');
    expect(rows.find((r) => r.cells[1] === 'Văn phòng Sở')?.cells[2]).toBe(PLAN_ISSUER.name);
    expect(rows.find((r) => r.cells[1] === 'Hộ ông Lý Văn Páo')?.cells[2]).toBe('Hộ mới thoát nghèo, Quang Long');
    expect(rows.find((r) => r.cells[1] === 'Hoàng Thị Lan')?.cells[3]).toBe('Huân chương Lao động hạng Nhì');
  });

  it('prints the money of rewardAmountOf when asked, and the total', () => {
    const withMoney = ok(
      proposalListDocument(rich, { date: '2025-11-20', amounts: { decidedOn: '2025-12-15', coefficients: { collective: 0.6 } } }),
    );
    const giayKhen = tablesOf(withMoney)[3];
    expect(giayKhen?.columns.at(-1)?.title).toBe('Số tiền (đồng)');
    const individual = rewardAmountOf({ form: 'director-certificate', recipient: 'individual', decidedOn: '2025-12-15' });
    const household = rewardAmountOf({ form: 'director-certificate', recipient: 'household', decidedOn: '2025-12-15' });
    expect(individual.ok && household.ok).toBe(true);
    if (!individual.ok || !household.ok) return;
    expect(giayKhen?.rows.find((r) => r.cells[1] === 'Nông Thị Hoa')?.cells.at(-1)).toBe('702.000');
    expect(giayKhen?.rows.find((r) => r.cells[1] === 'Hộ bà La Thị Lan')?.cells.at(-1)).toBe('1.053.000');
    const total = 3 * 1_404_000 + 4 * individual.value.amount + 2 * household.value.amount;
    expect(giayKhen?.rows.at(-1)?.cells.at(-1)).toBe(moneyInFigures(total)?.replace(' đồng', ''));
    // The Labour Order's and the PM certificate's money under ND 152/2025 is known for some and not others: no column where one is missing.
    expect(
      tablesOf(withMoney).every((t) => t.rows.filter((r) => r.kind === 'data').every((r) => r.cells.length === t.columns.length)),
    ).toBe(true);
  });

  it('asks for every summary once summaries are given', () => {
    const result = proposalListDocument(sample, { date: '2025-11-20', summaries: { 'TK25-01': 'Thành tích' } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['missing_input', 'summaries.TK25-02'],
      ['missing_input', 'summaries.TK25-04'],
    ]);
    expect(result.error[0]?.message.vi).toContain('tóm tắt thành tích');
    expect(result.error[0]?.message.en).toContain('summary');
  });

  it('refuses a list with no entries', () => {
    const result = proposalListDocument(compileProposalList([], FINAL_2025), { date: '2025-11-20' });
    expect(result.ok ? [] : result.error.map((i) => i.code)).toEqual(['no_entries']);
  });

  it('is landscape by default', () => {
    expect(paper.sections[0]?.orientation).toBe('landscape');
    expect(ok(proposalListDocument(sample, { date: '2025-11-20', orientation: 'portrait' })).sections[0]?.orientation).toBe('portrait');
  });
});

describe('councilMinutesDocument (IV.3)', () => {
  const votes = [...rich.groups.flatMap((g) => [...g.collectives, ...g.individuals])]
    .filter((e) => e.status !== 'rejected' && e.status !== 'withdrawn')
    .map((e, i) => ({ id: e.id, agree: i === 0 ? 1 : 2 }));

  it('records attendance, the votes and the result against the threshold the caller gives', () => {
    const paper = ok(councilMinutesDocument(rich, { ...MINUTES, votes }));
    const text = textOf(paper);
    expect(text).toContain('Thời gian: 14 giờ 00, ngày 25 tháng 11 năm 2025.');
    expect(text).toContain('3. Thành viên Hội đồng có mặt: 2/3 thành viên, gồm:');
    expect(text).toContain('- Hoàng Văn Nam, Ủy viên (lý do: ốm);');
    expect(text).toContain('Tỷ lệ phiếu đồng ý cần đạt: từ 66,67% tổng số thành viên Hội đồng trở lên (theo Quy chế của Hội đồng).');
    const [table] = tablesOf(paper);
    expect(table?.rows).toHaveLength(votes.length);
    // 2 of 3 members is 66.666… %: short of 66.67 %, and printed 66,66 % (never rounded up past the threshold).
    expect(table?.rows[0]?.cells.slice(3)).toEqual(['1/3', '33,33%', 'Không đạt']);
    expect(table?.rows[1]?.cells.slice(3)).toEqual(['2/3', '66,66%', 'Không đạt']);
    const lower = ok(councilMinutesDocument(rich, { ...MINUTES, threshold: { percent: 66.66, basis: 'all-members' }, votes }));
    expect(tablesOf(lower)[0]?.rows[1]?.cells.slice(3)).toEqual(['2/3', '66,66%', 'Đạt']);
    const signatures = paper.sections[0]?.blocks.at(-1);
    expect(signatures?.type === 'signatures' && [signatures.left?.name, signatures.right?.name]).toEqual(['Bế Thị Thu', 'Nguyễn Văn An']);
  });

  it('counts against the members present when the caller says so', () => {
    const paper = ok(councilMinutesDocument(rich, { ...MINUTES, threshold: { percent: 100, basis: 'present-members' }, votes }));
    expect(tablesOf(paper)[0]?.rows[1]?.cells.slice(3)).toEqual(['2/2', '100%', 'Đạt']);
  });

  it('has no default threshold: its absence is a missing input', () => {
    const { threshold: _, ...rest } = MINUTES;
    const result = councilMinutesDocument(rich, { ...rest, votes } as CouncilMinutesInput);
    expect(result.ok ? [] : result.error.map((i) => [i.code, i.path.join('.')])).toEqual([['missing_input', 'threshold']]);
  });

  it('lists every proposal without a vote, and refuses unknown, repeated and impossible votes', () => {
    const result = councilMinutesDocument(rich, {
      ...MINUTES,
      votes: [
        { id: 'GK-01', agree: 2 },
        { id: 'GK-01', agree: 1 },
        { id: 'XX-99', agree: 1 },
        { id: 'GK-02', agree: 3 },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const codes = result.error.map((i) => i.code);
    expect(codes.filter((c) => c === 'duplicate_vote')).toHaveLength(1);
    expect(codes.filter((c) => c === 'unknown_entry')).toHaveLength(1);
    expect(codes.filter((c) => c === 'votes_exceed_present')).toHaveLength(1);
    expect(codes.filter((c) => c === 'missing_input')).toHaveLength(votes.length - 2);
  });
});

describe('directorDecisionDocument (III.3.c)', () => {
  const paper = ok(directorDecisionDocument(rich, DECISION));
  const text = textOf(paper);

  it('cites the law and decree in force on its date, the plan and the council', () => {
    expect(text).toContain('Căn cứ Luật Thi đua, khen thưởng 06/2022/QH15;');
    expect(text).toContain('Căn cứ Nghị định 152/2025/NĐ-CP của Chính phủ quy định chi tiết Luật Thi đua, khen thưởng;');
    expect(text).toContain('Theo đề nghị của Hội đồng Thi đua - Khen thưởng Sở Giao thông vận tải.');
    expect(text).not.toContain('Nghị định 98/2023');
    const before = ok(
      directorDecisionDocument(rich, {
        ...DECISION,
        date: '2023-12-15',
        amounts: { coefficients: { individual: 0.3, collective: 0.6, household: 0.45 } },
      }),
    );
    expect(textOf(before)).toContain('Căn cứ Nghị định 91/2017/NĐ-CP');
    expect(textOf(before)).toContain('Căn cứ Luật Thi đua, khen thưởng 15/2003/QH11');
  });

  it('names the organisation decision and the plan’s number only when given', () => {
    expect(text).not.toMatch(/Kế hoạch số/);
    const given = textOf(
      ok(
        directorDecisionDocument(rich, {
          ...DECISION,
          organisationDecision: 'Quyết định số 12/2021/QĐ-UBND của UBND tỉnh Cao Bằng',
          planReference: '1234/KH-SGTVT',
        }),
      ),
    );
    expect(given).toContain('Căn cứ Quyết định số 12/2021/QĐ-UBND của UBND tỉnh Cao Bằng;');
    expect(given).toContain('Căn cứ Kế hoạch số 1234/KH-SGTVT thực hiện Phong trào thi đua');
  });

  it('Điều 1 counts the recipients; Điều 2 the money per recipient and the total in figures and words', () => {
    expect(text).toContain(
      'Tặng Giấy khen của Giám đốc Sở Giao thông vận tải cho 03 tập thể, 04 cá nhân và 02 hộ gia đình (có danh sách kèm theo)',
    );
    const individual = rewardAmountOf({ form: 'director-certificate', recipient: 'individual', decidedOn: DECISION.date });
    const household = rewardAmountOf({ form: 'director-certificate', recipient: 'household', decidedOn: DECISION.date });
    if (!individual.ok || !household.ok) throw new Error('amounts');
    const total = 3 * 1_404_000 + 4 * individual.value.amount + 2 * household.value.amount;
    expect(total).toBe(9_126_000);
    expect(text).toContain('mỗi cá nhân được thưởng 702.000 đồng (0,3 lần mức lương cơ sở)');
    expect(text).toContain('mỗi hộ gia đình được thưởng 1.053.000 đồng (0,45 lần mức lương cơ sở)');
    expect(text).toContain(`Tổng số tiền thưởng: ${moneyInFigures(total)} (Bằng chữ: ${moneyInWords(total)}).`);
    expect(text).toContain('Tổng số tiền thưởng: 9.126.000 đồng (Bằng chữ: Chín triệu một trăm hai mươi sáu nghìn đồng).');
    expect(text).toContain('Kinh phí khen thưởng được chi từ Quỹ Thi đua, khen thưởng của Sở năm 2025.');
    const annex = tablesOf(paper)[0];
    expect(annex?.rows.filter((r) => r.kind === 'data')).toHaveLength(9);
    expect(annex?.rows.at(-1)?.cells.at(-1)).toBe('9.126.000');
  });

  it('Điều 3, the recipients, the signature, the list attached on a page of its own', () => {
    expect(text).toContain(
      'Chánh Văn phòng Sở và các tập thể, cá nhân và hộ gia đình có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.',
    );
    expect(linesOf(paper)).toEqual(
      expect.arrayContaining(['Nơi nhận:', '- Như Điều 3;', '- Lưu: VT, VP (TĐKT).', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Lê Văn Định']),
    );
    expect(paper.sections).toHaveLength(2);
    expect(textOf({ ...paper, sections: [paper.sections[1] as never] })).toContain(
      '(Kèm theo Quyết định số 125/QĐ-SGTVT ngày 15 tháng 12 năm 2025 của Giám đốc Sở Giao thông vận tải)',
    );
  });

  it('lists every missing input, in both languages, never a blank where a number goes', () => {
    const result = directorDecisionDocument(rich, { date: '2025-12-15' } as never);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['missing_input', 'reference'],
      ['missing_input', 'signer'],
      ['missing_input', 'recipients'],
      ['missing_input', 'executors'],
      ['missing_input', 'fund'],
    ]);
    for (const issue of result.error) {
      expect(issue.message.vi).toMatch(/^Thiếu /);
      expect(issue.message.en).toMatch(/^Missing /);
    }
  });

  it('says which amount the law leaves to the caller', () => {
    const { amounts: _, ...withoutAmounts } = DECISION;
    const result = directorDecisionDocument(rich, withoutAmounts);
    expect(result.ok ? [] : result.error.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['amount_not_known', 'amounts.coefficients.collective'],
    ]);
    // Under ND 98/2023 the Giấy khen's coefficient was not found, for anyone.
    const nd98 = directorDecisionDocument(rich, { ...DECISION, date: '2024-12-15' });
    expect(nd98.ok ? [] : nd98.error.map((i) => i.path.join('.')).sort()).toEqual([
      'amounts.coefficients.household',
      'amounts.coefficients.individual',
    ]);
  });

  it('refuses a list without a Giấy khen', () => {
    const result = directorDecisionDocument(
      compileProposalList(
        richRecords().filter((r) => r.nomination.form !== 'director-certificate'),
        FINAL_2025,
      ),
      DECISION,
    );
    expect(result.ok ? [] : result.error.map((i) => i.code)).toEqual(['no_entries']);
  });

  it('is worded for a successor issuer', () => {
    const successor = {
      ...PLAN_ISSUER,
      name: 'Sở Xây dựng tỉnh Cao Bằng',
      shortName: 'Sở Xây dựng',
      symbol: 'SXD',
      councilName: 'Hội đồng Thi đua - Khen thưởng Sở Xây dựng',
      en: undefined,
    };
    const paper2 = ok(directorDecisionDocument(rich, { ...DECISION, reference: '7/QĐ-SXD', issuer: successor }));
    const t = linesOf(paper2);
    expect(t).toEqual(expect.arrayContaining(['SỞ XÂY DỰNG', 'Số: 7/QĐ-SXD', 'GIÁM ĐỐC SỞ XÂY DỰNG']));
    expect(textOf(paper2)).toContain('Tặng Giấy khen của Giám đốc Sở Xây dựng cho');
    expect(textOf(paper2)).not.toContain('Giám đốc Sở Giao thông vận tải');
    expect(textOf(paper2)).toContain('Theo đề nghị của Hội đồng Thi đua - Khen thưởng Sở Xây dựng.');
    // The plan itself was the Sở Giao thông vận tải's: its basis keeps its issuer.
    expect(textOf(paper2)).toContain('giai đoạn 2021 - 2025 của Sở Giao thông vận tải tỉnh Cao Bằng;');
  });
});

describe('submissionDocument (IV.3.2)', () => {
  const SUBMISSION: SubmissionInput = {
    reference: '45/TTr-SGTVT',
    date: '2025-11-28',
    signer: { name: 'Lê Văn Định', title: 'Phó Giám đốc', authority: 'KT.' },
    recipients: ['Như trên', 'Lưu: VT, VP (TĐKT)'],
    meeting: '2025-11-25',
  };

  it('goes to the provincial chairman through Sở Nội vụ, proposing each form with its counts', () => {
    const paper = ok(submissionDocument(rich, SUBMISSION));
    const text = textOf(paper);
    expect(text).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng');
    expect(text).toContain('(qua Sở Nội vụ tỉnh Cao Bằng - Ban Thi đua - Khen thưởng)');
    expect(text).toContain('1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 01 tập thể và 01 cá nhân;');
    expect(text).toContain('2. Trình Thủ tướng Chính phủ tặng Bằng khen cho 01 cá nhân;');
    expect(text).toContain('Huân chương Lao động hạng Nhì cho 01 cá nhân;');
    expect(text).toContain('Huân chương Lao động hạng Ba cho 01 tập thể;');
    expect(text).toContain('Hội đồng Thi đua - Khen thưởng Sở Giao thông vận tải đã họp xét ngày 25 tháng 11 năm 2025');
    // BK-03 was compiled but not selected: it is not submitted.
    expect(text).not.toContain('Lương Thị Hằng');
    expect(tablesOf(paper).flatMap((t) => t.rows.filter((r) => r.kind === 'data'))).toHaveLength(5);
  });

  it('needs the Labour Order’s class', () => {
    const records = richRecords().map((r) =>
      r.nomination.id === 'HC-01' ? { ...r, nomination: { ...r.nomination, laborOrderClass: undefined } } : r,
    );
    const list = compileProposalList(records as never, FINAL_2025);
    const result = submissionDocument(list, SUBMISSION);
    expect(result.ok ? [] : result.error.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['missing_input', 'nominations.HC-01.laborOrderClass'],
    ]);
  });

  it('takes the caller’s addressees and refuses a list with nothing for the province', () => {
    const paper = ok(submissionDocument(rich, { ...SUBMISSION, addressees: ['Ủy ban nhân dân tỉnh Cao Bằng', 'Sở Nội vụ tỉnh Cao Bằng'] }));
    expect(linesOf(paper)).toEqual(expect.arrayContaining(['Kính gửi:', '- Ủy ban nhân dân tỉnh Cao Bằng;', '- Sở Nội vụ tỉnh Cao Bằng.']));
    const none = submissionDocument(compileProposalList([], FINAL_2025), SUBMISSION);
    expect(none.ok ? [] : none.error.map((i) => i.code)).toEqual(['no_entries']);
  });
});

describe('achievementReportDocument', () => {
  const [labor, pm, giayKhen] = scenarioRecords().map((r) => r.nomination);
  const household = richRecords().find((r) => r.nomination.id === 'GK-08')?.nomination;
  const template = (nomination: typeof labor, date: string, extra: object = {}): string | undefined => {
    const head = ok(achievementReportDocument(nomination as never, { date, ...extra })).sections[0]?.blocks[0];
    return head?.type === 'letterhead' ? head.template : undefined;
  };

  it('names the template of the regime of its date', () => {
    expect(template(pm, '2023-11-10')).toBe('Mẫu số 07 (Nghị định 91/2017/NĐ-CP)');
    expect(template(labor, '2024-11-10')).toBe('Mẫu số 02 (Nghị định 98/2023/NĐ-CP)');
    expect(template(pm, '2024-11-10')).toBe('Mẫu số 03 (Nghị định 98/2023/NĐ-CP)');
    expect(template(household, '2024-11-10')).toBeUndefined();
    expect(template(pm, '2025-07-01')).toBeUndefined();
    expect(template(pm, '2025-11-10', { template: 'Mẫu số 01 (theo hướng dẫn của tỉnh)' })).toBe('Mẫu số 01 (theo hướng dẫn của tỉnh)');
  });

  it('has the plan’s criteria of the subject’s class as its headings, the caller’s text under them', () => {
    const paper = ok(achievementReportDocument(pm as never, { date: '2025-11-10', body: { 'III.2.b.1': 'Dòng một.\nDòng hai.' } }));
    const headings = paper.sections[0]?.blocks
      .filter((b) => b.type === 'heading' && b.level === 2)
      .map((b) => (b.type === 'heading' ? b.text : ''));
    expect(headings).toEqual(criteriaFor('civil-servant').map((c, i) => `${i + 1}. ${c.label.vi} (${c.id})`));
    const blocks = paper.sections[0]?.blocks ?? [];
    const first = blocks.findIndex((b) => b.type === 'heading' && b.text.startsWith('1.'));
    expect(blocks.slice(first + 1, first + 3).map((b) => (b.type === 'paragraph' ? b.runs[0]?.text : ''))).toEqual([
      'Dòng một.',
      'Dòng hai.',
    ]);
    // A heading without text gets lines to fill in.
    expect(blocks.some((b) => b.type === 'paragraph' && b.leader === true)).toBe(true);
    expect(textOf(paper)).toContain('NGƯỜI BÁO CÁO THÀNH TÍCH');
  });

  it('prints a collective’s own letterhead and a household’s particulars', () => {
    const unitReport = ok(achievementReportDocument(giayKhen as never, { date: '2025-11-10' }));
    expect(linesOf(unitReport).slice(0, 2)).toEqual(['SỞ GIAO THÔNG VẬN TẢI', 'BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG CÔNG TRÌNH GIAO THÔNG']);
    expect(criteriaFor('unit').every((c) => textOf(unitReport).includes(c.label.vi))).toBe(true);
    const householdReport = ok(
      achievementReportDocument(household as never, { date: '2025-11-10', body: { general: 'Thoát nghèo nhờ chăn nuôi.' } }),
    );
    expect(textOf(householdReport)).toContain('Có tên trong danh sách của xã Quang Long năm 2024 (15/QĐ-UBND).');
    expect(textOf(householdReport)).toContain('Thoát nghèo nhờ chăn nuôi.');
    expect(textOf(householdReport)).toContain('CHỦ HỘ');
  });

  it('refuses a nomination with an unknown form', () => {
    const result = achievementReportDocument({ ...pm, form: 'bang-khen' } as never, { date: '2025-11-10' });
    expect(result.ok ? [] : result.error.map((i) => [i.code, i.path.join('.')])).toEqual([['invalid_value', 'nomination.form']]);
  });
});

describe('tableAnnexDocument', () => {
  it('makes a titled table, numbers with grouped thousands', () => {
    const paper = ok(
      tableAnnexDocument({
        title: 'Tổng hợp',
        columns: ['Hình thức', { title: 'Số tiền', align: 'right' }],
        rows: [['Giấy khen', 7_128_000]],
      }),
    );
    expect(tablesOf(paper)[0]?.rows[0]?.cells).toEqual(['Giấy khen', '7.128.000']);
    expect(linesOf(paper)[0]).toBe('TỔNG HỢP');
    expect(paper.sections[0]?.orientation).toBe('portrait');
  });

  it('refuses a row with another number of cells', () => {
    const result = tableAnnexDocument({ title: 'T', columns: ['A', 'B'], rows: [['1']] });
    expect(result.ok ? [] : result.error.map((i) => [i.code, i.path.join('.')])).toEqual([['row_length', 'rows.0']]);
  });
});

describe('occasionPapers', () => {
  it('makes the five papers of the built-in 2025 final review from the sample context', () => {
    const { papers, failures } = occasionPapers(scenarioRecords(), FINAL_2025, sampleContext());
    expect(failures).toEqual([]);
    expect(papers.map((p) => p.name)).toEqual([
      '1-danh-sach-de-nghi',
      '2-bien-ban-hop-hoi-dong',
      '3-quyet-dinh-giay-khen',
      '4-to-trinh',
      '5-bao-cao-thanh-tich-TK25-02',
      '5-bao-cao-thanh-tich-TK25-01',
    ]);
  });

  it('reports a paper it cannot make and still makes the others', () => {
    const context = sampleContext();
    const { papers, failures } = occasionPapers(scenarioRecords(), FINAL_2025, {
      ...context,
      decision: { ...context.decision, fund: undefined } as never,
      reports: [{ nomination: 'NONE', date: '2025-11-10' }],
    });
    expect(failures.map((f) => [f.name, f.issues.map((i) => i.code)])).toEqual([
      ['3-quyet-dinh-giay-khen', ['missing_input']],
      ['5-bao-cao-thanh-tich-NONE', ['unknown_entry']],
    ]);
    expect(papers.map((p) => p.name)).toEqual(['1-danh-sach-de-nghi', '2-bien-ban-hop-hoi-dong', '4-to-trinh']);
    expect(occasionPapers([], FINAL_2025, 'nope' as never).failures[0]?.name).toBe('context');
  });

  it('writes English working translations with the issuer’s English names', () => {
    const { papers } = occasionPapers(scenarioRecords(), FINAL_2025, { ...sampleContext(), lang: 'en' });
    const decision = papers.find((p) => p.name === '3-quyet-dinh-giay-khen')?.document;
    expect(decision?.lang).toBe('en');
    const text = decision === undefined ? '' : textOf(decision);
    expect(text).toContain('SOCIALIST REPUBLIC OF VIETNAM');
    expect(text).toContain('THE DIRECTOR OF THE DEPARTMENT OF TRANSPORT');
    expect(text).toContain('(in words: One million four hundred four thousand dong)');
  });
});
