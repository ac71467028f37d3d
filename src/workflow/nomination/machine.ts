/**
 * The nomination workflow (section IV of the plan): a pure state machine over
 * {@link NOMINATION_TRANSITIONS}. Records are plain JSON-safe data, deeply frozen when the library
 * builds them; every change returns a new record whose history has one more entry. A record the
 * library did not build (a copy, an object from `JSON.parse`) is checked whole first.
 *
 * @module
 */
import type { Role } from '../../core/codes.js';
import { isCivilDate, toCivilDate } from '../../core/dates.js';
import { deepFreeze } from '../../core/freeze.js';
import type { Nomination } from '../../core/inputs.js';
import type { ValidationIssue } from '../../core/issues.js';
import type { CivilDate, DateInput, Result } from '../../core/types.js';
import { NOMINATION_EVENT_TYPES, type NominationEventType, type NominationGuard } from '../../core/workflow-codes.js';
import { applicableGuidance } from '../../guidance/options.js';
import { checkDossier } from '../../rules/dossier.js';
import type { EvaluationOptions } from '../../rules/options.js';
import { evaluateNomination } from '../../rules/nomination.js';
import { nominationSchemaFor } from '../../rules/parse.js';
import { creationDateText, dossierIncompleteText, nominationNotMetText, sealKeyRequiredText } from '../../text/workflow.js';
import { parseWith } from '../../validation/issues.js';
import type * as z from 'zod';
import type { Actor } from '../kernel/actor.js';
import { sealKeyOf, sealNext, unsealed } from '../kernel/chain.js';
import type { TransitionError } from '../kernel/errors.js';
import type { WorkflowOptions } from '../kernel/options.js';
import { isRegistered, registerRecord, withEventTypeMessages } from '../kernel/records.js';
import { ActorSchema } from '../kernel/schemas.js';
import { digestOf } from '../kernel/seal.js';
import { invalidEvent, invalidRecord } from '../kernel/steps.js';
import { checkNominationRecord } from './record.js';
import { nominationWorkflowSchemas } from './schemas.js';
import { beforePlanStep, checkNominationStep, nominationAfter, nominationTypesAllowed } from './step.js';
import type { GuidanceRef, HistoryEntry, NominationEvent, NominationRecord } from './types.js';

/**
 * Validates untrusted data as a {@link NominationEvent}. Never throws; unknown keys are issues.
 *
 * @param input - untrusted data
 * @param options - the annual guidance: an AMEND's nomination may then carry its criteria
 * @returns the event (a new object), or every issue found
 * @example
 * ```ts
 * import { parseNominationEvent } from 'thi-dua-vi-nguoi-ngheo';
 * const result = parseNominationEvent({ type: 'SUBMIT', by: 'unit-head', on: '2023-02-29' });
 * if (!result.ok) result.error.map((i) => i.path.join('.')); //=> ['on']
 * ```
 */
export function parseNominationEvent(input: unknown, options?: EvaluationOptions): Result<NominationEvent, ValidationIssue[]> {
  const { event } = nominationWorkflowSchemas(nominationSchemaFor(options) as z.ZodType<unknown>);
  const parsed = parseWith(event, input);
  return parsed.ok ? parsed : { ok: false, error: withEventTypeMessages(parsed.error, NOMINATION_EVENT_TYPES) };
}

const ISO_INSTANT = /^(\d{4}-\d{2}-\d{2})T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/u;

/** The Vietnamese day of a creation date: a real `YYYY-MM-DD`, a valid `Date`, or an ISO 8601 instant with its offset. */
function creationDayOf(on: unknown): CivilDate | undefined {
  if (on instanceof Date) return toCivilDate(on);
  if (typeof on !== 'string') return undefined;
  if (isCivilDate(on)) return on;
  const instant = ISO_INSTANT.exec(on);
  if (instant === null || !isCivilDate(instant[1])) return undefined;
  return toCivilDate(new Date(on));
}

