/**
 * One step of the campaign record, as the record and its parser both check it: the table's row,
 * the once-rules, the role, the order of dates and the window.
 *
 * @module
 */
import type { Role } from '../../core/codes.js';
import type { CivilDate, Text } from '../../core/types.js';
import { CAMPAIGN_EVENT_TYPES, type CampaignEventType, type CampaignStatus } from '../../core/workflow-codes.js';
import { alreadyRecordedText, dateOutsideWindowText, eventNotAllowedText } from '../../text/workflow.js';
import {
  dateBeforePreviousStep,
  eventNotAllowedStep,
  inWindows,
  outsideWindowStep,
  roleNotAllowedStep,
  type StepFailure,
  type StepSuccess,
} from '../kernel/steps.js';
import { CAMPAIGN_TRANSITIONS, type CampaignTransition, campaignWindowsOf } from './table.js';
import type { CampaignEvent, CampaignHistoryEntry } from './types.js';

/** The calendar year of a day, as written. */
export const yearOf = (day: CivilDate): string => day.slice(0, 4);

/** The event types with a row for the status (and role), in `CAMPAIGN_EVENT_TYPES` order. */
export function campaignTypesAllowed(status: CampaignStatus, by?: Role): CampaignEventType[] {
  return CAMPAIGN_EVENT_TYPES.filter((type) =>
    CAMPAIGN_TRANSITIONS.some((row) => row.from === status && row.event === type && (by === undefined || row.by === by)),
  );
}

/** The first earlier entry of the same event type (in the same year, for `once: 'year'`), if any. */
export type EarlierOf = (event: CampaignEvent, once: 'campaign' | 'year') => CampaignHistoryEntry | undefined;

/** Looks the earlier entry up in a history (for one event, a scan is fine). */
export const scanning =
  (history: readonly CampaignHistoryEntry[]): EarlierOf =>
  (event, once) =>
    history.find((h) => h.event.type === event.type && (once === 'campaign' || yearOf(h.event.on) === yearOf(event.on)));

/** Why this event would be a second one of an event that its row allows only once, if it would. */
function secondOccurrenceText(row: CampaignTransition, earlierOf: EarlierOf, event: CampaignEvent): Text | undefined {
  const { once } = row;
  if (once === undefined) return undefined;
  const earlier = earlierOf(event, once);
  if (earlier === undefined) return undefined;
  return alreadyRecordedText({ type: event.type, once, previousOn: earlier.event.on, year: yearOf(event.on), clause: row.clause });
}

/**
 * The table's checks for one campaign event, in order: a row for this status and event, and not
 * a second one of an event the row allows once → EVENT_NOT_ALLOWED; the role → ROLE_NOT_ALLOWED;
 * not before the last entry → DATE_BEFORE_PREVIOUS; inside the row's window →
 * DATE_OUTSIDE_WINDOW.
 */
export function checkCampaignStep(
  status: CampaignStatus,
  previous: CampaignHistoryEntry | undefined,
  earlierOf: EarlierOf,
  event: CampaignEvent,
): StepSuccess<CampaignTransition> | StepFailure {
  const candidates = CAMPAIGN_TRANSITIONS.filter((row) => row.from === status && row.event === event.type);
  const [head] = candidates;
  if (head === undefined) {
    const allowed = campaignTypesAllowed(status);
    return eventNotAllowedStep(eventNotAllowedText({ machine: 'campaign', type: event.type, status, allowed }), allowed);
  }
  const second = secondOccurrenceText(head, earlierOf, event);
  if (second !== undefined) return eventNotAllowedStep(second, campaignTypesAllowed(status));
  const row = candidates.find((candidate) => candidate.by === event.by);
  if (row === undefined) return roleNotAllowedStep(candidates, event, status);
  const late = dateBeforePreviousStep(event.on, previous?.event.on);
  if (late !== undefined) return late;
  const windows = campaignWindowsOf(row);
  if (!inWindows(event.on, windows)) {
    return outsideWindowStep(dateOutsideWindowText({ type: event.type, on: event.on, windows, clause: row.clause }), windows);
  }
  return { ok: true, row };
}
