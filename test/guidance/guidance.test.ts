import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  checkDossier,
  checkQuotas,
  createNominationRecord,
  criteriaFor,
  defineGuidance,
  evaluateCriteria,
  evaluateNomination,
  type Guidance,
  isHousehold,
  LAW_DEFAULT_DOSSIER,
  type Nomination,
  parseNomination,
  parseNominationRecord,
} from '../../src/index.js';
import { exampleGuidance, makeNomination, makeSubject } from '../../src/testing/index.js';
import { arbitraries } from '../../src/testing/arbitraries.js';
import { applyUnchecked as applyNominationEvent } from '../workflow/fixtures.js';

/** `createNominationRecord`'s record, which the test expects to be created. */
function mustCreate(...args: Parameters<typeof createNominationRecord>): NominationRecordOf {
  const created = createNominationRecord(...args);
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  return created.value;
}
type NominationRecordOf = Extract<ReturnType<typeof createNominationRecord>, { ok: true }>['value'];

const household = (category: 'poor-household' | 'escaped-poverty-household', assessment: Record<string, string>): Nomination =>
  makeNomination({
    subject: makeSubject({ id: 'ho-1', name: 'Hộ ông Lý Văn Páo', category }),
    assessment: assessment as Nomination['assessment'],
  });

const empty = (occasions: Guidance['occasions']): Guidance => {
  const g = defineGuidance({ issuer: { vi: 'Sở Nội vụ', en: 'DoHA' }, number: 'TRỐNG/HD', date: '2024-01-02', occasions, criteria: [] });
  if (!g.ok) throw new Error('invalid');
  return g.value;
};

