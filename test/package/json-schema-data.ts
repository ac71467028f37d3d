import fc from 'fast-check';
import { applyNominationEvent, createNominationRecord, type NominationRecord } from '../../src/index.js';
import { arbitraries } from '../../src/testing/index.js';

export const arbitraryEvent = arbitraries.nominationEvent;

/** Records the machine really produces: a creation and whatever events it accepts. */
export const arbitraryRecord: fc.Arbitrary<NominationRecord> = fc
  .tuple(arbitraries.nomination, fc.array(arbitraries.nominationEvent, { maxLength: 8 }))
  .map(([nomination, events]) => {
    let record = createNominationRecord(nomination, '2021-01-01');
    for (const event of events) {
      const next = applyNominationEvent(record, event);
      if (next.ok) record = next.value;
    }
    return JSON.parse(JSON.stringify(record)) as NominationRecord;
  });
