/**
 * Bounded issues: every `parse*` of every entry point reports at most `MAX_ISSUES` issues, then
 * one `too_many_issues` saying how many more there were, and refuses a hostile 1 MB input (an
 * array of 500,000 zeros where a list goes, 500,000 levels of nesting, 60,000 unknown keys) in
 * bounded time. The README promises 100 ms; the assertion allows 250 ms for a loaded machine and
 * the measured figures are printed with `FUZZ_REPORT=1` (`node scripts/fuzz.mjs`).
 */
import { afterAll, describe, expect, it } from 'vitest';
import {
  defineGuidance,
  MAX_HISTORY_ENTRIES,
  MAX_ISSUES,
  MAX_LIST_ENTRIES,
  parseCampaignEvent,
  parseCampaignRecord,
  parseIssuer,
  parseNomination,
  parseNominationEvent,
  parseNominationRecord,
  parseSubject,
  type ValidationIssue,
} from '../../src/index.js';
import { sampleNominations } from '../../src/testing/index.js';
import { parseActivities, parseActivity } from '../../src/activities/index.js';
import { createAwardSummarizer, parseAwardRecords } from '../../src/reports/index.js';
import { parseHouseholdInput } from '../../src/poverty/index.js';
import { tableAnnexDocument } from '../../src/documents/index.js';

const ONE_MB = 1 << 20;
const LIMIT_MS = 250;
const zeros = Array.from({ length: ONE_MB / 2 }, () => 0); // "0," each: 1 MB as JSON
const objects = Array.from({ length: ONE_MB / 3 }, () => ({})); // "{}," each
const manyKeys = Object.fromEntries(Array.from({ length: 60_000 }, (_, i) => [`k${i}`, i]));
const deep = JSON.parse(`${'['.repeat(ONE_MB / 2)}${']'.repeat(ONE_MB / 2)}`) as unknown;
const sample = sampleNominations[0]!;

const measured: string[] = [];
afterAll(() => {
  if (process.env['FUZZ_REPORT']) console.log(`bounded issues (best of 3):\n${measured.join('\n')}`);
});

type Answer = { ok: true; value: unknown } | { ok: false; error: readonly ValidationIssue[] };

/** The best of three runs, in ms, and the last answer. */
function timed(fn: () => Answer): { ms: number; answer: Answer } {
  let ms = Number.POSITIVE_INFINITY;
  let answer: Answer | undefined;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    answer = fn();
    ms = Math.min(ms, performance.now() - start);
  }
  return { ms, answer: answer! };
}

/** Refused, in bounded time, with at most MAX_ISSUES + 1 issues, the last one saying how many more. */
function expectBoundedRefusal(name: string, fn: () => Answer): void {
  const { ms, answer } = timed(fn);
  measured.push(`  ${name}: ${ms.toFixed(1)} ms, ${answer.ok ? 'accepted' : `${answer.error.length} issues`}`);
  expect(answer.ok, name).toBe(false);
  if (answer.ok) return;
  expect(answer.error.length).toBeGreaterThan(0);
  expect(answer.error.length).toBeLessThanOrEqual(MAX_ISSUES + 1);
  const capped = answer.error.filter((issue) => issue.code === 'too_many_issues');
  expect(capped.length).toBeLessThanOrEqual(1);
  if (capped.length === 1) expect(answer.error.at(-1)?.code).toBe('too_many_issues');
  expect(ms, `${name} took ${ms.toFixed(1)} ms`).toBeLessThan(LIMIT_MS);
}

const generic = (parse: (input: unknown) => Answer): [string, () => Answer][] => [
  ['500,000 zeros', () => parse(zeros)],
  ['350,000 empty objects', () => parse(objects)],
  ['500,000 levels of nesting', () => parse(deep)],
  ['60,000 unknown keys', () => parse(manyKeys)],
];

const guidance = {
  issuer: { vi: 'Sở Nội vụ', en: 'DoHA' },
  number: '01/HD',
  date: '2024-02-01',
  occasions: [{ kind: 'annual', year: 2024 }],
  criteria: [{ id: 'G.1', label: { vi: 'a', en: 'a' }, item: 'a', categories: ['unit'] }],
};

