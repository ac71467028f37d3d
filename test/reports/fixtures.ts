/**
 * The records of the scenarios, built as an application builds them: each valid nomination of a
 * scenario is created, then led through the workflow by the events below (a nomination that is
 * not `met` cannot be proposed and stays a draft). Every count of the reports tests is derived by
 * hand from these lists.
 */
import { parseNomination } from '../../src/rules/parse.js';
import { scenarios } from '../../src/testing/scenarios.js';
import type { Scenario } from '../../src/testing/scenarios.js';
import { type CampaignRecord, createNominationRecord, type NominationEvent, type NominationRecord } from '../../src/workflow/index.js';
import { walk, walkCampaign } from '../workflow/fixtures.js';

const ev = (type: 'PROPOSE' | 'SUBMIT' | 'COMPILE' | 'SELECT' | 'FORWARD', by: NominationEvent['by'], on: string): NominationEvent =>
  ({ type, by, on }) as NominationEvent;
const unitHead = 'unit-head' as const;
const council = 'department-council' as const;

/** The way of each nomination of the 2025 final review (the others stay drafts). */
export const FINAL_2025_EVENTS: Readonly<Record<string, readonly NominationEvent[]>> = {
  // TK25-01: a unit's Labour Order, forwarded to the province, not decided yet.
  'TK25-01': [
    ev('PROPOSE', unitHead, '2025-09-22'),
    ev('SUBMIT', unitHead, '2025-09-29'),
    ev('COMPILE', council, '2025-10-06'),
    ev('SELECT', council, '2025-10-13'),
    ev('FORWARD', council, '2025-10-20'),
  ],
  // TK25-02: a civil servant's Bằng khen of the Prime Minister, awarded.
  'TK25-02': [
    ev('PROPOSE', unitHead, '2025-09-22'),
    ev('SUBMIT', unitHead, '2025-09-29'),
    ev('COMPILE', council, '2025-10-06'),
    ev('SELECT', council, '2025-10-13'),
    ev('FORWARD', council, '2025-10-20'),
    { type: 'DECIDE', by: 'prime-minister', on: '2025-12-10', decision: 'award', reference: '1520/QĐ-TTg' },
  ],
  // TK25-04: a unit's Giấy khen of the Director, returned once by the Office, then awarded.
  'TK25-04': [
    ev('PROPOSE', unitHead, '2025-09-22'),
    ev('SUBMIT', unitHead, '2025-09-29'),
    { type: 'RETURN', by: 'department-office', on: '2025-10-01', reason: 'Thiếu biên bản họp bình xét' },
    ev('SUBMIT', unitHead, '2025-10-03'),
    ev('COMPILE', council, '2025-10-06'),
    { type: 'DECIDE', by: 'director', on: '2025-11-20', decision: 'award', reference: '245/QĐ-SGTVT' },
  ],
};

/** The way of each nomination of the 2023 preliminary review (the others stay drafts). */
export const PRELIMINARY_2023_EVENTS: Readonly<Record<string, readonly NominationEvent[]>> = {
  'SK23-01': [
    ev('PROPOSE', unitHead, '2023-10-10'),
    ev('SUBMIT', unitHead, '2023-10-16'),
    ev('COMPILE', council, '2023-11-01'),
    ev('SELECT', council, '2023-11-10'),
    ev('FORWARD', council, '2023-11-15'),
    { type: 'DECIDE', by: 'prime-minister', on: '2023-12-20', decision: 'award' },
  ],
  'SK23-02': [
    ev('PROPOSE', unitHead, '2023-10-10'),
    ev('SUBMIT', unitHead, '2023-10-16'),
    ev('COMPILE', council, '2023-11-01'),
    ev('SELECT', council, '2023-11-10'),
    ev('FORWARD', council, '2023-11-15'),
    { type: 'RETURN', by: 'provincial-council', on: '2023-11-24', reason: 'Bổ sung biên bản' },
    ev('FORWARD', council, '2023-11-28'),
    { type: 'DECIDE', by: 'provincial-chairman', on: '2023-12-20', decision: 'reject' },
  ],
  'SK23-05': [
    ev('PROPOSE', unitHead, '2023-10-10'),
    ev('SUBMIT', unitHead, '2023-10-16'),
    ev('COMPILE', council, '2023-11-01'),
    ev('SELECT', council, '2023-11-10'),
    ev('FORWARD', council, '2023-11-15'),
  ],
  'SK23-07': [
    ev('PROPOSE', unitHead, '2023-10-10'),
    ev('SUBMIT', unitHead, '2023-10-16'),
    ev('COMPILE', council, '2023-11-01'),
    { type: 'DECIDE', by: 'director', on: '2023-12-15', decision: 'award' },
  ],
  'SK23-03': [{ type: 'WITHDRAW', by: unitHead, on: '2023-10-12', reason: 'Đơn vị rút đề nghị' }],
};

/** The records of a scenario: each valid entry created on `createdOn`, then led by its events. */
export function scenarioRecords(
  scenario: Scenario,
  events: Readonly<Record<string, readonly NominationEvent[]>>,
  createdOn: string,
): NominationRecord[] {
  return scenario.entries.flatMap(({ input }) => {
    const parsed = parseNomination(input);
    if (!parsed.ok) return [];
    const created = createNominationRecord(parsed.value, createdOn);
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    return [walk(created.value, events[parsed.value.id] ?? [])];
  });
}

/** The 2025 final review's records (TK25-01 … TK25-04), created on 2025-09-15. */
export const finalReviewRecords = (): NominationRecord[] => scenarioRecords(scenarios.tongKet2025, FINAL_2025_EVENTS, '2025-09-15');

/** The 2023 preliminary review's records (the eleven valid entries), created on 2023-10-02. */
export const preliminaryReviewRecords = (): NominationRecord[] =>
  scenarioRecords(scenarios.soKet2023, PRELIMINARY_2023_EVENTS, '2023-10-02');

/**
 * The campaign as this fixture runs it: the plan launched late (2 November 2022, after its
 * October window), inspections in 2022 and 2023 but none in 2024, both reviews held; the 2025
 * inspection not recorded yet.
 */
export const campaignOf = (): CampaignRecord =>
  walkCampaign([
    { type: 'LAUNCH', by: 'director', on: '2022-11-02' },
    { type: 'RECORD_INSPECTION', by: 'department-council', on: '2022-12-15' },
    { type: 'HOLD_PRELIMINARY_REVIEW', by: 'director', on: '2023-12-20' },
    { type: 'RECORD_INSPECTION', by: 'department-council', on: '2023-12-22' },
    { type: 'HOLD_FINAL_REVIEW', by: 'director', on: '2025-11-20' },
  ]);