/** The annual guidance that applied to a nomination's occasion, as an entry remembers it. */
function guidanceRefs(nomination: Nomination, options: EvaluationOptions | undefined): readonly GuidanceRef[] | undefined {
  const applied = applicableGuidance(nomination.occasion, options);
  return applied.length === 0 ? undefined : applied.map((g) => ({ number: g.number, date: g.date }));
}

/**
 * The options of {@link createNominationRecord}: the machine's (the guidance, the law, the seal
 * key) and the person who creates the record.
 *
 * @example
 * ```ts
 * import type { NominationCreateOptions } from 'thi-dua-vi-nguoi-ngheo';
 * const options: NominationCreateOptions = { actor: { id: 'u-0042', name: 'Nông Văn Sơn' } };
 * ```
 */
export interface NominationCreateOptions extends WorkflowOptions {
  /** Who creates the record (kept in the creation entry). */
  readonly actor?: Actor;
}

/**
 * Creates the record of a nomination, in status `draft`, with its creation as the first history
 * entry (the entry keeps the nomination as it was created). What it is given is validated: the
 * nomination (as `parseNomination` does, with the guidance of `options`), the day — a real
 * `YYYY-MM-DD` day, a `Date` or an ISO 8601 instant with its offset, each read as the Vietnamese
 * calendar day — not before the plan (2022-09-26, III.5.1), and the actor. The nomination is
 * copied: later changes to the caller's object do not reach the record, which is deeply frozen.
 * With `options.seal`, the creation entry and the record are sealed. Never throws.
 *
 * @param nomination - the nomination (validated again)
 * @param on - the day of the creation
 * @param options - the guidance (its criteria may then be in the assessment), the seal key, the actor
 * @returns a new record, or every issue found (paths from `nomination`, `on`, `actor`, `options`)
 * @example
 * ```ts
 * import { createNominationRecord } from 'thi-dua-vi-nguoi-ngheo';
 * import { sampleNominations } from 'thi-dua-vi-nguoi-ngheo/testing';
 * const created = createNominationRecord(sampleNominations[0]!, new Date('2023-10-01T20:00:00Z'));
 * if (created.ok) created.value.history[0]?.event.on; //=> '2023-10-02' (03:00 in Hà Nội)
 *
 * const wrong = createNominationRecord(sampleNominations[0]!, '02/10/2023');
 * if (!wrong.ok) wrong.error.map((i) => `${i.path.join('.')} ${i.code}`); //=> ['on invalid_format']
 * ```
 */
export function createNominationRecord(
  nomination: Nomination,
  on: DateInput,
  options?: NominationCreateOptions,
): Result<NominationRecord, ValidationIssue[]> {
  const issues: ValidationIssue[] = [];
  const keyed = sealKeyOf(options?.seal);
  if (!keyed.ok) issues.push(keyed.issue);
  const parsed = parseWith(nominationSchemaFor(options), nomination);
  if (!parsed.ok) issues.push(...parsed.error.map((issue) => ({ ...issue, path: ['nomination', ...issue.path] })));
  const day = creationDayOf(on);
  if (day === undefined)
    issues.push({
      path: ['on'],
      code: typeof on === 'string' || on instanceof Date ? 'invalid_format' : 'invalid_type',
      message: creationDateText(),
    });
  else {
    const early = beforePlanStep(day);
    if (early !== undefined) issues.push({ path: ['on'], code: 'date_outside_window', message: early.error.message });
  }
  const actor = options?.actor === undefined ? undefined : parseWith(ActorSchema, options.actor);
  if (actor !== undefined && !actor.ok) issues.push(...actor.error.map((issue) => ({ ...issue, path: ['actor', ...issue.path] })));
  if (issues.length > 0 || !parsed.ok || day === undefined || !keyed.ok) return { ok: false, error: issues };
  const created = deepFreeze(parsed.value);
  const refs = guidanceRefs(created, options);
  const event = { type: 'CREATE' as const, on: day, ...(actor?.ok === true ? { actor: actor.value } : {}), nomination: created };
  const entry = { event, status: 'draft' as const, ...(refs === undefined ? {} : { guidance: refs }) };
  const seals = keyed.key === undefined ? undefined : sealNext('nomination', keyed.key, undefined, 0, entry, digestOf(created));
  const record: NominationRecord = deepFreeze({
    schemaVersion: 2,
    nomination: created,
    status: 'draft',
    history: [seals === undefined ? entry : { ...entry, seal: seals.entry }],
    ...(seals === undefined ? {} : { seal: seals.head }),
  });
  return { ok: true, value: registerRecord(record, keyed.key) };
}

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

