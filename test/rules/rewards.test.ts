import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  decidingAuthorityOf,
  isFormGivenAt,
  isPlanOccasion,
  OCCASION_KINDS,
  occasionsIn,
  REWARD_FORMS,
  rewardClauseOf,
  rewardFormsFor,
} from '../../src/index.js';
import { timingFindingOf } from '../../src/rules/rewards.js';
import { occasionArb } from '../support/arbitraries.js';

describe('reading 1: the occasions of the plan', () => {
  it.each([
    [2021, []],
    [2022, [{ kind: 'annual', year: 2022 }]],
    [
      2023,
      [
        { kind: 'annual', year: 2023 },
        { kind: 'preliminary-review', year: 2023 },
      ],
    ],
    [2024, [{ kind: 'annual', year: 2024 }]],
    [
      2025,
      [
        { kind: 'annual', year: 2025 },
        { kind: 'final-review', year: 2025 },
      ],
    ],
    [2026, []],
    [2023.5, []],
  ])('occasionsIn(%s)', (year, expected) => {
    expect(occasionsIn(year)).toEqual(expected);
  });

  it('occasionsIn returns a fresh array each time', () => {
    const a = occasionsIn(2023);
    a.pop();
    expect(occasionsIn(2023)).toHaveLength(2);
  });

  it.each([
    [{ kind: 'preliminary-review', year: 2022 }, false],
    [{ kind: 'preliminary-review', year: 2023 }, true],
    [{ kind: 'preliminary-review', year: 2024 }, false],
    [{ kind: 'final-review', year: 2024 }, false],
    [{ kind: 'final-review', year: 2025 }, true],
    [{ kind: 'annual', year: 2021 }, false],
    [{ kind: 'annual', year: 2022 }, true],
    [{ kind: 'annual', year: 2025 }, true],
    [{ kind: 'annual', year: 2026 }, false],
  ] as const)('isPlanOccasion(%j) is %s', (occasion, expected) => {
    expect(isPlanOccasion(occasion)).toBe(expected);
  });
});

describe('III.3 reward forms by occasion', () => {
  it('III.3.a/b/c: at the 2023 preliminary review every form is given', () => {
    expect(rewardFormsFor({ kind: 'preliminary-review', year: 2023 })).toEqual(REWARD_FORMS);
  });

  it('III.3.a/b/c: at the 2025 final review every form is given', () => {
    expect(rewardFormsFor({ kind: 'final-review', year: 2025 })).toEqual(REWARD_FORMS);
  });

  it.each([2022, 2023, 2024, 2025])('III.3.b/c: each year (%s) only the provincial Bằng khen and the Giấy khen', (year) => {
    expect(rewardFormsFor({ kind: 'annual', year })).toEqual(['provincial-certificate', 'director-certificate']);
  });

  it.each([
    { kind: 'annual', year: 2021 },
    { kind: 'annual', year: 2026 },
    { kind: 'preliminary-review', year: 2024 },
    { kind: 'final-review', year: 2023 },
  ] as const)('reading 1: nothing at an occasion the plan does not have (%j)', (occasion) => {
    expect(rewardFormsFor(occasion)).toEqual([]);
  });

  it.each([
    ['labor-order', 'III.3.a', 'president'],
    ['pm-certificate', 'III.3.a', 'prime-minister'],
    ['provincial-certificate', 'III.3.b', 'provincial-chairman'],
    ['director-certificate', 'III.3.c', 'director'],
  ] as const)('%s: clause %s, decided by %s (LAW.md)', (form, clauseId, role) => {
    expect(rewardClauseOf(form)).toBe(clauseId);
    expect(decidingAuthorityOf(form)).toBe(role);
  });

  test.prop([occasionArb])('rewardFormsFor agrees with isFormGivenAt and keeps REWARD_FORMS order', (occasion) => {
    expect(rewardFormsFor(occasion)).toEqual(REWARD_FORMS.filter((f) => isFormGivenAt(f, occasion)));
    if (!isPlanOccasion(occasion)) expect(rewardFormsFor(occasion)).toEqual([]);
  });
});

describe('III.3 timing findings', () => {
  it('III.3.a: the Labour Order in the 2024 annual reward is refused, in both languages', () => {
    const finding = timingFindingOf('labor-order', { kind: 'annual', year: 2024 });
    expect(finding).toEqual({
      rule: 'III.3.a',
      outcome: 'not-met',
      message: {
        vi: 'III.3.a: Huân chương Lao động chỉ xét vào dịp sơ kết, tổng kết; dịp này là khen thưởng hằng năm 2024.',
        en: 'III.3.a: the Labour Order is given only at the preliminary and final reviews; this occasion is the annual reward of 2024.',
      },
    });
  });

  it('III.3.c: the Giấy khen in the 2022 annual reward is given', () => {
    const finding = timingFindingOf('director-certificate', { kind: 'annual', year: 2022 });
    expect(finding.outcome).toBe('met');
    expect(finding.rule).toBe('III.3.c');
    expect(finding.message.vi).toContain('xét hằng năm và vào dịp sơ kết, tổng kết');
  });

  it('III.3.b: an occasion the plan does not have is named as such', () => {
    const finding = timingFindingOf('provincial-certificate', { kind: 'preliminary-review', year: 2024 });
    expect(finding.outcome).toBe('not-met');
    expect(finding.message.vi).toContain('kế hoạch không có dịp sơ kết phong trào thi đua năm 2024');
    expect(finding.message.en).toContain('the plan has no occasion');
  });

  it('years far from the plan are worded too, and findings are frozen', () => {
    const far = timingFindingOf('director-certificate', { kind: 'annual', year: -40000 });
    expect(far.outcome).toBe('not-met');
    expect(far.message.vi).toContain('-40000');
    expect(Object.isFrozen(far)).toBe(true);
    expect(Object.isFrozen(timingFindingOf('labor-order', { kind: 'final-review', year: 2025 }))).toBe(true);
  });

  test.prop([fc.constantFrom(...REWARD_FORMS), occasionArb])('the finding is met exactly when the form is given', (form, occasion) => {
    const finding = timingFindingOf(form, occasion);
    expect(finding.outcome).toBe(isFormGivenAt(form, occasion) ? 'met' : 'not-met');
    expect(finding.rule).toBe(rewardClauseOf(form));
    expect(finding).toEqual(timingFindingOf(form, { ...occasion }));
  });

  it('every kind is covered', () => {
    expect(OCCASION_KINDS).toEqual(['annual', 'preliminary-review', 'final-review']);
  });
});
