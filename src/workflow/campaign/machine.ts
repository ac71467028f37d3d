/**
 * The campaign record (III.5, docs/interpretations.md reading 8): the plan's timeline as a pure
 * record of what the Sở did and when, over {@link CAMPAIGN_TRANSITIONS}. A record the library
 * did not build is checked whole first.
 *
 * @module
 */
import type { Role } from '../../core/codes.js';
import { deepFreeze } from '../../core/freeze.js';
import type { ValidationIssue } from '../../core/issues.js';
import type { Result } from '../../core/types.js';
import type { CampaignEventType } from '../../core/workflow-codes.js';
import { sealKeyRequiredText } from '../../text/workflow.js';
import { parseWith } from '../../validation/issues.js';
import { sealEmpty, sealKeyOf, sealNext } from '../kernel/chain.js';
import type { CampaignTransitionError } from '../kernel/errors.js';
import type { CampaignOptions } from '../kernel/options.js';
import { isRegistered, registerRecord } from '../kernel/records.js';
import { invalidEvent, invalidRecord } from '../kernel/steps.js';
import { checkCampaignRecord } from './record.js';
import { CampaignEventSchema } from './schemas.js';
import { campaignTypesAllowed, checkCampaignStep, scanning } from './step.js';
import type { CampaignEvent, CampaignHistoryEntry, CampaignRecord } from './types.js';

/**
 * Validates untrusted data as a {@link CampaignEvent}. Never throws; unknown keys are issues.
 *
 * @param input - untrusted data
 * @returns the event (a new object), or every issue found
 * @example
 * ```ts
 * import { parseCampaignEvent } from 'thi-dua-vi-nguoi-ngheo';
 * parseCampaignEvent({ type: 'LAUNCH', by: 'director', on: '2022-10-05' }).ok; //=> true
 * ```
 */
export function parseCampaignEvent(input: unknown): Result<CampaignEvent, ValidationIssue[]> {
  return parseWith(CampaignEventSchema, input);
}

/**
 * Creates the campaign's record: status `planned`, empty history, deeply frozen, not sealed.
 *
 * @returns a new record
 * @example
 * ```ts
 * import { createCampaignRecord } from 'thi-dua-vi-nguoi-ngheo';
 * createCampaignRecord(); //=> { schemaVersion: 1, status: 'planned', history: [] }
 * ```
 */
export function createCampaignRecord(): CampaignRecord;
/**
 * Creates the campaign's record, sealed with the key of `options.seal`: its seal stands for an
 * empty history, so a sealed campaign whose entries were all dropped is refused on reload. The
 * key is checked, so the result is a `Result`: a `seal_key_invalid` issue for a key that is not
 * a string or bytes of at least 32 bytes.
 *
 * @param options - the key that seals the record
 * @returns the new record, or the key's issue
 * @example
 * ```ts
 * import { createCampaignRecord } from 'thi-dua-vi-nguoi-ngheo';
 * const sealed = createCampaignRecord({ seal: { key: 'a secret of at least thirty-two bytes!!' } });
 * if (sealed.ok) sealed.value.seal?.length; //=> 64
 * ```
 */
export function createCampaignRecord(options: CampaignOptions): Result<CampaignRecord, ValidationIssue[]>;
export function createCampaignRecord(options?: CampaignOptions): CampaignRecord | Result<CampaignRecord, ValidationIssue[]> {
  if (options === undefined) return registerRecord(deepFreeze({ schemaVersion: 1, status: 'planned', history: [] }), undefined);
  const keyed = sealKeyOf(options.seal);
  if (!keyed.ok) return { ok: false, error: [keyed.issue] };
  const { key } = keyed;
  const record: CampaignRecord = deepFreeze({
    schemaVersion: 1,
    status: 'planned',
    history: [],
    ...(key === undefined ? {} : { seal: sealEmpty('campaign', key) }),
  });
  return { ok: true, value: registerRecord(record, key) };
}

