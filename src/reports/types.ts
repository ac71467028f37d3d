/**
 * The shapes of a review's statistics (`summarizeAwards`): plain, JSON-safe data, deterministic in
 * its order (code-list order, then ids in code-unit order).
 *
 * @module
 */
import type { Occasion } from '../core/inputs.js';
import type { NominationEventType, NominationStatus } from '../core/workflow-codes.js';
import type { RewardForm, SubjectCategory, SubjectClass } from '../core/codes.js';
import type { CivilDate } from '../core/types.js';
import type { ComplianceRow } from '../workflow/index.js';

/**
 * How many nominations a line of the summary holds: in all, and in each status of the workflow
 * (every status present, zeros included, in `NOMINATION_STATUSES` order).
 *
 * @example
 * ```ts
 * import type { Tally } from 'thi-dua-vi-nguoi-ngheo/reports';
 * const tally: Tally = {
 *   total: 2,
 *   byStatus: { draft: 0, proposed: 0, submitted: 0, returned: 0, compiled: 0, selected: 0, forwarded: 0, awarded: 1, rejected: 1, withdrawn: 0 },
 * };
 * ```
 */
export type Tally = {
  /** The nominations of the line. */
  readonly total: number;
  /** The nominations of the line in each status; they add up to `total`. */
  readonly byStatus: Readonly<Record<NominationStatus, number>>;
};

/**
 * The nominations of one occasion.
 *
 * @example
 * ```ts
 * import type { OccasionTally } from 'thi-dua-vi-nguoi-ngheo/reports';
 * const line: OccasionTally = {
 *   occasion: { kind: 'final-review', year: 2025 },
 *   total: 0,
 *   byStatus: { draft: 0, proposed: 0, submitted: 0, returned: 0, compiled: 0, selected: 0, forwarded: 0, awarded: 0, rejected: 0, withdrawn: 0 },
 * };
 * ```
 */
export type OccasionTally = Tally & {
  /** The occasion of the nominations. */
  readonly occasion: Occasion;
};

/**
 * The nominations of one proposing unit (phòng, ban, đơn vị: `Nomination.proposingUnit`), with its
 * name when it is known, and the nominations of each reward form.
 *
 * @example
 * ```ts
 * import type { UnitTally } from 'thi-dua-vi-nguoi-ngheo/reports';
 * const line: UnitTally = {
 *   unit: 'ban-qlda',
 *   name: 'Ban Quản lý dự án',
 *   total: 1,
 *   byStatus: { draft: 0, proposed: 0, submitted: 0, returned: 0, compiled: 0, selected: 0, forwarded: 0, awarded: 1, rejected: 0, withdrawn: 0 },
 *   byForm: { 'labor-order': 0, 'pm-certificate': 1, 'provincial-certificate': 0, 'director-certificate': 0 },
 * };
 * ```
 */
export type UnitTally = Tally & {
  /** The unit's id as the nominations give it; absent on the line of the nominations that name none. */
  readonly unit?: string;
  /**
   * The unit's name: the caller's (`unitNames`), else the name of a subject of category `unit`
   * with that id (the first in code-unit order when records disagree); absent when unknown.
   */
  readonly name?: string;
  /** The unit's nominations of each reward form, in `REWARD_FORMS` order. */
  readonly byForm: Readonly<Record<RewardForm, number>>;
};

/**
 * How far the nominations went: for an event type, the nominations whose history holds it, and
 * how many such events there were (a dossier may be returned twice).
 *
 * @example
 * ```ts
 * import type { EventTally } from 'thi-dua-vi-nguoi-ngheo/reports';
 * const returned: EventTally = { nominations: 1, events: 2 };
 * ```
 */
export type EventTally = {
  /** The nominations with at least one event of the type. */
  readonly nominations: number;
  /** The events of the type, in all. */
  readonly events: number;
};

/**
 * The household categories of the plan (III.1.1), in `SUBJECT_CATEGORIES` order.
 *
 * @example
 * ```ts
 * import { HOUSEHOLD_CATEGORIES } from 'thi-dua-vi-nguoi-ngheo/reports';
 * HOUSEHOLD_CATEGORIES; //=> ['poor-household', 'near-poor-household', 'escaped-poverty-household']
 * ```
 */
export const HOUSEHOLD_CATEGORIES = /* @__PURE__ */ Object.freeze([
  'poor-household',
  'near-poor-household',
  'escaped-poverty-household',
] as const);

/**
 * A household category of the plan (III.1.1): poor, near-poor, newly escaped from poverty.
 *
 * @example
 * ```ts
 * import type { HouseholdCategory } from 'thi-dua-vi-nguoi-ngheo/reports';
 * const category: HouseholdCategory = 'escaped-poverty-household';
 * ```
 */
export type HouseholdCategory = (typeof HOUSEHOLD_CATEGORIES)[number];

/**
 * The households of one status (the subject's category: its status on the commune's official
 * list, docs/interpretations.md reading 3). Households are told apart by the subject's id.
 *
 * @example
 * ```ts
 * import type { HouseholdTally } from 'thi-dua-vi-nguoi-ngheo/reports';
 * const poor: HouseholdTally = {
 *   nominations: 2, households: 1, awardedNominations: 1, awardedHouseholds: 1,
 *   withoutOfficialList: 1, classDisagrees: 0,
 * };
 * ```
 */
export type HouseholdTally = {
  /** The nominations of households of this status. */
  readonly nominations: number;
  /** The distinct households (subject ids) among them. */
  readonly households: number;
  /** The nominations of this status that were awarded. */
  readonly awardedNominations: number;
  /** The distinct households of this status honoured (at least one nomination awarded). */
  readonly awardedHouseholds: number;
  /** The distinct households whose subject names no official list (`officialList` absent). */
  readonly withoutOfficialList: number;
  /**
   * The distinct households whose computed classification (`householdClass`, e.g. from
   * `classifyHousehold` of `./poverty`) disagrees with the status, as the evaluator warns.
   */
  readonly classDisagrees: number;
};

