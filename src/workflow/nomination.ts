/**
 * The nomination workflow (section IV of the plan): a pure state machine over
 * {@link NOMINATION_TRANSITIONS}. Records are plain JSON-safe data, deeply frozen when the library
 * builds them; every change returns a new record whose history has one more entry.
 *
 * @module
 */
import type { Nomination } from '../core/inputs.js';
import type { EvaluationOptions } from '../rules/options.js';
import { nominationSchemaFor } from '../rules/parse.js';
import type * as z from 'zod';
import { checkDossier } from '../rules/dossier.js';
import type { DossierRequirement } from '../guidance/dossier-documents.js';
import type { RewardForm, Role } from '../core/codes.js';
import type { Finding } from '../rules/evaluation.js';
import { evaluateNomination } from '../rules/nomination.js';
import { parseWith } from '../validation/issues.js';
import {
  createNotFirstText,
  dateBeforePreviousText,
  emptyHistoryText,
  entryNotReplayableText,
  dossierIncompleteText,
  tooManyIssuesText,
  entryStatusMismatchText,
  eventNotAllowedText,
  eventTypeIssueText,
  firstEntryNotCreateText,
  invalidEventText,
  nominationNotMetText,
  recordStatusMismatchText,
  roleNotAllowedText,
} from '../text/workflow.js';
import type { CivilDate, Result, Text } from '../core/types.js';
import { deepFreeze } from '../core/freeze.js';
import { NOMINATION_TRANSITIONS, type NominationTransition } from './nomination-table.js';
import { NominationEventSchema, NominationRecordSchema } from './schemas.js';
import { type Decision, NOMINATION_EVENT_TYPES, type NominationEventType, type NominationGuard, type NominationStatus, RECORD_ISSUE_CODES, type CampaignEventType, type CampaignStatus, type TransitionErrorCode, type RecordIssueCode } from '../core/workflow-codes.js';
export { DECISIONS, type Decision, FINAL_NOMINATION_STATUSES, NOMINATION_EVENT_TYPES, NOMINATION_STATUSES, type NominationEventType, type NominationStatus } from '../core/workflow-codes.js';
import { type ValidationIssue } from '../core/issues.js';
import { type NominationEvent, type HistoryEntry, type NominationRecord } from './types.js';


/**
 * A refused event: the code, a message in both languages, the evaluation's findings
 * (NOMINATION_NOT_MET), the validation issues of the event (INVALID_EVENT) and the documents
 * missing from the dossier (DOSSIER_INCOMPLETE).
 *
 * @example
 * ```ts
 * import { applyNominationEvent, createNominationRecord, sampleNominations } from 'thi-dua-vi-nguoi-ngheo';
 * const record = createNominationRecord(sampleNominations[0]!, '2023-10-02');
 * const result = applyNominationEvent(record, { type: 'COMPILE', by: 'department-council', on: '2023-10-03' });
 * if (!result.ok) result.error.code; //=> 'EVENT_NOT_ALLOWED'
 * ```
 */
export type TransitionError = {
  readonly code: TransitionErrorCode;
  readonly message: Text;
  readonly findings?: readonly Finding[];
  readonly issues?: readonly ValidationIssue[];
  /** DOSSIER_INCOMPLETE: the documents the dossier lacks. */
  readonly missingDocuments?: readonly DossierRequirement[];
};

/**
 * A refused step, with the field of the event it is about and the record parser's code for it.
 *
 * @internal
 */
export type StepFailure = {
  readonly ok: false;
  readonly error: TransitionError;
  readonly field: 'type' | 'by' | 'on';
  readonly issueCode: RecordIssueCode;
};

/**
 * Freezes parsed data all the way down. zod's `readonly()` already freezes the arrays it outputs,
 * which `deepFreeze` (it stops at a frozen object) would then not enter.
 *
 * @internal
 */
