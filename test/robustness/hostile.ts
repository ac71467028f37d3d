/**
 * fast-check arbitraries of hostile input: arbitrary JSON (huge and non-BMP strings, deep
 * nesting, `__proto__` / `constructor` keys as own properties, numbers like 1e309 and -0), and
 * valid data with one random change, so that the fuzzing also reaches deep into the schemas.
 */
import fc from 'fast-check';
import {
  CAMPAIGN_EVENT_TYPES,
  CRITERION_IDS,
  HOUSEHOLD_CLASSES,
  type CampaignRecord,
  createCampaignRecord,
  createNominationRecord,
  decidingAuthorityOf,
  DECISIONS,
  NOMINATION_EVENT_TYPES,
  NOMINATION_STATUSES,
  NOMINATION_TRANSITIONS,
  type Nomination,
  type NominationRecord,
  OCCASION_KINDS,
  OUTCOMES,
  REWARD_FORMS,
  ROLES,
  SUBJECT_CATEGORIES,
} from '../../src/index.js';
import { applyCampaignUnchecked as applyCampaignEvent, applyUnchecked as applyNominationEvent } from '../workflow/fixtures.js';

/** `createNominationRecord`'s record, which the test expects to be created. */
function mustCreate(...args: Parameters<typeof createNominationRecord>): NominationRecordOf {
  const created = createNominationRecord(...args);
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  return created.value;
}
type NominationRecordOf = Extract<ReturnType<typeof createNominationRecord>, { ok: true }>['value'];

const KNOWN_KEYS = [
  'id',
  'name',
  'category',
  'contributesToPovertyReduction',
  'subject',
  'form',
  'occasion',
  'assessment',
  'proposingUnit',
  'achievementId',
  'documents',
  'officialList',
  'householdClass',
  'commune',
  'kind',
  'year',
  'type',
  'by',
  'on',
  'reason',
  'decision',
  'reference',
  'schemaVersion',
  'status',
  'history',
  'event',
  ...CRITERION_IDS,
];
const DANGEROUS_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'then', 'toJSON', ''];
const CODES = [
  ...SUBJECT_CATEGORIES,
  ...REWARD_FORMS,
  ...OCCASION_KINDS,
  ...OUTCOMES,
  ...ROLES,
  ...CAMPAIGN_EVENT_TYPES,
  ...NOMINATION_EVENT_TYPES,
  'CREATE',
  ...DECISIONS,
  ...NOMINATION_STATUSES,
];

export const hostileKey = fc.oneof(
  fc.constantFrom(...DANGEROUS_KEYS),
  fc.constantFrom(...KNOWN_KEYS),
  fc.string({ unit: 'binary', maxLength: 6 }),
);

export const hostileString = fc.oneof(
  fc.constantFrom(...CODES),
  fc.constantFrom('', ' ', '\t\n', '\u00a0', '\u2028', '\ufeff', '\ud800', '\udfff', '😀', '𝕏𝔂', 'Hộ ông Lý Văn Páo', '\u0000'),
  fc.constantFrom('2023-02-29', '2024-02-29', '0000-02-29', '1900-02-29', '2023-13-01', '2023-1-01', '9999-12-31', '2025-12-31'),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.nat({ max: 20_000 }).map((n) => '𝕏'.repeat(n)),
);

export const hostileNumber = fc.oneof(
  fc.constantFrom(
    -0,
    0,
    1,
    2023,
    2025,
    1.5,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.NaN,
    2 ** 53,
    2 ** 53 - 1,
    -(2 ** 53),
  ),
  fc.constant(JSON.parse('1e309') as number), // Infinity, as JSON.parse reads it
  fc.constant(JSON.parse('-0') as number),
  fc.double(),
  fc.integer(),
);

const leaf = fc.oneof(hostileString, hostileNumber, fc.boolean(), fc.constant(null));

/** Deep nesting: an array or object inside another, `depth` times. */
const deep = fc.tuple(fc.integer({ min: 100, max: 5000 }), fc.boolean()).map(([depth, asObject]) => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = asObject ? { a: value } : [value];
  return value;
});

