/**
 * Robustness: every public `parse*` and `apply*Event` function, fed arbitrary JSON and valid data
 * with one random change, never throws, never pollutes a prototype, never accepts what the
 * schemas forbid (an independent oracle, ./oracle.ts, says what they allow), accepts what they
 * allow as it was given, and returns in bounded time — a 1 MB input is refused or parsed in
 * under 100 ms.
 *
 * `npm test` runs a few thousand cases; `node scripts/fuzz.mjs` runs 100,000 (FUZZ_CASES, the
 * total over the properties below; FUZZ_SEED to replay a run).
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CAMPAIGN_EVENT_TYPES,
  createCampaignRecord,
  createNominationRecord,
  NOMINATION_EVENT_TYPES,
  parseCampaignEvent,
  parseCampaignRecord,
  parseNomination,
  parseNominationEvent,
  parseNominationRecord,
  parseSubject,
  ROLES,
  TRANSITION_ERROR_CODES,
} from '../../src/index.js';
import {
  fuzzInput,
  hostileString,
  metNomination,
  validCampaignRecord,
  validNomination,
  validNominationRecord,
  validSubject,
} from './hostile.js';
import * as oracle from './oracle.js';
import { applyCampaignUnchecked as applyCampaignEvent, applyUnchecked as applyNominationEvent } from '../workflow/fixtures.js';

/** `createNominationRecord`'s record, which the test expects to be created. */
function mustCreate(...args: Parameters<typeof createNominationRecord>): NominationRecordOf {
  const created = createNominationRecord(...args);
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  return created.value;
}
type NominationRecordOf = Extract<ReturnType<typeof createNominationRecord>, { ok: true }>['value'];

const PROPERTIES = 8;
const TOTAL = Number(process.env['FUZZ_CASES'] ?? 3200);
const RUNS = Math.max(1, Math.ceil(TOTAL / PROPERTIES));
const SEED = process.env['FUZZ_SEED'] === undefined ? undefined : Number(process.env['FUZZ_SEED']);
const PARAMS = { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) };
// Generous per-case time limits for a slow, shared machine: ~50 µs per case is typical.
const TIMEOUT = 60_000 + RUNS * 20;
const CASE_LIMIT_MS = 250;
const ONE_MB = 1 << 20;

const stats = { cases: 0, accepted: 0, slowestMs: 0, slowest: '' };
afterAll(() => {
  if (process.env['FUZZ_REPORT']) {
    console.log(`fuzz: ${stats.cases} cases, ${stats.accepted} accepted, slowest ${stats.slowestMs.toFixed(2)} ms (${stats.slowest})`);
  }
});

// ------------------------------------------------------------------------------------ helpers

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype];
const snapshot = () => PROTOTYPES.map((p) => Reflect.ownKeys(p).length);
const BEFORE = snapshot();

/** Runs `fn` on `input` and checks what holds for every function: no throw, no pollution, bounded time. */
function guarded<T>(name: string, fn: () => T, counted = true): T {
  const start = performance.now();
  let result: T;
  try {
    result = fn();
  } catch (error) {
    throw new Error(`${name} threw: ${String(error)}`);
  }
  const ms = performance.now() - start;
  if (counted) stats.cases++;
  if (counted && ms > stats.slowestMs) {
    stats.slowestMs = ms;
    stats.slowest = name;
  }
  expect(ms, `${name} took ${ms} ms`).toBeLessThan(CASE_LIMIT_MS);
  expect(snapshot()).toEqual(BEFORE);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  return result;
}

/** Every object in an accepted value is plain data with ordinary prototypes and no own `__proto__`. */
function expectPlainData(value: unknown): void {
  if (typeof value !== 'object' || value === null) return;
  const proto = Object.getPrototypeOf(value);
  expect(proto === Object.prototype || proto === Array.prototype).toBe(true);
  expect(Object.hasOwn(value, '__proto__')).toBe(false);
  for (const v of Object.values(value)) expectPlainData(v);
}

