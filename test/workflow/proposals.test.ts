import { describe, expect, it } from 'vitest';
import type { Nomination } from '../../src/core/inputs.js';
import { deepFreeze } from '../../src/core/freeze.js';
import { compileProposalList, type NominationRecord } from '../../src/workflow/index.js';
import { decide, EVENTS, NOMINATIONS, PRELIMINARY_2023, recordAt, viaJson, walk } from './fixtures.js';
import type { NominationStatus } from '../../src/core/workflow-codes.js';

function variant(base: Nomination, id: string, changes: Partial<Nomination> = {}): Nomination {
  return { ...base, id, ...changes };
}

const worker = (id: string, unit?: string): Nomination => {
  const { proposingUnit: _dropped, ...rest } = NOMINATIONS['director-certificate'];
  return {
    ...rest,
    id,
    subject: { id: `w-${id}`, name: `Người lao động ${id}`, category: 'worker', contributesToPovertyReduction: true },
    assessment: { 'III.2.b.1': 'met', 'III.2.b.2': 'met', 'III.2.b.3': 'met' },
    ...(unit === undefined ? {} : { proposingUnit: unit }),
  };
};

function at(status: NominationStatus, nomination: Nomination): NominationRecord {
  return recordAt(status, nomination.form, nomination);
}

const RECORDS: readonly NominationRecord[] = deepFreeze([
  at('compiled', variant(NOMINATIONS['director-certificate'], 'GK-3', { proposingUnit: 'phong-vt' })),
  at('awarded', NOMINATIONS['director-certificate']),
  at('rejected', variant(NOMINATIONS['director-certificate'], 'GK-2', { proposingUnit: 'ban-qlda' })),
  at('compiled', worker('GK-9')),
  at('compiled', worker('GK-8', 'ban-qlda')),
  at('compiled', worker('GK-1', 'ban-qlda')),
  at('forwarded', NOMINATIONS['labor-order']),
  at('selected', NOMINATIONS['pm-certificate']),
  at('submitted', variant(NOMINATIONS['pm-certificate'], 'TTG-2')),
  at('returned', variant(NOMINATIONS['provincial-certificate'], 'BK-2')),
  at('withdrawn', variant(NOMINATIONS['provincial-certificate'], 'BK-3')),
  at('draft', variant(NOMINATIONS['provincial-certificate'], 'BK-4')),
]);

describe('compileProposalList (IV.3.1)', () => {
  const list = compileProposalList(RECORDS, PRELIMINARY_2023);

  it('groups by reward form in REWARD_FORMS order, each with its deciding authority and III.3 clause; forms with nothing compiled are left out', () => {
    expect(list.groups.map((g) => [g.form, g.decidingAuthority, g.rule])).toEqual([
      ['labor-order', 'president', 'III.3.a'],
      ['pm-certificate', 'prime-minister', 'III.3.a'],
      ['director-certificate', 'director', 'III.3.c'],
    ]);
  });

  it('keeps only what the council compiled, whatever became of it (rejected included), with its current status', () => {
    const director = list.groups[2]!;
    expect(director.collectives.map((e) => [e.id, e.status])).toEqual([
      ['GK-2', 'rejected'],
      ['SK2023-GK', 'awarded'],
      ['GK-3', 'compiled'],
    ]);
    expect(list.groups.flatMap((g) => [...g.collectives, ...g.individuals]).map((e) => e.id)).not.toContain('TTG-2');
  });

  it('counts collectives and individuals apart, per group and in all', () => {
    expect(list.groups.map((g) => g.counts)).toEqual([
      { collectives: 0, individuals: 1, total: 1 },
      { collectives: 1, individuals: 0, total: 1 },
      { collectives: 3, individuals: 3, total: 6 },
    ]);
    expect(list.counts).toEqual({ collectives: 4, individuals: 4, total: 8 });
  });

  it('sorts by proposing unit, then nomination id; a nomination without a unit comes last', () => {
    expect(list.groups[2]!.individuals.map((e) => [e.proposingUnit, e.id])).toEqual([
      ['ban-qlda', 'GK-1'],
      ['ban-qlda', 'GK-8'],
      [undefined, 'GK-9'],
    ]);
    expect('proposingUnit' in list.groups[2]!.individuals[2]!).toBe(false);
  });

  it('gives each entry its subject, class, unit, status and the day it was compiled', () => {
    expect(list.groups[0]!.individuals[0]).toEqual({
      id: 'SK2023-HC',
      subject: NOMINATIONS['labor-order'].subject,
      subjectClass: 'individual',
      proposingUnit: 'phong-kh-tc',
      status: 'forwarded',
      compiledOn: '2023-11-01',
    });
  });

  it('a nomination withdrawn after compilation stays on the list, marked withdrawn; one withdrawn before does not', () => {
    const withdrawn = walk(recordAt('compiled', 'provincial-certificate'), [EVENTS.withdraw]);
    const later = compileProposalList([withdrawn], PRELIMINARY_2023);
    expect(later.groups[0]!.individuals.map((e) => [e.id, e.status])).toEqual([['SK2023-BK', 'withdrawn']]);
    expect(list.groups.flatMap((g) => [...g.collectives, ...g.individuals]).map((e) => e.id)).not.toContain('BK-3');
  });

  it('ignores the other occasions, and is empty when nothing was compiled', () => {
    expect(compileProposalList(RECORDS, { kind: 'annual', year: 2023 })).toEqual({
      occasion: { kind: 'annual', year: 2023 },
      groups: [],
      counts: { collectives: 0, individuals: 0, total: 0 },
      amounts: { total: 0, counted: 0, notKnown: 0 },
      conflicts: [],
    });
    expect(compileProposalList(RECORDS, { kind: 'preliminary-review', year: 2024 }).groups).toEqual([]);
    expect(compileProposalList([], PRELIMINARY_2023).counts.total).toBe(0);
  });

  it('does not depend on the order of the records, and does not mutate them', () => {
    const reversed = compileProposalList([...RECORDS].reverse(), PRELIMINARY_2023);
    expect(reversed).toEqual(list);
    expect(list.occasion).not.toBe(PRELIMINARY_2023);
  });

  it('counts each nomination id once: a record given twice, or a copy of it, is one entry', () => {
    const a = at('compiled', worker('SAME', 'u'));
    const list = compileProposalList([a, a, viaJson(a) as NominationRecord], PRELIMINARY_2023);
    expect(list.counts.total).toBe(1);
    expect(list.conflicts).toEqual([]);
  });

  it('reports two different records with one id, and lists neither (the library cannot tell which is right)', () => {
    const a = at('compiled', worker('SAME', 'u'));
    const b = at('awarded', worker('SAME', 'u'));
    const other = at('compiled', worker('OTHER', 'u'));
    const list = compileProposalList([a, other, b, a], PRELIMINARY_2023);
    expect(list.conflicts).toEqual([{ id: 'SAME', records: 2 }]);
    expect(list.groups.flatMap((g) => [...g.collectives, ...g.individuals]).map((e) => e.id)).toEqual(['OTHER']);
    expect(list.counts.total).toBe(1);
  });

  it('an id shared with a record of another occasion is no conflict for this one', () => {
    const a = at('compiled', worker('SAME', 'u'));
    const elsewhere = at('compiled', { ...worker('SAME', 'u'), occasion: { kind: 'annual', year: 2023 } });
    expect(compileProposalList([a, elsewhere], PRELIMINARY_2023).conflicts).toEqual([]);
  });

  it('names the person who recorded the COMPILE, when the event did', () => {
    const actor = { id: 'tk-01', name: 'Hoàng Thị Mai' };
    const record = walk(recordAt('submitted', 'provincial-certificate'), [{ ...EVENTS.compile, actor }]);
    const [entry] = compileProposalList([record], PRELIMINARY_2023).groups[0]!.individuals;
    expect(entry?.compiledBy).toEqual(actor);
  });
});

