/**
 * Money in words, checked against an independent implementation (`read-vietnamese-number`).
 */
import { fc, test } from '@fast-check/vitest';
import { doReadNumber, ReadingConfig } from 'read-vietnamese-number';
import { describe, expect, it } from 'vitest';
import {
  formatAmount,
  moneyInFigures,
  moneyInWords,
  numberInEnglishWords,
  numberInWords,
  type WordsOptions,
} from '../../src/documents/words.js';

function oracle(n: number, options: Required<WordsOptions>): string {
  const config = new ReadingConfig();
  config.unit = ['đồng'];
  config.oddText = options.zeroTen;
  config.fourToneText = options.four;
  config.units = [[], ['nghìn'], ['triệu'], [options.billion]];
  return doReadNumber(String(n), config);
}

const SPELLINGS: Required<WordsOptions>[] = [
  { zeroTen: 'linh', billion: 'tỷ', four: 'tư' },
  { zeroTen: 'lẻ', billion: 'tỉ', four: 'bốn' },
];

describe('numberInWords', () => {
  it('reads the press example of docs/documents.md', () => {
    expect(moneyInWords(1_053_000)).toBe('Một triệu không trăm năm mươi ba nghìn đồng');
    expect(moneyInFigures(1_053_000)).toBe('1.053.000 đồng');
  });

  it.each([
    [0, 'không'],
    [5, 'năm'],
    [10, 'mười'],
    [15, 'mười lăm'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi tư'],
    [105, 'một trăm linh năm'],
    [1_000_001, 'một triệu không trăm linh một'],
    [1_000_100, 'một triệu một trăm'],
    [702_000, 'bảy trăm linh hai nghìn'],
    [5_000_000_000, 'năm tỷ'],
    [1_000_005_000_000_000, 'một triệu không trăm linh năm tỷ'],
  ])('%d → %s', (n, words) => {
    expect(numberInWords(n)).toBe(words);
  });

  it('refuses what is not a non-negative safe integer', () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53]) {
      expect(numberInWords(bad)).toBeUndefined();
      expect(numberInEnglishWords(bad)).toBeUndefined();
      expect(formatAmount(bad)).toBeUndefined();
      expect(moneyInFigures(bad)).toBeUndefined();
      expect(moneyInWords(bad)).toBeUndefined();
    }
  });

  test.prop([fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.constantFrom(...SPELLINGS)], { numRuns: 2000 })(
    'agrees with read-vietnamese-number on any safe amount',
    (n, spelling) => {
      expect(`${numberInWords(n, spelling)} đồng`).toBe(oracle(n, spelling));
    },
  );

  test.prop([fc.integer({ min: 0, max: 100_000_000 })], { numRuns: 2000 })('agrees on the amounts papers hold (below 10⁸)', (n) => {
    expect(`${numberInWords(n)} đồng`).toBe(oracle(n, SPELLINGS[0] as Required<WordsOptions>));
  });

  test.prop([fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })])('figures read back to the number', (n) => {
    expect(Number((formatAmount(n) as string).replaceAll('.', ''))).toBe(n);
    expect(formatAmount(n)).toMatch(/^\d{1,3}(\.\d{3})*$/);
  });
});

describe('numberInEnglishWords', () => {
  it.each([
    [0, 'zero'],
    [13, 'thirteen'],
    [40, 'forty'],
    [1_053_000, 'one million fifty-three thousand'],
    [2_340_105, 'two million three hundred forty thousand one hundred five'],
  ])('%d → %s', (n, words) => {
    expect(numberInEnglishWords(n)).toBe(words);
  });

  it('words money in English', () => {
    expect(moneyInWords(702_000, 'en')).toBe('Seven hundred two thousand dong');
    expect(moneyInFigures(702_000, 'en')).toBe('702,000 dong');
  });
});