function expectIssues(error: unknown): void {
  expect(Array.isArray(error)).toBe(true);
  const issues = error as { path: unknown; code: unknown; message: { vi: unknown; en: unknown } }[];
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) {
    expect(Array.isArray(issue.path)).toBe(true);
    for (const key of issue.path as unknown[]) expect(['string', 'number']).toContain(typeof key);
    expect(typeof issue.code).toBe('string');
    expect(typeof issue.message.vi).toBe('string');
    expect(typeof issue.message.en).toBe('string');
  }
}

type Parser = (input: unknown) => { ok: true; value: unknown } | { ok: false; error: unknown };

/** A parser agrees with the oracle: it accepts exactly what the oracle allows, as it was given. */
function checkParser(name: string, parse: Parser, allowed: (v: unknown) => boolean, input: unknown): void {
  const result = guarded(name, () => parse(input));
  expect(typeof result.ok).toBe('boolean');
  if (result.ok) {
    stats.accepted++;
    expect(allowed(input), `${name} accepted what the schema forbids`).toBe(true);
    expect(result.value).toEqual(input);
    expectPlainData(result.value);
  } else {
    expect(allowed(input), `${name} refused what the schema allows`).toBe(false);
    expectIssues(result.error);
  }
}

// ------------------------------------------------------------------------------------ parsers

describe('fuzz: parse* never throw, never pollute, accept exactly what the schemas allow', () => {
  it(`parseSubject (${RUNS} cases)`, { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fuzzInput(validSubject), (input) => checkParser('parseSubject', parseSubject, oracle.validSubject, input)),
      PARAMS,
    );
  });

  it(`parseNomination (${RUNS} cases)`, { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fuzzInput(validNomination), (input) => checkParser('parseNomination', parseNomination, oracle.validNomination, input)),
      PARAMS,
    );
  });

  const nominationEvent = fc.oneof(
    fc.record({ type: fc.constantFrom(...NOMINATION_EVENT_TYPES), by: fc.constantFrom(...ROLES), on: fc.constant('2023-10-10') }),
    fc.record({
      type: fc.constantFrom('RETURN', 'WITHDRAW'),
      by: fc.constantFrom(...ROLES),
      on: fc.constant('2024-02-29'),
      reason: hostileString,
    }),
    fc.record({
      type: fc.constant('DECIDE'),
      by: fc.constantFrom(...ROLES),
      on: fc.constant('2025-12-31'),
      decision: fc.constantFrom('award', 'reject'),
      reference: hostileString,
    }),
  );
  const campaignEvent = fc.record({
    type: fc.constantFrom(...CAMPAIGN_EVENT_TYPES),
    by: fc.constantFrom(...ROLES),
    on: fc.constant('2023-05-01'),
  });

  it(`parseNominationEvent and parseCampaignEvent (${RUNS} cases)`, { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fuzzInput(nominationEvent), fuzzInput(campaignEvent), (n, c) => {
        checkParser('parseNominationEvent', parseNominationEvent, oracle.validNominationEvent, n);
        checkParser('parseCampaignEvent', parseCampaignEvent, oracle.validCampaignEvent, c);
      }),
      PARAMS,
    );
  });

  it(`parseNominationRecord (${RUNS} cases)`, { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fuzzInput(validNominationRecord), (input) =>
        checkParser('parseNominationRecord', parseNominationRecord, oracle.validNominationRecord, input),
      ),
      PARAMS,
    );
  });

  it(`parseCampaignRecord (${RUNS} cases)`, { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fuzzInput(validCampaignRecord), (input) =>
        checkParser('parseCampaignRecord', parseCampaignRecord, oracle.validCampaignRecord, input),
      ),
      PARAMS,
    );
  });

  // -------------------------------------------------------------------------------- machines

  it(`applyNominationEvent (${RUNS} cases)`, { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(validNominationRecord, fuzzInput(nominationEvent), (record, event) => {
        const before = JSON.stringify(record);
        const result = guarded('applyNominationEvent', () => applyNominationEvent(record, event));
        expect(JSON.stringify(record)).toBe(before);
        const shapeOk = oracle.validNominationEvent(event);
        if (result.ok) {
          stats.accepted++;
          expect(shapeOk).toBe(true);
          const next = result.value;
          expect(next.history.length).toBe(record.history.length + 1);
          expect(next.history.at(-1)?.event).toEqual(event);
          expect(next.status).toBe(next.history.at(-1)?.status);
          expect(oracle.validNominationRecord(JSON.parse(JSON.stringify(next)))).toBe(true);
          expectPlainData(next);
        } else {
          expect(TRANSITION_ERROR_CODES).toContain(result.error.code);
          expect(result.error.code === 'INVALID_EVENT').toBe(!shapeOk);
          expect(result.error.message.vi.length).toBeGreaterThan(0);
          expect(result.error.message.en.length).toBeGreaterThan(0);
        }
      }),
      PARAMS,
    );
  });

  it(`applyCampaignEvent (${RUNS} cases)`, { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(validCampaignRecord, fuzzInput(campaignEvent), (record, event) => {
        const before = JSON.stringify(record);
        const result = guarded('applyCampaignEvent', () => applyCampaignEvent(record, event));
        expect(JSON.stringify(record)).toBe(before);
        const shapeOk = oracle.validCampaignEvent(event);
        if (result.ok) {
          stats.accepted++;
          expect(shapeOk).toBe(true);
          expect(result.value.history.at(-1)?.event).toEqual(event);
          expect(oracle.validCampaignRecord(JSON.parse(JSON.stringify(result.value)))).toBe(true);
        } else {
          expect(TRANSITION_ERROR_CODES).toContain(result.error.code);
          expect(result.error.code === 'INVALID_EVENT').toBe(!shapeOk);
        }
      }),
      PARAMS,
    );
  });
});

