/**
 * Loading a saved campaign record: its shape, the replay of its history through the table, and —
 * with a key — its seals. The record runs the same check on any record it did not build.
 *
 * @module
 */
import type { ValidationIssue } from '../../core/issues.js';
import type { Result } from '../../core/types.js';
import type { CampaignStatus } from '../../core/workflow-codes.js';
import { recordStatusMismatchText, sealMissingText, tooManyIssuesText } from '../../text/workflow.js';
import { parseWith } from '../../validation/issues.js';
import { sealIssues, sealKeyOf } from '../kernel/chain.js';
import type { CampaignOptions } from '../kernel/options.js';
import { MAX_ISSUES } from '../../core/issues.js';
import { deepFreeze } from '../../core/freeze.js';
import { registerRecord } from '../kernel/records.js';
import { replayedEntryIssue } from '../kernel/steps.js';
import { CampaignRecordSchema } from './schemas.js';
import { checkCampaignStep, type EarlierOf, yearOf } from './step.js';
import type { CampaignHistoryEntry, CampaignRecord } from './types.js';

function replayIssues(record: CampaignRecord): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const { history } = record;
  let status: CampaignStatus = 'planned';
  // The first entry of each event type, and of each type and year: one lookup per entry, so that
  // the replay stays linear (copying or scanning the earlier history for each entry made it
  // quadratic: seconds for a 1 MB record).
  const first = new Map<string, CampaignHistoryEntry>();
  const earlierOf: EarlierOf = (event, once) => first.get(once === 'campaign' ? event.type : `${event.type}|${yearOf(event.on)}`);
  for (let index = 0; index < history.length; index++) {
    if (issues.length >= MAX_ISSUES) {
      issues.push({ path: ['history', index], code: 'too_many_issues', message: tooManyIssuesText(MAX_ISSUES) });
      return issues;
    }
    const entry = history[index] as CampaignHistoryEntry;
    const step = checkCampaignStep(status, history[index - 1], earlierOf, entry.event);
    const { type, on } = entry.event;
    if (!first.has(type)) first.set(type, entry);
    if (!first.has(`${type}|${yearOf(on)}`)) first.set(`${type}|${yearOf(on)}`, entry);
    const issue = replayedEntryIssue(index, step, entry.status);
    if (issue !== undefined) issues.push(issue);
    status = entry.status;
  }
  if (record.status !== status && issues.length < MAX_ISSUES) {
    issues.push({ path: ['status'], code: 'status_mismatch', message: recordStatusMismatchText(status, record.status) });
  }
  return issues;
}

/**
 * Checks untrusted data as a campaign record, with the key given (or none); on success the record
 * is a new, deeply frozen object, registered as checked with that key.
 */
export function checkCampaignRecord(input: unknown, key: Uint8Array | undefined): Result<CampaignRecord, ValidationIssue[]> {
  const parsed = parseWith(CampaignRecordSchema, input);
  if (!parsed.ok) return parsed;
  const record = deepFreeze(parsed.value);
  const issues = replayIssues(record);
  if (key !== undefined) {
    const { history, seal } = record;
    if (seal === undefined && history.every((entry) => entry.seal === undefined)) {
      issues.push({ path: ['seal'], code: 'seal_missing', message: sealMissingText(undefined) });
    } else issues.push(...sealIssues({ chain: 'campaign', key, history, seal }));
  }
  return issues.length === 0 ? { ok: true, value: registerRecord(record, key) } : { ok: false, error: issues };
}

/**
 * Loads a saved campaign record and checks it, never throwing: its shape (`schemaVersion` 1,
 * strict objects), then its history replayed through the table from `planned` — rows, roles,
 * once-rules, order of dates, windows and statuses, as {@link applyCampaignEvent} checks them —
 * and, with `options.seal`, every seal (a record without seals, an entry changed, inserted,
 * removed or moved, entries dropped from the end or appended are refused). Problems of the
 * replay are issues with the codes of `RECORD_ISSUE_CODES`.
 *
 * @param input - untrusted data, e.g. `JSON.parse(saved)`
 * @param options - the key of the record's seals
 * @returns the record (new, deeply frozen), or every issue found
 * @example
 * ```ts
 * import { parseCampaignRecord } from 'thi-dua-vi-nguoi-ngheo';
 * const result = parseCampaignRecord({
 *   schemaVersion: 1,
 *   status: 'running',
 *   history: [{ event: { type: 'LAUNCH', by: 'director', on: '2022-09-01' }, status: 'running' }],
 * });
 * if (!result.ok) result.error.map((i) => `${i.path.join('.')} ${i.code}`); //=> ['history.0.event.on date_outside_window']
 * ```
 */
export function parseCampaignRecord(input: unknown, options?: CampaignOptions): Result<CampaignRecord, ValidationIssue[]> {
  const keyed = sealKeyOf(options?.seal);
  if (!keyed.ok) return { ok: false, error: [keyed.issue] };
  return checkCampaignRecord(input, keyed.key);
}
