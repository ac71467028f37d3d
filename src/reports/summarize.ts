/**
 * The statistics of a review (III.5.2 sơ kết, III.5.3 tổng kết, III.5.4 the yearly inspection)
 * from nomination records: one pass over the records, maps, then the tables in code-list order.
 *
 * @module
 */
import type { Occasion } from '../core/inputs.js';
import {
  OCCASION_KINDS,
  REWARD_FORMS,
  type RewardForm,
  SUBJECT_CATEGORIES,
  SUBJECT_CLASSES,
  type SubjectCategory,
  type SubjectClass,
} from '../core/codes.js';
import { isHousehold, subjectClassOf } from '../rules/subjects.js';
import type { ValidationIssue } from '../core/issues.js';
import type { CivilDate, Result } from '../core/types.js';
import { campaignCompliance } from '../workflow/index.js';
import type { NominationRecord } from '../workflow/index.js';
import { NOMINATION_EVENT_TYPES, NOMINATION_STATUSES, type NominationStatus } from '../core/workflow-codes.js';
import { type CheckedOptions, checkOptions, type SummaryOptions } from './options.js';
import { type Row, rowOf, supersedes } from './rows.js';
import { moneyAccumulator, type MoneySummary } from './money.js';
import type { Issuer } from '../law/issuer.js';
import {
  type EventTallies,
  HOUSEHOLD_CATEGORIES,
  type HouseholdCategory,
  type HouseholdTally,
  type MilestoneRow,
  type OccasionTally,
  type RecordCounts,
  type SummaryCell,
  type SummaryDays,
  type Tally,
  type UnitTally,
} from './types.js';

/**
 * How many nomination ids a summary lists by name where it lists them (duplicates): the count
 * is always whole, the list stops here.
 *
 * @example
 * ```ts
 * import { MAX_LISTED_IDS } from 'thi-dua-vi-nguoi-ngheo/reports';
 * MAX_LISTED_IDS; //=> 100
 * ```
 */
export const MAX_LISTED_IDS = 100;

/**
 * The statistics of a review: every count the sơ kết / tổng kết report carries, as plain JSON-safe
 * data. Each record counts once per nomination id (see {@link summarizeAwards}); the tables keep
 * the library's code-list order, then ids in code-unit order.
 *
 * @example
 * ```ts
 * import { summarizeAwards, type AwardSummary } from 'thi-dua-vi-nguoi-ngheo/reports';
 * const result = summarizeAwards([]);
 * if (result.ok) {
 *   const summary: AwardSummary = result.value;
 *   summary.all.total; //=> 0
 * }
 * ```
 */
export type AwardSummary = {
  /** The version of this shape. */
  readonly schemaVersion: 1;
  /** The occasions asked for (`options.occasions`), else every occasion found, by year then kind. */
  readonly occasions: readonly Occasion[];
  /** The period asked for and the day the records are read as of. */
  readonly days: SummaryDays;
  /** What became of the records given. */
  readonly records: RecordCounts;
  /** The nomination ids seen more than once, in code-unit order (at most {@link MAX_LISTED_IDS}). */
  readonly duplicateIds: readonly string[];
  /** Every nomination counted: in all and by status. */
  readonly all: Tally;
  /** By decision: `award` (awarded), `reject` (rejected), `none` (no decision recorded by the day). */
  readonly byDecision: Readonly<Record<'award' | 'reject' | 'none', number>>;
  /** By reward form (III.3), every form, in `REWARD_FORMS` order. */
  readonly byForm: Readonly<Record<RewardForm, Tally>>;
  /** By subject category (III.1), every category, in `SUBJECT_CATEGORIES` order. */
  readonly byCategory: Readonly<Record<SubjectCategory, Tally>>;
  /** By subject class (III.1): collective, individual. */
  readonly byClass: Readonly<Record<SubjectClass, Tally>>;
  /** By occasion found, by year then `OCCASION_KINDS` order. */
  readonly byOccasion: readonly OccasionTally[];
  /** By proposing unit, in code-unit order of the ids; the nominations without one last. */
  readonly byUnit: readonly UnitTally[];
  /** How far the nominations went: by event type of the workflow (section IV). */
  readonly byEvent: EventTallies;
  /** The households (III.1.1) by status. */
  readonly households: Readonly<Record<HouseholdCategory, HouseholdTally>>;
  /**
   * The distinct households of every status together (a household nominated as poor one year and
   * as newly escaped the next counts once here, once in each status above).
   */
  readonly householdsInAll: {
    /** The distinct households nominated, of any status. */
    readonly households: number;
    /** Those of them honoured (awarded at least once). */
    readonly awardedHouseholds: number;
  };
  /** The full cross-table: occasion × form × category × unit × status, non-empty cells only. */
  readonly cells: readonly SummaryCell[];
  /** The department the report is of (`options.issuer`, default `PLAN_ISSUER`). */
  readonly issuer: Issuer;
  /** The reward money of the awarded nominations, by form and in all. */
  readonly money: MoneySummary;
  /** The campaign's milestones on `days.asOf`, when `options.campaign` is given (III.5). */
  readonly milestones?: readonly MilestoneRow[];
};

