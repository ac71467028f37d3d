/**
 * The JSON Schema files agree with the zod schemas: a real validator (ajv, draft 2020-12) accepts
 * the sample data and the scenarios' valid entries, and on generated data — valid and broken —
 * what one accepts the other accepts.
 */
import { fc, test } from '@fast-check/vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { PLAN_ISSUER } from '../../src/index.js';
import { JSON_SCHEMA_SOURCES, type JsonSchemaName, jsonSchemaOf } from '../../src/schemas.js';
import { sampleActivities, sampleNominations, scenarios } from '../../src/testing/index.js';
import { arbitraries } from '../../src/testing/arbitraries.js';
import { arbitraryEvent, arbitraryRecord } from './json-schema-data.js';

const ajv = new Ajv2020({ strict: true, allErrors: true });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);
const validators = Object.fromEntries(
  (Object.keys(JSON_SCHEMA_SOURCES) as JsonSchemaName[]).map((name) => [name, ajv.compile(jsonSchemaOf(name))]),
) as Record<JsonSchemaName, ReturnType<typeof ajv.compile>>;

const agree = (name: JsonSchemaName, value: unknown): void => {
  const zodOk = (JSON_SCHEMA_SOURCES[name] as z.ZodType).safeParse(value).success;
  const ajvOk = validators[name](value);
  expect({ name, value, ajvOk }).toEqual({ name, value, ajvOk: zodOk });
};

/** Breaks a value in one of a few ways a client would. */
const mutate = (value: unknown): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constant(value),
    fc.constant(null),
    fc.constant({ ...(value as object), extra: 1 }),
    fc.constant(JSON.parse(JSON.stringify(value, (k, v) => (k === 'year' ? 2024.5 : k === 'on' ? '2023-02-29' : v)))),
    fc.constant(JSON.parse(JSON.stringify(value, (k, v) => (k === 'id' || k === 'name' ? '  ' : v)))),
    fc.constant(JSON.parse(JSON.stringify(value, (k, v) => (k === 'category' || k === 'form' || k === 'by' ? 'other' : v)))),
    fc.constant(JSON.parse(JSON.stringify(value, (k, v) => (k === 'contributesToPovertyReduction' ? 'yes' : v)))),
  );

describe('JSON Schema files', () => {
  it.each(Object.keys(JSON_SCHEMA_SOURCES))('%s is a valid draft 2020-12 schema with an $id', (name) => {
    const schema = jsonSchemaOf(name as JsonSchemaName);
    expect(schema.$id).toBe(`thi-dua-vi-nguoi-ngheo/schemas/${name}.schema.json`);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('accepts the built-in sample and every valid scenario entry; refuses the broken ones', () => {
    for (const n of sampleNominations) expect(validators.nomination(n)).toBe(true);
    for (const scenario of Object.values(scenarios)) {
      for (const { input, expected } of scenario.entries) expect(validators.nomination(input)).toBe(expected.valid);
    }
  });

  it('activity: accepts the built-in register', () => {
    for (const a of sampleActivities) expect(validators.activity(a)).toBe(true);
  });

  /** Breaks an activity as a client would: a negative or fractional figure, another kind or clause, a figure of another kind. */
  const breakActivity = (value: unknown): fc.Arbitrary<unknown> =>
    fc.oneof(
      mutate(value),
      fc.constant({ ...(value as object), amount: -1 }),
      fc.constant({ ...(value as object), households: 2.5 }),
      fc.constant({ ...(value as object), kind: 'donation' }),
      fc.constant({ ...(value as object), clause: 'III.3.a' }),
      fc.constant({ ...(value as object), contributors: 3 }),
      fc.constant({ ...(value as object), kind: 'publication' }),
      fc.constant({ ...(value as object), description: 'x'.repeat(2001) }),
    );

  test.prop([arbitraries.activity.chain(breakActivity)], { numRuns: 300 })('activity: ajv and zod agree', (value) => {
    agree('activity', value);
  });

  test.prop(
    [
      fc
        .tuple(arbitraries.nomination, arbitraries.evidence)
        .map(([n, evidence]) => ({ ...n, evidence }))
        .chain(mutate),
    ],
    { numRuns: 100 },
  )('nomination with evidence: ajv and zod agree', (value) => {
    agree('nomination', value);
    agree('nomination', { ...(value as object), evidence: { 'III.2.c.1': ['HD-1'] } });
  });

  test.prop([arbitraries.nomination.chain(mutate)], { numRuns: 300 })('nomination: ajv and zod agree', (value) => {
    agree('nomination', value);
    if (value !== null && typeof value === 'object' && 'subject' in value) agree('subject', value.subject);
  });

  test.prop(
    [
      fc
        .record({
          name: fc.string(),
          symbol: fc.constantFrom('SXD', 'S GTVT', 'QĐ/SXD', '', 'SGTVT'),
          headTitle: fc.constantFrom('Giám đốc', '  '),
        })
        .map((changes) => ({ ...PLAN_ISSUER, ...changes }))
        .chain(mutate),
    ],
    { numRuns: 200 },
  )('issuer: ajv and zod agree', (value) => {
    agree('issuer', value);
  });

  test.prop([arbitraryEvent.chain(mutate)], { numRuns: 300 })('nomination-event: ajv and zod agree', (value) => {
    agree('nomination-event', value);
  });

  test.prop([arbitraryRecord.chain(mutate)], { numRuns: 100 })('nomination-record: ajv and zod agree', (value) => {
    agree('nomination-record', value);
  });

  test.prop(
    [
      fc
        .record({
          type: fc.constantFrom('LAUNCH', 'HOLD_PRELIMINARY_REVIEW', 'HOLD_FINAL_REVIEW', 'RECORD_INSPECTION', 'NOPE'),
          by: arbitraries.role,
          on: arbitraries.civilDate,
        })
        .chain(mutate),
    ],
    { numRuns: 200 },
  )('campaign-event: ajv and zod agree', (value) => {
    agree('campaign-event', value);
    agree('campaign-record', { schemaVersion: 1, status: 'running', history: [{ event: value, status: 'running' }] });
  });
});
