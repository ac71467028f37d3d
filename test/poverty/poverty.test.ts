import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  classifyHousehold,
  type HouseholdInput,
  HouseholdInputSchema,
  householdStatusFromReviews,
  POVERTY_INDICATORS,
  POVERTY_LABELS,
  povertyStandardOf,
} from '../../src/poverty/index.js';

const three = ['domestic-water', 'sanitation', 'housing-quality'] as const;
const two = ['domestic-water', 'sanitation'] as const;
const classOf = (input: HouseholdInput) => {
  const r = classifyHousehold(input);
  return r.ok ? r.value.class : r.error.code;
};

describe('Nghị định 07/2021: the lines of 2022–2026, bounds as LAW.md gives them', () => {
  it.each([
    ['rural', 1_500_000, three, 'poor'],
    ['rural', 1_500_000, two, 'near-poor'],
    ['rural', 1_500_001, three, 'average-living-standard'],
    ['rural', 2_250_000, [], 'average-living-standard'],
    ['rural', 2_250_001, [], 'above-average'],
    ['rural', 0, [], 'near-poor'],
    ['urban', 2_000_000, three, 'poor'],
    ['urban', 2_000_000, two, 'near-poor'],
    ['urban', 2_000_001, [], 'average-living-standard'],
    ['urban', 3_000_000, [], 'average-living-standard'],
    ['urban', 3_000_001, [], 'above-average'],
  ] as const)('%s, %i đ, %j deprivations → %s (2024)', (area, income, deprived, expected) => {
    expect(classOf({ area, incomePerPersonPerMonth: income, deprivedIndicators: deprived, year: 2024 })).toBe(expected);
  });

  it('2 deprivations are near-poor, 3 are poor; a repeated indicator counts once', () => {
    const base = { area: 'rural', incomePerPersonPerMonth: 1_000_000, year: 2023 } as const;
    expect(classOf({ ...base, deprivedIndicators: two })).toBe('near-poor');
    expect(classOf({ ...base, deprivedIndicators: three })).toBe('poor');
    expect(classOf({ ...base, deprivedIndicators: ['sanitation', 'sanitation', 'sanitation'] })).toBe('near-poor');
  });

  it('findings cite the decree and say what was seen, in both languages', () => {
    const r = classifyHousehold({ area: 'rural', incomePerPersonPerMonth: 1_500_000, deprivedIndicators: three, year: 2024 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ class: 'poor', source: 'Nghị định 07/2021/NĐ-CP', confidence: 'confirmed', deprivations: 3 });
    expect(r.value.findings.map((f) => f.message.vi)).toEqual([
      'Nghị định 07/2021/NĐ-CP: thu nhập bình quân 1.500.000 đồng/người/tháng không vượt chuẩn nghèo 1.500.000 đồng khu vực nông thôn.',
      'Nghị định 07/2021/NĐ-CP: thiếu hụt 3/12 chỉ số dịch vụ xã hội cơ bản (hộ nghèo khi thiếu hụt từ 3 chỉ số trở lên).',
    ]);
  });

  it('the average-living-standard line is secondary data, and says so', () => {
    const r = classifyHousehold({ area: 'urban', incomePerPersonPerMonth: 2_500_000, deprivedIndicators: [], year: 2022 });
    expect(r.ok && r.value.confidence).toBe('secondary');
    expect(r.ok && r.value.findings[1]?.message.vi).toContain('nguồn thứ cấp');
  });
});

describe('2026 vs 2027: the standard changes (Nghị định 351/2025, secondary)', () => {
  it('2026 keeps the 2022–2025 lines', () => {
    expect(povertyStandardOf(2025)?.source).toBe('Nghị định 07/2021/NĐ-CP');
    // its own entry: Nghị định 351/2025 applying ND 07/2021's lines (secondary), not ND 07/2021 (confirmed)
    expect(povertyStandardOf(2026)).toMatchObject({
      source: 'Nghị định 351/2025/NĐ-CP (áp dụng chuẩn nghèo của Nghị định 07/2021/NĐ-CP)',
      confidence: { poverty: 'secondary' },
      lines: povertyStandardOf(2025)?.lines,
    });
    expect(classOf({ area: 'rural', incomePerPersonPerMonth: 1_600_000, deprivedIndicators: three, year: 2026 })).toBe(
      'average-living-standard',
    );
  });

  it('2027: rural 2,200,000 đ, urban 2,800,000 đ', () => {
    expect(classOf({ area: 'rural', incomePerPersonPerMonth: 2_200_000, deprivedIndicators: three, year: 2027 })).toBe('poor');
    expect(classOf({ area: 'rural', incomePerPersonPerMonth: 1_600_000, deprivedIndicators: [], year: 2027 })).toBe('near-poor');
    expect(classOf({ area: 'urban', incomePerPersonPerMonth: 2_800_000, deprivedIndicators: [], year: 2030 })).toBe('near-poor');
    const r = classifyHousehold({ area: 'urban', incomePerPersonPerMonth: 2_800_000, deprivedIndicators: [], year: 2030 });
    expect(r.ok && r.value.confidence).toBe('secondary');
  });

  it('2027 above the line: the average line is not known, so it is an input, never a guess', () => {
    const input = { area: 'rural', incomePerPersonPerMonth: 2_200_001, deprivedIndicators: [], year: 2027 } as const;
    const r = classifyHousehold(input);
    expect(r).toMatchObject({ ok: false, error: { code: 'NO_AVERAGE_LINE' } });
    const withLine = classifyHousehold(input, { lines: { rural: { poverty: 2_200_000, averageLivingStandard: 3_300_000 } } });
    expect(withLine).toMatchObject({ ok: true, value: { class: 'average-living-standard', confidence: 'caller' } });
    expect(withLine.ok && withLine.value.findings[1]?.message.vi).toContain('do bên gọi cung cấp');
  });

  it.each([2021, 2031, 1999])('%i: a clear error naming the years the library holds', (year) => {
    const r = classifyHousehold({ area: 'rural', incomePerPersonPerMonth: 1, deprivedIndicators: [], year });
    expect(r).toMatchObject({ ok: false, error: { code: 'NO_STANDARD' } });
    expect(!r.ok && r.error.message.vi).toContain(`năm ${year}`);
    expect(!r.ok && r.error.message.en).toContain('2022–2025');
    expect(!r.ok && r.error.message.en).toContain('2026 from Nghị định 351/2025/NĐ-CP');
  });

  it('a caller may supply the lines of a year the library does not hold', () => {
    const r = classifyHousehold(
      { area: 'rural', incomePerPersonPerMonth: 700_000, deprivedIndicators: three, year: 2021 },
      { lines: { rural: { poverty: 700_000 } } },
    );
    expect(r).toMatchObject({ ok: true, value: { class: 'poor', confidence: 'caller' } });
  });
});

