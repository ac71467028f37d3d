/**
 * The code lists of the two workflows (section IV and III.5 of the plan): statuses, event types,
 * decisions, guards, error and issue codes. The transition tables in `workflow/` and the texts
 * in `text/` both read them from here, so neither imports the other.
 *
 * @module
 */
import type { CivilDate } from './types.js';

/**
 * The statuses of the campaign: before the launch, running, closed by the final review.
 *
 * @example
 * ```ts
 * import { CAMPAIGN_STATUSES } from 'thi-dua-vi-nguoi-ngheo';
 * CAMPAIGN_STATUSES; //=> ['planned', 'running', 'closed']
 * ```
 */
export const CAMPAIGN_STATUSES = /* @__PURE__ */ Object.freeze(['planned', 'running', 'closed'] as const);

/**
 * Where the campaign stands: `planned`, `running` (launched, III.5.1) or `closed` (the final
 * review was held, III.5.3).
 *
 * @example
 * ```ts
 * import type { CampaignStatus } from 'thi-dua-vi-nguoi-ngheo';
 * const status: CampaignStatus = 'running';
 * ```
 */
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

/**
 * The campaign's event types, in the order of the table.
 *
 * @example
 * ```ts
 * import { CAMPAIGN_EVENT_TYPES } from 'thi-dua-vi-nguoi-ngheo';
 * CAMPAIGN_EVENT_TYPES[0]; //=> 'LAUNCH'
 * ```
 */
export const CAMPAIGN_EVENT_TYPES = /* @__PURE__ */ Object.freeze([
  'LAUNCH',
  'HOLD_PRELIMINARY_REVIEW',
  'RECORD_INSPECTION',
  'HOLD_FINAL_REVIEW',
] as const);

/**
 * The type of an event of the campaign.
 *
 * @example
 * ```ts
 * import type { CampaignEventType } from 'thi-dua-vi-nguoi-ngheo';
 * const type: CampaignEventType = 'RECORD_INSPECTION';
 * ```
 */
export type CampaignEventType = (typeof CAMPAIGN_EVENT_TYPES)[number];

/**
 * A span of civil days, both ends included.
 *
 * @example
 * ```ts
 * import type { DaySpan } from 'thi-dua-vi-nguoi-ngheo';
 * const span: DaySpan = { from: '2022-09-26', to: '2025-12-31' };
 * ```
 */
export type DaySpan = {
  /** The first day of the span (included). */
  readonly from: CivilDate;
  /** The last day of the span (included). */
  readonly to: CivilDate;
};

/**
 * The statuses of a milestone window in {@link campaignCompliance}.
 *
 * @example
 * ```ts
 * import { COMPLIANCE_STATUSES } from 'thi-dua-vi-nguoi-ngheo';
 * COMPLIANCE_STATUSES; //=> ['done', 'due', 'overdue', 'upcoming']
 * ```
 */
export const COMPLIANCE_STATUSES = /* @__PURE__ */ Object.freeze(['done', 'due', 'overdue', 'upcoming'] as const);

/**
 * Where a milestone window stands: `done` (its event is recorded), else `upcoming` before the
 * window, `due` inside it, `overdue` after it.
 *
 * @example
 * ```ts
 * import type { ComplianceStatus } from 'thi-dua-vi-nguoi-ngheo';
 * const status: ComplianceStatus = 'overdue';
 * ```
 */
export type ComplianceStatus = (typeof COMPLIANCE_STATUSES)[number];

/**
 * The statuses of a nomination record, in the order the workflow reaches them; the last three
 * are final.
 *
 * @example
 * ```ts
 * import { NOMINATION_STATUSES } from 'thi-dua-vi-nguoi-ngheo';
 * NOMINATION_STATUSES[0]; //=> 'draft'
 * NOMINATION_STATUSES.includes('forwarded'); //=> true
 * ```
 */
export const NOMINATION_STATUSES = /* @__PURE__ */ Object.freeze([
  'draft',
  'proposed',
  'submitted',
  'returned',
  'compiled',
  'selected',
  'forwarded',
  'awarded',
  'rejected',
  'withdrawn',
] as const);

/**
 * Where a nomination stands: `draft` (being prepared in the unit), `proposed` (the unit's review
 * proposed it, IV.1.2), `submitted` (sent to the Sở's council through the Office), `returned`
 * (sent back to the unit), `compiled` (on the council's list, IV.3.1), `selected` (chosen at the
 * selection meeting, IV.3.2), `forwarded` (sent to the provincial council), and the final
 * `awarded`, `rejected`, `withdrawn`.
 *
 * @example
 * ```ts
 * import type { NominationStatus } from 'thi-dua-vi-nguoi-ngheo';
 * const status: NominationStatus = 'compiled';
 * ```
 */
