/**
 * Tests written to kill the mutants that survived Stryker in src/workflow (see
 * docs/performance.md, "Mutation testing"). They go through the public API only; they live here
 * because test/workflow belongs to the workflow's own suite.
 */
import { describe, expect, it } from 'vitest';
import {
  compileProposalList,
  createCampaignRecord,
  createNominationRecord,
  type Nomination,
  type NominationRecord,
  parseNominationEvent,
  type SubjectCategory,
} from '../../src/index.js';
import { applyCampaignUnchecked as applyCampaignEvent, applyUnchecked as applyNominationEvent } from '../workflow/fixtures.js';

/** `createNominationRecord`'s record, which the test expects to be created. */
function mustCreate(...args: Parameters<typeof createNominationRecord>): NominationRecordOf {
  const created = createNominationRecord(...args);
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  return created.value;
}
type NominationRecordOf = Extract<ReturnType<typeof createNominationRecord>, { ok: true }>['value'];

const OCCASION = { kind: 'preliminary-review', year: 2023 } as const;

function compiled(id: string, category: SubjectCategory, proposingUnit?: string): NominationRecord {
  const collective = category === 'unit';
  const nomination: Nomination = {
    id,
    subject: { id: `s-${id}`, name: `Chủ thể ${id}`, category, contributesToPovertyReduction: true },
    form: 'provincial-certificate',
    occasion: { ...OCCASION },
    assessment: collective
      ? { 'III.2.a.1': 'met', 'III.2.a.2': 'met', 'III.2.a.3': 'met' }
      : { 'III.2.b.1': 'met', 'III.2.b.2': 'met', 'III.2.b.3': 'met' },
    ...(proposingUnit === undefined ? {} : { proposingUnit }),
  };
  let record = mustCreate(nomination, '2023-10-02');
  for (const event of [
    { type: 'PROPOSE', by: 'unit-head', on: '2023-10-10' },
    { type: 'SUBMIT', by: 'unit-head', on: '2023-10-16' },
    { type: 'COMPILE', by: 'department-council', on: '2023-11-01' },
  ]) {
    const next = applyNominationEvent(record, event);
    if (!next.ok) throw new Error(next.error.code);
    record = next.value;
  }
  return record;
}

describe('compileProposalList: the order of the entries (IV.3.1)', () => {
  it('by proposing unit (a nomination without one last), then by id — whatever the order of the records', () => {
    const records = [
      compiled('N-5', 'worker'),
      compiled('N-4', 'civil-servant', 'u-b'),
      compiled('N-3', 'worker', 'u-a'),
      compiled('N-9', 'public-employee', 'u-b'),
      compiled('N-1', 'worker'),
      compiled('N-2', 'worker', 'u-a'),
      compiled('U-2', 'unit', 'u-c'),
      compiled('U-3', 'unit'),
      compiled('U-1', 'unit', 'u-c'),
      compiled('U-0', 'unit', 'u-a'),
    ];
    const [group] = compileProposalList(records, OCCASION).groups;
    expect(group?.individuals.map((e) => `${e.proposingUnit ?? '-'} ${e.id}`)).toEqual([
      'u-a N-2',
      'u-a N-3',
      'u-b N-4',
      'u-b N-9',
      '- N-1',
      '- N-5',
    ]);
    expect(group?.collectives.map((e) => `${e.proposingUnit ?? '-'} ${e.id}`)).toEqual(['u-a U-0', 'u-c U-1', 'u-c U-2', '- U-3']);
    const reversed = compileProposalList([...records].reverse(), OCCASION).groups[0];
    expect(reversed?.individuals.map((e) => e.id)).toEqual(group?.individuals.map((e) => e.id));
  });

  it('an entry without a proposing unit has no `proposingUnit` key at all', () => {
    const [group] = compileProposalList([compiled('N-1', 'worker'), compiled('N-2', 'worker', 'u-a')], OCCASION).groups;
    const [withUnit, without] = group?.individuals ?? [];
    expect(withUnit && 'proposingUnit' in withUnit).toBe(true);
    expect(without && 'proposingUnit' in without).toBe(false);
  });
});

describe('nomination events: issues keep their own messages', () => {
  it('only an unknown event type gets the message listing the types; a wrong role or day keeps its own', () => {
    const result = parseNominationEvent({ type: 'SUBMIT', by: 'chairman', on: '2023-02-30' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((i) => i.path.join('.'))).toEqual(['by', 'on']);
    for (const issue of result.error) expect(issue.message.en).not.toContain('Unknown event type');
    const unknown = parseNominationEvent({ type: 'APPROVE', by: 'director', on: '2023-02-28' });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error[0]?.message.en).toContain('PROPOSE');
  });

  it('applyNominationEvent reports the same issues with INVALID_EVENT', () => {
    const record = compiled('N-1', 'worker');
    const result = applyNominationEvent(record, { type: 'SELECT', by: 'department-council', on: '2023-13-01' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_EVENT');
    expect(result.error.issues?.map((i) => i.message.en)).toEqual(['Invalid date: expected a real calendar day written YYYY-MM-DD.']);
  });
});

describe('campaign: once per campaign comes before the window', () => {
  it('a second preliminary review is refused as a second one (EVENT_NOT_ALLOWED), even dated outside 2023', () => {
    let record = createCampaignRecord();
    for (const event of [
      { type: 'LAUNCH', by: 'director', on: '2022-10-05' },
      { type: 'HOLD_PRELIMINARY_REVIEW', by: 'director', on: '2023-06-01' },
    ]) {
      const next = applyCampaignEvent(record, event);
      if (!next.ok) throw new Error(next.error.code);
      record = next.value;
    }
    const again = applyCampaignEvent(record, { type: 'HOLD_PRELIMINARY_REVIEW', by: 'director', on: '2024-03-01' });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.code).toBe('EVENT_NOT_ALLOWED');
  });

  it('one inspection a year: a second in the same year is refused, one in the next year is recorded', () => {
    let record = createCampaignRecord();
    for (const event of [
      { type: 'LAUNCH', by: 'director', on: '2022-10-05' },
      { type: 'RECORD_INSPECTION', by: 'department-council', on: '2023-03-01' },
    ]) {
      const next = applyCampaignEvent(record, event);
      if (!next.ok) throw new Error(next.error.code);
      record = next.value;
    }
    const second = applyCampaignEvent(record, { type: 'RECORD_INSPECTION', by: 'department-council', on: '2023-09-01' });
    expect(second.ok).toBe(false);
    if (!second.ok) expect(second.error.code).toBe('EVENT_NOT_ALLOWED');
    expect(applyCampaignEvent(record, { type: 'RECORD_INSPECTION', by: 'department-council', on: '2024-02-01' }).ok).toBe(true);
  });
});