describe('compileProposalList: reward money (docs/law.md "Reward money")', () => {
  it('an awarded entry carries the money of its decision’s day; totals per form and in all, the unknown counted apart', () => {
    const pm = { ...worker('TTG-W'), form: 'pm-certificate' as const };
    const awarded = walk(recordAt('forwarded', 'pm-certificate', pm), [decide('prime-minister', 'award', '2023-12-20')]);
    const list = compileProposalList([...RECORDS, awarded], PRELIMINARY_2023);
    const entry = list.groups[1]!.individuals[0]!;
    // ND 91/2017 Điều 73: 3.5 × 1,800,000 (from 2023-07-01), rounded up to 10,000 đồng
    expect(entry.amount).toMatchObject({ amount: 6_300_000, decidedOn: '2023-12-20', rounding: 'up-to-10000' });
    expect(list.groups.map((g) => [g.form, g.amounts])).toEqual([
      ['labor-order', { total: 0, counted: 0, notKnown: 1 }],
      ['pm-certificate', { total: 6_300_000, counted: 1, notKnown: 1 }],
      // a Giấy khen under ND 91/2017: not found; the rejected one is in neither count
      ['director-certificate', { total: 0, counted: 0, notKnown: 5 }],
    ]);
    expect(list.amounts).toEqual({ total: 6_300_000, counted: 1, notKnown: 7 });
  });

  it('undecided entries get the money of the planned day; the Labour Order without its class stays unknown', () => {
    const list = compileProposalList(RECORDS, PRELIMINARY_2023, { decidedOn: '2025-12-15' });
    const director = list.groups[2]!;
    expect(director.individuals.map((e) => e.amount?.amount)).toEqual([702_000, 702_000, 702_000]);
    // a unit's Giấy khen under ND 152/2025: the collective amount was not found
    expect(director.collectives.map((e) => [e.id, e.amount?.amount])).toEqual([
      ['GK-2', undefined],
      ['SK2023-GK', undefined],
      ['GK-3', undefined],
    ]);
    expect(director.amounts).toEqual({ total: 2_106_000, counted: 3, notKnown: 2 });
    expect(list.groups[0]!.amounts).toEqual({ total: 0, counted: 0, notKnown: 1 });
    const withClass = compileProposalList(
      [recordAt('forwarded', 'labor-order', { ...NOMINATIONS['labor-order'], laborOrderClass: 'third' })],
      PRELIMINARY_2023,
      { decidedOn: '2025-12-15', amounts: { rounding: 'up-to-10000' } },
    );
    expect(withClass.amounts).toEqual({ total: 10_530_000, counted: 1, notKnown: 0 });
  });
});
