/**
 * Why a machine refused an event: one type for both machines, a union on `code` whose members
 * carry the fields their code needs.
 *
 * @module
 */
import type { Role } from '../../core/codes.js';
import type { ValidationIssue } from '../../core/issues.js';
import type { CivilDate, Text } from '../../core/types.js';
import type { CampaignEventType, NominationEventType } from '../../core/workflow-codes.js';
import type { DossierRequirement } from '../../guidance/dossier-documents.js';
import type { Finding } from '../../rules/evaluation.js';

/**
 * A window an event must fall in: from `from` to `to`, both included; without `to`, from `from`
 * on (a proposal may come any time after its occasion's year begins).
 *
 * @example
 * ```ts
 * import type { EventWindow } from 'thi-dua-vi-nguoi-ngheo';
 * const window: EventWindow = { from: '2024-01-01' };
 * ```
 */
export type EventWindow = {
  /** The first day allowed. */
  readonly from: CivilDate;
  /** The last day allowed; absent: no last day. */
  readonly to?: CivilDate;
};

/**
 * A refused event: the `code` (the first check that failed, in the order of
 * `TRANSITION_ERROR_CODES`), a message in both languages, and what that code carries:
 *
 * - `INVALID_EVENT` — `issues`: what is wrong with the event's shape;
 * - `INVALID_RECORD` — `issues`: what is wrong with the record given (a record changed outside the
 *   library, a status that is not its last entry's, a sealed record and no key…), with the codes
 *   of the record parser;
 * - `EVENT_NOT_ALLOWED` — `allowed`: the event types the table has for the record now;
 * - `ROLE_NOT_ALLOWED` — `roles`: the roles that may apply this event now;
 * - `DATE_BEFORE_PREVIOUS` — `previousOn`: the day of the last entry;
 * - `DATE_OUTSIDE_WINDOW` — `windows`: the days the event may fall on;
 * - `NOMINATION_NOT_MET` — `findings`: the evaluation's findings;
 * - `DOSSIER_INCOMPLETE` — `missingDocuments`: what the dossier lacks.
 *
 * @example
 * ```ts
 * import { applyNominationEvent, createNominationRecord, type TransitionError } from 'thi-dua-vi-nguoi-ngheo';
 * import { sampleNominations } from 'thi-dua-vi-nguoi-ngheo/testing';
 * const created = createNominationRecord(sampleNominations[0]!, '2023-10-02');
 * if (created.ok) {
 *   const result = applyNominationEvent(created.value, { type: 'COMPILE', by: 'department-council', on: '2023-10-03' });
 *   if (!result.ok && result.error.code === 'EVENT_NOT_ALLOWED') result.error.allowed; //=> ['PROPOSE', 'WITHDRAW', 'AMEND']
 * }
 * const explain = (error: TransitionError): string => (error.code === 'NOMINATION_NOT_MET' ? `${error.findings.length} findings` : error.message.en);
 * ```
 */
export type TransitionError =
  | {
      /** `INVALID_EVENT`: the event's shape is wrong. */
      readonly code: 'INVALID_EVENT';
      /** Why, in both languages: the first problem and how many more there are. */
      readonly message: Text;
      /** Every problem of the event, with its path from the event's root. */
      readonly issues: readonly ValidationIssue[];
    }
  | {
      /** `INVALID_RECORD`: the record given is not one the library wrote (or not any more). */
      readonly code: 'INVALID_RECORD';
      /** Why, in both languages: the first problem and how many more there are. */
      readonly message: Text;
      /** Every problem of the record, as the record parser reports them. */
      readonly issues: readonly ValidationIssue[];
    }
  | {
      /** `EVENT_NOT_ALLOWED`: the table has no row for this event in the record's status. */
      readonly code: 'EVENT_NOT_ALLOWED';
      /** Why, in both languages, with the steps that are possible. */
      readonly message: Text;
      /** The event types the table has for the record's status (and form), in the table's order. */
      readonly allowed: readonly (NominationEventType | CampaignEventType)[];
    }
  | {
      /** `ROLE_NOT_ALLOWED`: the event's role may not apply it now. */
      readonly code: 'ROLE_NOT_ALLOWED';
      /** Why, in both languages, citing the clauses of the rows. */
      readonly message: Text;
      /** The roles that may apply this event now. */
      readonly roles: readonly Role[];
    }
  | {
      /** `DATE_BEFORE_PREVIOUS`: the event is dated before the history's last entry. */
      readonly code: 'DATE_BEFORE_PREVIOUS';
      /** Why, in both languages. */
      readonly message: Text;
      /** The day of the history's last entry: the event may not be dated before it. */
      readonly previousOn: CivilDate;
    }
  | {
      /** `DATE_OUTSIDE_WINDOW`: the event is dated outside the days it may fall on. */
      readonly code: 'DATE_OUTSIDE_WINDOW';
      /** Why, in both languages, citing the clause. */
      readonly message: Text;
      /** The windows the event may fall in (one of them). */
      readonly windows: readonly EventWindow[];
    }
  | {
      /** `NOMINATION_NOT_MET`: the nomination does not evaluate `met`. */
      readonly code: 'NOMINATION_NOT_MET';
      /** Why, in both languages, citing the rules not met. */
      readonly message: Text;
      /** The evaluation's findings. */
      readonly findings: readonly Finding[];
    }
  | {
      /** `DOSSIER_INCOMPLETE`: the dossier lacks a required document. */
      readonly code: 'DOSSIER_INCOMPLETE';
      /** Why, in both languages. */
      readonly message: Text;
      /** The documents the dossier lacks. */
      readonly missingDocuments: readonly DossierRequirement[];
    };

/**
 * The errors of the campaign record: every {@link TransitionError} but the nomination's own
 * (NOMINATION_NOT_MET, DOSSIER_INCOMPLETE).
 *
 * @example
 * ```ts
 * import type { CampaignTransitionError } from 'thi-dua-vi-nguoi-ngheo';
 * const status = (error: CampaignTransitionError): number => (error.code === 'INVALID_EVENT' ? 400 : 409);
 * ```
 */
export type CampaignTransitionError = Exclude<
  TransitionError,
  {
    /** The codes only a nomination has. */
    readonly code: 'NOMINATION_NOT_MET' | 'DOSSIER_INCOMPLETE';
  }
>;
