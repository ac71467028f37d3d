import fc from 'fast-check';
import { applyNominationEvent, createNominationRecord, type NominationRecord } from '../../src/index.js';
import { arbitraries } from '../../src/testing/arbitraries.js';

/** `createNominationRecord`'s record, which the test expects to be created. */
function mustCreate(...args: Parameters<typeof createNominationRecord>): NominationRecordOf {
  const created = createNominationRecord(...args);
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  return created.value;
}
type NominationRecordOf = Extract<ReturnType<typeof createNominationRecord>, { ok: true }>['value'];

export const arbitraryEvent = arbitraries.nominationEvent;

/** Records the machine really produces: a creation and whatever events it accepts. */
export const arbitraryRecord: fc.Arbitrary<NominationRecord> = fc
  .tuple(arbitraries.nomination, fc.array(arbitraries.nominationEvent, { maxLength: 8 }))
  .map(([nomination, events]) => {
    let record = mustCreate(nomination, '2022-10-01');
    for (const event of events) {
      const next = applyNominationEvent(record, event);
      if (next.ok) record = next.value;
    }
    return JSON.parse(JSON.stringify(record)) as NominationRecord;
  });
