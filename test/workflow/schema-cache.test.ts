/**
 * Issue 10, item 9: with a guidance, the extended nomination schema (and the record and event
 * schemas built on it) is built once per guidance, not once per call, whether the options give
 * the guidance alone or in a list (a fresh array on every call, as an app writes
 * `{ guidance: [g] }`). Observed through the identity of the cached schemas, read from the
 * internal modules (not the public API): no timing.
 */
import { describe, expect, it } from 'vitest';
import { defineGuidance, parseNominationRecord, createNominationRecord } from '../../src/index.js';
import { nominationSchemaFor } from '../../src/rules/parse.js';
import { NominationSchema } from '../../src/validation/inputs.js';
import { nominationWorkflowSchemas } from '../../src/workflow/nomination/schemas.js';
import { exampleGuidance, makeNomination } from '../../src/testing/index.js';
import { okValue } from './fixtures.js';

const other = okValue(
  defineGuidance({
    ...JSON.parse(JSON.stringify(exampleGuidance)),
    number: 'VÍ-DỤ-2/HD-SNV',
    criteria: [{ id: 'VD-KHAC.1', label: { vi: 'Tiêu chí khác', en: 'Another criterion' }, item: 'mục 9', categories: ['unit'] }],
  }),
);

describe('one extended schema per guidance (issue 10, item 9)', () => {
  it('no guidance, or an empty list: the plan schema itself', () => {
    expect(nominationSchemaFor(undefined)).toBe(NominationSchema);
    expect(nominationSchemaFor({})).toBe(NominationSchema);
    expect(nominationSchemaFor({ guidance: [] })).toBe(NominationSchema);
  });

  it('the same guidance gives the same schema, alone or in a fresh list each call', () => {
    const alone = nominationSchemaFor({ guidance: exampleGuidance });
    expect(alone).not.toBe(NominationSchema);
    expect(nominationSchemaFor({ guidance: exampleGuidance })).toBe(alone);
    expect(nominationSchemaFor({ guidance: [exampleGuidance] })).toBe(alone);
    expect(nominationSchemaFor({ guidance: [exampleGuidance] })).toBe(alone);
  });

  it('a list of several guidances: built once for that list', () => {
    const both = nominationSchemaFor({ guidance: [exampleGuidance, other] });
    expect(nominationSchemaFor({ guidance: [exampleGuidance, other] })).toBe(both);
    expect(both).not.toBe(nominationSchemaFor({ guidance: exampleGuidance }));
    expect(both).not.toBe(nominationSchemaFor({ guidance: other }));
    // …and it takes the criteria of both.
    const nomination = { ...makeNomination(), assessment: { ...makeNomination().assessment, 'VD-TT.1': 'met', 'VD-KHAC.1': 'met' } };
    expect(both.safeParse(nomination).success).toBe(true);
    expect(nominationSchemaFor({ guidance: exampleGuidance }).safeParse(nomination).success).toBe(false);
  });

  it('the record and event schemas on it are built once too', () => {
    const first = nominationWorkflowSchemas(nominationSchemaFor({ guidance: [exampleGuidance] }) as never);
    const again = nominationWorkflowSchemas(nominationSchemaFor({ guidance: [exampleGuidance] }) as never);
    expect(again.record).toBe(first.record);
    expect(again.event).toBe(first.event);
  });

  it('an unfrozen guidance (not from defineGuidance) is not cached: a change to it is seen', () => {
    const mutable = JSON.parse(JSON.stringify(exampleGuidance));
    const before = nominationSchemaFor({ guidance: mutable });
    mutable.criteria.push({ id: 'VD-MOI.1', label: { vi: 'Mới', en: 'New' }, item: 'mục 4', categories: ['unit'] });
    const after = nominationSchemaFor({ guidance: mutable });
    const nomination = { ...makeNomination(), assessment: { ...makeNomination().assessment, 'VD-MOI.1': 'met' } };
    expect(before.safeParse(nomination).success).toBe(false);
    expect(after.safeParse(nomination).success).toBe(true);
  });

  it('parseNominationRecord answers the same with the guidance alone or in a list', () => {
    const saved = JSON.parse(JSON.stringify(okValue(createNominationRecord(makeNomination(), '2024-10-01'))));
    expect(parseNominationRecord(saved, { guidance: [exampleGuidance] })).toEqual(
      parseNominationRecord(saved, { guidance: exampleGuidance }),
    );
  });
});
