import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  BASE_SALARIES,
  LABOR_ORDER_CLASSES,
  RECIPIENT_KINDS,
  REWARD_FORMS,
  REWARD_SCHEDULES,
  recipientKindOf,
  rewardAmountOf,
  type RewardAmountInput,
  type RewardCell,
  SUBJECT_CATEGORIES,
} from '../../src/index.js';

/** A `Date` at midnight of a Vietnamese day (17:00 UTC the day before). */
const vnMidnight = (day: string): Date => new Date(new Date(`${day}T00:00:00+07:00`).getTime());

const amountOf = (input: RewardAmountInput, options?: Parameters<typeof rewardAmountOf>[1]) => {
  const r = rewardAmountOf(input, options);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message.en}`);
  return r.value;
};

describe('docs/law.md "Reward money": the worked figures', () => {
  it('an individual’s Giấy khen on 2025-12-15: 0.3 × 2,340,000 = 702,000 đồng, rounding not known (ND 152/2025)', () => {
    const r = amountOf({ form: 'director-certificate', recipient: 'individual', decidedOn: '2025-12-15' });
    expect(r).toMatchObject({
      amount: 702_000,
      coefficient: 0.3,
      baseSalary: 2_340_000,
      rounding: 'not-known',
      confidence: 'secondary',
      decree: 'Nghị định 152/2025/NĐ-CP',
    });
    expect(r.citations.map((c) => c.ref)).toEqual(['Nghị định 152/2025/NĐ-CP, Điều 54 khoản 1 điểm e', 'Nghị định 73/2024/NĐ-CP']);
    expect(r.supplied).toBeUndefined();
  });

  it('a household’s Giấy khen the same day: 1.5 × that = 1,053,000 đồng', () => {
    const r = amountOf({ form: 'director-certificate', recipient: 'household', decidedOn: '2025-12-15' });
    expect(r).toMatchObject({ amount: 1_053_000, coefficient: 0.45, rounding: 'not-known' });
    expect(r.citations).toHaveLength(3);
  });

  it('the provincial chairman’s Bằng khen for an individual on 2025-12-15: 3,510,000 đồng', () => {
    expect(amountOf({ form: 'provincial-certificate', recipient: 'individual', decidedOn: '2025-12-15' }).amount).toBe(3_510_000);
  });

  it('the Prime Minister’s Bằng khen for an individual on 2023-06-01: 3.5 × 1,490,000 = 5,215,000 → 5,220,000 đồng (ND 91/2017 Điều 68 khoản 2)', () => {
    const r = amountOf({ form: 'pm-certificate', recipient: 'individual', decidedOn: '2023-06-01' });
    expect(r).toMatchObject({
      amount: 5_220_000,
      coefficient: 3.5,
      baseSalary: 1_490_000,
      rounding: 'up-to-10000',
      decree: 'Nghị định 91/2017/NĐ-CP',
    });
    expect(r.citations.map((c) => c.ref)).toEqual([
      'Nghị định 91/2017/NĐ-CP, Điều 73',
      'Nghị định 38/2019/NĐ-CP',
      'Nghị định 91/2017/NĐ-CP, Điều 68 khoản 2',
    ]);
  });
});

describe('both sides of every date, with a Date at Vietnamese midnight', () => {
  it.each([
    // base salary 2023-07-01 (ND 91/2017 on both sides)
    ['2023-06-30', 'pm-certificate', 'individual', undefined, 5_220_000],
    ['2023-07-01', 'pm-certificate', 'individual', undefined, 6_300_000],
    // ND 91 → ND 98: the TTg Bằng khen is not found under ND 98; the Labour Order is not found under ND 91
    ['2023-12-31', 'provincial-certificate', 'collective', undefined, 3_600_000],
    ['2024-01-01', 'labor-order', 'individual', 'third', 8_100_000],
    // base salary 2024-07-01 (ND 98/2023): a collective's Labour Order, twice, rounded up
    ['2024-06-30', 'labor-order', 'collective', 'second', 27_000_000],
    ['2024-07-01', 'labor-order', 'collective', 'second', 35_100_000],
    // ND 98 → ND 152
    ['2025-06-30', 'labor-order', 'individual', 'first', 21_060_000],
    ['2025-07-01', 'labor-order', 'individual', 'first', 21_060_000],
    // base salary 2026-07-01 (ND 152/2025)
    ['2026-06-30', 'director-certificate', 'individual', undefined, 702_000],
    ['2026-07-01', 'director-certificate', 'individual', undefined, 759_000],
  ] as const)('%s: %s for %s (%s) → %i đồng', (day, form, recipient, laborOrderClass, amount) => {
    const input = { form, recipient, ...(laborOrderClass === undefined ? {} : { laborOrderClass }) };
    expect(amountOf({ ...input, decidedOn: day }).amount).toBe(amount);
    expect(amountOf({ ...input, decidedOn: vnMidnight(day) }).amount).toBe(amount);
  });

  it('the rounding changes with the decree: up to 10,000 đồng on 2025-06-30, none known on 2025-07-01', () => {
    expect(
      amountOf({ form: 'labor-order', recipient: 'individual', laborOrderClass: 'third', decidedOn: vnMidnight('2025-06-30') }).rounding,
    ).toBe('up-to-10000');
    expect(
      amountOf({ form: 'labor-order', recipient: 'individual', laborOrderClass: 'third', decidedOn: vnMidnight('2025-07-01') }).rounding,
    ).toBe('not-known');
  });

  it('ND 98/2023 Điều 53 khoản 1 is cited only for decisions it governs', () => {
    const ref = 'Nghị định 98/2023/NĐ-CP, Điều 53 khoản 1';
    const refs = (day: string) =>
      amountOf({ form: 'labor-order', recipient: 'individual', laborOrderClass: 'third', decidedOn: day }).citations.map((c) => c.ref);
    expect(refs('2025-06-30')).toContain(ref);
    expect(refs('2025-07-01').some((r) => r.includes('98/2023'))).toBe(false);
  });

  it('a Date late in the UTC day is already the next Vietnamese day', () => {
    // 2025-06-30T17:00Z is 00:00 on 1 July in Hà Nội: ND 152/2025, no rounding known.
    expect(amountOf({ form: 'pm-certificate', recipient: 'individual', decidedOn: new Date('2025-06-30T17:00:00Z') }).amount).toBe(
      8_190_000,
    );
    const before = rewardAmountOf({ form: 'pm-certificate', recipient: 'individual', decidedOn: new Date('2025-06-30T16:59:59Z') });
    expect(before.ok ? before.value : before.error.code).toBe('AMOUNT_NOT_KNOWN');
  });
});

describe('every "not found" cell answers AMOUNT_NOT_KNOWN, naming what is missing', () => {
  const schedules = REWARD_SCHEDULES;
  const dayOf = (i: number): string => ['2023-06-01', '2024-12-15', '2025-12-15'][i] ?? '';
  const cases: {
    day: string;
    form: (typeof REWARD_FORMS)[number];
    recipient: (typeof RECIPIENT_KINDS)[number];
    cls?: (typeof LABOR_ORDER_CLASSES)[number];
  }[] = [];
  schedules.forEach((schedule, i) => {
    for (const form of REWARD_FORMS) {
      for (const recipient of RECIPIENT_KINDS) {
        for (const cls of form === 'labor-order' ? LABOR_ORDER_CLASSES : [undefined]) {
          const individual: RewardCell = form === 'labor-order' ? schedule.individual[form][cls!] : schedule.individual[form];
          const multiplier: RewardCell | undefined = recipient === 'individual' ? undefined : schedule[recipient][form];
          if (individual === 'not-found' || multiplier === 'not-found')
            cases.push({ day: dayOf(i), form, recipient, ...(cls === undefined ? {} : { cls }) });
        }
      }
    }
  });

  it('the table has the not-found cells of docs/law.md', () => {
    expect(cases.map((c) => `${c.day} ${c.form} ${c.recipient}${c.cls === undefined ? '' : ` ${c.cls}`}`)).toEqual([
      ...['individual', 'collective', 'household'].flatMap((r) =>
        ['first', 'second', 'third'].map((cls) => `2023-06-01 labor-order ${r} ${cls}`),
      ),
      '2023-06-01 pm-certificate household',
      '2023-06-01 provincial-certificate household',
      ...['individual', 'collective', 'household'].map((r) => `2023-06-01 director-certificate ${r}`),
      ...['first', 'second', 'third'].map((cls) => `2024-12-15 labor-order household ${cls}`),
      ...['individual', 'collective', 'household'].map((r) => `2024-12-15 pm-certificate ${r}`),
      ...['individual', 'collective', 'household'].map((r) => `2024-12-15 provincial-certificate ${r}`),
      ...['individual', 'collective', 'household'].map((r) => `2024-12-15 director-certificate ${r}`),
      '2025-12-15 pm-certificate collective',
      '2025-12-15 provincial-certificate collective',
      '2025-12-15 director-certificate collective',
    ]);
  });

  it.each(cases.map((c) => [`${c.day} ${c.form} ${c.recipient} ${c.cls ?? ''}`, c] as const))('%s', (_, c) => {
    const input = { form: c.form, recipient: c.recipient, decidedOn: c.day, ...(c.cls === undefined ? {} : { laborOrderClass: c.cls }) };
    const r = rewardAmountOf(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ code: 'AMOUNT_NOT_KNOWN', missing: ['coefficient'] });
    expect(r.error.message.vi).toMatch(/không tìm thấy/u);
    expect(r.error.message.en).toMatch(/not found/u);
    // the caller's coefficient fills it: no number of another decree is ever used
    const supplied = amountOf(input, { coefficient: 0.15 });
    expect(supplied.coefficient).toBe(0.15);
    expect(supplied.supplied).toEqual(['coefficient']);
  });

  it('a Labour Order without its class is missing the class (unless a coefficient is given)', () => {
    const r = rewardAmountOf({ form: 'labor-order', recipient: 'individual', decidedOn: '2025-12-15' });
    expect(r.ok ? undefined : r.error).toMatchObject({ code: 'AMOUNT_NOT_KNOWN', missing: ['labor-order-class'] });
    expect(amountOf({ form: 'labor-order', recipient: 'individual', decidedOn: '2025-12-15' }, { coefficient: 4.5 }).amount).toBe(
      10_530_000,
    );
  });

  it('before ND 91/2017 and before the first base salary: not known', () => {
    const early = rewardAmountOf({ form: 'pm-certificate', recipient: 'individual', decidedOn: '2017-09-30' });
    expect(early.ok ? undefined : early.error.missing).toEqual(['coefficient']);
    const noBase = rewardAmountOf({ form: 'pm-certificate', recipient: 'individual', decidedOn: '2019-06-30' });
    expect(noBase.ok ? undefined : noBase.error.missing).toEqual(['base-salary']);
    expect(amountOf({ form: 'pm-certificate', recipient: 'individual', decidedOn: '2019-06-30' }, { baseSalary: 1_390_000 }).amount).toBe(
      4_870_000,
    );
  });
});

describe('options replace the tables', () => {
  it('rounding: the caller’s rule under ND 152/2025, or none under ND 91/2017', () => {
    const household = { form: 'director-certificate', recipient: 'household', decidedOn: '2025-12-15' } as const;
    expect(amountOf(household, { rounding: 'up-to-10000' })).toMatchObject({
      amount: 1_060_000,
      rounding: 'up-to-10000',
      supplied: ['rounding'],
    });
    expect(amountOf({ form: 'pm-certificate', recipient: 'individual', decidedOn: '2023-06-01' }, { rounding: 'none' })).toMatchObject({
      amount: 5_215_000,
      rounding: 'none',
    });
  });

  it('a base-salary table of the caller’s own', () => {
    const table = [...BASE_SALARIES, { from: '2027-01-01', amount: 2_800_000, act: 'Nghị định X', confidence: 'secondary' as const }];
    expect(
      amountOf({ form: 'director-certificate', recipient: 'individual', decidedOn: '2027-01-01' }, { baseSalaries: table }).amount,
    ).toBe(840_000);
    expect(amountOf({ form: 'director-certificate', recipient: 'individual', decidedOn: '2027-01-01' }).amount).toBe(759_000);
  });

  it('schedules of the caller’s own', () => {
    const nd98 = REWARD_SCHEDULES[1]!;
    const filled = {
      ...nd98,
      individual: {
        ...nd98.individual,
        'director-certificate': { value: 0.15, citation: { ref: 'Nghị định 98/2023/NĐ-CP, Điều 58', confidence: 'secondary' as const } },
      },
    };
    const r = amountOf({ form: 'director-certificate', recipient: 'collective', decidedOn: '2024-12-15' }, { schedules: [filled] });
    expect(r).toMatchObject({ amount: 710_000, coefficient: 0.3, rounding: 'up-to-10000' }); // 0.3 × 2,340,000 = 702,000, rounded up
  });
});

describe('inputs are validated, never a throw', () => {
  it.each([
    [{ form: 'medal', recipient: 'individual', decidedOn: '2025-12-15' }, {}, ['form']],
    [{ form: 'pm-certificate', recipient: 'team', decidedOn: '2025-12-15' }, {}, ['recipient']],
    [{ form: 'pm-certificate', recipient: 'individual', decidedOn: '2025-02-30' }, {}, ['decidedOn']],
    [{ form: 'pm-certificate', recipient: 'individual', decidedOn: new Date(Number.NaN) }, {}, ['decidedOn']],
    [{ form: 'pm-certificate', recipient: 'individual', decidedOn: '2025-12-15' }, { coefficient: -1 }, ['options', 'coefficient']],
    [{ form: 'pm-certificate', recipient: 'individual', decidedOn: '2025-12-15' }, { coefficient: Number.NaN }, ['options', 'coefficient']],
    [{ form: 'pm-certificate', recipient: 'individual', decidedOn: '2025-12-15' }, { coefficient: 1 / 3 }, ['options', 'coefficient']],
    [{ form: 'pm-certificate', recipient: 'individual', decidedOn: '2025-12-15' }, { baseSalary: 1.5 }, ['options', 'baseSalary']],
    [{ form: 'pm-certificate', recipient: 'individual', decidedOn: '2025-12-15' }, { rounding: 'nearest' }, ['options', 'rounding']],
    [{ form: 'pm-certificate', recipient: 'individual', decidedOn: '2025-12-15', extra: 1 }, {}, []],
  ])('%o %o → INVALID_INPUT at %o', (input, options, path) => {
    const r = rewardAmountOf(input as never, options as never);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('INVALID_INPUT');
    expect(r.error.issues?.[0]?.path).toEqual(path);
    expect(r.error.message.vi).toMatch(/không hợp lệ/u);
  });

  it('a valid Date past year 9999 has no civil day: INVALID_INPUT at decidedOn', () => {
    const r = rewardAmountOf({ form: 'pm-certificate', recipient: 'individual', decidedOn: new Date('+010000-01-01T00:00:00Z') });
    expect(r.ok ? undefined : r.error).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: ['decidedOn'], code: 'invalid_date' }] });
  });

  it('hostile input is an issue, not a throw', () => {
    const hostile = {
      get form(): never {
        throw new Error('boom');
      },
    };
    expect(rewardAmountOf(hostile as never).ok).toBe(false);
  });

  it('results are deeply frozen', () => {
    const r = amountOf({ form: 'pm-certificate', recipient: 'individual', decidedOn: '2023-06-01' });
    expect(Object.isFrozen(r) && Object.isFrozen(r.citations) && Object.isFrozen(r.citations[0])).toBe(true);
    expect(Object.isFrozen(REWARD_SCHEDULES[0]?.individual['labor-order'])).toBe(true);
    expect(Object.isFrozen(BASE_SALARIES[0])).toBe(true);
  });
});

describe('invariant: the amount is never below coefficient × base, never more than 10,000 đồng above', () => {
  test.prop([
    fc.integer({ min: 1, max: 100_000 }), // the coefficient in thousandths
    fc.integer({ min: 1, max: 10_000_000 }),
    fc.constantFrom(...REWARD_FORMS),
    fc.constantFrom(...RECIPIENT_KINDS),
    fc.constantFrom('up-to-10000' as const, 'none' as const, undefined),
    fc.date({ min: new Date('2017-10-01T00:00:00+07:00'), max: new Date('2030-12-31T00:00:00+07:00'), noInvalidDate: true }),
  ])('', (milli, baseSalary, form, recipient, rounding, decidedOn) => {
    const r = amountOf(
      { form, recipient, decidedOn },
      { coefficient: milli / 1000, baseSalary, ...(rounding === undefined ? {} : { rounding }) },
    );
    const exact = BigInt(milli) * BigInt(baseSalary); // thousandths of a đồng
    const amount = BigInt(r.amount) * 1000n;
    expect(amount >= exact).toBe(true);
    expect(amount <= exact + 10_000_000n).toBe(true);
    if (r.rounding === 'up-to-10000') expect(r.amount % 10_000).toBe(0);
    else expect(amount - exact < 1000n).toBe(true);
  });

  test.prop([
    fc.constantFrom(...REWARD_FORMS),
    fc.constantFrom(...RECIPIENT_KINDS),
    fc.constantFrom(...LABOR_ORDER_CLASSES),
    fc.integer({ min: 0, max: 4000 }),
  ])('on the tables too, for every day from 2019-07-01', (form, recipient, laborOrderClass, offset) => {
    const day = new Date(Date.UTC(2019, 6, 1) + offset * 86_400_000).toISOString().slice(0, 10);
    const r = rewardAmountOf({ form, recipient, decidedOn: day, laborOrderClass });
    if (!r.ok) {
      expect(r.error.code).toBe('AMOUNT_NOT_KNOWN');
      return;
    }
    const exact = r.value.coefficient * r.value.baseSalary;
    expect(r.value.amount).toBeGreaterThanOrEqual(Math.round(exact));
    expect(r.value.amount).toBeLessThanOrEqual(Math.round(exact) + 10_000);
  });
});

describe('recipientKindOf', () => {
  it('unit → collective, households → household, the rest → individual', () => {
    expect(SUBJECT_CATEGORIES.map((category) => recipientKindOf({ category }))).toEqual([
      'collective',
      'household',
      'household',
      'household',
      'individual',
      'individual',
      'individual',
    ]);
  });
});
