/**
 * Loading a saved nomination record: its shape, the replay of its history through the table, the
 * nomination's binding to its history, the guidance it was evaluated under, and — with a key —
 * its seals. The machine runs the same check on any record it did not build.
 *
 * @module
 */
import type * as z from 'zod';
import type { ValidationIssue } from '../../core/issues.js';
import type { Nomination } from '../../core/inputs.js';
import type { Result } from '../../core/types.js';
import { NOMINATION_EVENT_TYPES } from '../../core/workflow-codes.js';
import { guidanceList } from '../../guidance/options.js';
import { nominationSchemaFor } from '../../rules/parse.js';
import {
  createNotFirstText,
  emptyHistoryText,
  entryStatusMismatchText,
  firstEntryNotCreateText,
  guidanceRequiredText,
  nominationMismatchText,
  recordStatusMismatchText,
  sealMissingText,
  tooManyIssuesText,
} from '../../text/workflow.js';
import { parseWith } from '../../validation/issues.js';
import { sealIssues, sealKeyOf } from '../kernel/chain.js';
import type { WorkflowOptions } from '../kernel/options.js';
import { MAX_ISSUES } from '../../core/issues.js';
import { deepFreeze } from '../../core/freeze.js';
import { registerRecord, withEventTypeMessages } from '../kernel/records.js';
import { canonicalJson, digestOf } from '../kernel/seal.js';
import { replayedEntryIssue } from '../kernel/steps.js';
import { nominationWorkflowSchemas } from './schemas.js';
import { beforePlanStep, checkNominationStep, nominationAfter, setsNomination } from './step.js';
import type { GuidanceRef, HistoryEntry, NominationRecord } from './types.js';

/** The replay of a history: its issues, and the nomination after each entry. */
type Replay = { readonly issues: ValidationIssue[]; readonly versions: readonly Nomination[]; readonly setter: number };

function replay(record: NominationRecord): Replay {
  const { history } = record;
  const first = history[0];
  if (first === undefined) {
    return {
      issues: [{ path: ['history'], code: 'history_not_replayable', message: emptyHistoryText('nomination') }],
      versions: [],
      setter: 0,
    };
  }
  const issues: ValidationIssue[] = [];
  // Without a creation first, the record's own nomination stands in, so that the later entries are still checked.
  let current = first.event.type === 'CREATE' ? first.event.nomination : record.nomination;
  if (first.event.type !== 'CREATE') {
    issues.push({ path: ['history', 0, 'event', 'type'], code: 'history_not_replayable', message: firstEntryNotCreateText() });
  } else if (first.status !== 'draft') {
    issues.push({ path: ['history', 0, 'status'], code: 'status_mismatch', message: entryStatusMismatchText(0, 'draft', first.status) });
  } else {
    const early = beforePlanStep(first.event.on);
    if (early !== undefined) issues.push(replayedEntryIssue(0, early, first.status) as ValidationIssue);
  }
  const versions: Nomination[] = [current];
  let setter = 0;
  // Each entry is checked from the status its predecessor records, so that one bad entry does
  // not hide the problems of the later ones.
  let previous = first;
  for (let index = 1; index < history.length; index++) {
    if (issues.length >= MAX_ISSUES) {
      issues.push({ path: ['history', index], code: 'too_many_issues', message: tooManyIssuesText(MAX_ISSUES) });
      return { issues, versions, setter };
    }
    const entry = history[index] as HistoryEntry;
    const { event } = entry;
    if (event.type === 'CREATE') {
      issues.push({ path: ['history', index, 'event', 'type'], code: 'history_not_replayable', message: createNotFirstText(index) });
    } else {
      const after = nominationAfter(event, current);
      const step = checkNominationStep(previous.status, current, after, previous.event.on, event);
      const found = replayedEntryIssue(index, step, entry.status);
      if (found !== undefined) issues.push(found);
      if (setsNomination(event)) setter = index;
      current = after;
    }
    versions.push(current);
    previous = entry;
  }
  if (record.status !== previous.status && issues.length < MAX_ISSUES) {
    issues.push({ path: ['status'], code: 'status_mismatch', message: recordStatusMismatchText(previous.status, record.status) });
  }
  if (canonicalJson(record.nomination) !== canonicalJson(current) && issues.length < MAX_ISSUES) {
    issues.push({ path: ['nomination'], code: 'nomination_mismatch', message: nominationMismatchText(setter) });
  }
  return { issues, versions, setter };
}

const sameRef = (a: GuidanceRef, b: GuidanceRef): boolean => a.number === b.number && a.date === b.date;

/** `guidance_required` for each guidance the history names that the options do not hold, at the first entry that names it. */
function guidanceIssues(
  named: readonly { readonly index: number; readonly refs: readonly GuidanceRef[] }[],
  options: WorkflowOptions | undefined,
): ValidationIssue[] {
  const given = guidanceList(options);
  const reported: GuidanceRef[] = [];
  const issues: ValidationIssue[] = [];
  for (const { index, refs } of named) {
    const missing = refs.filter((ref) => !given.some((g) => sameRef(g, ref)) && !reported.some((r) => sameRef(r, ref)));
    if (missing.length === 0) continue;
    reported.push(...missing);
    issues.push({ path: ['history', index, 'guidance'], code: 'guidance_required', message: guidanceRequiredText(missing) });
    if (issues.length >= MAX_ISSUES) break;
  }
  return issues;
}

