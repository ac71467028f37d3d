import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  checkEligibility,
  evaluateNomination,
  eligibilityClauseOf,
  isHousehold,
  SUBJECT_CATEGORIES,
  type Subject,
  type SubjectCategory,
  subjectClassOf,
} from '../../src/index.js';
import { subjectArb } from '../support/arbitraries.js';

const subject = (category: SubjectCategory, contributes?: boolean): Subject => ({
  id: 's1',
  name: 'Chủ thể thử',
  category,
  ...(contributes === undefined ? {} : { contributesToPovertyReduction: contributes }),
});

describe('III.1 subject classes', () => {
  it.each([
    ['unit', 'collective', 'III.1.1'],
    ['poor-household', 'collective', 'III.1.1'],
    ['near-poor-household', 'collective', 'III.1.1'],
    ['escaped-poverty-household', 'collective', 'III.1.1'],
    ['civil-servant', 'individual', 'III.1.2'],
    ['public-employee', 'individual', 'III.1.2'],
    ['worker', 'individual', 'III.1.2'],
  ] as const)('%s is %s (%s)', (category, expectedClass, clauseId) => {
    expect(subjectClassOf(category)).toBe(expectedClass);
    expect(eligibilityClauseOf(category)).toBe(clauseId);
  });

  it('III.1.1 lists exactly three household statuses', () => {
    expect(SUBJECT_CATEGORIES.filter(isHousehold)).toEqual(['poor-household', 'near-poor-household', 'escaped-poverty-household']);
  });
});

describe('III.1 eligibility: the contribution condition (reading 3)', () => {
  const unitsAndIndividuals = ['unit', 'civil-servant', 'public-employee', 'worker'] as const;

  it.each(unitsAndIndividuals)('III.1: a %s that contributed is eligible', (category) => {
    const evaluation = checkEligibility(subject(category, true));
    expect(evaluation.outcome).toBe('met');
    expect(evaluation.findings).toHaveLength(1);
    expect(evaluation.findings[0]?.rule).toBe(eligibilityClauseOf(category));
    expect(evaluation.findings[0]?.message.vi).toContain('có đóng góp vì mục tiêu giảm nghèo của tỉnh');
    expect(evaluation.missing).toEqual([]);
  });

  it.each(unitsAndIndividuals)('III.1: a %s that did not contribute is not eligible', (category) => {
    const evaluation = checkEligibility(subject(category, false));
    expect(evaluation.outcome).toBe('not-met');
    expect(evaluation.findings[0]?.message.vi).toContain('không có đóng góp');
    expect(evaluation.findings[0]?.message.en).toContain('has not contributed');
    expect(evaluation.missing).toEqual([]);
  });

  it.each(unitsAndIndividuals)('III.1: a %s with no stated contribution is unknown, and the flag is missing', (category) => {
    const evaluation = checkEligibility(subject(category));
    expect(evaluation.outcome).toBe('unknown');
    expect(evaluation.findings[0]?.message.vi).toContain('chưa có thông tin');
    expect(evaluation.missing).toEqual([
      {
        rule: eligibilityClauseOf(category),
        path: ['subject', 'contributesToPovertyReduction'],
        label: expect.objectContaining({ vi: expect.any(String), en: expect.any(String) }),
      },
    ]);
  });

  it.each(['poor-household', 'near-poor-household', 'escaped-poverty-household'] as const)(
    'III.1.1: a %s is eligible by its listed status, whatever the contribution flag says',
    (category) => {
      for (const contributes of [undefined, true, false]) {
        const evaluation = checkEligibility(subject(category, contributes));
        expect(evaluation.outcome).toBe('met');
        expect(evaluation.findings[0]?.rule).toBe('III.1.1');
        expect(evaluation.findings[0]?.message.vi).toContain('danh sách chính thức');
      }
    },
  );

  test.prop([subjectArb])('eligibility is total, deterministic and cites III.1', (s) => {
    const a = checkEligibility(s);
    expect(checkEligibility(s)).toEqual(a);
    expect(a.findings.map((f) => f.rule)).toEqual([eligibilityClauseOf(s.category)]);
    expect(a.outcome).toBe(a.findings[0]?.outcome);
  });
});

describe('reading 3: the official list decides; a disagreeing classification is a warning', () => {
  const h = (category: SubjectCategory, householdClass?: 'poor' | 'near-poor' | 'average-living-standard'): Subject => ({
    id: 'h',
    name: 'Hộ bà Lan',
    category,
    officialList: { commune: 'xã Quang Long', year: 2023, decision: '123/QĐ-UBND' },
    ...(householdClass === undefined ? {} : { householdClass }),
  });

  it.each([
    ['poor-household', 'poor', false],
    ['poor-household', 'near-poor', true],
    ['near-poor-household', 'near-poor', false],
    ['near-poor-household', 'poor', true],
    ['escaped-poverty-household', 'near-poor', false],
    ['escaped-poverty-household', 'average-living-standard', false],
    ['escaped-poverty-household', 'poor', true],
  ] as const)('%s classified %s → warning: %s', (category, householdClass, warned) => {
    const e = checkEligibility(h(category, householdClass));
    expect(e.outcome).toBe('met');
    expect(e.findings.some((f) => f.severity === 'warning')).toBe(warned);
    const n = evaluateNomination({
      id: 'n',
      subject: h(category, householdClass),
      form: 'director-certificate',
      occasion: { kind: 'annual', year: 2024 },
      assessment: {},
    });
    expect(n.findings[1]?.severity === 'warning').toBe(warned);
    expect(n.outcome).toBe('unknown');
  });

  it('the warning names both, in both languages; without a classification there is none', () => {
    const e = checkEligibility(h('poor-household', 'near-poor'));
    expect(e.findings[1]?.message.vi).toBe(
      'III.1.1 (cảnh báo): phân loại được cung cấp là «Hộ cận nghèo», khác với tình trạng «Hộ gia đình nghèo» trong danh sách chính thức; kết quả vẫn theo danh sách chính thức.',
    );
    expect(checkEligibility(h('poor-household')).findings).toHaveLength(1);
    expect(checkEligibility({ ...subject('unit', true), householdClass: 'poor' }).findings).toHaveLength(1);
  });
});
