import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { evaluateNomination, parseNomination, parseSubject, SUBJECT_CATEGORIES } from '../../src/index.js';
import { makeNomination, makeSubject, type Scenario, scenarios } from '../../src/testing/index.js';
import { arbitraries } from '../../src/testing/arbitraries.js';

describe('./testing factories', () => {
  it('makeNomination() is valid and evaluates met', () => {
    const n = makeNomination();
    expect(parseNomination(n)).toEqual({ ok: true, value: n });
    expect(evaluateNomination(n).outcome).toBe('met');
  });

  it.each(SUBJECT_CATEGORIES.filter((c) => !c.endsWith('household')))('makeNomination with a %s subject is met', (category) => {
    expect(evaluateNomination(makeNomination({ subject: makeSubject({ category }) })).outcome).toBe('met');
  });

  it('overrides win, and each call returns new objects', () => {
    expect(makeNomination({ form: 'labor-order' }).form).toBe('labor-order');
    expect(makeNomination()).not.toBe(makeNomination());
    expect(parseSubject(makeSubject({ name: 'Hộ bà Lan', category: 'poor-household' })).ok).toBe(true);
  });
});

describe('./testing scenarios: the library meets every expectation', () => {
  const all = Object.values(scenarios) as readonly Scenario[];

  it('there are scenarios for the preliminary review, an annual reward and the final review', () => {
    expect(all.map((s) => s.name)).toEqual(['so-ket-2023', 'khen-thuong-hang-nam-2024', 'tong-ket-2025']);
    expect(scenarios.soKet2023.entries.length).toBeGreaterThanOrEqual(12);
    expect(Object.isFrozen(scenarios.soKet2023.entries[0])).toBe(true);
  });

  for (const scenario of all) {
    it.each(scenario.entries.map((entry, i) => [i, entry] as const))(`${scenario.name} #%i`, (_i, { input, expected }) => {
      const parsed = parseNomination(input);
      if (!expected.valid) {
        expect(parsed.ok).toBe(false);
        if (!parsed.ok) expect([...new Set(parsed.error.map((issue) => issue.path.join('.')))]).toEqual(expected.issuePaths);
        return;
      }
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      const evaluation = evaluateNomination(parsed.value);
      expect(evaluation.outcome).toBe(expected.outcome);
      if (expected.notMet !== undefined) {
        expect(evaluation.findings.filter((f) => f.outcome === 'not-met').map((f) => f.rule)).toEqual(expected.notMet);
      }
    });
  }

  it('every scenario mixes outcomes', () => {
    const outcomes = new Set(scenarios.soKet2023.entries.map((e) => (e.expected.valid ? e.expected.outcome : 'invalid')));
    expect(outcomes).toEqual(new Set(['met', 'not-met', 'unknown', 'invalid']));
  });
});

describe('./testing arbitraries', () => {
  test.prop([arbitraries.nomination])('nominations are valid', (n) => {
    expect(parseNomination(n).ok).toBe(true);
  });
  test.prop([arbitraries.subject])('subjects are valid', (s) => {
    expect(parseSubject(s).ok).toBe(true);
  });
  test.prop([arbitraries.civilDate, arbitraries.role])('dates are real days; roles are roles', (d, r) => {
    expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(typeof r).toBe('string');
  });
  it('is usable with plain fast-check', () => {
    fc.assert(
      fc.property(arbitraries.nomination, (n) => evaluateNomination(n).findings.length >= 2),
      { numRuns: 50 },
    );
  });
});
