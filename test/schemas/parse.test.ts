import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parseNomination, parseSubject, type ValidationIssue } from '../../src/index.js';
import { nominationArb, subjectArb } from '../support/arbitraries.js';

const valid = {
  id: 'n1',
  subject: { id: 'w1', name: 'Bế Văn Tú', category: 'worker', contributesToPovertyReduction: true },
  form: 'director-certificate',
  occasion: { kind: 'annual', year: 2024 },
  assessment: { 'III.2.b.1': 'met' },
  proposingUnit: 'doan-qldb',
};

const issuesOf = (input: unknown): ValidationIssue[] => {
  const result = parseNomination(input);
  if (result.ok) throw new Error('expected issues');
  return result.error;
};

describe('parseSubject', () => {
  it('accepts a valid subject and keeps every field', () => {
    expect(parseSubject(valid.subject)).toEqual({ ok: true, value: valid.subject });
  });

  it('the contribution flag is optional', () => {
    expect(parseSubject({ id: 'h1', name: 'Hộ bà Lan', category: 'poor-household' }).ok).toBe(true);
  });

  it('rejects an unknown category with the allowed values, in both languages', () => {
    const result = parseSubject({ id: 'x', name: 'X', category: 'team' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toEqual([
      {
        path: ['category'],
        code: 'invalid_value',
        message: {
          vi: expect.stringContaining('phải là một trong «Phòng, ban, đơn vị» (unit), «Hộ gia đình nghèo» (poor-household)'),
          en: expect.stringContaining(
            'must be one of “Division, board or unit of the Department” (unit), “Poor household” (poor-household)',
          ),
        },
      },
    ]);
  });

  it.each([
    [{ name: 'X', category: 'unit' }, ['id'], 'invalid_type', 'Thiếu giá trị'],
    [{ id: '', name: 'X', category: 'unit' }, ['id'], 'too_small', 'Không được để trống'],
    [{ id: '   ', name: 'X', category: 'unit' }, ['id'], 'invalid_format', 'khoảng trắng'],
    [{ id: 7, name: 'X', category: 'unit' }, ['id'], 'invalid_type', 'nhận được số'],
    [
      { id: 'a', name: 'X', category: 'unit', contributesToPovertyReduction: 'yes' },
      ['contributesToPovertyReduction'],
      'invalid_type',
      'đúng/sai',
    ],
    [
      { id: 'a', name: 'X', category: 'unit', contributesToPovertyReduction: null },
      ['contributesToPovertyReduction'],
      'invalid_type',
      'nhận được null',
    ],
  ])('reports %j at its path', (input, path, code, vi) => {
    const result = parseSubject(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toHaveLength(1);
    expect(result.error[0]?.path).toEqual(path);
    expect(result.error[0]?.code).toBe(code);
    expect(result.error[0]?.message.vi).toContain(vi);
  });

  it('rejects unknown keys instead of dropping them', () => {
    const result = parseSubject({ ...valid.subject, unitId: 'u1' });
    expect(result).toEqual({
      ok: false,
      error: [
        {
          path: [],
          code: 'unrecognized_keys',
          message: { vi: 'Trường không được phép: "unitId".', en: 'Field not allowed: "unitId".' },
          keys: ['unitId'],
        },
      ],
    });
  });

  it.each([null, undefined, 'x', 42, [], true])('rejects a non-object (%j) at the root', (input) => {
    const result = parseSubject(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error[0]).toMatchObject({ path: [], code: 'invalid_type' });
  });

  test.prop([subjectArb])('every valid subject parses to itself', (s) => {
    expect(parseSubject(s)).toEqual({ ok: true, value: s });
  });
});

describe('parseNomination', () => {
  it('accepts a valid nomination and keeps every field', () => {
    expect(parseNomination(valid)).toEqual({ ok: true, value: valid });
  });

  it('returns a copy, not the input', () => {
    const result = parseNomination(valid);
    expect(result.ok && result.value !== (valid as unknown)).toBe(true);
  });

  it('reports every problem, each at its path from the root', () => {
    const issues = issuesOf({
      ...valid,
      subject: { ...valid.subject, category: 'teacher' },
      form: 'medal',
      occasion: { kind: 'annual', year: 2024.5 },
      assessment: { 'III.2.b.1': 'yes', 'III.2.c.1': 'met' },
      extra: 1,
    });
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['subject.category', 'invalid_value'],
      ['form', 'invalid_value'],
      ['occasion.year', 'invalid_type'],
      ['assessment.III.2.b.1', 'invalid_value'],
      ['assessment', 'unrecognized_keys'],
      ['', 'unrecognized_keys'],
    ]);
    for (const issue of issues) {
      expect(issue.message.vi.length).toBeGreaterThan(0);
      expect(issue.message.en.length).toBeGreaterThan(0);
      expect(issue.message.vi).toBe(issue.message.vi.normalize('NFC'));
    }
  });

  it('a missing assessment and occasion are reported as missing', () => {
    const { assessment: _a, occasion: _o, ...rest } = valid;
    expect(issuesOf(rest).map((i) => [i.path.join('.'), i.code, i.message.en])).toEqual([
      ['occasion', 'invalid_type', 'Missing value (expected an object).'],
      ['assessment', 'invalid_type', 'Missing value (expected an object).'],
    ]);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, 1e309, 2024.1, '2024'])('a year of %j is not a whole year', (year) => {
    expect(issuesOf({ ...valid, occasion: { kind: 'annual', year } })[0]?.path).toEqual(['occasion', 'year']);
  });

  it('a hostile input whose getter throws is refused, not thrown', () => {
    const hostile = {
      ...valid,
      get subject(): unknown {
        throw new Error('boom');
      },
    };
    expect(issuesOf(hostile)).toEqual([expect.objectContaining({ code: 'unreadable_input', path: [] })]);
  });

  test.prop([nominationArb])('every valid nomination parses to itself', (n) => {
    expect(parseNomination(JSON.parse(JSON.stringify(n)))).toEqual({ ok: true, value: n });
  });

  test.prop([fc.anything()])('never throws on any input, and issues always carry path, code and two messages', (input) => {
    const result = parseNomination(input);
    if (!result.ok) {
      expect(result.error.length).toBeGreaterThan(0);
      for (const issue of result.error) {
        expect(Array.isArray(issue.path)).toBe(true);
        expect(typeof issue.code).toBe('string');
        expect(typeof issue.message.vi).toBe('string');
        expect(typeof issue.message.en).toBe('string');
      }
    }
  });

  test.prop([
    nominationArb,
    fc
      .string({ minLength: 1 })
      .filter((k) => !['id', 'subject', 'form', 'occasion', 'assessment', 'proposingUnit', 'achievementId'].includes(k)),
  ])('any unknown key is rejected by name', (n, key) => {
    const issues = issuesOf({ ...n, [key]: 1 });
    expect(issues).toContainEqual(expect.objectContaining({ path: [], code: 'unrecognized_keys' }));
    expect(issues.find((i) => i.code === 'unrecognized_keys')?.message.en).toContain(JSON.stringify(key));
  });
});
