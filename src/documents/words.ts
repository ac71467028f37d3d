/**
 * Money on the papers: amounts in figures ("1.053.000 đồng") and in words ("Một triệu không trăm
 * năm mươi ba nghìn đồng"). Pure.
 *
 * @module
 */
import type { Lang } from '../core/types.js';

/**
 * How the words of an amount are spelled where usage varies: `zeroTen` is the word for an empty
 * tens place before a units digit ("một trăm linh năm" or "một trăm lẻ năm"), `billion` the
 * spelling of 10⁹ ("tỷ" or "tỉ"), `four` the units digit 4 after a tens digit of 2 or more ("hai
 * mươi tư" or "hai mươi bốn").
 *
 * @example
 * ```ts
 * import type { WordsOptions } from 'thi-dua-vi-nguoi-ngheo/documents';
 * const southern: WordsOptions = { zeroTen: 'lẻ', billion: 'tỉ' };
 * ```
 */
export type WordsOptions = {
  /** Default `linh`. */
  readonly zeroTen?: 'linh' | 'lẻ';
  /** Default `tỷ`. */
  readonly billion?: 'tỷ' | 'tỉ';
  /** Default `tư`. */
  readonly four?: 'tư' | 'bốn';
};

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;
const BILLION = 1_000_000_000;

type Spelling = { readonly zeroTen: string; readonly billion: string; readonly four: string };

/** The words of 0 < n < 1000; `full` reads the hundreds and an empty tens place ("không trăm linh năm"). */
function triple(n: number, full: boolean, spelling: Spelling): string[] {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor(n / 10) % 10;
  const units = n % 10;
  const words: string[] = [];
  const withHundreds = full || hundreds > 0;
  if (withHundreds) words.push(DIGITS[hundreds] as string, 'trăm');
  if (tens === 0) {
    if (units > 0) {
      if (withHundreds) words.push(spelling.zeroTen);
      words.push(DIGITS[units] as string);
    }
  } else if (tens === 1) {
    words.push('mười');
    if (units === 5) words.push('lăm');
    else if (units > 0) words.push(DIGITS[units] as string);
  } else {
    words.push(DIGITS[tens] as string, 'mươi');
    if (units === 1) words.push('mốt');
    else if (units === 4) words.push(spelling.four);
    else if (units === 5) words.push('lăm');
    else if (units > 0) words.push(DIGITS[units] as string);
  }
  return words;
}

/** The words of 0 < n < 10⁹; `full` reads the first group as a group after a larger one. */
function belowBillion(n: number, full: boolean, spelling: Spelling): string[] {
  const groups = [Math.floor(n / 1_000_000), Math.floor(n / 1000) % 1000, n % 1000];
  const units = ['triệu', 'nghìn', ''];
  const words: string[] = [];
  let started = full;
  groups.forEach((group, i) => {
    if (group === 0) return;
    words.push(...triple(group, started, spelling));
    if (units[i] !== '') words.push(units[i] as string);
    started = true;
  });
  return words;
}

/** The words of n > 0: blocks of nine digits, each larger block counting tỷ (10⁹). */
function positive(n: number, full: boolean, spelling: Spelling): string[] {
  if (n < BILLION) return belowBillion(n, full, spelling);
  const high = Math.floor(n / BILLION);
  const low = n % BILLION;
  return [...positive(high, full, spelling), spelling.billion, ...(low === 0 ? [] : belowBillion(low, true, spelling))];
}

/**
 * A whole number in Vietnamese words, lower case ("một triệu không trăm năm mươi ba nghìn"), or
 * `undefined` for anything that is not a non-negative safe integer. Groups of three digits that
 * are all zero are not read; a group after a larger one is read in full ("không trăm linh năm").
 *
 * @param n - a non-negative safe integer
 * @param options - spellings where usage varies
 * @returns the words
 * @example
 * ```ts
 * import { numberInWords } from 'thi-dua-vi-nguoi-ngheo/documents';
 * numberInWords(1_053_000); //=> 'một triệu không trăm năm mươi ba nghìn'
 * numberInWords(105, { zeroTen: 'lẻ' }); //=> 'một trăm lẻ năm'
 * numberInWords(-1); //=> undefined
 * ```
 */
export function numberInWords(n: number, options?: WordsOptions): string | undefined {
  if (!Number.isSafeInteger(n) || n < 0) return undefined;
  if (n === 0) return DIGITS[0];
  const spelling: Spelling = {
    zeroTen: options?.zeroTen ?? 'linh',
    billion: options?.billion ?? 'tỷ',
    four: options?.four ?? 'tư',
  };
  return positive(n, false, spelling).join(' ');
}