export function freezeParsed<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) freezeParsed((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}

/**
 * Rewrites zod's `invalid_union` on an event's `type` into a message that lists the types.
 *
 * @internal
 */
export function withEventTypeMessages(issues: ValidationIssue[], types: readonly string[]): ValidationIssue[] {
  return issues.map((issue) =>
    issue.code === 'invalid_union' && issue.path.at(-1) === 'type' ? { ...issue, message: eventTypeIssueText(types) } : issue,
  );
}

/**
 * Validates untrusted data as a {@link NominationEvent}. Never throws; unknown keys are issues.
 *
 * @param input - untrusted data
 * @returns the event (a new object), or every issue found
 * @example
 * ```ts
 * import { parseNominationEvent } from 'thi-dua-vi-nguoi-ngheo';
 * const result = parseNominationEvent({ type: 'SUBMIT', by: 'unit-head', on: '2023-02-29' });
 * if (!result.ok) result.error.map((i) => i.path.join('.')); //=> ['on']
 * ```
 */
export function parseNominationEvent(input: unknown): Result<NominationEvent, ValidationIssue[]> {
  const parsed = parseWith(NominationEventSchema, input);
  return parsed.ok ? parsed : { ok: false, error: withEventTypeMessages(parsed.error, NOMINATION_EVENT_TYPES) };
}

/**
 * Creates the record of a nomination, in status `draft`, with its creation as the first history
 * entry. The nomination is copied: later changes to the caller's object do not reach the record,
 * which is deeply frozen.
 *
 * @param nomination - the nomination, already parsed (see `parseNomination`)
 * @param on - the Vietnamese day of the creation, `YYYY-MM-DD` (a typed input: not re-validated)
 * @param options - accepted like the machine's; nothing is evaluated at creation
 * @returns a new record
 * @example
 * ```ts
 * import { createNominationRecord, sampleNominations } from 'thi-dua-vi-nguoi-ngheo';
 * const record = createNominationRecord(sampleNominations[0]!, '2023-10-02');
 * record.history; //=> [{ event: { type: 'CREATE', on: '2023-10-02' }, status: 'draft' }]
 * ```
 */
export function createNominationRecord(nomination: Nomination, on: CivilDate, options?: EvaluationOptions): NominationRecord {
  void options;
  return deepFreeze({
    schemaVersion: 1,
    nomination: structuredClone(nomination),
    status: 'draft',
    history: [{ event: { type: 'CREATE', on }, status: 'draft' }],
  });
}

function matches(row: NominationTransition, status: NominationStatus, type: NominationEventType, form: RewardForm): boolean {
  return row.from === status && row.event === type && row.forms.includes(form);
}

function typesAllowed(status: NominationStatus, form: RewardForm, by?: Role): NominationEventType[] {
  return NOMINATION_EVENT_TYPES.filter((type) =>
    NOMINATION_TRANSITIONS.some((row) => matches(row, status, type, form) && (by === undefined || row.by === by)),
  );
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/**
 * The table's checks for one event, in the order API.md gives: a row for this status, event and
 * form (and decision) → EVENT_NOT_ALLOWED; a row for the role → ROLE_NOT_ALLOWED; not dated before
 * the previous entry → DATE_BEFORE_PREVIOUS. Returns the row. Used by the machine and the replay.
 *
 * @internal
 */
export function checkNominationStep(
  status: NominationStatus,
  form: RewardForm,
  previousOn: CivilDate,
  event: NominationEvent,
): { readonly ok: true; readonly row: NominationTransition } | StepFailure {
  const decision = event.type === 'DECIDE' ? event.decision : undefined;
  const candidates = NOMINATION_TRANSITIONS.filter(
    (row) => matches(row, status, event.type, form) && (row.decision === undefined || row.decision === decision),
  );
  if (candidates.length === 0) {
    const message = eventNotAllowedText({ machine: 'nomination', type: event.type, status, form, allowed: typesAllowed(status, form) });
    return { ok: false, error: { code: 'EVENT_NOT_ALLOWED', message }, field: 'type', issueCode: 'history_not_replayable' };
  }
  const row = candidates.find((candidate) => candidate.by === event.by);
  if (row === undefined) return roleNotAllowedStep(candidates, event, status);
  if (event.on < previousOn) {
    const message = dateBeforePreviousText(event.on, previousOn);
    return { ok: false, error: { code: 'DATE_BEFORE_PREVIOUS', message }, field: 'on', issueCode: 'dates_out_of_order' };
  }
  return { ok: true, row };
}

/**
 * The ROLE_NOT_ALLOWED failure of a step: rows exist for this event, but for other roles. Shared by
 * both machines.
 *
 * @internal
 */
export function roleNotAllowedStep(
  candidates: readonly { readonly by: Role; readonly clause: string }[],
  event: { readonly type: NominationEventType | CampaignEventType; readonly by: Role },
  status: NominationStatus | CampaignStatus,
): StepFailure {
  const message = roleNotAllowedText({
    type: event.type,
    status,
    by: event.by,
    allowed: unique(candidates.map((c) => c.by)),
    clauses: unique(candidates.map((c) => c.clause)),
  });
  return { ok: false, error: { code: 'ROLE_NOT_ALLOWED', message }, field: 'by', issueCode: 'history_not_replayable' };
}

/**
 * What is wrong with one replayed history entry, if anything: the table refused its event, or it
 * records another status than the table's. Shared by both record parsers.
 *
 * @internal
 */
export function replayedEntryIssue(
  index: number,
  step: { readonly ok: true; readonly row: { readonly to: NominationStatus | CampaignStatus } } | StepFailure,
  recorded: NominationStatus | CampaignStatus,
): ValidationIssue | undefined {
  if (!step.ok) {
    return { path: ['history', index, 'event', step.field], code: step.issueCode, message: entryNotReplayableText(index, step.error.message) };
  }
  if (step.row.to === recorded) return undefined;
  return { path: ['history', index, 'status'], code: 'status_mismatch', message: entryStatusMismatchText(index, step.row.to, recorded) };
}

function checkGuard(guard: NominationGuard | undefined, nomination: Nomination, options?: EvaluationOptions): TransitionError | undefined {
  switch (guard) {
    case undefined:
      return undefined;
    case 'nomination-met': {
      const evaluation = evaluateNomination(nomination, options);
      const { outcome } = evaluation;
      if (outcome === 'met') return undefined;
      const rules = unique(evaluation.findings.filter((f) => f.outcome !== 'met').map((f) => f.rule));
      return { code: 'NOMINATION_NOT_MET', message: nominationNotMetText(outcome, rules), findings: evaluation.findings };
    }
    case 'dossier-complete': {
      // Only when the caller asks for it (a guidance with a dossier, or the law's default):
      // otherwise SUBMIT behaves as the table alone says.
      const dossier = checkDossier(nomination, options);
      if (dossier.complete) return undefined;
      return { code: 'DOSSIER_INCOMPLETE', message: dossierIncompleteText(dossier.message), missingDocuments: dossier.missing };
    }
    /* v8 ignore next 2 -- @preserve: unreachable, the switch is exhaustive */
    default:
      return guard satisfies never;
  }
}

function lastOf<T>(items: readonly T[]): T | undefined {
  return items[items.length - 1];
}

/**
 * Applies one event to a nomination record. The event comes from outside, so it is validated
 * first; then the checks run in this order, and the first that applies is returned:
 * INVALID_EVENT (wrong shape) → EVENT_NOT_ALLOWED (no row for this status, event and form) →
 * ROLE_NOT_ALLOWED (a row, but for another role) → DATE_BEFORE_PREVIOUS (dated before the last
 * history entry; the same day is fine) → NOMINATION_NOT_MET (PROPOSE only: `evaluateNomination`
 * is not `met`; the error carries its findings) → DOSSIER_INCOMPLETE (SUBMIT only, and only when
 * a dossier is required by `options`: the documents missing come with the error). A SUBMIT that
 * lists `documents` completes the nomination's dossier with them first, so a dossier returned for
 * a missing document can be sent again. Never throws, never mutates: a refused event
 * leaves the record as it was; an accepted one returns a new record with one more history entry.
 *
 * @param record - the record, as returned by this library (or by {@link parseNominationRecord})
 * @param event - untrusted data: a {@link NominationEvent}
 * @param options - passed to `evaluateNomination` (the annual guidance, III.4)
 * @returns the new record, or why the event was refused
 * @example
 * ```ts
 * import { applyNominationEvent, createNominationRecord, sampleNominations } from 'thi-dua-vi-nguoi-ngheo';
 * // SK2023-01: a unit's Bằng khen of the provincial chairman, 2023 preliminary review.
 * const created = createNominationRecord(sampleNominations[0]!, '2023-10-02');
 * const proposed = applyNominationEvent(created, { type: 'PROPOSE', by: 'unit-head', on: '2023-10-10' });
 * if (proposed.ok) proposed.value.status; //=> 'proposed'
 *
 * const early = applyNominationEvent(created, { type: 'PROPOSE', by: 'unit-head', on: '2023-10-01' });
 * if (!early.ok) early.error.code; //=> 'DATE_BEFORE_PREVIOUS'
 *
 * const council = applyNominationEvent(created, { type: 'PROPOSE', by: 'department-council', on: '2023-10-10' });
 * if (!council.ok) council.error.code; //=> 'ROLE_NOT_ALLOWED'
 * ```
 */
export function applyNominationEvent(
  record: NominationRecord,
  event: unknown,
  options?: EvaluationOptions,
): Result<NominationRecord, TransitionError> {
  const parsed = parseNominationEvent(event);
  if (!parsed.ok) {
    return { ok: false, error: { code: 'INVALID_EVENT', message: invalidEventText(parsed.error), issues: parsed.error } };
  }
  const accepted = parsed.value;
  const previous = lastOf(record.history);
  const step = checkNominationStep(record.status, record.nomination.form, previous?.event.on ?? accepted.on, accepted);
  if (!step.ok) return { ok: false, error: step.error };
  // A SUBMIT that lists the dossier's documents completes the nomination with them (IV.1.2).
  const nomination =
    accepted.type === 'SUBMIT' && accepted.documents !== undefined
      ? deepFreeze({ ...record.nomination, documents: [...accepted.documents] })
      : record.nomination;
  const refusal = checkGuard(step.row.guard, nomination, options);
  if (refusal !== undefined) return { ok: false, error: refusal };
  const entry: HistoryEntry = Object.freeze({ event: Object.freeze(accepted), status: step.row.to });
  return {
    ok: true,
    value: Object.freeze({
      schemaVersion: 1,
      nomination,
      status: step.row.to,
      history: Object.freeze([...record.history, entry]),
    }),
  };
}

/**
 * The event types that have a row of the table for the record's status and form (and for the
 * role, if given), in {@link NOMINATION_EVENT_TYPES} order. It reads the table only: PROPOSE is
 * listed even when the nomination would not pass its guard. A final record allows nothing.
 *
 * @param record - a nomination record
 * @param by - only the events this role may apply
 * @returns a new array of event types
 * @example
 * ```ts
 * import { createNominationRecord, nominationEventsAllowed, sampleNominations } from 'thi-dua-vi-nguoi-ngheo';
 * const record = createNominationRecord(sampleNominations[0]!, '2023-10-02');
 * nominationEventsAllowed(record); //=> ['PROPOSE', 'WITHDRAW']
 * nominationEventsAllowed(record, 'director'); //=> []
 * ```
 */
export function nominationEventsAllowed(record: NominationRecord, by?: Role): NominationEventType[] {
  return typesAllowed(record.status, record.nomination.form, by);
}

/**
 * How many replay issues a record parser reports before it stops with one `too_many_issues`:
 * a record refused for a hundred reasons is refused, and wording a million more would cost seconds.
 *
 * @example
 * ```ts
 * import { MAX_RECORD_ISSUES } from 'thi-dua-vi-nguoi-ngheo';
 * MAX_RECORD_ISSUES; //=> 100
 * ```
 */
export const MAX_RECORD_ISSUES = 100;

function replayIssues(record: NominationRecord): ValidationIssue[] {
  const { history } = record;
  const first = history[0];
  if (first === undefined) {
    return [{ path: ['history'], code: 'history_not_replayable', message: emptyHistoryText('nomination') }];
  }
  const issues: ValidationIssue[] = [];
  if (first.event.type !== 'CREATE') {
    issues.push({ path: ['history', 0, 'event', 'type'], code: 'history_not_replayable', message: firstEntryNotCreateText() });
  } else if (first.status !== 'draft') {
    issues.push({ path: ['history', 0, 'status'], code: 'status_mismatch', message: entryStatusMismatchText(0, 'draft', first.status) });
  }
  // Each entry is checked from the status its predecessor records, so that one bad entry does
  // not hide the problems of the later ones.
  let previous = first;
  for (let index = 1; index < history.length; index++) {
    if (issues.length >= MAX_RECORD_ISSUES) {
      issues.push({ path: ['history', index], code: 'too_many_issues', message: tooManyIssuesText(MAX_RECORD_ISSUES) });
      return issues;
    }
    const entry = history[index] as HistoryEntry;
    const { event } = entry;
    if (event.type === 'CREATE') {
      issues.push({ path: ['history', index, 'event', 'type'], code: 'history_not_replayable', message: createNotFirstText(index) });
    } else {
      const step = checkNominationStep(previous.status, record.nomination.form, previous.event.on, event);
      const issue = replayedEntryIssue(index, step, entry.status);
      if (issue !== undefined) issues.push(issue);
    }
    previous = entry;
  }
  if (record.status !== previous.status && issues.length < MAX_RECORD_ISSUES) {
    issues.push({ path: ['status'], code: 'status_mismatch', message: recordStatusMismatchText(previous.status, record.status) });
  }
  return issues;
}

/**
 * Loads a saved nomination record (what `JSON.stringify` wrote) and checks it: its shape
 * (`schemaVersion` 1, strict objects: unknown keys are issues), then its history, replayed through
 * the table — `history[0]` must be the creation with status `draft`; each later entry must have a
 * row for the status before it, the nomination's form and the entry's role, be dated no earlier
 * than the entry before it, and record the status the row gives; the record's status must be its
 * last entry's. The PROPOSE guard is not re-run (its inputs may have changed since). Problems of
 * the replay are issues with the codes of {@link RECORD_ISSUE_CODES}. Never throws.
 *
 * @param input - untrusted data, e.g. `JSON.parse(saved)`
 * @param options - the annual guidance, whose criteria a saved assessment may then carry
 * @returns the record (new, deeply frozen), or every issue found
 * @example
 * ```ts
 * import { createNominationRecord, parseNominationRecord, sampleNominations } from 'thi-dua-vi-nguoi-ngheo';
 * const saved = JSON.stringify(createNominationRecord(sampleNominations[0]!, '2023-10-02'));
 * parseNominationRecord(JSON.parse(saved)).ok; //=> true
 *
 * const forged = { ...JSON.parse(saved), status: 'awarded' };
 * const result = parseNominationRecord(forged);
 * if (!result.ok) result.error.map((i) => i.code); //=> ['status_mismatch']
 * ```
 */
export function parseNominationRecord(input: unknown, options?: EvaluationOptions): Result<NominationRecord, ValidationIssue[]> {
  // With a guidance, the saved assessment may carry its criteria too (the same schema as parseNomination).
  const schema =
    options?.guidance === undefined
      ? NominationRecordSchema
      : (NominationRecordSchema.extend({ nomination: nominationSchemaFor(options) }) as unknown as z.ZodType<NominationRecord>);
  const parsed = parseWith(schema as z.ZodType<NominationRecord>, input);
  if (!parsed.ok) return { ok: false, error: withEventTypeMessages(parsed.error, ['CREATE', ...NOMINATION_EVENT_TYPES]) };
  const issues = replayIssues(parsed.value);
  return issues.length === 0 ? { ok: true, value: freezeParsed(parsed.value) } : { ok: false, error: issues };
}
