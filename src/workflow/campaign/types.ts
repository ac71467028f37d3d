/**
 * The campaign record's data (III.5): events, history entries and the record, as plain JSON-safe
 * types.
 *
 * @module
 */
import type { Role } from '../../core/codes.js';
import type { CivilDate } from '../../core/types.js';
import type { CampaignEventType, CampaignStatus } from '../../core/workflow-codes.js';
import type { Actor } from '../kernel/actor.js';

/**
 * An event of the campaign: who (`by`, the role; `actor`, the person) did what (`type`) on which
 * Vietnamese day (`on`).
 *
 * @example
 * ```ts
 * import type { CampaignEvent } from 'thi-dua-vi-nguoi-ngheo';
 * const launch: CampaignEvent = { type: 'LAUNCH', by: 'director', on: '2022-10-05', actor: { id: 'gd', name: 'Lê Văn Định' } };
 * ```
 */
export type CampaignEvent = {
  /** What was done (LAUNCH, a review, an inspection, …). */
  type: CampaignEventType;
  /** The role that did it (III.5). */
  by: Role;
  /** The Vietnamese civil day it was done on. */
  on: CivilDate;
  /** The person who did it, for the history; optional. */
  actor?: Actor;
};

/**
 * One entry of the campaign's history: the event, the status after it, and its seal (when the
 * record is sealed).
 *
 * @example
 * ```ts
 * import type { CampaignHistoryEntry } from 'thi-dua-vi-nguoi-ngheo';
 * const entry: CampaignHistoryEntry = { event: { type: 'LAUNCH', by: 'director', on: '2022-10-05' }, status: 'running' };
 * ```
 */
export type CampaignHistoryEntry = {
  /** What happened. */
  readonly event: CampaignEvent;
  /** The status after it. */
  readonly status: CampaignStatus;
  /** HMAC-SHA-256 (hex) of the seal before and this entry without its seal. */
  readonly seal?: string;
};

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
  /** The version of the record's shape. */
  readonly schemaVersion: 1;
  /** Where the campaign stands: the last entry's status (`planned` before the launch). */
  readonly status: CampaignStatus;
  /** Every event recorded, oldest first. */
  readonly history: readonly CampaignHistoryEntry[];
  /** When sealed: HMAC-SHA-256 (hex) of the last entry's seal (none: `''`) and the number of entries. */
  readonly seal?: string;
};