describe('householdStatusFromReviews', () => {
  it.each([
    [{ year: 2023, class: 'poor' }, { year: 2024, class: 'near-poor' }, ['near-poor-household', 'escaped-poverty-household']],
    [{ year: 2023, class: 'poor' }, { year: 2024, class: 'average-living-standard' }, ['escaped-poverty-household']],
    [{ year: 2023, class: 'poor' }, { year: 2024, class: 'poor' }, ['poor-household']],
    [{ year: 2023, class: 'near-poor' }, { year: 2024, class: 'near-poor' }, ['near-poor-household']],
    [{ year: 2023, class: 'near-poor' }, { year: 2024, class: 'above-average' }, []],
    [undefined, { year: 2024, class: 'poor' }, ['poor-household']],
    [{ year: 2021, class: 'poor' }, { year: 2024, class: 'near-poor' }, ['near-poor-household']],
  ] as const)('%j then %j → %j', (previous, current, expected) => {
    const r = householdStatusFromReviews(previous, current);
    expect(r.ok && r.value.categories).toEqual(expected);
  });

  it('the window of "newly" is the caller’s choice', () => {
    const r = householdStatusFromReviews({ year: 2022, class: 'poor' }, { year: 2024, class: 'near-poor' }, { window: 2 });
    expect(r.ok && r.value.categories).toContain('escaped-poverty-household');
    const old = householdStatusFromReviews({ year: 2022, class: 'poor' }, { year: 2024, class: 'near-poor' });
    expect(old.ok && old.value.findings.at(-1)?.message.en).toContain('more than 1 year');
  });

  it('reviews out of order are an error', () => {
    expect(householdStatusFromReviews({ year: 2024, class: 'poor' }, { year: 2024, class: 'poor' })).toMatchObject({
      ok: false,
      error: { code: 'REVIEWS_OUT_OF_ORDER' },
    });
  });
});

describe('indicators and schema', () => {
  it('the 12 indicators have labels in both languages', () => {
    expect(POVERTY_INDICATORS).toHaveLength(12);
    for (const code of POVERTY_INDICATORS) {
      expect(POVERTY_LABELS[code].vi.length).toBeGreaterThan(0);
      expect(POVERTY_LABELS[code].en.length).toBeGreaterThan(0);
    }
  });

  it('the schema refuses unknown indicators, negative incomes and extra keys', () => {
    const ok = { area: 'rural', incomePerPersonPerMonth: 1, deprivedIndicators: ['nutrition'], year: 2024 };
    expect(HouseholdInputSchema.safeParse(ok).success).toBe(true);
    expect(HouseholdInputSchema.safeParse({ ...ok, deprivedIndicators: ['water'] }).success).toBe(false);
    expect(HouseholdInputSchema.safeParse({ ...ok, incomePerPersonPerMonth: -1 }).success).toBe(false);
    expect(HouseholdInputSchema.safeParse({ ...ok, x: 1 }).success).toBe(false);
  });

  test.prop([
    fc.constantFrom('rural', 'urban'),
    fc.integer({ min: 0, max: 10_000_000 }),
    fc.subarray([...POVERTY_INDICATORS]),
    fc.integer({ min: 2022, max: 2026 }),
  ])('classification is total and monotone in income for 2022–2026', (area, income, deprived, year) => {
    const order = ['poor', 'near-poor', 'average-living-standard', 'above-average'];
    const a = classifyHousehold({ area, incomePerPersonPerMonth: income, deprivedIndicators: deprived, year });
    const b = classifyHousehold({ area, incomePerPersonPerMonth: income + 1, deprivedIndicators: deprived, year });
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) expect(order.indexOf(b.value.class)).toBeGreaterThanOrEqual(order.indexOf(a.value.class));
  });
});