export type NominationStatus = (typeof NOMINATION_STATUSES)[number];

/**
 * The statuses from which no event leads anywhere.
 *
 * @example
 * ```ts
 * import { FINAL_NOMINATION_STATUSES } from 'thi-dua-vi-nguoi-ngheo';
 * FINAL_NOMINATION_STATUSES; //=> ['awarded', 'rejected', 'withdrawn']
 * ```
 */
export const FINAL_NOMINATION_STATUSES = /* @__PURE__ */ Object.freeze([
  'awarded',
  'rejected',
  'withdrawn',
] as const satisfies readonly NominationStatus[]);

/**
 * The event types of the nomination workflow, in the order of the table; `AMEND` (the unit head
 * corrects the nomination before it is submitted) comes last. The creation, `CREATE`, is not an
 * event that can be applied.
 *
 * @example
 * ```ts
 * import { NOMINATION_EVENT_TYPES } from 'thi-dua-vi-nguoi-ngheo';
 * NOMINATION_EVENT_TYPES.length; //=> 9
 * NOMINATION_EVENT_TYPES.at(-1); //=> 'AMEND'
 * ```
 */
export const NOMINATION_EVENT_TYPES = /* @__PURE__ */ Object.freeze([
  'PROPOSE',
  'SUBMIT',
  'RETURN',
  'COMPILE',
  'SELECT',
  'FORWARD',
  'DECIDE',
  'WITHDRAW',
  'AMEND',
] as const);

/**
 * The nomination event types grouped by the fields they carry besides `type`, `by`, `on` and
 * `actor`: `plain` (nothing more), `submit` (the dossier's `documents`, optional), `reasoned` (a
 * `reason`), `decide` (the `decision` and its `reference`), `amend` (the amended `nomination` and
 * an optional `reason`). The one source of these groups: the event types, their schemas, the
 * machine and the test arbitraries read it. Every event type is in exactly one group.
 *
 * @example
 * ```ts
 * import { NOMINATION_EVENT_GROUPS } from 'thi-dua-vi-nguoi-ngheo';
 * NOMINATION_EVENT_GROUPS.reasoned; //=> ['RETURN', 'WITHDRAW']
 * ```
 */
export const NOMINATION_EVENT_GROUPS = /* @__PURE__ */ (() =>
  Object.freeze({
    plain: Object.freeze(['PROPOSE', 'COMPILE', 'SELECT', 'FORWARD'] as const),
    submit: Object.freeze(['SUBMIT'] as const),
    reasoned: Object.freeze(['RETURN', 'WITHDRAW'] as const),
    decide: Object.freeze(['DECIDE'] as const),
    amend: Object.freeze(['AMEND'] as const),
  }))();

/**
 * The name of a group of {@link NOMINATION_EVENT_GROUPS}.
 *
 * @example
 * ```ts
 * import type { NominationEventGroup } from 'thi-dua-vi-nguoi-ngheo';
 * const group: NominationEventGroup = 'reasoned';
 * ```
 */
export type NominationEventGroup = keyof typeof NOMINATION_EVENT_GROUPS;

/**
 * The event types of one group of {@link NOMINATION_EVENT_GROUPS}.
 *
 * @typeParam G - the group
 * @example
 * ```ts
 * import type { NominationEventTypeOf } from 'thi-dua-vi-nguoi-ngheo';
 * const type: NominationEventTypeOf<'plain'> = 'COMPILE';
 * ```
 */
export type NominationEventTypeOf<G extends NominationEventGroup> = (typeof NOMINATION_EVENT_GROUPS)[G][number];

/**
 * The type of an event that can be applied to a nomination record.
 *
 * @example
 * ```ts
 * import type { NominationEventType } from 'thi-dua-vi-nguoi-ngheo';
 * const type: NominationEventType = 'SUBMIT';
 * ```
 */
export type NominationEventType = (typeof NOMINATION_EVENT_TYPES)[number];

/**
 * The two decisions a deciding authority can record.
 *
 * @example
 * ```ts
 * import { DECISIONS } from 'thi-dua-vi-nguoi-ngheo';
 * DECISIONS; //=> ['award', 'reject']
 * ```
 */
export const DECISIONS = /* @__PURE__ */ Object.freeze(['award', 'reject'] as const);

/**
 * A decision on a nomination: to award it or to reject it.
 *
 * @example
 * ```ts
 * import type { Decision } from 'thi-dua-vi-nguoi-ngheo';
 * const decision: Decision = 'award';
 * ```
 */
export type Decision = (typeof DECISIONS)[number];

