import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  checkEligibility,
  combineOutcomes,
  evaluateCriteria,
  evaluateNomination,
  type Nomination,
  rewardClauseOf,
} from '../../src/index.js';
import { sampleNominations } from '../../src/testing/index.js';
import { timingFindingOf } from '../../src/rules/rewards.js';
import { nominationArb } from '../support/arbitraries.js';

const base: Nomination = {
  id: 'n-2023-01',
  subject: { id: 'cc-1', name: 'Nông Thị Hoa', category: 'civil-servant', contributesToPovertyReduction: true },
  form: 'labor-order',
  occasion: { kind: 'preliminary-review', year: 2023 },
  assessment: { 'III.2.b.1': 'met', 'III.2.b.2': 'met', 'III.2.b.3': 'met' },
};

describe('evaluateNomination: III.1 + III.2 + III.3 together', () => {
  it('III.3.a: an eligible civil servant meeting every criterion, for the Labour Order at the 2023 preliminary review → met', () => {
    const e = evaluateNomination(base);
    expect(e.outcome).toBe('met');
    expect(e.findings.map((f) => f.rule)).toEqual(['III.1.2', 'III.2.b.1', 'III.2.b.2', 'III.2.b.3', 'III.3.a']);
    expect(e.missing).toEqual([]);
  });

  it('III.3.a: the same at the 2024 annual reward → not met, the timing finding says why', () => {
    const e = evaluateNomination({ ...base, occasion: { kind: 'annual', year: 2024 } });
    expect(e.outcome).toBe('not-met');
    expect(e.findings.at(-1)).toEqual({
      rule: 'III.3.a',
      outcome: 'not-met',
      message: {
        vi: 'III.3.a: Huân chương Lao động chỉ xét vào dịp sơ kết, tổng kết; dịp này là khen thưởng hằng năm 2024.',
        en: 'III.3.a: the Labour Order is given only at the preliminary and final reviews; this occasion is the annual reward of 2024.',
      },
    });
  });

  it('III.3.a: the Labour Order at the 2025 final review → met', () => {
    expect(evaluateNomination({ ...base, occasion: { kind: 'final-review', year: 2025 } }).outcome).toBe('met');
  });

  it('III.3.b: the provincial Bằng khen is given in the 2022 annual reward, not in 2021', () => {
    const nomination = { ...base, form: 'provincial-certificate' as const };
    expect(evaluateNomination({ ...nomination, occasion: { kind: 'annual', year: 2022 } }).outcome).toBe('met');
    expect(evaluateNomination({ ...nomination, occasion: { kind: 'annual', year: 2021 } }).outcome).toBe('not-met');
  });

  it('III.3.c: the Giấy khen at the 2025 annual reward → met; in 2026 → not met', () => {
    const nomination = { ...base, form: 'director-certificate' as const };
    expect(evaluateNomination({ ...nomination, occasion: { kind: 'annual', year: 2025 } }).outcome).toBe('met');
    const late = evaluateNomination({ ...nomination, occasion: { kind: 'annual', year: 2026 } });
    expect(late.outcome).toBe('not-met');
    expect(late.findings.at(-1)?.rule).toBe('III.3.c');
  });

  it('III.1.2: no contribution → not met even when everything else is met', () => {
    const e = evaluateNomination({ ...base, subject: { ...base.subject, contributesToPovertyReduction: false } });
    expect(e.outcome).toBe('not-met');
    expect(e.findings[0]).toMatchObject({ rule: 'III.1.2', outcome: 'not-met' });
  });

  it('III.1.2 unknown + III.2.b.2 unassessed → unknown, and both are listed as missing', () => {
    const e = evaluateNomination({
      ...base,
      subject: { id: 'w', name: 'Hoàng Văn Nam', category: 'worker' },
      assessment: { 'III.2.b.1': 'met', 'III.2.b.3': 'met' },
    });
    expect(e.outcome).toBe('unknown');
    expect(e.missing.map((m) => m.path.join('.'))).toEqual(['subject.contributesToPovertyReduction', 'assessment.III.2.b.2']);
  });

  it('III.4 / reading 2: a household nomination is unknown without guidance', () => {
    const e = evaluateNomination({
      ...base,
      form: 'director-certificate',
      occasion: { kind: 'annual', year: 2024 },
      subject: { id: 'h', name: 'Hộ ông Lý Văn Páo', category: 'poor-household' },
      assessment: {},
    });
    expect(e.outcome).toBe('unknown');
    expect(e.findings.map((f) => [f.rule, f.outcome])).toEqual([
      ['III.1.1', 'met'],
      ['III.4', 'unknown'],
      ['III.3.c', 'met'],
    ]);
  });

  it('III.2.a: a unit with a criterion not met → not met', () => {
    const e = evaluateNomination({
      ...base,
      subject: { id: 'u', name: 'Phòng Vận tải', category: 'unit', contributesToPovertyReduction: true },
      assessment: { 'III.2.a.1': 'met', 'III.2.a.2': 'not-met', 'III.2.a.3': 'met' },
    });
    expect(e.outcome).toBe('not-met');
    expect(e.findings.find((f) => f.outcome === 'not-met')?.rule).toBe('III.2.a.2');
  });

  it('the built-in sample covers every outcome', () => {
    expect(sampleNominations.map((n) => evaluateNomination(n).outcome)).toEqual([
      'met',
      'met',
      'not-met',
      'not-met',
      'unknown',
      'unknown',
      'unknown',
      'met',
    ]);
  });
});