/** The guidance each entry of a (valid) record names. */
function namedGuidance(history: readonly HistoryEntry[]): { index: number; refs: readonly GuidanceRef[] }[] {
  const named: { index: number; refs: readonly GuidanceRef[] }[] = [];
  history.forEach((entry, index) => {
    if (entry.guidance !== undefined) named.push({ index, refs: entry.guidance });
  });
  return named;
}

/**
 * The guidance an input that failed the shape check names, read defensively (it may be hostile):
 * so that a reload without the guidance its assessment needs says which guidance that is.
 */
function namedGuidanceOfRaw(input: unknown): { index: number; refs: readonly GuidanceRef[] }[] {
  try {
    const history = (input as { history?: unknown } | null)?.history;
    if (!Array.isArray(history)) return [];
    const named: { index: number; refs: GuidanceRef[] }[] = [];
    const count = Math.min(history.length, 10_000);
    for (let index = 0; index < count; index++) {
      const guidance = (history[index] as { guidance?: unknown } | null)?.guidance;
      if (!Array.isArray(guidance)) continue;
      const refs = guidance
        .slice(0, 100)
        .filter((g): g is GuidanceRef => typeof g?.number === 'string' && typeof g?.date === 'string')
        .map((g) => ({ number: g.number, date: g.date }));
      if (refs.length > 0) named.push({ index, refs });
    }
    return named;
  } catch {
    return [];
  }
}

/**
 * Checks untrusted data as a nomination record, with the key given (or none); on success the
 * record is a new, deeply frozen object, registered as checked with that key.
 */
export function checkNominationRecord(
  input: unknown,
  options: WorkflowOptions | undefined,
  key: Uint8Array | undefined,
): Result<NominationRecord, ValidationIssue[]> {
  // With a guidance, the saved assessments may carry its criteria too (the same schema as parseNomination).
  const { record: schema } = nominationWorkflowSchemas(nominationSchemaFor(options) as z.ZodType<unknown>);
  const parsed = parseWith(schema, input);
  if (!parsed.ok) {
    const issues = withEventTypeMessages(parsed.error, ['CREATE', ...NOMINATION_EVENT_TYPES]);
    return { ok: false, error: [...guidanceIssues(namedGuidanceOfRaw(input), options), ...issues] };
  }
  const record = deepFreeze(parsed.value);
  const { issues, versions } = replay(record);
  issues.push(...guidanceIssues(namedGuidance(record.history), options));
  if (key !== undefined) {
    const { history, seal } = record;
    const unsealed = seal === undefined && history.every((entry) => entry.seal === undefined);
    if (unsealed) issues.push({ path: ['seal'], code: 'seal_missing', message: sealMissingText(undefined) });
    else {
      const last = versions.at(-1) ?? record.nomination;
      issues.push(...sealIssues({ chain: 'nomination', key, history, seal, digestAfter: (index) => digestOf(versions[index] ?? last) }));
    }
  }
  return issues.length === 0 ? { ok: true, value: registerRecord(record, key) } : { ok: false, error: issues };
}

/**
 * Loads a saved nomination record (what `JSON.stringify` wrote) and checks it, never throwing:
 *
 * 1. its shape (`schemaVersion` 2, strict objects: unknown keys are issues; zod's codes);
 * 2. its history, replayed through the table — `history[0]` must be the creation with status
 *    `draft`; each later entry must have a row for the status before it, the nomination's form
 *    then and the entry's role, be dated no earlier than the entry before it and not before the
 *    plan, a proposal not before its occasion's year, and record the status the row gives; the
 *    record's status must be its last entry's;
 * 3. its nomination: the one its creation, its last AMEND and the documents of a later SUBMIT
 *    establish (`nomination_mismatch`);
 * 4. the annual guidance it was evaluated under must be in `options.guidance`
 *    (`guidance_required` names it);
 * 5. with `options.seal`, every seal: a record without seals, an entry changed, inserted,
 *    removed or moved, entries dropped from the end or appended, are refused (`seal_missing`,
 *    `seal_mismatch`). Without a key the seals are not checked.
 *
 * The guards (the evaluation of PROPOSE and AMEND, the dossier of SUBMIT) are not re-run: their
 * inputs (the annual guidance, the law's options) may have changed since. Problems are issues
 * with the codes of {@link RECORD_ISSUE_CODES}.
 *
 * @param input - untrusted data, e.g. `JSON.parse(saved)`
 * @param options - the annual guidance the record was evaluated under, and the key of its seals
 * @returns the record (new, deeply frozen), or every issue found
 * @example
 * ```ts
 * import { createNominationRecord, parseNominationRecord } from 'thi-dua-vi-nguoi-ngheo';
 * import { sampleNominations } from 'thi-dua-vi-nguoi-ngheo/testing';
 * const created = createNominationRecord(sampleNominations[0]!, '2023-10-02');
 * if (created.ok) {
 *   const saved = JSON.stringify(created.value);
 *   parseNominationRecord(JSON.parse(saved)).ok; //=> true
 *
 *   const renamed = JSON.parse(saved);
 *   renamed.nomination.subject.name = 'Another unit';
 *   const result = parseNominationRecord(renamed);
 *   if (!result.ok) result.error.map((i) => i.code); //=> ['nomination_mismatch']
 * }
 * ```
 */
export function parseNominationRecord(input: unknown, options?: WorkflowOptions): Result<NominationRecord, ValidationIssue[]> {
  const keyed = sealKeyOf(options?.seal);
  if (!keyed.ok) return { ok: false, error: [keyed.issue] };
  return checkNominationRecord(input, options, keyed.key);
}