describe('defineGuidance (III.4): guidance as validated data', () => {
  it('the example guidance is valid and frozen', () => {
    const again = defineGuidance(JSON.parse(JSON.stringify(exampleGuidance)));
    expect(again).toEqual({ ok: true, value: exampleGuidance });
    expect(Object.isFrozen(exampleGuidance.criteria[0])).toBe(true);
    expect(exampleGuidance.note).toContain('không phải văn bản pháp luật');
  });

  it('refuses what is wrong, each issue at its path in both languages', () => {
    const result = defineGuidance({
      ...JSON.parse(JSON.stringify(exampleGuidance)),
      date: '2024-02-30',
      criteria: [
        { id: 'III.2.a.1', label: { vi: 'x', en: 'x' }, item: '1', categories: ['unit'] },
        { id: 'A', label: { vi: 'a', en: 'a' }, item: '2', categories: ['unit'] },
        { id: 'A', label: { vi: 'b', en: 'b' }, item: '3', categories: ['teacher'] },
      ],
      quotas: [{ form: 'labor-order', item: '4' }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['date', 'invalid_format'],
      ['criteria.0.id', 'custom'],
      ['criteria.2.categories.0', 'invalid_value'],
    ]);
    expect(result.error[1]?.message.vi).toContain('không được trùng mã tiêu chí của kế hoạch');
  });

  it('duplicate ids and empty quotas are refused once the shape is right', () => {
    const result = defineGuidance({
      ...JSON.parse(JSON.stringify(exampleGuidance)),
      criteria: [
        { id: 'A', label: { vi: 'a', en: 'a' }, item: '2', categories: ['unit'] },
        { id: 'A', label: { vi: 'b', en: 'b' }, item: '3', categories: ['unit'] },
      ],
      quotas: [{ form: 'labor-order', item: '4' }],
    });
    expect(!result.ok && result.error.map((i) => [i.path.join('.'), i.message.en])).toEqual([
      ['criteria.1.id', 'This id is already used by another criterion.'],
      ['quotas.0', 'A quota needs maxCount or maxShare.'],
    ]);
  });
});

describe('guidance criteria in the evaluators', () => {
  it('reading 2: the guidance gives households criteria — a household nomination becomes met', () => {
    const n = household('escaped-poverty-household', { 'VD-HO.1': 'met', 'VD-HO.2': 'met' });
    expect(evaluateNomination(n).outcome).toBe('unknown');
    const e = evaluateNomination(n, { guidance: exampleGuidance });
    expect(e.outcome).toBe('met');
    expect(e.findings.map((f) => [f.rule, f.outcome])).toEqual([
      ['III.1.1', 'met'],
      ['III.4', 'met'],
      ['VÍ-DỤ/HD-SNV mục 1.1', 'met'],
      ['VÍ-DỤ/HD-SNV mục 1.2', 'met'],
      ['III.3.c', 'met'],
    ]);
    expect(e.findings[1]?.message.vi).toBe('III.4: tiêu chuẩn đối với hộ mới thoát nghèo theo Hướng dẫn số VÍ-DỤ/HD-SNV.');
    expect(e.findings[2]?.message.vi).toBe(
      'Hướng dẫn số VÍ-DỤ/HD-SNV, mục 1.1: tiêu chí «Tự lực vươn lên, có mô hình sinh kế hiệu quả»: đạt.',
    );
    expect(e.missing).toEqual([]);
  });

  it('a guidance criterion not assessed is unknown and missing; one not met fails the nomination', () => {
    const partly = evaluateNomination(household('poor-household', { 'VD-HO.1': 'met' }), { guidance: exampleGuidance });
    expect(partly.outcome).toBe('unknown');
    expect(partly.missing).toEqual([expect.objectContaining({ rule: 'VÍ-DỤ/HD-SNV mục 1.2', path: ['assessment', 'VD-HO.2'] })]);
    const failed = evaluateNomination(household('poor-household', { 'VD-HO.1': 'not-met', 'VD-HO.2': 'met' }), {
      guidance: exampleGuidance,
    });
    expect(failed.outcome).toBe('not-met');
  });

  it('a guidance applies only to its occasions and forms', () => {
    const n = household('poor-household', { 'VD-HO.1': 'met', 'VD-HO.2': 'met' });
    const elsewhere = { ...n, occasion: { kind: 'annual' as const, year: 2023 } };
    expect(evaluateNomination(elsewhere, { guidance: exampleGuidance })).toEqual(evaluateNomination(elsewhere));
    const unit = makeNomination();
    expect(evaluateNomination(unit, { guidance: exampleGuidance }).findings.map((f) => f.rule)).not.toContain('VÍ-DỤ/HD-SNV mục 2.1');
    const provincial = makeNomination({ form: 'provincial-certificate' });
    expect(evaluateNomination(provincial, { guidance: exampleGuidance }).missing.map((m) => m.rule)).toEqual(['VÍ-DỤ/HD-SNV mục 2.1']);
  });

  it('criteriaFor and evaluateCriteria list the guidance’s criteria after the plan’s', () => {
    expect(criteriaFor('unit', { guidance: exampleGuidance }).map((c) => c.id)).toEqual(['III.2.a.1', 'III.2.a.2', 'III.2.a.3', 'VD-TT.1']);
    expect(criteriaFor('poor-household', { guidance: [exampleGuidance] }).map((c) => c.id)).toEqual(['VD-HO.1', 'VD-HO.2']);
    const e = evaluateCriteria(makeSubject({ category: 'near-poor-household' }), { 'VD-HO.1': 'met', 'VD-HO.2': 'met' } as never, {
      guidance: exampleGuidance,
    });
    expect(e.outcome).toBe('met');
  });

  it('parseNomination takes the guidance’s criterion ids only when given the guidance', () => {
    const raw = JSON.parse(JSON.stringify(household('poor-household', { 'VD-HO.1': 'met' })));
    expect(parseNomination(raw).ok).toBe(false);
    expect(parseNomination(raw, { guidance: exampleGuidance })).toEqual({ ok: true, value: raw });
    expect(parseNomination({ ...raw, assessment: { 'VD-HO.9': 'met' } }, { guidance: exampleGuidance }).ok).toBe(false);
  });

  test.prop([arbitraries.nomination])('guidance never removes a plan criterion: it only adds', (n) => {
    const plain = evaluateNomination(n);
    const guided = evaluateNomination(n, { guidance: exampleGuidance });
    const planRules = (rules: string[]) => rules.filter((r) => r.startsWith('III.2') || r.startsWith('III.1') || r.startsWith('III.3'));
    expect(planRules(guided.findings.map((f) => f.rule))).toEqual(planRules(plain.findings.map((f) => f.rule)));
    for (const c of criteriaFor(n.subject.category)) {
      expect(criteriaFor(n.subject.category, { guidance: exampleGuidance }).map((x) => x.id)).toContain(c.id);
    }
  });

  test.prop([arbitraries.nomination])('an empty guidance changes nothing (households aside)', (n) => {
    fc.pre(!isHousehold(n.subject.category));
    const g = empty([n.occasion]);
    expect(evaluateNomination(n, { guidance: g })).toEqual(evaluateNomination(n));
    expect(evaluateNomination(n, { guidance: [] })).toEqual(evaluateNomination(n));
  });
});

describe('dossiers', () => {
  const n = { ...makeNomination(), documents: ['submission', 'review-minutes'] };

  it('without guidance or the law’s default nothing is required', () => {
    expect(checkDossier(n)).toMatchObject({ required: false, complete: true, missing: [] });
  });

  it('the law’s default under ND 98/2023: tờ trình, báo cáo thành tích (Mẫu 02 / Mẫu 03), biên bản', () => {
    const nd98 = { dossier: 'law-default', legal: { on: '2024-12-15' } } as const;
    const check = checkDossier(n, nd98);
    expect(check).toMatchObject({ required: true, complete: false });
    expect(check.missing.map((m) => m.cites)).toEqual([
      'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 84 khoản 2 điểm b; Nghị định 98/2023/NĐ-CP, Phụ lục I, Mẫu số 02',
    ]);
    const individual = { ...makeNomination({ subject: makeSubject({ category: 'worker' }) }), documents: [] };
    expect(checkDossier(individual, nd98).missing.map((m) => m.label.vi)).toEqual([
      'Tờ trình đề nghị xét tặng hình thức khen thưởng',
      'Báo cáo thành tích của cá nhân (Mẫu số 03)',
      'Biên bản xét khen thưởng',
    ]);
    expect(LAW_DEFAULT_DOSSIER.some((d) => d.id === 'certification')).toBe(false);
  });

  it('the law’s default by regime: ND 91/2017 Mẫu số 07 to 2023-12-31; Mẫu 02/03 2024-01-01 … 2025-06-30; no template named from 2025-07-01', () => {
    const report = (on: string | undefined, category: 'unit' | 'worker' | 'poor-household') => {
      const nomination = { ...makeNomination({ subject: makeSubject({ category }) }), documents: ['submission', 'review-minutes'] };
      return checkDossier(nomination, { dossier: 'law-default', ...(on === undefined ? {} : { legal: { on } }) }).missing.map(
        (m) => `${m.label.vi} | ${m.cites}`,
      );
    };
    expect(report('2023-12-31', 'unit')).toEqual([
      'Báo cáo thành tích theo đợt thi đua hoặc chuyên đề (Mẫu số 07) | Nghị định 91/2017/NĐ-CP, Phụ lục, Mẫu số 07',
    ]);
    expect(report('2023-12-31', 'worker')).toEqual([
      'Báo cáo thành tích theo đợt thi đua hoặc chuyên đề (Mẫu số 07) | Nghị định 91/2017/NĐ-CP, Phụ lục, Mẫu số 07',
    ]);
    expect(report('2024-01-01', 'unit')[0]).toMatch(/^Báo cáo thành tích của tập thể \(Mẫu số 02\)/u);
    expect(report('2025-06-30', 'worker')[0]).toMatch(/^Báo cáo thành tích của cá nhân \(Mẫu số 03\)/u);
    expect(report('2025-07-01', 'worker')[0]).toMatch(/^Báo cáo thành tích của cá nhân \| .*chưa tìm thấy/u);
    expect(report(undefined, 'unit')).toEqual(report('2025-07-01', 'unit'));
    // a household's report: practice (secondary), never Luật 2022 Điều 84 khoản 2 điểm b
    for (const on of ['2023-12-31', '2024-01-01', '2025-07-01']) {
      const [line] = report(on, 'poor-household');
      expect(line).toMatch(/hộ gia đình/u);
      expect(line).toMatch(/thực tiễn, nguồn thứ cấp/u);
      expect(line).not.toMatch(/Điều 84/u);
    }
  });

  it('the guidance’s dossier wins over the law’s default and may require more of households', () => {
    const h = { ...household('poor-household', {}), documents: ['submission', 'achievement-report', 'review-minutes'] };
    const check = checkDossier(h, { guidance: exampleGuidance, dossier: 'law-default' });
    expect(check.missing.map((m) => m.id)).toEqual(['commune-confirmation']);
    expect(check.message.vi).toBe('Hồ sơ còn thiếu: Xác nhận của Ủy ban nhân dân xã.');
  });

  it('SUBMIT with a missing báo cáo thành tích is refused with DOSSIER_INCOMPLETE, checked last', () => {
    let record = mustCreate(n, '2024-10-01');
    const proposed = applyNominationEvent(record, { type: 'PROPOSE', by: 'unit-head', on: '2024-10-05' }, { dossier: 'law-default' });
    expect(proposed.ok).toBe(true);
    if (proposed.ok) record = proposed.value;
    const submit = { type: 'SUBMIT', by: 'unit-head', on: '2024-10-06' };
    const refused = applyNominationEvent(record, submit, { dossier: 'law-default' });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('DOSSIER_INCOMPLETE');
    expect(refused.error.message.vi).toContain('Báo cáo thành tích của tập thể');
    expect(refused.error.missingDocuments?.map((d) => d.id)).toEqual(['achievement-report']);
    // earlier checks still come first
    expect(applyNominationEvent(record, { ...submit, by: 'director' }, { dossier: 'law-default' })).toMatchObject({
      ok: false,
      error: { code: 'ROLE_NOT_ALLOWED' },
    });
    expect(applyNominationEvent(record, { ...submit, on: '2024-10-01' }, { dossier: 'law-default' })).toMatchObject({
      ok: false,
      error: { code: 'DATE_BEFORE_PREVIOUS' },
    });
    // without the option SUBMIT behaves as before
    expect(applyNominationEvent(record, submit).ok).toBe(true);
    // with the document it passes
    const complete = mustCreate({ ...n, documents: ['submission', 'achievement-report', 'review-minutes'] }, '2024-10-01');
    const p2 = applyNominationEvent(complete, { type: 'PROPOSE', by: 'unit-head', on: '2024-10-05' });
    expect(p2.ok && applyNominationEvent(p2.value, submit, { dossier: 'law-default' }).ok).toBe(true);
  });
});

describe('quotas', () => {
  it('counts per unit and form for the guidance’s occasion', () => {
    const three = ['a', 'b', 'c'].map((id) => makeNomination({ id, form: 'provincial-certificate', proposingUnit: 'phong-vt' }));
    const other = makeNomination({ id: 'd', form: 'provincial-certificate', proposingUnit: 'phong-kh' });
    const excess = checkQuotas([...three, other], { guidance: exampleGuidance });
    expect(excess).toEqual([
      expect.objectContaining({
        proposingUnit: 'phong-vt',
        form: 'provincial-certificate',
        count: 3,
        limit: 2,
        nominationIds: ['a', 'b', 'c'],
      }),
    ]);
    expect(excess[0]?.message.vi).toBe(
      'Hướng dẫn số VÍ-DỤ/HD-SNV, mục 3: đơn vị phong-vt đề nghị 3 Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh, vượt hạn mức 2.',
    );
    expect(checkQuotas(three.slice(0, 2), { guidance: exampleGuidance })).toEqual([]);
    expect(checkQuotas(three, {})).toEqual([]);
  });

  it('a share is taken of the unit’s nominations, rounded down; nominations without a unit are not counted', () => {
    const g = defineGuidance({
      ...JSON.parse(JSON.stringify(exampleGuidance)),
      quotas: [{ form: 'director-certificate', maxShare: 0.5, item: 'mục 3.2' }],
    });
    if (!g.ok) throw new Error('invalid');
    const list = ['a', 'b', 'c'].map((id, i) => makeNomination({ id, form: i < 2 ? 'director-certificate' : 'provincial-certificate' }));
    expect(checkQuotas(list, { guidance: g.value }).map((q) => [q.count, q.limit])).toEqual([[2, 1]]);
    const { proposingUnit: _u, ...noUnit } = makeNomination();
    expect(checkQuotas([noUnit, noUnit], { guidance: g.value })).toEqual([]);
  });
});

describe('records that carry guidance criteria', () => {
  it('save → reload needs the same guidance; then the record continues', () => {
    const n = household('poor-household', { 'VD-HO.1': 'met', 'VD-HO.2': 'met' });
    const options = { guidance: exampleGuidance };
    const created = mustCreate(n, '2024-10-01', options);
    const proposed = applyNominationEvent(created, { type: 'PROPOSE', by: 'unit-head', on: '2024-10-02' }, options);
    expect(proposed.ok).toBe(true);
    if (!proposed.ok) return;
    const saved = JSON.parse(JSON.stringify(proposed.value));
    expect(parseNominationRecord(saved).ok).toBe(false);
    const reloaded = parseNominationRecord(saved, options);
    expect(reloaded).toEqual({ ok: true, value: proposed.value });
    // without the guidance the household cannot pass PROPOSE (III.4 unknown)
    expect(applyNominationEvent(created, { type: 'PROPOSE', by: 'unit-head', on: '2024-10-02' })).toMatchObject({
      ok: false,
      error: { code: 'NOMINATION_NOT_MET' },
    });
  });
});
