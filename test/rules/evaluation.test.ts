import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { combineOutcomes, OUTCOMES, type Outcome } from '../../src/index.js';

const outcomes = fc.array(fc.constantFrom(...OUTCOMES), { maxLength: 12 });

describe('three-valued combination (RULES.md reading 5)', () => {
  it.each([
    [[], 'met'],
    [['met'], 'met'],
    [['met', 'met', 'met'], 'met'],
    [['met', 'unknown'], 'unknown'],
    [['unknown', 'not-met', 'met'], 'not-met'],
    [['not-met'], 'not-met'],
    [['unknown', 'unknown'], 'unknown'],
  ] as const)('combineOutcomes(%j) is %s', (input, expected) => {
    expect(combineOutcomes(input)).toBe(expected);
  });

  test.prop([outcomes])('any not-met gives not-met', (xs) => {
    fc.pre(xs.includes('not-met'));
    expect(combineOutcomes(xs)).toBe('not-met');
  });

  test.prop([outcomes])('all met (or none) gives met', (xs) => {
    const allMet = xs.map((): Outcome => 'met');
    expect(combineOutcomes(allMet)).toBe('met');
  });

  test.prop([outcomes])('no not-met but an unknown gives unknown', (xs) => {
    const noNotMet = xs.filter((x) => x !== 'not-met');
    fc.pre(noNotMet.includes('unknown'));
    expect(combineOutcomes(noNotMet)).toBe('unknown');
  });

  test.prop([outcomes, outcomes])('order does not matter and combination is associative', (xs, ys) => {
    expect(combineOutcomes([...xs, ...ys])).toBe(combineOutcomes([...ys, ...xs]));
    expect(combineOutcomes([combineOutcomes(xs), combineOutcomes(ys)])).toBe(combineOutcomes([...xs, ...ys]));
  });

  it('accepts any iterable', () => {
    expect(combineOutcomes(new Set<Outcome>(['met', 'unknown']))).toBe('unknown');
  });
});
