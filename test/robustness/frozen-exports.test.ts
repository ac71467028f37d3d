/**
 * Issue 10, item 2: every exported array and object of every entry point is frozen all the way
 * down, so that a caller's `SUBJECT_CATEGORIES.sort()` throws instead of changing what the
 * evaluators answer.
 *
 * What is walked: the module namespace of each entry point (`.`, `./schemas`, `./testing`,
 * `./testing/arbitraries`, `./poverty`, `./activities`, `./reports`, `./documents`), and, from
 * each exported value, every plain object and array it holds (own enumerable keys, recursively).
 *
 * What is exempt, and why:
 * - functions: code, not data (and they must carry no data of their own: asserted below);
 * - zod schemas (`_zod` instances): zod fills their internal caches lazily on first use, so a
 *   frozen schema breaks; what they accept is set when they are built and is not read from any
 *   exported list afterwards;
 * - regular expressions (`NON_BLANK_PATTERN`): zod writes `lastIndex` before each match, so a
 *   frozen pattern breaks the caller's own `z.string().regex(NON_BLANK_PATTERN)`; the library's
 *   schemas and messages use a private copy, so even `NON_BLANK_PATTERN.compile('.*')` changes
 *   none of its answers (asserted below);
 * - fast-check arbitraries (class instances of fast-check, in `./testing/arbitraries`): fast-check's
 *   own objects, read by no evaluator; the object that holds them is frozen.
 */
import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';
import * as schemas from '../../src/schemas.js';
import * as testing from '../../src/testing/index.js';
import * as arbitraries from '../../src/testing/arbitraries.js';
import * as poverty from '../../src/poverty/index.js';
import * as activities from '../../src/activities/index.js';
import * as reports from '../../src/reports/index.js';
import * as documents from '../../src/documents/index.js';
import { makeNomination, makeSubject } from '../../src/testing/index.js';

const ENTRIES = { root, schemas, testing, arbitraries, poverty, activities, reports, documents } as const;

const isZodSchema = (value: object): boolean => '_zod' in value;
const isPlainData = (value: object): boolean => {
  const proto = Object.getPrototypeOf(value);
  return Array.isArray(value) || proto === Object.prototype || proto === null;
};

type Found = { readonly mutable: string[]; readonly exempt: string[]; readonly walked: number };

function walkExports(): Found {
  const mutable: string[] = [];
  const exempt: string[] = [];
  const seen = new Set<object>();
  let walked = 0;
  const walk = (value: unknown, path: string): void => {
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (isZodSchema(value) || value instanceof RegExp || !isPlainData(value)) {
      exempt.push(`${path} (${isZodSchema(value) ? 'zod' : (Object.getPrototypeOf(value)?.constructor?.name ?? '?')})`);
      return;
    }
    walked++;
    if (!Object.isFrozen(value)) mutable.push(path);
    for (const key of Object.keys(value)) walk((value as Record<string, unknown>)[key], `${path}.${key}`);
  };
  for (const [entry, namespace] of Object.entries(ENTRIES)) {
    for (const [name, value] of Object.entries(namespace)) walk(value, `${entry}.${name}`);
  }
  return { mutable, exempt, walked };
}

describe('every exported object and array is deeply frozen (issue 10, item 2)', () => {
  const found = walkExports();

  it('the walk sees the data (code lists, tables, the plan, samples)', () => {
    expect(found.walked).toBeGreaterThan(500);
  });

  it('nothing mutable', () => {
    expect(found.mutable).toEqual([]);
  });

  it('what is exempt is only zod schemas, regular expressions and fast-check arbitraries', () => {
    const kinds = new Set(found.exempt.map((e) => /\((.*)\)$/.exec(e)?.[1]));
    for (const kind of kinds) expect(kind === 'zod' || kind === 'RegExp' || /Arbitrary$/.test(kind ?? '')).toBe(true);
  });

  it('exported functions carry no data of their own', () => {
    const withData = Object.entries(ENTRIES).flatMap(([entry, namespace]) =>
      Object.entries(namespace)
        .filter(([, value]) => typeof value === 'function' && !isZodSchema(value) && Object.keys(value).length > 0)
        .map(([name]) => `${entry}.${name}`),
    );
    expect(withData).toEqual([]);
  });
});

