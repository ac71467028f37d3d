/**
 * One nomination record as the summary sees it: the facts it counts, read once from the record
 * as it stood at the end of a day. Internal to `./reports`.
 *
 * @module
 */
import type { Occasion } from '../core/inputs.js';
import type { LaborOrderClass, RewardForm, SubjectCategory } from '../core/codes.js';
import { householdClassWarningOf, isHousehold } from '../rules/subjects.js';
import type { CivilDate } from '../core/types.js';
import type { NominationRecord } from '../workflow/index.js';
import { NOMINATION_EVENT_TYPES, type NominationStatus } from '../core/workflow-codes.js';

/** The index of each event type in `NOMINATION_EVENT_TYPES`. */
const EVENT_INDEX: ReadonlyMap<string, number> = /* @__PURE__ */ (() => new Map(NOMINATION_EVENT_TYPES.map((type, i) => [type, i])))();

/**
 * The facts of one record that the summary counts. Every field that changes the summary is here,
 * so that two rows of the same nomination can be compared by their content alone.
 *
 * @internal
 */
export type Row = {
  readonly id: string;
  readonly occasion: Occasion;
  readonly form: RewardForm;
  readonly category: SubjectCategory;
  readonly subjectId: string;
  readonly subjectName: string;
  readonly unit: string | undefined;
  readonly status: NominationStatus;
  /** The number of events of each type, in `NOMINATION_EVENT_TYPES` order. */
  readonly events: readonly number[];
  /** The DECIDE entry read: its day, when the record holds one by the day. */
  readonly decidedOn: CivilDate | undefined;
  /** The Labour Order's class, when the nomination gives it (for the amount). */
  readonly laborOrderClass: LaborOrderClass | undefined;
  /** For a household: whether its subject names an official list. */
  readonly officialList: boolean;
  /** For a household: whether its computed class disagrees with its status (reading 3). */
  readonly classDisagrees: boolean;
  /** The length of the history read (the record's progress, for choosing among duplicates). */
  readonly length: number;
  /** The day of the last history entry read. */
  readonly lastOn: CivilDate;
};

/** Why a record gives no row. */
export type NoRow = 'afterAsOf' | 'empty';

/**
 * The row of a record as it stood at the end of `asOf` (the whole record when `asOf` is
 * undefined): the entries dated after it are not read. `afterAsOf` when the record was created
 * after that day; `empty` for a history without entries (a typed record the library did not make).
 *
 * @internal
 */
export function rowOf(record: NominationRecord, asOf: CivilDate | undefined): Row | NoRow {
  const { history, nomination } = record;
  const first = history[0];
  if (first === undefined) return 'empty';
  if (asOf !== undefined && first.event.on > asOf) return 'afterAsOf';
  const events = NOMINATION_EVENT_TYPES.map(() => 0);
  let last = first;
  let length = 1;
  let decidedOn: CivilDate | undefined;
  for (let i = 1; i < history.length; i++) {
    const entry = history[i] as (typeof history)[number];
    if (asOf !== undefined && entry.event.on > asOf) break;
    const index = EVENT_INDEX.get(entry.event.type);
    if (index !== undefined) events[index] = (events[index] as number) + 1;
    if (entry.event.type === 'DECIDE') decidedOn = entry.event.on;
    last = entry;
    length++;
  }
  const { subject } = nomination;
  const household = isHousehold(subject.category);
  return {
    id: nomination.id,
    occasion: nomination.occasion,
    form: nomination.form,
    category: subject.category,
    subjectId: subject.id,
    subjectName: subject.name,
    unit: nomination.proposingUnit,
    // The status of the last entry read: where the record stood at the end of asOf.
    status: last.status,
    events,
    decidedOn,
    laborOrderClass: nomination.laborOrderClass,
    officialList: household && subject.officialList !== undefined,
    classDisagrees: household && householdClassWarningOf(subject) !== undefined,
    length,
    lastOn: last.event.on,
  };
}

/** A string that holds every field of a row, in a fixed order: equal rows, equal keys. */
function contentKey(row: Row): string {
  return JSON.stringify([
    row.occasion.kind,
    row.occasion.year,
    row.form,
    row.category,
    row.subjectId,
    row.subjectName,
    row.unit ?? null,
    row.status,
    row.events,
    row.decidedOn ?? null,
    row.laborOrderClass ?? null,
    row.officialList,
    row.classDisagrees,
    row.length,
    row.lastOn,
  ]);
}

/**
 * Whether `candidate` should replace `kept` as the one row of their nomination id: the record
 * that went further wins (the longer history read; then the later last day; then, between two
 * different records of the same progress, the one whose content sorts first). A total order on
 * content, so that the choice does not depend on the order of the records.
 *
 * @internal
 */
export function supersedes(candidate: Row, kept: Row): boolean {
  if (candidate.length !== kept.length) return candidate.length > kept.length;
  if (candidate.lastOn !== kept.lastOn) return candidate.lastOn > kept.lastOn;
  return contentKey(candidate) < contentKey(kept);
}
