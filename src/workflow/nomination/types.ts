/**
 * The nomination workflow's data: events, history entries and records (section IV), as plain
 * JSON-safe types. The machine, its schemas and the texts read them.
 *
 * @module
 */
import type { Role } from '../../core/codes.js';
import type { Nomination } from '../../core/inputs.js';
import type { CivilDate } from '../../core/types.js';
import type { Decision, NominationEventTypeOf, NominationStatus } from '../../core/workflow-codes.js';
import type { Actor } from '../kernel/actor.js';

/**
 * A nomination as an AMEND event gives it: every field of a nomination but `id`, which an
 * amendment cannot change (the record keeps its id).
 *
 * @example
 * ```ts
 * import { type NominationAmendment } from 'thi-dua-vi-nguoi-ngheo';
 * import { sampleNominations } from 'thi-dua-vi-nguoi-ngheo/testing';
 * const { id, ...fields } = sampleNominations[0]!;
 * const amended: NominationAmendment = { ...fields, subject: { ...fields.subject, name: 'Ban Quản lý dự án giao thông' } };
 * ```
 */
export type NominationAmendment = Omit<Nomination, 'id'>;

/**
 * An event of the nomination workflow: who (`by`, the role; `actor`, the person) did what
 * (`type`) on which Vietnamese day (`on`). The fields each type carries follow
 * `NOMINATION_EVENT_GROUPS`: RETURN and WITHDRAW a `reason`; DECIDE the `decision` and,
 * optionally, the decision's `reference` (its number); SUBMIT, optionally, the `documents` the
 * dossier now holds; AMEND the amended `nomination` (every field but `id`) and, optionally, a
 * `reason`.
 *
 * @example
 * ```ts
 * import type { NominationEvent } from 'thi-dua-vi-nguoi-ngheo';
 * const events: NominationEvent[] = [
 *   { type: 'SUBMIT', by: 'unit-head', on: '2023-10-16', actor: { id: 'u-0042', name: 'Nông Văn Sơn' } },
 *   { type: 'RETURN', by: 'department-office', on: '2023-10-20', reason: 'Thiếu báo cáo thành tích' },
 *   { type: 'DECIDE', by: 'director', on: '2023-12-15', decision: 'award', reference: '1234/QĐ-SGTVT' },
 * ];
 * ```
 */
export type NominationEvent =
  | {
      /** PROPOSE, COMPILE, SELECT or FORWARD: the steps that carry nothing more. */
      type: NominationEventTypeOf<'plain'>;
      /** The role that applied the event (section IV). */
      by: Role;
      /** The Vietnamese civil day of the event. */
      on: CivilDate;
      /** The person who applied it, for the history; optional. */
      actor?: Actor;
    }
  | {
      /** SUBMIT: the unit hands the dossier to the Sở's office (IV.1.2). */
      type: NominationEventTypeOf<'submit'>;
      /** The role that applied the event (section IV). */
      by: Role;
      /** The Vietnamese civil day of the event. */
      on: CivilDate;
      /** The person who applied it, for the history; optional. */
      actor?: Actor;
      /** The documents the dossier now holds; absent: the nomination's own `documents`. */
      documents?: string[];
    }
  | {
      /** RETURN or WITHDRAW. */
      type: NominationEventTypeOf<'reasoned'>;
      /** The role that applied the event (section IV). */
      by: Role;
      /** The Vietnamese civil day of the event. */
      on: CivilDate;
      /** The person who applied it, for the history; optional. */
      actor?: Actor;
      /** Why the nomination is returned or withdrawn (non-blank). */
      reason: string;
    }
  | {
      /** DECIDE: the deciding authority's decision (IV.3). */
      type: NominationEventTypeOf<'decide'>;
      /** The role that applied the event (section IV). */
      by: Role;
      /** The Vietnamese civil day of the event. */
      on: CivilDate;
      /** The person who applied it, for the history; optional. */
      actor?: Actor;
      /** Award or reject. */
      decision: Decision;
      /** The decision's number, e.g. '1234/QĐ-SGTVT'; optional. */
      reference?: string;
    }
  | {
      /** AMEND: the unit head corrects the nomination (docs/interpretations.md reading 32). */
      type: NominationEventTypeOf<'amend'>;
      /** The role that applied the event (section IV). */
      by: Role;
      /** The Vietnamese civil day of the event. */
      on: CivilDate;
      /** The person who applied it, for the history; optional. */
      actor?: Actor;
      /** The nomination as amended: every field but `id`. */
      nomination: NominationAmendment;
      /** Why it is amended; optional. */
      reason?: string;
    };

