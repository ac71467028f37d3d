/**
 * One step of the nomination machine, as the machine and the record parser both check it: the
 * table's row for the status, event, form (and decision), the role, the order of dates and the
 * windows; and the nomination an accepted event leaves behind.
 *
 * @module
 */
import type { RewardForm, Role } from '../../core/codes.js';
import { deepFreeze } from '../../core/freeze.js';
import type { Nomination } from '../../core/inputs.js';
import type { CivilDate } from '../../core/types.js';
import { NOMINATION_EVENT_TYPES, type NominationEventType, type NominationStatus } from '../../core/workflow-codes.js';
import { beforeOccasionYearText, beforePlanText, eventNotAllowedText } from '../../text/workflow.js';
import type { EventWindow } from '../kernel/errors.js';
import {
  dateBeforePreviousStep,
  eventNotAllowedStep,
  inWindows,
  outsideWindowStep,
  PLAN_FIRST_DAY,
  roleNotAllowedStep,
  type StepFailure,
  type StepSuccess,
} from '../kernel/steps.js';
import { NOMINATION_TRANSITIONS, type NominationTransition } from './table.js';
import type { NominationEvent } from './types.js';

function matches(row: NominationTransition, status: NominationStatus, type: NominationEventType, form: RewardForm): boolean {
  return row.from === status && row.event === type && row.forms.includes(form);
}

let rowsByStep: Map<string, readonly NominationTransition[]> | undefined;

/** The rows from a status for an event type, looked up (a replay checks thousands of entries). */
function rowsOf(status: NominationStatus, type: NominationEventType): readonly NominationTransition[] {
  if (rowsByStep === undefined) {
    rowsByStep = new Map();
    for (const row of NOMINATION_TRANSITIONS) {
      const key = `${row.from}|${row.event}`;
      rowsByStep.set(key, [...(rowsByStep.get(key) ?? []), row]);
    }
  }
  return rowsByStep.get(`${status}|${type}`) ?? [];
}

/** The event types with a row for the status and form (and role), in `NOMINATION_EVENT_TYPES` order. */
export function nominationTypesAllowed(status: NominationStatus, form: RewardForm, by?: Role): NominationEventType[] {
  return NOMINATION_EVENT_TYPES.filter((type) =>
    NOMINATION_TRANSITIONS.some((row) => matches(row, status, type, form) && (by === undefined || row.by === by)),
  );
}

/**
 * The nomination after an event, given the one before it: an AMEND's (with the record's id), the
 * one before with the documents a SUBMIT lists; otherwise the one before, the same object. New
 * nominations are deeply frozen. (The creation's is its event's `nomination`.)
 */
export function nominationAfter(event: NominationEvent, before: Nomination): Nomination {
  switch (event.type) {
    case 'AMEND':
      return deepFreeze({ id: before.id, ...event.nomination });
    case 'SUBMIT':
      return event.documents === undefined ? before : deepFreeze({ ...before, documents: [...event.documents] });
    case 'PROPOSE':
    case 'COMPILE':
    case 'SELECT':
    case 'FORWARD':
    case 'RETURN':
    case 'WITHDRAW':
    case 'DECIDE':
      return before;
    /* v8 ignore next 2 -- @preserve: unreachable, the switch is exhaustive */
    default:
      return event satisfies never;
  }
}

/** Whether an event sets the nomination (an AMEND, a SUBMIT that lists documents). */
export function setsNomination(event: NominationEvent): boolean {
  return event.type === 'AMEND' || (event.type === 'SUBMIT' && event.documents !== undefined);
}

/**
 * When a proposal for an occasion of `year` may be dated: from the first day of that year (or of
 * the plan, if later) on; never, for a year past 9999 (no civil date is in it).
 */
function proposalWindows(year: number): EventWindow[] {
  if (year > 9999) return [];
  const from = year < 0 ? PLAN_FIRST_DAY : `${String(year).padStart(4, '0')}-01-01`;
  // biome-ignore lint/complexity/useMathMinMax: civil days are strings, compared in ISO order
  return [{ from: from < PLAN_FIRST_DAY ? PLAN_FIRST_DAY : from }];
}

/** DATE_OUTSIDE_WINDOW when a day is before the plan (III.5.1). */
export function beforePlanStep(on: CivilDate): StepFailure | undefined {
  if (on >= PLAN_FIRST_DAY) return undefined;
  return outsideWindowStep(beforePlanText(on, PLAN_FIRST_DAY), [{ from: PLAN_FIRST_DAY }]);
}

/**
 * The table's checks for one event, in the order of `TRANSITION_ERROR_CODES`: a row for this
 * status, event and form (and decision) → EVENT_NOT_ALLOWED; a row for the role →
 * ROLE_NOT_ALLOWED; not dated before the previous entry → DATE_BEFORE_PREVIOUS; not before the
 * plan, and a proposal (a row guarded by the evaluation: PROPOSE, AMEND once proposed) not before
 * its occasion's year (IV.1.2 "Trong năm") → DATE_OUTSIDE_WINDOW. `after` is the nomination the
 * event leaves (see {@link nominationAfter}). Returns the row.
 */
export function checkNominationStep(
  status: NominationStatus,
  before: Nomination,
  after: Nomination,
  previousOn: CivilDate | undefined,
  event: NominationEvent,
): StepSuccess<NominationTransition> | StepFailure {
  const form = before.form;
  const decision = event.type === 'DECIDE' ? event.decision : undefined;
  const candidates = rowsOf(status, event.type).filter(
    (row) => row.forms.includes(form) && (row.decision === undefined || row.decision === decision),
  );
  if (candidates.length === 0) {
    const allowed = nominationTypesAllowed(status, form);
    return eventNotAllowedStep(eventNotAllowedText({ machine: 'nomination', type: event.type, status, form, allowed }), allowed);
  }
  const row = candidates.find((candidate) => candidate.by === event.by);
  if (row === undefined) return roleNotAllowedStep(candidates, event, status);
  const late = dateBeforePreviousStep(event.on, previousOn);
  if (late !== undefined) return late;
  const early = beforePlanStep(event.on);
  if (early !== undefined) return early;
  if (row.guard === 'nomination-met') {
    const { year } = after.occasion;
    const windows = proposalWindows(year);
    if (!inWindows(event.on, windows)) return outsideWindowStep(beforeOccasionYearText(event.type, event.on, year), windows);
  }
  return { ok: true, row };
}