// ------------------------------------------------------------------------------------ 1 MB

/** The best of three runs (the machine may be busy), in ms. */
function bestOf3(fn: () => unknown): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    guarded('1 MB input', fn, false);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const sample = fc.sample(metNomination, { numRuns: 1, seed: 1 })[0]!;
const huge = 'x'.repeat(ONE_MB);
const hugeNonBmp = '𝕏'.repeat(ONE_MB / 4); // 4 bytes each in UTF-8
const manyKeys = Object.fromEntries(Array.from({ length: 60_000 }, (_, i) => [`k${i}`, i])); // ~1 MB as JSON
const deepArray = JSON.parse(`${'['.repeat(ONE_MB / 2)}${']'.repeat(ONE_MB / 2)}`) as unknown;
const longArray = Array.from({ length: 200_000 }, (_, i) => i);

describe('bounded time: a 1 MB input is refused or parsed in under 100 ms', () => {
  it.each([
    ['an id of 1 MB (accepted)', { ...sample, id: huge }, true],
    ['a name of 1 MB of non-BMP characters (accepted)', { ...sample, subject: { ...sample.subject, name: hugeNonBmp } }, true],
    ['60,000 unknown keys', { ...sample, ...manyKeys }, false],
    ['an assessment nested 500,000 deep', { ...sample, assessment: deepArray }, false],
    ['an unknown key holding 500,000 levels of nesting', { ...sample, extra: deepArray }, false],
    ['an occasion that is an array of 200,000 numbers', { ...sample, occasion: longArray }, false],
    ['a category of 1 MB', { ...sample, subject: { ...sample.subject, category: huge } }, false],
  ])('parseNomination: %s', (_, input, accepted) => {
    expect(parseNomination(input).ok).toBe(accepted);
    expect(bestOf3(() => parseNomination(input))).toBeLessThan(100);
  });

  it('parseNominationEvent and applyNominationEvent: a reason of 1 MB', () => {
    const record = mustCreate(sample, '2023-10-02');
    const event = { type: 'WITHDRAW', by: 'unit-head', on: '2023-10-03', reason: huge };
    expect(applyNominationEvent(record, event).ok).toBe(true);
    expect(bestOf3(() => parseNominationEvent(event))).toBeLessThan(100);
    expect(bestOf3(() => applyNominationEvent(record, event))).toBeLessThan(100);
    expect(bestOf3(() => applyNominationEvent(record, deepArray))).toBeLessThan(100);
  });

  it('parseNominationRecord: a valid history of 1 MB (SUBMIT / RETURN, over and over)', () => {
    const entry = (event: object, status: string) => ({ event, status });
    const history = [
      entry({ type: 'CREATE', on: '2023-10-02', nomination: sample }, 'draft'),
      entry({ type: 'PROPOSE', by: 'unit-head', on: '2023-10-03' }, 'proposed'),
    ];
    const cycle = [
      entry({ type: 'SUBMIT', by: 'unit-head', on: '2023-10-04' }, 'submitted'),
      entry({ type: 'RETURN', by: 'department-office', on: '2023-10-04', reason: 'Thiếu hồ sơ' }, 'returned'),
    ];
    const cycles = Math.ceil((1.05 * ONE_MB) / JSON.stringify(cycle).length);
    for (let i = 0; i < cycles; i++) history.push(...cycle);
    const saved = JSON.parse(JSON.stringify({ schemaVersion: 2, nomination: sample, status: 'returned', history })) as unknown;
    expect(JSON.stringify(saved).length).toBeGreaterThan(ONE_MB);
    expect(parseNominationRecord(saved).ok).toBe(true);
    expect(bestOf3(() => parseNominationRecord(saved))).toBeLessThan(100);
  });

  it('a campaign record and an event of 1 MB', () => {
    const record = createCampaignRecord();
    expect(bestOf3(() => applyCampaignEvent(record, { type: 'LAUNCH', by: 'director', on: huge }))).toBeLessThan(100);
    expect(bestOf3(() => parseSubject({ id: huge, name: hugeNonBmp, category: 'unit' }))).toBeLessThan(100);
  });
});