/**
 * One cell of the full cross-table: the nominations of one occasion, form, subject category,
 * proposing unit and status (the subject's class and the decision follow from the category and
 * the status). Only cells that hold nominations are listed.
 *
 * @example
 * ```ts
 * import type { SummaryCell } from 'thi-dua-vi-nguoi-ngheo/reports';
 * const cell: SummaryCell = {
 *   occasion: { kind: 'final-review', year: 2025 }, form: 'labor-order', category: 'unit',
 *   subjectClass: 'collective', unit: 'doan-qldb-1', status: 'awarded', decision: 'award', count: 1,
 * };
 * ```
 */
export type SummaryCell = {
  /** The occasion of the nominations. */
  readonly occasion: Occasion;
  /** The reward form proposed. */
  readonly form: RewardForm;
  /** The subject's category (III.1). */
  readonly category: SubjectCategory;
  /** The subject's class: collective or individual (III.1). */
  readonly subjectClass: SubjectClass;
  /** The proposing unit; absent for nominations that name none. */
  readonly unit?: string;
  /** Where the nominations stand. */
  readonly status: NominationStatus;
  /** The decision recorded (DECIDE), for `awarded` and `rejected`. */
  readonly decision?: 'award' | 'reject';
  /** How many nominations. */
  readonly count: number;
};

/**
 * What became of the records given: each record is counted, or left out for one reason. `read`
 * is the sum of the others.
 *
 * @example
 * ```ts
 * import type { RecordCounts } from 'thi-dua-vi-nguoi-ngheo/reports';
 * const counts: RecordCounts = { read: 5, counted: 3, duplicates: 1, otherOccasion: 1, outsidePeriod: 0, afterAsOf: 0, emptyHistory: 0 };
 * ```
 */
export type RecordCounts = {
  /** The records given. */
  readonly read: number;
  /** The records counted (one per nomination id). */
  readonly counted: number;
  /** The records left out because another record of the same nomination id was counted. */
  readonly duplicates: number;
  /** The records of an occasion not in `options.occasions`. */
  readonly otherOccasion: number;
  /** The records created (their first history entry) outside `options.from` … `options.to`. */
  readonly outsidePeriod: number;
  /** The records created after `options.asOf`. */
  readonly afterAsOf: number;
  /** Typed records with an empty history (no creation day: the library never makes one). */
  readonly emptyHistory: number;
};

/**
 * How a milestone of the campaign stands in a report: `done` (recorded by the end of its
 * window), `late` (recorded after it), `overdue` (not recorded, the window is over), `due`
 * (inside the window), `upcoming` (before it).
 *
 * @example
 * ```ts
 * import { MILESTONE_TIMINGS } from 'thi-dua-vi-nguoi-ngheo/reports';
 * MILESTONE_TIMINGS; //=> ['done', 'late', 'overdue', 'due', 'upcoming']
 * ```
 */
export const MILESTONE_TIMINGS = /* @__PURE__ */ Object.freeze(['done', 'late', 'overdue', 'due', 'upcoming'] as const);

/**
 * How a milestone of the campaign stands in a report (see {@link MILESTONE_TIMINGS}).
 *
 * @example
 * ```ts
 * import type { MilestoneTiming } from 'thi-dua-vi-nguoi-ngheo/reports';
 * const timing: MilestoneTiming = 'late';
 * ```
 */
export type MilestoneTiming = (typeof MILESTONE_TIMINGS)[number];

/**
 * A row of the campaign's compliance (`campaignCompliance`) with its timing for the report.
 *
 * @example
 * ```ts
 * import type { MilestoneRow } from 'thi-dua-vi-nguoi-ngheo/reports';
 * const row: MilestoneRow = {
 *   milestone: 'final-review', year: 2025, status: 'done', on: '2025-11-20',
 *   from: '2025-01-01', to: '2025-12-31', rule: 'III.5.3', timing: 'done',
 * };
 * ```
 */
export type MilestoneRow = ComplianceRow & {
  /** The row's timing: `late` when its event was recorded after the window's last day. */
  readonly timing: MilestoneTiming;
};

/**
 * The days of the summary: the period the records were created in, when one was asked for, and
 * the day the statuses are read on.
 *
 * @example
 * ```ts
 * import type { SummaryDays } from 'thi-dua-vi-nguoi-ngheo/reports';
 * const days: SummaryDays = { from: '2025-01-01', to: '2025-12-31', asOf: '2025-12-31' };
 * ```
 */
export type SummaryDays = {
  /** `options.from`, as a Vietnamese civil day. */
  readonly from?: CivilDate;
  /** `options.to`, as a Vietnamese civil day. */
  readonly to?: CivilDate;
  /**
   * The day the statuses are read on: `options.asOf`, else the latest day of the counted
   * records' and the campaign's histories; absent when there is no day at all.
   */
  readonly asOf?: CivilDate;
};

/**
 * The counts of a summary by event type (`NOMINATION_EVENT_TYPES` order).
 *
 * @example
 * ```ts
 * import type { EventTallies } from 'thi-dua-vi-nguoi-ngheo/reports';
 * const none = { nominations: 0, events: 0 };
 * const events: EventTallies = {
 *   PROPOSE: none, SUBMIT: none, RETURN: none, COMPILE: none, SELECT: none, FORWARD: none, DECIDE: none, WITHDRAW: none, AMEND: none,
 * };
 * ```
 */
export type EventTallies = Readonly<Record<NominationEventType, EventTally>>;