/** The index of each code in its list. */
const indexOf = <T extends string>(list: readonly T[]): ReadonlyMap<string, number> => new Map(list.map((code, i) => [code, i]));
const FORM_INDEX = /* @__PURE__ */ indexOf(REWARD_FORMS);
const CATEGORY_INDEX = /* @__PURE__ */ indexOf(SUBJECT_CATEGORIES);
const STATUS_INDEX = /* @__PURE__ */ indexOf(NOMINATION_STATUSES);
const KIND_INDEX = /* @__PURE__ */ indexOf(OCCASION_KINDS);
const FORMS = REWARD_FORMS.length;
const CATEGORIES = SUBJECT_CATEGORIES.length;
const STATUSES = NOMINATION_STATUSES.length;

/** Counts by status index, then a {@link Tally}. */
type Counts10 = number[];
const zeros = (n: number): number[] => new Array<number>(n).fill(0);
function tallyOf(counts: Counts10): Tally {
  let total = 0;
  for (const n of counts) total += n;
  return {
    total,
    byStatus: Object.fromEntries(NOMINATION_STATUSES.map((s, i) => [s, counts[i] as number])) as Record<NominationStatus, number>,
  };
}
function addInto(target: Counts10, source: Counts10): void {
  for (let i = 0; i < source.length; i++) target[i] = (target[i] as number) + (source[i] as number);
}

/** Code-unit order, `undefined` last. */
function compareIds(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}

function compareOccasions(a: Occasion, b: Occasion): number {
  return a.year - b.year || OCCASION_KINDS.indexOf(a.kind) - OCCASION_KINDS.indexOf(b.kind);
}

const occasionKey = (o: Occasion): string => `${o.year}|${o.kind}`;

/**
 * A summary being built, record by record: {@link AwardSummarizer.add} each record (in any order,
 * from an array or a stream), then {@link AwardSummarizer.result}. The one stateful helper of
 * `./reports`: it holds one small row per nomination id (about 300 bytes), never the records.
 *
 * @example
 * ```ts
 * import { createAwardSummarizer } from 'thi-dua-vi-nguoi-ngheo/reports';
 * const started = createAwardSummarizer({ occasions: [{ kind: 'final-review', year: 2025 }] });
 * if (started.ok) {
 *   const summarizer: import('thi-dua-vi-nguoi-ngheo/reports').AwardSummarizer = started.value;
 *   summarizer.result().all.total; //=> 0
 * }
 * ```
 */
export type AwardSummarizer = {
  /** Counts one record (a record of a nomination id already seen replaces it if it went further). */
  readonly add: (record: NominationRecord) => void;
  /** The summary of the records added so far (a new, deeply independent object each call). */
  readonly result: () => AwardSummary;
};

/**
 * Starts a summary that records are added to one by one (for a stream of records; for an array,
 * {@link summarizeAwards} does the same in one call). The options are checked here.
 *
 * @param options - what to count (see {@link SummaryOptions})
 * @returns the summarizer, or the issues of the options
 * @example
 * ```ts
 * import { createNominationRecord } from 'thi-dua-vi-nguoi-ngheo';
 * import { sampleNominations } from 'thi-dua-vi-nguoi-ngheo/testing';
 * import { createAwardSummarizer } from 'thi-dua-vi-nguoi-ngheo/reports';
 * const started = createAwardSummarizer();
 * if (started.ok) {
 *   for (const nomination of sampleNominations) {
 *     const created = createNominationRecord(nomination, '2023-10-02');
 *     if (created.ok) started.value.add(created.value);
 *   }
 *   started.value.result().all.byStatus.draft; //=> 8
 * }
 * ```
 */