describe("the issue's attacks throw, and change no answer (strict mode: this file is an ES module)", () => {
  // A civil servant whose criteria are all not met (III.2.b): not-met.
  const civilServant = makeNomination({
    subject: makeSubject({ category: 'civil-servant' }),
    form: 'director-certificate',
    assessment: { 'III.2.b.1': 'not-met', 'III.2.b.2': 'not-met', 'III.2.b.3': 'not-met' },
  });
  // A Labour Order at a 2025 preliminary review, which the plan does not hold (III.3).
  const labourOrder = makeNomination({ form: 'labor-order', occasion: { kind: 'preliminary-review', year: 2025 } });
  // An empty assessment: unknown.
  const empty = makeNomination({ assessment: {} });
  const cases = [civilServant, labourOrder, empty];
  const before = cases.map((n) => root.evaluateNomination(n));

  it('before: the answers the plan gives', () => {
    expect(before.map((e) => e.outcome)).toEqual(['not-met', 'not-met', 'unknown']);
  });

  it.each([
    ['SUBJECT_CATEGORIES.sort()', () => (root.SUBJECT_CATEGORIES as unknown as string[]).sort()],
    ['OCCASION_KINDS.sort()', () => (root.OCCASION_KINDS as unknown as string[]).sort()],
    ['OUTCOMES.reverse()', () => (root.OUTCOMES as unknown as string[]).reverse()],
    ['REWARD_FORMS.push()', () => (root.REWARD_FORMS as unknown as string[]).push('medal')],
    [
      'CRITERION_IDS[0] = …',
      () => {
        (root.CRITERION_IDS as unknown as string[])[0] = 'III.2.b.1';
      },
    ],
    [
      'LABELS.unit.vi = …',
      () => {
        (root.LABELS.unit as { vi: string }).vi = 'x';
      },
    ],
    [
      'plan.clauses[0].vi = …',
      () => {
        (root.plan.clauses[0] as unknown as { vi: string }).vi = 'x';
      },
    ],
  ])('%s throws a TypeError', (_, attack) => {
    expect(attack).toThrow(TypeError);
  });

  it('after the attacks: the same answers, and PROPOSE still refuses them', () => {
    expect(cases.map((n) => root.evaluateNomination(n))).toEqual(before);
    for (const n of cases) {
      const created = root.createNominationRecord(n, '2025-06-02');
      if (!created.ok) continue;
      expect(root.applyNominationEvent(created.value, { type: 'PROPOSE', by: 'unit-head', on: '2025-06-03' }).ok).toBe(false);
    }
  });

  it("NON_BLANK_PATTERN.compile('.*') changes no schema's answer", () => {
    const blank = { ...makeNomination(), id: '   ' };
    expect(root.parseNomination(blank).ok).toBe(false);
    const saved = schemas.NON_BLANK_PATTERN.source;
    try {
      schemas.NON_BLANK_PATTERN.compile('.*');
      const again = root.parseNomination(blank);
      expect(again.ok).toBe(false);
      if (!again.ok) expect(again.error.map((i) => i.path.join('.'))).toEqual(['id']);
    } finally {
      schemas.NON_BLANK_PATTERN.compile(saved);
    }
  });
});

describe('what the library hands out from parsed input is deeply frozen too', () => {
  const mutableIn = (value: unknown, path = ''): string[] => {
    if (value === null || typeof value !== 'object') return [];
    return [
      ...(Object.isFrozen(value) ? [] : [path || '(root)']),
      ...Object.keys(value).flatMap((k) => mutableIn((value as Record<string, unknown>)[k], `${path}.${k}`)),
    ];
  };

  it('defineGuidance (zod readonly() arrays are frozen, their elements were not)', () => {
    const defined = root.defineGuidance(JSON.parse(JSON.stringify(testing.exampleGuidance)));
    expect(defined.ok).toBe(true);
    if (defined.ok) expect(mutableIn(defined.value)).toEqual([]);
  });

  it('parseNominationRecord, parseCampaignRecord and defineIssuer-like parsers', () => {
    const created = root.createNominationRecord(makeNomination(), '2024-10-01');
    if (!created.ok) throw new Error('fixture');
    const reloaded = root.parseNominationRecord(JSON.parse(JSON.stringify(created.value)));
    expect(reloaded.ok && mutableIn(reloaded.value)).toEqual([]);
    expect(mutableIn(created.value)).toEqual([]);
  });
});