/**
 * Records one event of the campaign. Never throws, never mutates. The checks run in this order,
 * and the first that applies is returned: INVALID_EVENT → INVALID_RECORD (a record the library
 * did not build is checked as `parseCampaignRecord` checks it; a sealed record needs the key) →
 * EVENT_NOT_ALLOWED (no row for this status and event; or a second preliminary review; or a
 * second inspection in one calendar year) → ROLE_NOT_ALLOWED → DATE_BEFORE_PREVIOUS →
 * DATE_OUTSIDE_WINDOW (LAUNCH 2022-09-26..2025-12-31; the reviews in their years; an inspection
 * in its year's window of `MILESTONE_WINDOWS`). The plan's order is not enforced beyond the
 * table: a final review with no preliminary review is accepted. With `options.seal`, the new
 * entry and the record are sealed.
 *
 * @param record - the campaign record
 * @param event - the event (validated at run time)
 * @param options - the key that seals the record
 * @returns the new record, or why the event was refused
 * @example
 * ```ts
 * import { applyCampaignEvent, createCampaignRecord } from 'thi-dua-vi-nguoi-ngheo';
 * const launched = applyCampaignEvent(createCampaignRecord(), { type: 'LAUNCH', by: 'director', on: '2022-10-05' });
 * if (launched.ok) {
 *   launched.value.status; //=> 'running'
 *   const late = applyCampaignEvent(launched.value, { type: 'HOLD_PRELIMINARY_REVIEW', by: 'director', on: '2024-01-01' });
 *   if (!late.ok) late.error.code; //=> 'DATE_OUTSIDE_WINDOW'
 * }
 * ```
 */
export function applyCampaignEvent(
  record: CampaignRecord,
  event: CampaignEvent,
  options?: CampaignOptions,
): Result<CampaignRecord, CampaignTransitionError> {
  const parsed = parseCampaignEvent(event);
  if (!parsed.ok) return { ok: false, error: invalidEvent(parsed.error) };
  const keyed = sealKeyOf(options?.seal);
  if (!keyed.ok) return { ok: false, error: invalidRecord([keyed.issue]) };
  const { key } = keyed;
  let current: CampaignRecord;
  if (isRegistered(record, key)) current = record;
  else {
    const checked = checkCampaignRecord(record, key);
    if (!checked.ok) return { ok: false, error: invalidRecord(checked.error) };
    current = checked.value;
  }
  if (key === undefined && (current.seal !== undefined || current.history.some((entry) => entry.seal !== undefined))) {
    return { ok: false, error: invalidRecord([{ path: ['seal'], code: 'seal_key_required', message: sealKeyRequiredText() }]) };
  }
  const last = current.history.at(-1);
  const step = checkCampaignStep(current.status, last, scanning(current.history), parsed.value);
  if (!step.ok) return { ok: false, error: step.error };
  const entry: CampaignHistoryEntry = deepFreeze({ event: parsed.value, status: step.row.to });
  const seals = key === undefined ? undefined : sealNext('campaign', key, last?.seal, current.history.length, entry);
  const next: CampaignRecord = Object.freeze({
    schemaVersion: 1,
    status: step.row.to,
    history: Object.freeze([...current.history, seals === undefined ? entry : Object.freeze({ ...entry, seal: seals.entry })]),
    ...(seals === undefined ? {} : { seal: seals.head }),
  });
  return { ok: true, value: registerRecord(next, key) };
}

/**
 * The event types that have a row of the table for the campaign's status (and for the role, if
 * given), in `CAMPAIGN_EVENT_TYPES` order. It reads the table only (not the windows, nor the
 * once-rules).
 *
 * @param record - the campaign record
 * @param by - only the events this role may record
 * @returns a new array of event types
 * @example
 * ```ts
 * import { campaignEventsAllowed, createCampaignRecord } from 'thi-dua-vi-nguoi-ngheo';
 * campaignEventsAllowed(createCampaignRecord()); //=> ['LAUNCH']
 * ```
 */
export function campaignEventsAllowed(record: CampaignRecord, by?: Role): CampaignEventType[] {
  return campaignTypesAllowed(record.status, by);
}
