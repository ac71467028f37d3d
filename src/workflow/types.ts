/**
 * The workflows' data: events, history entries and records of a nomination (IV) and of the
 * campaign (III.5), as plain JSON-safe types. The machines, their schemas and the texts read them.
 *
 * @module
 */
import type { Role } from '../core/codes.js';
import type { Nomination } from '../core/inputs.js';
import type { CivilDate } from '../core/types.js';
import type { CampaignEventType, CampaignStatus, Decision, NominationStatus } from '../core/workflow-codes.js';

/**
 * An event of the nomination workflow: who (`by`) did what (`type`) on which Vietnamese day
 * (`on`). RETURN and WITHDRAW carry a `reason`; DECIDE carries the `decision` and, optionally, the
 * decision's `reference` (its number); SUBMIT may list the `documents` the dossier now holds.
 *
 * @example
 * ```ts
 * import type { NominationEvent } from 'thi-dua-vi-nguoi-ngheo';
 * const events: NominationEvent[] = [
 *   { type: 'SUBMIT', by: 'unit-head', on: '2023-10-16' },
 *   { type: 'RETURN', by: 'department-office', on: '2023-10-20', reason: 'Thiếu báo cáo thành tích' },
 *   { type: 'DECIDE', by: 'director', on: '2023-12-15', decision: 'award', reference: '1234/QĐ-SGTVT' },
 * ];
 * ```
 */
export type NominationEvent =
  | { type: 'PROPOSE' | 'COMPILE' | 'SELECT' | 'FORWARD'; by: Role; on: CivilDate }
  | { type: 'SUBMIT'; by: Role; on: CivilDate; documents?: string[] }
  | { type: 'RETURN' | 'WITHDRAW'; by: Role; on: CivilDate; reason: string }
  | { type: 'DECIDE'; by: Role; on: CivilDate; decision: Decision; reference?: string };

/**
 * The event of a record's first history entry: its creation.
 *
 * @example
 * ```ts
 * import type { CreateEvent } from 'thi-dua-vi-nguoi-ngheo';
 * const created: CreateEvent = { type: 'CREATE', on: '2023-10-02' };
 * ```
 */
export type CreateEvent = { type: 'CREATE'; on: CivilDate };

/**
 * One entry of a record's history: the event, and the status after it.
 *
 * @example
 * ```ts
 * import type { HistoryEntry } from 'thi-dua-vi-nguoi-ngheo';
 * const entry: HistoryEntry = { event: { type: 'PROPOSE', by: 'unit-head', on: '2023-10-10' }, status: 'proposed' };
 * ```
 */
export type HistoryEntry = { readonly event: CreateEvent | NominationEvent; readonly status: NominationStatus };

/**
 * A nomination on its way through the workflow: the nomination, where it stands, and how it got
 * there (`history[0]` is the creation; one entry per accepted event). JSON-safe: save it with
 * `JSON.stringify`, load it with {@link parseNominationRecord}.
 *
 * @example
 * ```ts
 * import { createNominationRecord, sampleNominations, type NominationRecord } from 'thi-dua-vi-nguoi-ngheo';
 * const record: NominationRecord = createNominationRecord(sampleNominations[0]!, '2023-10-02');
 * record.status; //=> 'draft'
 * ```
 */
export type NominationRecord = {
  readonly schemaVersion: 1;
  readonly nomination: Nomination;
  readonly status: NominationStatus;
  readonly history: readonly HistoryEntry[];
};

/**
 * An event of the campaign: who (`by`) did what (`type`) on which Vietnamese day (`on`).
 *
 * @example
 * ```ts
 * import type { CampaignEvent } from 'thi-dua-vi-nguoi-ngheo';
 * const launch: CampaignEvent = { type: 'LAUNCH', by: 'director', on: '2022-10-05' };
 * ```
 */
export type CampaignEvent = { type: CampaignEventType; by: Role; on: CivilDate };

/**
 * One entry of the campaign's history: the event, and the status after it.
 *
 * @example
 * ```ts
 * import type { CampaignHistoryEntry } from 'thi-dua-vi-nguoi-ngheo';
 * const entry: CampaignHistoryEntry = { event: { type: 'LAUNCH', by: 'director', on: '2022-10-05' }, status: 'running' };
 * ```
 */
export type CampaignHistoryEntry = { readonly event: CampaignEvent; readonly status: CampaignStatus };

/**
 * The campaign: where it stands and what was recorded, in order. JSON-safe: save it with
 * `JSON.stringify`, load it with {@link parseCampaignRecord}.
 *
 * @example
 * ```ts
 * import { createCampaignRecord, type CampaignRecord } from 'thi-dua-vi-nguoi-ngheo';
 * const record: CampaignRecord = createCampaignRecord();
 * record.status; //=> 'planned'
 * ```
 */
export type CampaignRecord = {
  readonly schemaVersion: 1;
  readonly status: CampaignStatus;
  readonly history: readonly CampaignHistoryEntry[];
};