describe('evaluateNomination: invariants', () => {
  test.prop([nominationArb])('total and deterministic', (n) => {
    const e = evaluateNomination(n);
    expect(evaluateNomination(structuredClone(n))).toEqual(e);
  });

  test.prop([nominationArb])('is the combination of eligibility, criteria and timing', (n) => {
    const e = evaluateNomination(n);
    const eligibility = checkEligibility(n.subject);
    const criteria = evaluateCriteria(n.subject, n.assessment);
    const timing = timingFindingOf(n.form, n.occasion);
    expect(e.findings).toEqual([...eligibility.findings, ...criteria.findings, timing]);
    expect(e.missing).toEqual([...eligibility.missing, ...criteria.missing]);
    expect(e.outcome).toBe(combineOutcomes([eligibility.outcome, criteria.outcome, timing.outcome]));
    expect(e.findings.at(-1)?.rule).toBe(rewardClauseOf(n.form));
  });

  test.prop([nominationArb])('every finding cites a clause and speaks both languages', (n) => {
    for (const f of evaluateNomination(n).findings) {
      expect(f.rule).toMatch(/^III\.[1-4](\.[a-c](\.[1-3])?|\.[12])?$/);
      expect(f.message.vi.startsWith(`${f.rule}:`)).toBe(true);
      expect(f.message.en.startsWith(`${f.rule}:`)).toBe(true);
      expect(f.message.vi).toBe(f.message.vi.normalize('NFC'));
    }
  });

  test.prop([nominationArb])('unknown ⇔ something is missing, when nothing is not met', (n) => {
    const e = evaluateNomination(n);
    if (e.outcome === 'met') expect(e.missing).toEqual([]);
    if (e.outcome === 'unknown') expect(e.missing.length).toBeGreaterThan(0);
  });

  test.prop([nominationArb])('never mutates its input (deeply frozen input)', (n) => {
    const frozen = structuredClone(n);
    Object.freeze(frozen.subject);
    Object.freeze(frozen.occasion);
    Object.freeze(frozen.assessment);
    Object.freeze(frozen);
    expect(() => evaluateNomination(frozen)).not.toThrow();
    expect(frozen).toEqual(n);
  });

  it('an assessment of a nomination in an unknown far year still evaluates', () => {
    expect(() => evaluateNomination({ ...base, occasion: { kind: 'annual', year: Number.MAX_SAFE_INTEGER } })).not.toThrow();
  });

  test.prop([fc.array(nominationArb, { maxLength: 5 })])('shared findings are frozen objects', (ns) => {
    for (const n of ns) for (const f of evaluateNomination(n).findings) expect(Object.isFrozen(f)).toBe(true);
  });
});
