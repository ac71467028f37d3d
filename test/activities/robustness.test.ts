/**
 * The activity parsers on hostile input: never throw, never pollute a prototype, accept valid data
 * as given, and return in bounded time on large inputs.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parseActivities, parseActivity, summarizeActivities } from '../../src/activities/index.js';
import { sampleActivities } from '../../src/testing/index.js';
import { arbitraries } from '../../src/testing/arbitraries.js';
import { fuzzInput } from '../robustness/hostile.js';

const best = (fn: () => unknown): number => {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    fn();
    min = Math.min(min, performance.now() - start);
  }
  return min;
};

describe('activity parsers on hostile input', () => {
  test.prop([fuzzInput(arbitraries.activity)], { numRuns: 400 })('parseActivity never throws and accepts only activities', (input) => {
    const result = parseActivity(input);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    // Accepted data survives a JSON round trip (compared as JSON: -0 is written 0).
    if (result.ok) expect(JSON.stringify(parseActivity(JSON.parse(JSON.stringify(result.value))))).toBe(JSON.stringify(result));
    else for (const issue of result.error) expect(issue.message.en.length).toBeGreaterThan(0);
  });

  test.prop([fc.array(fuzzInput(arbitraries.activity), { maxLength: 8 })], { numRuns: 200 })('parseActivities never throws', (input) => {
    const result = parseActivities(input);
    if (!result.ok) for (const issue of result.error) expect(typeof issue.path[0] === 'number' || issue.path.length === 0).toBe(true);
  });

  it('a description of 1 MB is refused quickly; 20,000 activities are parsed and counted in bounded time', () => {
    const big = { ...sampleActivities[0], description: 'x'.repeat(1 << 20) };
    expect(parseActivity(big).ok).toBe(false);
    expect(best(() => parseActivity(big))).toBeLessThan(250);
    const many = Array.from({ length: 20_000 }, (_, i) => ({ ...sampleActivities[i % sampleActivities.length], id: `HD-${i}` }));
    const parsed = parseActivities(many);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    // Generous for a shared machine: ~5 ms is typical.
    expect(best(() => summarizeActivities(parsed.value))).toBeLessThan(500);
    expect(summarizeActivities(parsed.value).total.count).toBe(20_000);
  });
});