const EN_SMALL = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
] as const;
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'] as const;
const EN_SCALES = ['', 'thousand', 'million', 'billion', 'trillion', 'quadrillion'] as const;

function englishTriple(n: number): string[] {
  const words: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds > 0) words.push(EN_SMALL[hundreds] as string, 'hundred');
  if (rest >= 20) words.push(rest % 10 === 0 ? (EN_TENS[rest / 10] as string) : `${EN_TENS[Math.floor(rest / 10)]}-${EN_SMALL[rest % 10]}`);
  else if (rest > 0) words.push(EN_SMALL[rest] as string);
  return words;
}

/**
 * A whole number in English words ("one million fifty-three thousand"), or `undefined` for
 * anything that is not a non-negative safe integer: the English rendering of a paper.
 *
 * @param n - a non-negative safe integer
 * @returns the words
 * @example
 * ```ts
 * import { numberInEnglishWords } from 'thi-dua-vi-nguoi-ngheo/documents';
 * numberInEnglishWords(1_053_000); //=> 'one million fifty-three thousand'
 * ```
 */
export function numberInEnglishWords(n: number): string | undefined {
  if (!Number.isSafeInteger(n) || n < 0) return undefined;
  if (n === 0) return EN_SMALL[0];
  const words: string[] = [];
  let rest = n;
  const groups: number[] = [];
  while (rest > 0) {
    groups.push(rest % 1000);
    rest = Math.floor(rest / 1000);
  }
  for (let i = groups.length - 1; i >= 0; i--) {
    const group = groups[i] as number;
    if (group === 0) continue;
    words.push(...englishTriple(group));
    if (i > 0) words.push(EN_SCALES[i] as string);
  }
  return words.join(' ');
}

/**
 * A whole number in figures, thousands grouped with a dot as Vietnamese papers write it
 * ("1.053.000"), or `undefined` for anything that is not a non-negative safe integer.
 *
 * @param n - a non-negative safe integer
 * @returns the figures
 * @example
 * ```ts
 * import { formatAmount } from 'thi-dua-vi-nguoi-ngheo/documents';
 * formatAmount(1_053_000); //=> '1.053.000'
 * ```
 */
export function formatAmount(n: number): string | undefined {
  if (!Number.isSafeInteger(n) || n < 0) return undefined;
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * An amount of money in figures: "1.053.000 đồng" (in English "1,053,000 dong"); `undefined` for
 * anything that is not a non-negative safe integer.
 *
 * @param amount - đồng, a non-negative safe integer
 * @param lang - the paper's language (default `vi`)
 * @returns the figures with the currency
 * @example
 * ```ts
 * import { moneyInFigures } from 'thi-dua-vi-nguoi-ngheo/documents';
 * moneyInFigures(1_053_000); //=> '1.053.000 đồng'
 * moneyInFigures(1_053_000, 'en'); //=> '1,053,000 dong'
 * ```
 */
export function moneyInFigures(amount: number, lang: Lang = 'vi'): string | undefined {
  const figures = formatAmount(amount);
  if (figures === undefined) return undefined;
  return lang === 'vi' ? `${figures} đồng` : `${figures.replaceAll('.', ',')} dong`;
}

/**
 * An amount of money in words, its first letter a capital, as the papers write it after "Bằng
 * chữ:": "Một triệu không trăm năm mươi ba nghìn đồng" (in English "One million fifty-three
 * thousand dong"); `undefined` for anything that is not a non-negative safe integer.
 *
 * @param amount - đồng, a non-negative safe integer
 * @param lang - the paper's language (default `vi`)
 * @param options - Vietnamese spellings where usage varies
 * @returns the words
 * @example
 * ```ts
 * import { moneyInWords } from 'thi-dua-vi-nguoi-ngheo/documents';
 * moneyInWords(1_053_000); //=> 'Một triệu không trăm năm mươi ba nghìn đồng'
 * ```
 */
export function moneyInWords(amount: number, lang: Lang = 'vi', options?: WordsOptions): string | undefined {
  const words = lang === 'vi' ? numberInWords(amount, options) : numberInEnglishWords(amount);
  if (words === undefined) return undefined;
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} ${lang === 'vi' ? 'đồng' : 'dong'}`;
}