export function createAwardSummarizer(options?: SummaryOptions): Result<AwardSummarizer, ValidationIssue[]> {
  const checked = checkOptions(options);
  if (!checked.ok) return checked;
  const o = checked.value;
  const wanted = o.occasions === undefined ? undefined : new Set(o.occasions.map(occasionKey));
  const rows = new Map<string, Row>();
  const seenTwice = new Set<string>();
  const counts = { read: 0, duplicates: 0, otherOccasion: 0, outsidePeriod: 0, afterAsOf: 0, emptyHistory: 0 };
  const add = (record: NominationRecord): void => {
    counts.read++;
    const { nomination } = record;
    if (wanted !== undefined && !wanted.has(occasionKey(nomination.occasion))) {
      counts.otherOccasion++;
      return;
    }
    const created = record.history[0]?.event.on;
    if (created === undefined) {
      counts.emptyHistory++;
      return;
    }
    if ((o.from !== undefined && created < o.from) || (o.to !== undefined && created > o.to)) {
      counts.outsidePeriod++;
      return;
    }
    const row = rowOf(record, o.asOf);
    if (typeof row === 'string') {
      counts.afterAsOf++;
      return;
    }
    const kept = rows.get(row.id);
    if (kept === undefined) {
      rows.set(row.id, row);
      return;
    }
    counts.duplicates++;
    seenTwice.add(row.id);
    if (supersedes(row, kept)) rows.set(row.id, row);
  };
  return { ok: true, value: { add, result: () => aggregate(rows, counts, seenTwice, o) } };
}

/**
 * The statistics of a review from nomination records (III.5.2, III.5.3, III.5.4): how many
 * nominations per occasion, reward form, subject category and class, proposing unit, status and
 * decision; how far they went in the workflow (proposed, submitted, returned, compiled, selected,
 * forwarded, decided, withdrawn); the households (III.1.1) honoured by status; and, with a
 * campaign record, the milestones met on time. Pure and linear in the number of records (one
 * pass, maps); the result does not depend on the order of the records.
 *
 * Each nomination id counts once: when several records carry the same id (the same nomination
 * saved at two moments), the one that went further counts (the longer history, then the later
 * last day, then the content that sorts first) and `records.duplicates` / `duplicateIds` say so.
 * Records come typed (the library's own, or loaded with `parseNominationRecord`); for untrusted
 * data, {@link parseAwardRecords} first.
 *
 * @param records - nomination records, in any order
 * @param options - what to count, as of which day (see {@link SummaryOptions})
 * @returns the summary, or the issues of the options (an unknown key, a day that is not a day,
 *   `from` after `to`: code `period_reversed`)
 * @example
 * ```ts
 * import { applyNominationEvent, createNominationRecord } from 'thi-dua-vi-nguoi-ngheo';
 * import { sampleNominations } from 'thi-dua-vi-nguoi-ngheo/testing';
 * import { summarizeAwards } from 'thi-dua-vi-nguoi-ngheo/reports';
 * const created = createNominationRecord(sampleNominations[0]!, '2023-10-02');
 * const proposed = created.ok ? applyNominationEvent(created.value, { type: 'PROPOSE', by: 'unit-head', on: '2023-10-10' }) : created;
 * if (created.ok && proposed.ok) {
 *   const result = summarizeAwards([created.value, proposed.value]);
 *   if (result.ok) {
 *     result.value.all.byStatus.proposed; //=> 1 (the record that went further)
 *     result.value.records.duplicates; //=> 1
 *   }
 * }
 * summarizeAwards([], { from: '2025-12-31', to: '2025-01-01' }).ok; //=> false
 * ```
 */
export function summarizeAwards(records: readonly NominationRecord[], options?: SummaryOptions): Result<AwardSummary, ValidationIssue[]> {
  const started = createAwardSummarizer(options);
  if (!started.ok) return started;
  for (const record of records) started.value.add(record);
  return { ok: true, value: started.value.result() };
}

type Counts = { read: number; duplicates: number; otherOccasion: number; outsidePeriod: number; afterAsOf: number; emptyHistory: number };

