import { fc, test } from '@fast-check/vitest';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type Assessment,
  CRITERION_IDS,
  type CriterionId,
  clause,
  criteriaFor,
  evaluateCriteria,
  isHousehold,
  OUTCOMES,
  type Subject,
  type SubjectCategory,
  subjectClassOf,
} from '../../src/index.js';
import { assessmentArb, subjectArb } from '../support/arbitraries.js';

const subject = (category: SubjectCategory): Subject => ({ id: 's', name: 'Thử', category });
const collective = ['III.2.a.1', 'III.2.a.2', 'III.2.a.3'] as const;
const individual = ['III.2.b.1', 'III.2.b.2', 'III.2.b.3'] as const;
const all = (ids: readonly CriterionId[], outcome: 'met' | 'not-met' | 'unknown'): Assessment =>
  Object.fromEntries(ids.map((id) => [id, outcome]));

describe('III.2 criteria by category', () => {
  it('III.2.a: a unit has the three collective criteria', () => {
    expect(criteriaFor('unit').map((c) => c.id)).toEqual(collective);
  });

  it.each(['civil-servant', 'public-employee', 'worker'] as const)('III.2.b: a %s has the three individual criteria', (category) => {
    expect(criteriaFor(category).map((c) => c.id)).toEqual(individual);
  });

  it.each(['poor-household', 'near-poor-household', 'escaped-poverty-household'] as const)(
    'reading 2: a %s has no criteria in the plan (III.4 guidance sets them)',
    (category) => {
      expect(criteriaFor(category)).toEqual([]);
    },
  );

  it('every criterion id is a clause of the plan, with a label in both languages', () => {
    for (const id of CRITERION_IDS) {
      expect(clause(id)).toBeDefined();
      const label = [...criteriaFor('unit'), ...criteriaFor('worker')].find((c) => c.id === id)?.label;
      expect(label?.vi.length).toBeGreaterThan(0);
      expect(label?.en.length).toBeGreaterThan(0);
    }
  });

  it('the lists are frozen', () => {
    expect(Object.isFrozen(criteriaFor('unit'))).toBe(true);
    expect(Object.isFrozen(criteriaFor('unit')[0])).toBe(true);
    expectTypeOf(criteriaFor('unit')[0]?.id).toEqualTypeOf<CriterionId | undefined>();
  });
});

describe('III.2 evaluation (readings 4 and 5)', () => {
  it('III.2.a: all three met → met', () => {
    const e = evaluateCriteria(subject('unit'), all(collective, 'met'));
    expect(e.outcome).toBe('met');
    expect(e.findings.map((f) => [f.rule, f.outcome])).toEqual(collective.map((id) => [id, 'met']));
    expect(e.missing).toEqual([]);
  });

  it('III.2.a.2 not met → not met, even with others unknown', () => {
    const e = evaluateCriteria(subject('unit'), { 'III.2.a.2': 'not-met' });
    expect(e.outcome).toBe('not-met');
    expect(e.findings[1]?.message.vi).toBe(
      'III.2.a.2: tiêu chí «Thực hiện, phối hợp cung cấp số liệu, tổng hợp, báo cáo định kỳ, đột xuất theo yêu cầu của cơ quan quản lý cấp trên»: không đạt.',
    );
    expect(e.missing.map((m) => m.path)).toEqual([
      ['assessment', 'III.2.a.1'],
      ['assessment', 'III.2.a.3'],
    ]);
  });

  it('III.2.b.3 missing → unknown, never met', () => {
    const e = evaluateCriteria(subject('worker'), { 'III.2.b.1': 'met', 'III.2.b.2': 'met' });
    expect(e.outcome).toBe('unknown');
    expect(e.findings[2]).toMatchObject({ rule: 'III.2.b.3', outcome: 'unknown' });
    expect(e.findings[2]?.message.en).toContain('not assessed yet');
    expect(e.missing).toEqual([expect.objectContaining({ rule: 'III.2.b.3', path: ['assessment', 'III.2.b.3'] })]);
  });

  it('III.2.b.1 assessed unknown explicitly counts as unknown', () => {
    const e = evaluateCriteria(subject('civil-servant'), { ...all(individual, 'met'), 'III.2.b.1': 'unknown' });
    expect(e.outcome).toBe('unknown');
  });

  it('reading 5: criteria of the other class are ignored', () => {
    const e = evaluateCriteria(subject('worker'), { ...all(individual, 'met'), ...all(collective, 'not-met') });
    expect(e.outcome).toBe('met');
    expect(e.findings.map((f) => f.rule)).toEqual(individual);
  });

  it('III.4: a household is unknown with a finding citing III.4, whatever the assessment', () => {
    const e = evaluateCriteria(subject('poor-household'), all(collective, 'met'));
    expect(e.outcome).toBe('unknown');
    expect(e.findings).toEqual([expect.objectContaining({ rule: 'III.4', outcome: 'unknown' })]);
    expect(e.findings[0]?.message.vi).toContain('hộ gia đình nghèo');
    expect(e.missing).toEqual([expect.objectContaining({ rule: 'III.4', path: [] })]);
  });

  test.prop([subjectArb, assessmentArb])('total, deterministic, and one finding per criterion that applies', (s, a) => {
    const e = evaluateCriteria(s, a);
    expect(evaluateCriteria(s, a)).toEqual(e);
    if (isHousehold(s.category)) {
      expect(e.findings.map((f) => f.rule)).toEqual(['III.4']);
      return;
    }
    const ids = subjectClassOf(s.category) === 'collective' ? collective : individual;
    expect(e.findings.map((f) => f.rule)).toEqual(ids);
    const outcomes = ids.map((id) => a[id] ?? 'unknown');
    const expected = outcomes.includes('not-met') ? 'not-met' : outcomes.includes('unknown') ? 'unknown' : 'met';
    expect(e.outcome).toBe(expected);
    expect(e.missing.map((m) => m.rule)).toEqual(ids.filter((id) => (a[id] ?? 'unknown') === 'unknown'));
  });

  test.prop([subjectArb, assessmentArb, fc.constantFrom(...CRITERION_IDS), fc.constantFrom(...OUTCOMES)])(
    'changing a criterion that does not apply never changes the evaluation',
    (s, a, id, outcome) => {
      fc.pre(!criteriaFor(s.category).some((c) => c.id === id));
      expect(evaluateCriteria(s, { ...a, [id]: outcome })).toEqual(evaluateCriteria(s, a));
    },
  );
});