// Once known issues, fixed: the campaign replay was quadratic (it copied and scanned the history
// before each entry), and both record parsers worded one issue per refused entry without a cap
// (now `MAX_ISSUES`, then `too_many_issues`).
describe('bounded time, large records', () => {
  it('parseCampaignRecord: 1 MB of inspections in one year (quadratic replay)', () => {
    const entry = { event: { type: 'RECORD_INSPECTION', by: 'department-council', on: '2023-05-01' }, status: 'running' };
    const launch = { event: { type: 'LAUNCH', by: 'director', on: '2022-10-05' }, status: 'running' };
    const count = Math.ceil((1.05 * ONE_MB) / JSON.stringify(entry).length);
    const input = JSON.parse(
      JSON.stringify({ schemaVersion: 1, status: 'running', history: [launch, ...Array.from({ length: count }, () => entry)] }),
    ) as unknown;
    expect(parseCampaignRecord(input).ok).toBe(false);
    expect(bestOf3(() => parseCampaignRecord(input))).toBeLessThan(100);
  });

  it('parseCampaignRecord: 1 MB of inspections, each in another year (one issue each)', () => {
    const entry = (y: number) => ({
      event: { type: 'RECORD_INSPECTION', by: 'department-council', on: `${y}-05-01` },
      status: 'running',
    });
    const count = Math.min(8999, Math.ceil((1.05 * ONE_MB) / JSON.stringify(entry(1000)).length));
    const history = [{ event: { type: 'LAUNCH', by: 'director', on: '2022-10-05' }, status: 'running' }];
    for (let i = 0; i < count; i++) history.push(entry(1000 + i));
    const input = JSON.parse(JSON.stringify({ schemaVersion: 1, status: 'running', history })) as unknown;
    expect(bestOf3(() => parseCampaignRecord(input))).toBeLessThan(100);
  });

  it('parseNominationRecord: 1 MB of entries the table refuses (one issue each)', () => {
    const entry = { event: { type: 'SUBMIT', by: 'director', on: '2023-10-03' }, status: 'submitted' };
    const count = Math.ceil((1.05 * ONE_MB) / JSON.stringify(entry).length);
    const history = [
      { event: { type: 'CREATE', on: '2023-10-02', nomination: sample }, status: 'draft' },
      ...Array.from({ length: count }, () => entry),
    ];
    const input = JSON.parse(JSON.stringify({ schemaVersion: 2, nomination: sample, status: 'submitted', history })) as unknown;
    const parsed = parseNominationRecord(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.at(-1)?.code).toBe('too_many_issues');
    expect(bestOf3(() => parseNominationRecord(input))).toBeLessThan(100);
  });
});