function aggregate(rows: ReadonlyMap<string, Row>, counts: Counts, seenTwice: ReadonlySet<string>, o: CheckedOptions): AwardSummary {
  // One pass over the rows fills one small map per unit: the count of each (occasion, form,
  // category, status) as a number key. Every table is then added up from these cells.
  const occasions: Occasion[] = [];
  const occasionIndex = new Map<number, number>();
  const units = new Map<string | undefined, Map<number, number>>();
  const eventNominations = zeros(NOMINATION_EVENT_TYPES.length);
  const eventCount = zeros(NOMINATION_EVENT_TYPES.length);
  const households = HOUSEHOLD_CATEGORIES.map(() => ({
    nominations: 0,
    awardedNominations: 0,
    ids: new Set<string>(),
    awarded: new Set<string>(),
    withoutList: new Set<string>(),
    disagrees: new Set<string>(),
  }));
  const householdIds = new Set<string>();
  const honouredIds = new Set<string>();
  const unitSubjectNames = new Map<string, string>();
  const money = moneyAccumulator(o.amounts, MAX_LISTED_IDS);
  let latest: CivilDate | undefined;

  for (const row of rows.values()) {
    if (latest === undefined || row.lastOn > latest) latest = row.lastOn;
    const { year, kind } = row.occasion;
    const oKey = year * OCCASION_KINDS.length + (KIND_INDEX.get(kind) as number);
    let oi = occasionIndex.get(oKey);
    if (oi === undefined) {
      oi = occasions.length;
      occasions.push({ kind, year });
      occasionIndex.set(oKey, oi);
    }
    const key =
      ((oi * FORMS + (FORM_INDEX.get(row.form) as number)) * CATEGORIES + (CATEGORY_INDEX.get(row.category) as number)) * STATUSES +
      (STATUS_INDEX.get(row.status) as number);
    let cells = units.get(row.unit);
    if (cells === undefined) {
      cells = new Map();
      units.set(row.unit, cells);
    }
    cells.set(key, (cells.get(key) ?? 0) + 1);
    if (row.status === 'awarded') money.add(row);
    const { events } = row;
    for (let t = 0; t < events.length; t++) {
      const n = events[t] as number;
      if (n > 0) {
        eventNominations[t] = (eventNominations[t] as number) + 1;
        eventCount[t] = (eventCount[t] as number) + n;
      }
    }
    if (row.category === 'unit') {
      const name = unitSubjectNames.get(row.subjectId);
      if (name === undefined || row.subjectName < name) unitSubjectNames.set(row.subjectId, row.subjectName);
    } else if (isHousehold(row.category)) {
      const h = households[HOUSEHOLD_CATEGORIES.indexOf(row.category as HouseholdCategory)] as (typeof households)[number];
      h.nominations++;
      h.ids.add(row.subjectId);
      householdIds.add(row.subjectId);
      if (row.status === 'awarded') {
        h.awardedNominations++;
        h.awarded.add(row.subjectId);
        honouredIds.add(row.subjectId);
      }
      if (!row.officialList) h.withoutList.add(row.subjectId);
      if (row.classDisagrees) h.disagrees.add(row.subjectId);
    }
  }

  // The occasions by year, then kind; each cell's occasion index mapped to its rank.
  const order = occasions.map((_, i) => i).sort((a, b) => compareOccasions(occasions[a] as Occasion, occasions[b] as Occasion));
  const rank = zeros(occasions.length);
  order.forEach((oi, r) => {
    rank[oi] = r;
  });
  const all = zeros(STATUSES);
  const byForm = REWARD_FORMS.map(() => zeros(STATUSES));
  const byCategory = SUBJECT_CATEGORIES.map(() => zeros(STATUSES));
  const byOccasion = occasions.map(() => zeros(STATUSES));
  const cellList: { cell: SummaryCell; sort: number }[] = [];
  const unitTallies: UnitTally[] = [];
  for (const [unit, cells] of [...units.entries()].sort(([a], [b]) => compareIds(a, b))) {
    const counts = zeros(STATUSES);
    const unitForms = zeros(FORMS);
    for (const [key, n] of cells) {
      const s = key % STATUSES;
      const c = Math.floor(key / STATUSES) % CATEGORIES;
      const f = Math.floor(key / (STATUSES * CATEGORIES)) % FORMS;
      const oi = Math.floor(key / (STATUSES * CATEGORIES * FORMS));
      for (const target of [all, counts, byForm[f], byCategory[c], byOccasion[oi]] as Counts10[]) target[s] = (target[s] as number) + n;
      unitForms[f] = (unitForms[f] as number) + n;
      const status = NOMINATION_STATUSES[s] as NominationStatus;
      const category = SUBJECT_CATEGORIES[c] as SubjectCategory;
      const occasion = occasions[oi] as Occasion;
      cellList.push({
        sort: (((rank[oi] as number) * FORMS + f) * CATEGORIES + c) * (units.size + 1) * STATUSES + unitTallies.length * STATUSES + s,
        cell: {
          occasion: { kind: occasion.kind, year: occasion.year },
          form: REWARD_FORMS[f] as RewardForm,
          category,
          subjectClass: subjectClassOf(category),
          ...(unit === undefined ? {} : { unit }),
          status,
          ...(status === 'awarded' ? { decision: 'award' as const } : status === 'rejected' ? { decision: 'reject' as const } : {}),
          count: n,
        },
      });
    }
    const name = unit === undefined ? undefined : (o.unitNames.get(unit) ?? unitSubjectNames.get(unit));
    unitTallies.push({
      ...(unit === undefined ? {} : { unit }),
      ...(name === undefined ? {} : { name }),
      ...tallyOf(counts),
      byForm: Object.fromEntries(REWARD_FORMS.map((form, i) => [form, unitForms[i] as number])) as Record<RewardForm, number>,
    });
  }
  cellList.sort((a, b) => a.sort - b.sort);
  const byClass = SUBJECT_CLASSES.map(() => zeros(STATUSES));
  SUBJECT_CATEGORIES.forEach((category, c) => {
    addInto(byClass[SUBJECT_CLASSES.indexOf(subjectClassOf(category))] as Counts10, byCategory[c] as Counts10);
  });

  for (const entry of o.campaign?.history ?? []) if (latest === undefined || entry.event.on > latest) latest = entry.event.on;
  const asOf = o.asOf ?? latest;
  const milestones =
    o.campaign === undefined || asOf === undefined
      ? undefined
      : campaignCompliance(o.campaign, asOf).map(
          (row): MilestoneRow => ({
            ...row,
            timing: row.status === 'done' ? (row.on !== undefined && row.on > row.to ? 'late' : 'done') : row.status,
          }),
        );
  const allTally = tallyOf(all);
  const { awarded, rejected } = allTally.byStatus;
  return {
    schemaVersion: 1,
    occasions:
      o.occasions === undefined
        ? order.map((oi) => ({ ...(occasions[oi] as Occasion) }))
        : o.occasions.map((x) => ({ kind: x.kind, year: x.year })),
    days: {
      ...(o.from === undefined ? {} : { from: o.from }),
      ...(o.to === undefined ? {} : { to: o.to }),
      ...(asOf === undefined ? {} : { asOf }),
    },
    records: {
      read: counts.read,
      counted: rows.size,
      duplicates: counts.duplicates,
      otherOccasion: counts.otherOccasion,
      outsidePeriod: counts.outsidePeriod,
      afterAsOf: counts.afterAsOf,
      emptyHistory: counts.emptyHistory,
    },
    duplicateIds: [...seenTwice].sort(compareIds).slice(0, MAX_LISTED_IDS),
    all: allTally,
    byDecision: { award: awarded, reject: rejected, none: allTally.total - awarded - rejected },
    byForm: Object.fromEntries(REWARD_FORMS.map((f, i) => [f, tallyOf(byForm[i] as Counts10)])) as Record<RewardForm, Tally>,
    byCategory: Object.fromEntries(SUBJECT_CATEGORIES.map((c, i) => [c, tallyOf(byCategory[i] as Counts10)])) as Record<
      SubjectCategory,
      Tally
    >,
    byClass: Object.fromEntries(SUBJECT_CLASSES.map((c, i) => [c, tallyOf(byClass[i] as Counts10)])) as Record<SubjectClass, Tally>,
    byOccasion: order.map(
      (oi): OccasionTally => ({ occasion: { ...(occasions[oi] as Occasion) }, ...tallyOf(byOccasion[oi] as Counts10) }),
    ),
    byUnit: unitTallies,
    byEvent: Object.fromEntries(
      NOMINATION_EVENT_TYPES.map((t, i) => [t, { nominations: eventNominations[i] as number, events: eventCount[i] as number }]),
    ) as EventTallies,
    households: Object.fromEntries(
      HOUSEHOLD_CATEGORIES.map((c, i) => {
        const h = households[i] as (typeof households)[number];
        const tally: HouseholdTally = {
          nominations: h.nominations,
          households: h.ids.size,
          awardedNominations: h.awardedNominations,
          awardedHouseholds: h.awarded.size,
          withoutOfficialList: h.withoutList.size,
          classDisagrees: h.disagrees.size,
        };
        return [c, tally];
      }),
    ) as Record<HouseholdCategory, HouseholdTally>,
    householdsInAll: { households: householdIds.size, awardedHouseholds: honouredIds.size },
    cells: cellList.map((x) => x.cell),
    issuer: o.issuer,
    money: money.result(),
    ...(milestones === undefined ? {} : { milestones }),
  };
}