const PARSERS: [string, [string, () => Answer][]][] = [
  ['parseSubject', generic(parseSubject)],
  [
    'parseNomination',
    [
      ...generic((input) => parseNomination(input)),
      ['evidence of 500,000 zeros', () => parseNomination({ ...sample, evidence: { 'III.2.a.3': zeros } })],
      ['60,000 unknown criteria', () => parseNomination({ ...sample, assessment: manyKeys })],
    ],
  ],
  ['parseNominationEvent', generic((input) => parseNominationEvent(input))],
  ['parseCampaignEvent', generic(parseCampaignEvent)],
  [
    'parseNominationRecord',
    [
      ...generic((input) => parseNominationRecord(input)),
      [
        'a history of 500,000 zeros',
        () => parseNominationRecord({ schemaVersion: 2, status: 'draft', nomination: sample, history: zeros }),
      ],
      [
        'a history of 350,000 empty objects',
        () => parseNominationRecord({ schemaVersion: 2, status: 'draft', nomination: sample, history: objects }),
      ],
    ],
  ],
  [
    'parseCampaignRecord',
    [
      ...generic((input) => parseCampaignRecord(input)),
      ['a history of 500,000 zeros', () => parseCampaignRecord({ schemaVersion: 1, status: 'planned', history: zeros })],
      ['a history of 350,000 empty objects', () => parseCampaignRecord({ schemaVersion: 1, status: 'planned', history: objects })],
    ],
  ],
  [
    'defineGuidance',
    [
      ...generic(defineGuidance),
      ['occasions of 500,000 zeros', () => defineGuidance({ ...guidance, occasions: zeros })],
      ['criteria of 350,000 empty objects', () => defineGuidance({ ...guidance, criteria: objects })],
      ['categories of 500,000 zeros', () => defineGuidance({ ...guidance, criteria: [{ ...guidance.criteria[0], categories: zeros }] })],
      ['quotas of 500,000 zeros', () => defineGuidance({ ...guidance, quotas: zeros })],
      ['dossier documents of 500,000 zeros', () => defineGuidance({ ...guidance, dossier: { documents: zeros } })],
    ],
  ],
  ['parseIssuer', generic(parseIssuer)],
  ['parseActivity', generic(parseActivity)],
  ['parseActivities', generic(parseActivities)],
  // A list holding one array nested 500,000 deep is a list with one bad record (see below).
  ['parseAwardRecords', generic((input) => parseAwardRecords(input)).filter(([name]) => !name.includes('nesting'))],
  [
    'createAwardSummarizer (options)',
    [
      ...generic((input) => createAwardSummarizer(input as never)),
      ['occasions of 500,000 zeros', () => createAwardSummarizer({ occasions: zeros } as never)],
      ['unitNames with 60,000 numbers', () => createAwardSummarizer({ unitNames: manyKeys } as never)],
    ],
  ],
  [
    'parseHouseholdInput',
    [
      ...generic(parseHouseholdInput),
      [
        'deprivedIndicators of 500,000 zeros',
        () => parseHouseholdInput({ area: 'rural', year: 2024, incomePerPersonPerMonth: 1, deprivedIndicators: zeros }),
      ],
    ],
  ],
  [
    'tableAnnexDocument',
    [
      ...generic((input) => tableAnnexDocument(input as never)),
      ['rows of 500,000 zeros', () => tableAnnexDocument({ rows: zeros } as never)],
    ],
  ],
];

describe(`every parser: at most MAX_ISSUES (${MAX_ISSUES}) issues and one too_many_issues, a 1 MB input refused in bounded time`, () => {
  for (const [parser, cases] of PARSERS) {
    it.each(cases)(`${parser}: %s`, (name, fn) => expectBoundedRefusal(`${parser}: ${name}`, fn));
  }
});

describe('the caps', () => {
  it('are documented numbers', () => {
    expect(MAX_ISSUES).toBe(100);
    expect(MAX_HISTORY_ENTRIES).toBeGreaterThanOrEqual(11_000); // a valid history of 1 MB still loads (fuzz.test.ts)
    expect(MAX_LIST_ENTRIES).toBeGreaterThanOrEqual(1_000);
  });

  it('the final issue says how many more there were, in both languages', () => {
    const result = defineGuidance({ ...guidance, occasions: Array.from({ length: 150 }, () => 0) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toHaveLength(MAX_ISSUES + 1);
    const last = result.error.at(-1)!;
    expect(last.code).toBe('too_many_issues');
    expect(last.path).toEqual([]);
    expect(last.message.en).toContain('50 more');
    expect(last.message.vi).toContain('50');
  });

  it('a list longer than its maximum is one too_big, whatever its entries', () => {
    const result = parseCampaignRecord({
      schemaVersion: 1,
      status: 'planned',
      history: Array.from({ length: MAX_HISTORY_ENTRIES + 1 }, () => 0),
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.map((i) => [i.path.join('.'), i.code])).toEqual([['history', 'too_big']]);
  });

  it('parseAwardRecords: one entry nested 500,000 deep is one bad record, answered in bounded time', () => {
    const { ms, answer } = timed(() => parseAwardRecords(deep));
    measured.push(`  parseAwardRecords: 500,000 levels of nesting: ${ms.toFixed(1)} ms`);
    expect(answer.ok && (answer.value as { invalid: unknown[] }).invalid.length).toBe(1);
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it('parseAwardRecords refuses a list whose entries do not load beyond MAX_ISSUES, naming the first ones', () => {
    const result = parseAwardRecords(Array.from({ length: MAX_ISSUES + 5 }, () => 0));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.at(-1)?.code).toBe('too_many_issues');
    expect(result.error[0]?.path[0]).toBe(0);
  });
});