function checkGuard(
  guard: NominationGuard | undefined,
  type: NominationEventType,
  nomination: Nomination,
  options?: EvaluationOptions,
): TransitionError | undefined {
  switch (guard) {
    case undefined:
      return undefined;
    case 'nomination-met': {
      const evaluation = evaluateNomination(nomination, options);
      const { outcome } = evaluation;
      if (outcome === 'met') return undefined;
      const rules = unique(evaluation.findings.filter((f) => f.outcome !== 'met').map((f) => f.rule));
      return {
        code: 'NOMINATION_NOT_MET',
        message: nominationNotMetText(outcome, rules, type === 'AMEND' ? 'AMEND' : 'PROPOSE'),
        findings: evaluation.findings,
      };
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

/** The record as the machine may continue it: the very record if the library built it with this key, else a checked copy. */
function recordToContinue(
  record: unknown,
  options: WorkflowOptions | undefined,
): Result<{ readonly record: NominationRecord; readonly key: Uint8Array | undefined }, TransitionError> {
  const keyed = sealKeyOf(options?.seal);
  if (!keyed.ok) return { ok: false, error: invalidRecord([keyed.issue]) };
  const { key } = keyed;
  let checked: NominationRecord;
  if (isRegistered(record, key)) checked = record as NominationRecord;
  else {
    const result = checkNominationRecord(record, options, key);
    if (!result.ok) return { ok: false, error: invalidRecord(result.error) };
    checked = result.value;
  }
  if (key === undefined && (checked.seal !== undefined || checked.history.some((entry) => entry.seal !== undefined))) {
    return { ok: false, error: invalidRecord([{ path: ['seal'], code: 'seal_key_required', message: sealKeyRequiredText() }]) };
  }
  return { ok: true, value: { record: checked, key } };
}

/**
 * Applies one event to a nomination record. Never throws, never mutates: a refused event leaves
 * the record as it was; an accepted one returns a new record with one more history entry. The
 * checks run in this order, and the first that applies is returned:
 *
 * 1. INVALID_EVENT — the event's shape (it is validated at run time whatever its type says);
 * 2. INVALID_RECORD — a record the library did not build (a copy, `JSON.parse` output, an object
 *    spread with another status) is checked as `parseNominationRecord` checks it, with the same
 *    options; a sealed record needs the key, and a key needs a sealed record;
 * 3. EVENT_NOT_ALLOWED — no row for this status, event and form (and decision);
 * 4. ROLE_NOT_ALLOWED — a row, but for another role;
 * 5. DATE_BEFORE_PREVIOUS — dated before the last history entry (the same day is fine);
 * 6. DATE_OUTSIDE_WINDOW — dated before the plan (2022-09-26, III.5.1), or a proposal (PROPOSE,
 *    AMEND once proposed) dated before its occasion's year (IV.1.2 "Trong năm");
 * 7. NOMINATION_NOT_MET — PROPOSE, and AMEND in `proposed` / `returned`: `evaluateNomination`
 *    of the nomination (the amended one) is not `met`; the error carries its findings;
 * 8. DOSSIER_INCOMPLETE — SUBMIT, only when a dossier is required by `options`; the documents
 *    missing come with the error. A SUBMIT that lists `documents` completes the nomination's
 *    dossier with them first, so a dossier returned for a missing document can be sent again.
 *
 * An AMEND replaces the nomination (every field but `id`); its history entry keeps the amended
 * version. An entry whose step read the options remembers the annual guidance that applied. With
 * `options.seal`, the new entry and the record are sealed.
 *
 * @param record - the record, as returned by this library (or by {@link parseNominationRecord})
 * @param event - the event (validated at run time)
 * @param options - the annual guidance (III.4), the law's options, the seal key
 * @returns the new record, or why the event was refused
 * @example
 * ```ts
 * import { applyNominationEvent, createNominationRecord } from 'thi-dua-vi-nguoi-ngheo';
 * import { sampleNominations } from 'thi-dua-vi-nguoi-ngheo/testing';
 * // SK2023-01: a unit's Bằng khen of the provincial chairman, 2023 preliminary review.
 * const created = createNominationRecord(sampleNominations[0]!, '2023-10-02');
 * if (created.ok) {
 *   const proposed = applyNominationEvent(created.value, { type: 'PROPOSE', by: 'unit-head', on: '2023-10-10' });
 *   if (proposed.ok) proposed.value.status; //=> 'proposed'
 *
 *   const early = applyNominationEvent(created.value, { type: 'PROPOSE', by: 'unit-head', on: '2023-10-01' });
 *   if (!early.ok) early.error.code; //=> 'DATE_BEFORE_PREVIOUS'
 *
 *   const council = applyNominationEvent(created.value, { type: 'PROPOSE', by: 'department-council', on: '2023-10-10' });
 *   if (!council.ok) council.error.code; //=> 'ROLE_NOT_ALLOWED'
 *
 *   const forged = applyNominationEvent({ ...created.value, status: 'forwarded' }, { type: 'FORWARD', by: 'department-council', on: '2023-10-10' });
 *   if (!forged.ok) forged.error.code; //=> 'INVALID_RECORD'
 * }
 * ```
 */
export function applyNominationEvent(
  record: NominationRecord,
  event: NominationEvent,
  options?: WorkflowOptions,
): Result<NominationRecord, TransitionError> {
  const parsed = parseNominationEvent(event, options);
  if (!parsed.ok) return { ok: false, error: invalidEvent(parsed.error) };
  const continued = recordToContinue(record, options);
  if (!continued.ok) return continued;
  const { record: current, key } = continued.value;
  const accepted = parsed.value;
  const before = current.nomination;
  const after = nominationAfter(accepted, before);
  const step = checkNominationStep(current.status, before, after, current.history.at(-1)?.event.on, accepted);
  if (!step.ok) return { ok: false, error: step.error };
  const refusal = checkGuard(step.row.guard, accepted.type, after, options);
  if (refusal !== undefined) return { ok: false, error: refusal };
  const refs = step.row.guard === undefined ? undefined : guidanceRefs(after, options);
  const entry = deepFreeze({ event: accepted, status: step.row.to, ...(refs === undefined ? {} : { guidance: refs }) }) as HistoryEntry;
  const seals =
    key === undefined
      ? undefined
      : sealNext('nomination', key, current.history.at(-1)?.seal, current.history.length, unsealed(entry), digestOf(after));
  const next: NominationRecord = Object.freeze({
    schemaVersion: 2,
    nomination: after,
    status: step.row.to,
    history: Object.freeze([...current.history, seals === undefined ? entry : Object.freeze({ ...entry, seal: seals.entry })]),
    ...(seals === undefined ? {} : { seal: seals.head }),
  });
  return { ok: true, value: registerRecord(next, key) };
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
 * import { createNominationRecord, nominationEventsAllowed } from 'thi-dua-vi-nguoi-ngheo';
 * import { sampleNominations } from 'thi-dua-vi-nguoi-ngheo/testing';
 * const created = createNominationRecord(sampleNominations[0]!, '2023-10-02');
 * if (created.ok) {
 *   nominationEventsAllowed(created.value); //=> ['PROPOSE', 'WITHDRAW', 'AMEND']
 *   nominationEventsAllowed(created.value, 'director'); //=> []
 * }
 * ```
 */
export function nominationEventsAllowed(record: NominationRecord, by?: Role): NominationEventType[] {
  return nominationTypesAllowed(record.status, record.nomination.form, by);
}