/** Any JSON value, objects built with `Object.fromEntries` so that `__proto__` is an own key (as `JSON.parse` makes it). */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown; array: unknown[]; object: unknown }>((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('array'), tie('object'), deep),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.array(fc.tuple(hostileKey, tie('value')), { maxLength: 5 }).map((entries) => Object.fromEntries(entries)),
})).value;

// ---------------------------------------------------------------------------- valid data

const nonBlank = fc.oneof(
  fc.constantFrom('u1', 'Hộ ông Lý Văn Páo', '😀', 'x'),
  fc.string({ minLength: 1, maxLength: 8 }).filter((s) => /\S/.test(s)),
);
const day = fc
  .date({ min: new Date('2021-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

export const validSubject = fc
  .record(
    {
      id: nonBlank,
      name: nonBlank,
      category: fc.constantFrom(...SUBJECT_CATEGORIES),
      contributesToPovertyReduction: fc.boolean(),
      officialList: fc.record({ commune: nonBlank, year: fc.integer({ min: 2020, max: 2026 }), decision: nonBlank }),
      householdClass: fc.constantFrom(...HOUSEHOLD_CLASSES),
    },
    { requiredKeys: ['id', 'name', 'category'] },
  )
  .map((s) => {
    // officialList and householdClass are a household's alone (issue 10, item 5).
    if (s.category.endsWith('-household')) return s;
    const { officialList: _list, householdClass: _class, ...rest } = s;
    void _list;
    void _class;
    return rest;
  });

/** The plan's criteria of a category's class: III.2.a for a unit, III.2.b for an individual, none for a household. */
const ofClass = (category: string, id: string): boolean =>
  category === 'unit' ? id.startsWith('III.2.a.') : !category.endsWith('-household') && id.startsWith('III.2.b.');

export const validNomination: fc.Arbitrary<Nomination> = fc
  .record(
    {
      id: nonBlank,
      subject: validSubject,
      form: fc.constantFrom(...REWARD_FORMS),
      occasion: fc.record({
        kind: fc.constantFrom(...OCCASION_KINDS),
        year: fc.oneof(fc.integer({ min: 2021, max: 2026 }), fc.integer()),
      }),
      assessment: fc.record(
        Object.fromEntries(CRITERION_IDS.map((id) => [id, fc.constantFrom(...OUTCOMES)])) as Record<
          (typeof CRITERION_IDS)[number],
          fc.Arbitrary<(typeof OUTCOMES)[number]>
        >,
        { requiredKeys: [] },
      ),
      proposingUnit: nonBlank,
      achievementId: nonBlank,
      documents: fc.array(nonBlank, { maxLength: 4 }),
    },
    { requiredKeys: ['id', 'subject', 'form', 'occasion', 'assessment'] },
  )
  .map((n) => ({ ...n, assessment: Object.fromEntries(Object.entries(n.assessment).filter(([id]) => ofClass(n.subject.category, id))) }));

/** A nomination that evaluates `met`, so that its record can pass PROPOSE. */
export const metNomination: fc.Arbitrary<Nomination> = fc
  .tuple(
    validNomination,
    fc.constantFrom('unit', 'civil-servant', 'public-employee', 'worker' as const),
    fc.constantFrom({ kind: 'preliminary-review', year: 2023 } as const, { kind: 'final-review', year: 2025 } as const),
  )
  .map(([n, category, occasion]) => ({
    ...n,
    subject: { id: n.subject.id, name: n.subject.name, category, contributesToPovertyReduction: true },
    occasion: { ...occasion },
    assessment: Object.fromEntries(CRITERION_IDS.filter((id) => ofClass(category, id)).map((id) => [id, 'met' as const])),
  }));

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A nomination without its id, as an AMEND gives it. */
function amendmentOf(nomination: NominationRecord['nomination']): Omit<NominationRecord['nomination'], 'id'> {
  const { id, ...fields } = nomination;
  void id;
  return fields;
}

/** A record driven through the machine by events the table allows (a few of them refused on purpose). */
export const validNominationRecord: fc.Arbitrary<NominationRecord> = fc
  .tuple(
    fc.oneof(metNomination, validNomination),
    day,
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: -2, max: 40 }), fc.boolean()), { maxLength: 10 }),
  )
  .map(([nomination, day, steps]) => {
    // Records begin with the plan (2022-09-26, III.5.1).
    const created = day < '2022-09-26' ? '2022-09-26' : day;
    let record = mustCreate(nomination, created);
    for (const [pick, gap, award] of steps) {
      const rows = NOMINATION_TRANSITIONS.filter((r) => r.from === record.status && r.forms.includes(nomination.form));
      const row = rows[pick % Math.max(rows.length, 1)];
      if (row === undefined) break;
      const previous = record.history[record.history.length - 1]?.event.on ?? created;
      const on = addDays(previous, gap);
      const by = row.event === 'DECIDE' && row.from === 'forwarded' ? decidingAuthorityOf(nomination.form) : row.by;
      const event =
        row.event === 'DECIDE'
          ? { type: row.event, by, on, decision: award ? 'award' : 'reject', reference: 'QĐ/1' }
          : row.event === 'RETURN' || row.event === 'WITHDRAW'
            ? { type: row.event, by, on, reason: 'lý do' }
            : row.event === 'AMEND'
              ? { type: row.event, by, on, nomination: { ...amendmentOf(record.nomination), proposingUnit: `sửa ${pick}` } }
              : { type: row.event, by, on };
      const next = applyNominationEvent(record, event);
      if (next.ok) record = next.value;
    }
    return record;
  });