/**
 * The event of a record's first history entry: its creation, with the nomination as it was
 * created (the history keeps every version of the nomination: this one, and each AMEND's).
 *
 * @example
 * ```ts
 * import { type CreateEvent } from 'thi-dua-vi-nguoi-ngheo';
 * import { sampleNominations } from 'thi-dua-vi-nguoi-ngheo/testing';
 * const created: CreateEvent = { type: 'CREATE', on: '2023-10-02', nomination: sampleNominations[0]! };
 * ```
 */
export type CreateEvent = {
  /** Always `'CREATE'`: the record's creation. */
  type: 'CREATE';
  /** The Vietnamese civil day of the creation (not before 2022-09-26, docs/interpretations.md reading 31). */
  on: CivilDate;
  /** The person who created it, for the history; optional. */
  actor?: Actor;
  /** The nomination as it was created. */
  nomination: Nomination;
};

/**
 * An annual guidance, as a record remembers it: its number and its date.
 *
 * @example
 * ```ts
 * import type { GuidanceRef } from 'thi-dua-vi-nguoi-ngheo';
 * const ref: GuidanceRef = { number: '01/HD-SNV', date: '2024-01-15' };
 * ```
 */
export type GuidanceRef = {
  /** The guidance's number, e.g. `01/HD-SNV`. */
  readonly number: string;
  /** The day it was issued. */
  readonly date: CivilDate;
};

/**
 * One entry of a record's history: the event, the status after it, the annual guidance the
 * nomination was evaluated under at this step (when one applied), and the entry's seal (when the
 * record is sealed).
 *
 * @example
 * ```ts
 * import type { HistoryEntry } from 'thi-dua-vi-nguoi-ngheo';
 * const entry: HistoryEntry = { event: { type: 'PROPOSE', by: 'unit-head', on: '2023-10-10' }, status: 'proposed' };
 * ```
 */
export type HistoryEntry = {
  /** What happened. */
  readonly event: CreateEvent | NominationEvent;
  /** The status after it. */
  readonly status: NominationStatus;
  /** The guidance that applied to the nomination's occasion when this step evaluated it or read its dossier. */
  readonly guidance?: readonly GuidanceRef[];
  /** HMAC-SHA-256 (hex) of the seal before, this entry without its seal, and the nomination's digest after it. */
  readonly seal?: string;
};

/**
 * A nomination on its way through the workflow: the nomination (as its history establishes it),
 * where it stands, and how it got there (`history[0]` is the creation; one entry per accepted
 * event). JSON-safe: save it with `JSON.stringify`, load it with {@link parseNominationRecord}.
 * `schemaVersion` 2 since the history keeps the nomination (version 1 records do not load).
 *
 * @example
 * ```ts
 * import { createNominationRecord, type NominationRecord } from 'thi-dua-vi-nguoi-ngheo';
 * import { sampleNominations } from 'thi-dua-vi-nguoi-ngheo/testing';
 * const created = createNominationRecord(sampleNominations[0]!, '2023-10-02');
 * if (created.ok) {
 *   const record: NominationRecord = created.value;
 *   record.status; //=> 'draft'
 * }
 * ```
 */
export type NominationRecord = {
  /** The version of the record's shape. */
  readonly schemaVersion: 2;
  /** The nomination now: its creation's, or its last AMEND's, with the documents of a later SUBMIT. */
  readonly nomination: Nomination;
  /** Where it stands: the last entry's status. */
  readonly status: NominationStatus;
  /** Every step, oldest first. */
  readonly history: readonly HistoryEntry[];
  /** When sealed: HMAC-SHA-256 (hex) of the last entry's seal and the number of entries. */
  readonly seal?: string;
};
