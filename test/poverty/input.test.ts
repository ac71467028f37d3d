/**
 * Households' input is validated at the boundary (issue 10, item 4): `classifyHousehold` refuses
 * what is not a household input (`INVALID_INPUT`, with the issues and their paths, in Vietnamese
 * and English) instead of classifying it, and `parseHouseholdInput` is the boundary on its own.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyHousehold, type HouseholdInput, parseHouseholdInput, POVERTY_INDICATORS } from '../../src/poverty/index.js';
import { ISSUE_CODES } from '../../src/index.js';

const valid = { area: 'rural', incomePerPersonPerMonth: 1_400_000, deprivedIndicators: ['domestic-water'], year: 2024 } as const;

/** The paths and codes of classifyHousehold's INVALID_INPUT, or the class it gave. */
function refusal(input: unknown, options?: unknown): string[] | string {
  const result = classifyHousehold(input as HouseholdInput, options as never);
  if (result.ok) return `classified ${result.value.class}`;
  if (result.error.code !== 'INVALID_INPUT') return `error ${result.error.code}`;
  for (const issue of result.error.issues) {
    expect(ISSUE_CODES).toContain(issue.code);
    expect(issue.message.vi).not.toBe('');
    expect(issue.message.en).not.toBe('');
  }
  expect(result.error.message.vi).not.toBe('');
  expect(result.error.message.en).not.toBe('');
  return result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.code}`);
}

describe('classifyHousehold refuses what is not a household (was classified)', () => {
  it.each([
    ['a NaN income (was above-average)', { ...valid, incomePerPersonPerMonth: Number.NaN }, ['incomePerPersonPerMonth invalid_type']],
    ['a negative income (was near-poor)', { ...valid, incomePerPersonPerMonth: -5 }, ['incomePerPersonPerMonth too_small']],
    ['an infinite income', { ...valid, incomePerPersonPerMonth: Number.POSITIVE_INFINITY }, ['incomePerPersonPerMonth invalid_type']],
    [
      'a made-up indicator (was counted as a deprivation)',
      { ...valid, deprivedIndicators: ['made-up'] },
      ['deprivedIndicators.0 invalid_value'],
    ],
    ["an area 'mountain' (was 'no standard for 2024')", { ...valid, area: 'mountain' }, ['area invalid_value']],
    ['a year 2024.5', { ...valid, year: 2024.5 }, ['year invalid_type']],
    ['an unknown key', { ...valid, members: 4 }, [' unrecognized_keys']],
    ['not an object', 'rural', [' invalid_type']],
  ])('%s', (_, input, expected) => {
    expect(refusal(input)).toEqual(expected);
  });

  it('refuses bad options with their path under options', () => {
    expect(refusal(valid, { lines: { rural: { poverty: -1 } } })).toEqual(['options.lines.rural.poverty too_small']);
    expect(refusal(valid, { minDeprivationsForPoor: Number.NaN })).toEqual(['options.minDeprivationsForPoor invalid_type']);
    expect(refusal(valid, { lines: { mountain: { poverty: 1 } } })).toEqual(['options.lines unrecognized_keys']);
  });

  it('still classifies a valid household, and still answers NO_STANDARD for a year it has none for', () => {
    expect(refusal(valid)).toBe('classified near-poor');
    expect(refusal({ ...valid, year: 2021 })).toBe('error NO_STANDARD');
  });

  it('the messages are in Vietnamese and English', () => {
    const result = classifyHousehold({ ...valid, area: 'mountain' } as unknown as HouseholdInput);
    expect(result.ok).toBe(false);
    if (result.ok || result.error.code !== 'INVALID_INPUT') return;
    expect(result.error.message.vi).toMatch(/hộ gia đình/);
    expect(result.error.message.en).toMatch(/household/);
  });
});

describe('parseHouseholdInput', () => {
  it('accepts a household input as given', () => {
    const parsed = parseHouseholdInput(valid);
    expect(parsed).toEqual({ ok: true, value: valid });
  });

  it('never throws, and accepts exactly what classifyHousehold classifies (property)', () => {
    const input = fc.record({
      area: fc.constantFrom('rural', 'urban', 'mountain'),
      incomePerPersonPerMonth: fc.oneof(fc.double(), fc.integer({ min: -10, max: 5_000_000 })),
      deprivedIndicators: fc.array(fc.constantFrom(...POVERTY_INDICATORS, 'made-up'), { maxLength: 5 }),
      year: fc.oneof(fc.integer({ min: 2020, max: 2032 }), fc.double()),
    });
    fc.assert(
      fc.property(input, (household) => {
        const parsed = parseHouseholdInput(household);
        const classified = classifyHousehold(household as HouseholdInput);
        const refusedAsInput = !classified.ok && classified.error.code === 'INVALID_INPUT';
        expect(parsed.ok).toBe(!refusedAsInput);
      }),
    );
  });
});
