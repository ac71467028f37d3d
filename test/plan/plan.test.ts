import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { CLAUSE_IDS, clause, plan } from '../../src/index.js';

describe('the plan as data', () => {
  it('metadata: issuer, legal basis 2451/KH-UBND of 2022-09-26, period, signer, recipients', () => {
    expect(plan.issuer.vi).toBe('Sở Giao thông vận tải tỉnh Cao Bằng');
    expect(plan.legalBasis).toMatchObject({ number: '2451/KH-UBND', date: '2022-09-26' });
    expect(plan.legalBasis.issuer.vi).toBe('Ủy ban nhân dân tỉnh Cao Bằng');
    expect(plan.period).toEqual({ from: 2021, to: 2025 });
    expect(plan.signer).toEqual({
      name: 'Lê Văn Định',
      title: { vi: 'Phó Giám đốc', en: 'Deputy Director' },
      signsFor: { vi: 'KT. Giám đốc', en: 'For the Director' },
    });
    expect(plan.recipients).toHaveLength(8);
    expect(plan.recipients.map((r) => r.vi)).toContain('Công đoàn cơ sở GTVT');
  });

  it('holds the 37 clauses in reading order', () => {
    expect(plan.clauses.map((c) => c.id)).toEqual(CLAUSE_IDS);
  });

  it.each(CLAUSE_IDS)('clause(%s) returns it', (id) => {
    expect(clause(id)?.id).toBe(id);
    expect(clause(id)).toBe(plan.clauses.find((c) => c.id === id));
  });

  it('clause() of an id the plan does not have is undefined', () => {
    expect(clause('III.6')).toBeUndefined();
    expect(clause('')).toBeUndefined();
    expect(clause('__proto__')).toBeUndefined();
  });

  it('III.3.a is the text of the plan', () => {
    expect(clause('III.3.a')?.vi).toBe(
      'Huân chương Lao động và Bằng khen của Thủ tướng Chính phủ: thực hiện vào dịp sơ kết, tổng kết phong trào thi đua.',
    );
  });

  it('is deeply frozen: nothing can be changed, added or removed', () => {
    const mutable = plan as unknown as Record<string, any>;
    expect(() => {
      mutable.period.from = 2020;
    }).toThrow(TypeError);
    expect(() => {
      mutable.clauses[0].vi = 'khác';
    }).toThrow(TypeError);
    expect(() => {
      mutable.clauses.push({ id: 'V.1', vi: '', en: '' });
    }).toThrow(TypeError);
    expect(() => {
      mutable.signer.title.vi = 'Giám đốc';
    }).toThrow(TypeError);
    expect(() => {
      delete mutable.recipients[0];
    }).toThrow(TypeError);
    expect(plan.period.from).toBe(2021);
  });

  test.prop([fc.constantFrom(...CLAUSE_IDS), fc.string()])('no clause can be overwritten', (id, text) => {
    const before = clause(id)?.vi;
    const found = clause(id) as unknown as Record<string, string>;
    expect(() => {
      found.vi = text;
    }).toThrow(TypeError);
    expect(clause(id)?.vi).toBe(before);
  });

  it('every object inside the plan is frozen', () => {
    const walk = (value: unknown): void => {
      if (value === null || typeof value !== 'object') return;
      expect(Object.isFrozen(value)).toBe(true);
      for (const v of Object.values(value)) walk(v);
    };
    walk(plan);
  });
});
