import { describe, expect, it } from 'vitest';
import { renderProposals } from '../../src/cli/commands/proposals.js';
import {
  applyNominationEvent,
  createNominationRecord,
  type Nomination,
  type NominationEvent,
  type NominationRecord,
} from '../../src/index.js';
import { makeNomination, makeSubject } from '../../src/testing/index.js';

function walk(n: Nomination, events: readonly unknown[]): NominationRecord {
  const created = createNominationRecord(n, '2025-10-01');
  if (!created.ok) throw new Error(created.error[0]?.message.en);
  let record = created.value;
  for (const e of events) {
    const next = applyNominationEvent(record, e as NominationEvent);
    if (!next.ok) throw new Error(next.error.message.en);
    record = next.value;
  }
  return record;
}

const toCompiled = [
  { type: 'PROPOSE', by: 'unit-head', on: '2025-10-10' },
  { type: 'SUBMIT', by: 'unit-head', on: '2025-10-16' },
  { type: 'COMPILE', by: 'department-council', on: '2025-11-01' },
];
const final2025 = { kind: 'final-review', year: 2025 } as const;
const worker = makeNomination({
  id: 'GK-1',
  form: 'director-certificate',
  subject: makeSubject({ id: 'w1', name: 'Bế Văn Tú', category: 'worker' }),
  occasion: final2025,
});
const unit = makeNomination({ id: 'GK-2', form: 'director-certificate', occasion: final2025 });
const records = [
  walk(worker, [...toCompiled, { type: 'DECIDE', by: 'director', on: '2025-12-15', decision: 'award' }]),
  walk(unit, [...toCompiled, { type: 'DECIDE', by: 'director', on: '2025-12-15', decision: 'award' }]),
];

describe('thi-dua proposals: reward money', () => {
  it('Markdown: the amount of each entry, the totals per form and in all, the unknown counted apart', () => {
    const md = renderProposals(records, final2025, 'vi', 'md');
    expect(md).toContain('| Tiền thưởng (đồng) |');
    expect(md).toContain('| 702.000 |');
    expect(md).toContain('| Được khen thưởng | chưa xác định |');
    expect(md).toContain('Tổng tiền thưởng: 702.000 đồng (1 mức đã biết; 1 chưa xác định được, không cộng vào tổng).');
    const en = renderProposals(records, final2025, 'en', 'md');
    expect(en).toContain('| 702,000 |');
    expect(en).toContain('Reward money in all: 702,000 đồng (1 known; 1 not known, not in the total).');
  });

  it('CSV: the amount as digits; JSON: the amount with its citations', () => {
    const csv = renderProposals(records, final2025, 'en', 'csv');
    expect(csv.split('\r\n')[0]?.endsWith(',Reward money (đồng)')).toBe(true);
    expect(
      csv
        .split('\r\n')
        .find((line) => line.includes(',GK-1,'))
        ?.endsWith(',702000'),
    ).toBe(true);
    const json = JSON.parse(renderProposals(records, final2025, 'en', 'json'));
    expect(json.amounts).toEqual({ total: 702_000, counted: 1, notKnown: 1 });
    expect(json.groups[0].individuals[0].amount.citations[0].ref).toBe('Nghị định 152/2025/NĐ-CP, Điều 54 khoản 1 điểm e');
  });
});