export const validCampaignRecord: fc.Arbitrary<CampaignRecord> = fc
  .array(fc.tuple(fc.constantFrom(...CAMPAIGN_EVENT_TYPES), fc.integer({ min: 0, max: 400 })), { maxLength: 8 })
  .map((steps) => {
    let record = createCampaignRecord();
    let on = '2022-10-01';
    for (const [type, gap] of steps) {
      on = addDays(on, gap);
      const by = type === 'RECORD_INSPECTION' ? 'department-council' : 'director';
      const next = applyCampaignEvent(record, { type, by, on });
      if (next.ok) record = next.value;
    }
    return record;
  });

// ---------------------------------------------------------------------------- one random change

type Path = (string | number)[];

function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...path, i], out));
  else if (typeof value === 'object' && value !== null)
    for (const k of Object.keys(value)) pathsOf((value as Record<string, unknown>)[k], [...path, k], out);
  return out;
}

function setAt(root: unknown, path: Path, change: (parent: unknown, key: string | number) => void): unknown {
  const copy: unknown = JSON.parse(JSON.stringify(root));
  if (path.length === 0) return copy;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  change(parent, path[path.length - 1] as string | number);
  return copy;
}

const change = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), value: hostileJson }),
  fc.record({ kind: fc.constant('delete' as const) }),
  fc.record({ kind: fc.constant('add' as const), key: hostileKey, value: hostileJson }),
  fc.record({ kind: fc.constant('duplicate' as const) }),
);

/** A value with one random change at a random place: replaced, deleted, a key added beside it, or duplicated in its array. */
export function mutated(base: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.tuple(base, fc.nat(), change).map(([value, at, c]) => {
    const json: unknown = JSON.parse(JSON.stringify(value));
    const paths = pathsOf(json);
    const path = paths[at % paths.length] as Path;
    if (path.length === 0) return c.kind === 'replace' ? c.value : json;
    return setAt(json, path, (parent, key) => {
      const p = parent as Record<string | number, unknown>;
      if (c.kind === 'replace') p[key] = c.value;
      else if (c.kind === 'delete') {
        if (Array.isArray(p)) p.splice(key as number, 1);
        else delete p[key];
      } else if (c.kind === 'add') {
        if (Array.isArray(p)) p.push(c.value);
        else Object.defineProperty(p, c.key, { value: c.value, enumerable: true, writable: true, configurable: true });
      } else if (Array.isArray(p)) p.splice(key as number, 0, JSON.parse(JSON.stringify(p[key as number] ?? null)));
      else p[key] = JSON.parse(JSON.stringify(p[key] ?? null));
    });
  });
}

/** Half hostile JSON, half valid data with one change, a few valid data as they are. */
export function fuzzInput(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 4, arbitrary: hostileJson }, { weight: 5, arbitrary: mutated(valid) }, { weight: 1, arbitrary: valid });
}