/**
 * A check a row makes before it lets the event through: `nomination-met` — `evaluateNomination`
 * must be `met` (else NOMINATION_NOT_MET with its findings).
 *
 * @example
 * ```ts
 * import type { NominationGuard } from 'thi-dua-vi-nguoi-ngheo';
 * const guard: NominationGuard = 'nomination-met';
 * ```
 */
export type NominationGuard = 'nomination-met' | 'dossier-complete';

/**
 * The error codes of both machines, in the order they are checked (the first that applies is
 * returned): INVALID_EVENT, INVALID_RECORD, EVENT_NOT_ALLOWED, ROLE_NOT_ALLOWED,
 * DATE_BEFORE_PREVIOUS, DATE_OUTSIDE_WINDOW, then NOMINATION_NOT_MET and DOSSIER_INCOMPLETE
 * (nomination only).
 *
 * @example
 * ```ts
 * import { TRANSITION_ERROR_CODES } from 'thi-dua-vi-nguoi-ngheo';
 * TRANSITION_ERROR_CODES[0]; //=> 'INVALID_EVENT'
 * ```
 */
export const TRANSITION_ERROR_CODES = /* @__PURE__ */ Object.freeze([
  'INVALID_EVENT',
  'INVALID_RECORD',
  'EVENT_NOT_ALLOWED',
  'ROLE_NOT_ALLOWED',
  'DATE_BEFORE_PREVIOUS',
  'DATE_OUTSIDE_WINDOW',
  'NOMINATION_NOT_MET',
  'DOSSIER_INCOMPLETE',
] as const);

/**
 * Why an event was refused (see {@link TRANSITION_ERROR_CODES} for the order of the checks).
 *
 * @example
 * ```ts
 * import type { TransitionErrorCode } from 'thi-dua-vi-nguoi-ngheo';
 * const code: TransitionErrorCode = 'ROLE_NOT_ALLOWED';
 * ```
 */
export type TransitionErrorCode = (typeof TRANSITION_ERROR_CODES)[number];

/**
 * The codes of the record parsers' own validation issues (also those of `createNominationRecord`
 * and, inside INVALID_RECORD, of the machines):
 *
 * - `history_not_replayable` — an entry the table could not have produced: no row, another role,
 *   a creation that is not first, an empty nomination history;
 * - `status_mismatch` — an entry's status is not the table's, or the record's status is not its
 *   last entry's;
 * - `dates_out_of_order` — an entry dated before the one before it;
 * - `date_outside_window` — dated before the plan (2022-09-26, III.5.1), a proposal dated before
 *   its occasion's year (IV.1.2), a campaign event outside its row's window (III.5);
 * - `nomination_mismatch` — the record's nomination is not the one its history establishes (its
 *   creation, its last AMEND, and the documents of a later SUBMIT);
 * - `guidance_required` — the record was evaluated under an annual guidance that the options do
 *   not hold (the message names it);
 * - `seal_missing` — with a key: the record, or an entry, carries no seal;
 * - `seal_mismatch` — with a key: a seal does not verify: an entry was changed, inserted, removed
 *   or reordered, entries were dropped from the end or appended, or the seals were made with
 *   another key;
 * - `seal_key_required` — the record is sealed and the machine was given no key to seal the next
 *   entry with;
 * - `seal_key_invalid` — the key given is not a string or bytes of at least 32 bytes;
 * - `too_many_issues` — ends the list after `MAX_ISSUES` (100) of them.
 *
 * @example
 * ```ts
 * import { RECORD_ISSUE_CODES } from 'thi-dua-vi-nguoi-ngheo';
 * RECORD_ISSUE_CODES.includes('status_mismatch'); //=> true
 * ```
 */
export const RECORD_ISSUE_CODES = /* @__PURE__ */ Object.freeze([
  'history_not_replayable',
  'status_mismatch',
  'dates_out_of_order',
  'date_outside_window',
  'nomination_mismatch',
  'guidance_required',
  'seal_missing',
  'seal_mismatch',
  'seal_key_required',
  'seal_key_invalid',
  'too_many_issues',
] as const);

/**
 * A code of the record parsers' own validation issues.
 *
 * @example
 * ```ts
 * import type { RecordIssueCode } from 'thi-dua-vi-nguoi-ngheo';
 * const code: RecordIssueCode = 'dates_out_of_order';
 * ```
 */
export type RecordIssueCode = (typeof RECORD_ISSUE_CODES)[number];

// The groups hold every event type and nothing else (a test checks that none is in two groups).
type GroupedEventType = NominationEventTypeOf<NominationEventGroup>;
const groupsCoverTheTypes: [NominationEventType] extends [GroupedEventType]
  ? [GroupedEventType] extends [NominationEventType]
    ? true
    : false
  : false = true;
void groupsCoverTheTypes;
