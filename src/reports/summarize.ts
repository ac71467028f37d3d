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
import { campaignCompliance } from '../workflow/campaign.js';
import type { NominationRecord } from '../workflow/types.js';
import { NOMINATION_EVENT_TYPES, NOMINATION_STATUSES, type NominationStatus } from '../core/workflow-codes.js';
import { type CheckedOptions, checkOptions, type SummaryOptions } from './options.js';
import { eventsOf, type Row, rowOf, supersedes } from './rows.js';
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
  readonly householdsInAll: { readonly households: number; readonly awardedHouseholds: number };
  /** The full cross-table: occasion × form × category × unit × status, non-empty cells only. */
  readonly cells: readonly SummaryCell[];
  /** The campaign's milestones on `days.asOf`, when `options.campaign` is given (III.5). */
  readonly milestones?: readonly MilestoneRow[];
};

type MutableTally = { total: number; byStatus: Record<NominationStatus, number> };

const newTally = (): MutableTally => ({
  total: 0,
  byStatus: Object.fromEntries(NOMINATION_STATUSES.map((s) => [s, 0])) as Record<NominationStatus, number>,
});

function count(tally: MutableTally, status: NominationStatus): void {
  tally.total++;
  tally.byStatus[status]++;
}

function recordOf<K extends string, V>(keys: readonly K[], make: () => V): Record<K, V> {
  return Object.fromEntries(keys.map((k) => [k, make()])) as Record<K, V>;
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
 * `./reports`: it holds one small row per nomination id (about 100 bytes), never the records.
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
 * import { createNominationRecord, sampleNominations } from 'thi-dua-vi-nguoi-ngheo';
 * import { createAwardSummarizer } from 'thi-dua-vi-nguoi-ngheo/reports';
 * const started = createAwardSummarizer();
 * if (started.ok) {
 *   for (const nomination of sampleNominations) started.value.add(createNominationRecord(nomination, '2023-10-02'));
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
 * import { applyNominationEvent, createNominationRecord, sampleNominations } from 'thi-dua-vi-nguoi-ngheo';
 * import { summarizeAwards } from 'thi-dua-vi-nguoi-ngheo/reports';
 * const created = createNominationRecord(sampleNominations[0]!, '2023-10-02');
 * const proposed = applyNominationEvent(created, { type: 'PROPOSE', by: 'unit-head', on: '2023-10-10' });
 * if (proposed.ok) {
 *   const result = summarizeAwards([created, proposed.value]);
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
  const all = newTally();
  const byDecision = { award: 0, reject: 0, none: 0 };
  const byForm = recordOf(REWARD_FORMS, newTally);
  const byCategory = recordOf(SUBJECT_CATEGORIES, newTally);
  const byClass = recordOf(SUBJECT_CLASSES, newTally);
  const byOccasion = new Map<string, { occasion: Occasion; tally: MutableTally }>();
  const byUnit = new Map<string | undefined, { tally: MutableTally; byForm: Record<RewardForm, number> }>();
  const byEvent = recordOf(NOMINATION_EVENT_TYPES, () => ({ nominations: 0, events: 0 }));
  const households = recordOf(HOUSEHOLD_CATEGORIES, () => ({
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
  const cells = new Map<string, { cell: Omit<SummaryCell, 'count'>; count: number }>();
  let latest: CivilDate | undefined;

  for (const row of rows.values()) {
    const { status, form, category } = row;
    if (latest === undefined || row.lastOn > latest) latest = row.lastOn;
    count(all, status);
    if (status === 'awarded') byDecision.award++;
    else if (status === 'rejected') byDecision.reject++;
    else byDecision.none++;
    count(byForm[form], status);
    count(byCategory[category], status);
    const subjectClass = subjectClassOf(category);
    count(byClass[subjectClass], status);
    const oKey = occasionKey(row.occasion);
    let occasion = byOccasion.get(oKey);
    if (occasion === undefined) {
      occasion = { occasion: { kind: row.occasion.kind, year: row.occasion.year }, tally: newTally() };
      byOccasion.set(oKey, occasion);
    }
    count(occasion.tally, status);
    let unit = byUnit.get(row.unit);
    if (unit === undefined) {
      unit = { tally: newTally(), byForm: recordOf(REWARD_FORMS, () => 0) };
      byUnit.set(row.unit, unit);
    }
    count(unit.tally, status);
    unit.byForm[form]++;
    for (const type of NOMINATION_EVENT_TYPES) {
      const n = eventsOf(row, type);
      if (n > 0) {
        byEvent[type].nominations++;
        byEvent[type].events += n;
      }
    }
    if (category === 'unit') {
      const name = unitSubjectNames.get(row.subjectId);
      if (name === undefined || row.subjectName < name) unitSubjectNames.set(row.subjectId, row.subjectName);
    }
    if (isHousehold(category)) {
      const h = households[category as HouseholdCategory];
      h.nominations++;
      h.ids.add(row.subjectId);
      householdIds.add(row.subjectId);
      if (status === 'awarded') {
        h.awardedNominations++;
        h.awarded.add(row.subjectId);
        honouredIds.add(row.subjectId);
      }
      if (!row.officialList) h.withoutList.add(row.subjectId);
      if (row.classDisagrees) h.disagrees.add(row.subjectId);
    }
    const cellKey = JSON.stringify([oKey, form, category, row.unit ?? null, status]);
    const cell = cells.get(cellKey);
    if (cell === undefined) {
      const decision = status === 'awarded' ? { decision: 'award' as const } : status === 'rejected' ? { decision: 'reject' as const } : {};
      cells.set(cellKey, {
        cell: {
          occasion: { kind: row.occasion.kind, year: row.occasion.year },
          form,
          category,
          subjectClass,
          ...(row.unit === undefined ? {} : { unit: row.unit }),
          status,
          ...decision,
        },
        count: 1,
      });
    } else cell.count++;
  }

  for (const entry of o.campaign?.history ?? []) if (latest === undefined || entry.event.on > latest) latest = entry.event.on;
  const asOf = o.asOf ?? latest;
  const occasionTallies = [...byOccasion.values()].sort((a, b) => compareOccasions(a.occasion, b.occasion));
  const unitTallies: UnitTally[] = [...byUnit.entries()]
    .sort(([a], [b]) => compareIds(a, b))
    .map(([id, u]) => {
      const name = id === undefined ? undefined : (o.unitNames.get(id) ?? unitSubjectNames.get(id));
      return {
        ...(id === undefined ? {} : { unit: id }),
        ...(name === undefined ? {} : { name }),
        ...u.tally,
        byForm: u.byForm,
      };
    });
  const order = (c: Omit<SummaryCell, 'count'>): number[] => [
    c.occasion.year,
    OCCASION_KINDS.indexOf(c.occasion.kind),
    REWARD_FORMS.indexOf(c.form),
    SUBJECT_CATEGORIES.indexOf(c.category),
  ];
  const cellList = [...cells.values()]
    .sort((a, b) => {
      const x = order(a.cell);
      const y = order(b.cell);
      for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number);
      return compareIds(a.cell.unit, b.cell.unit) || NOMINATION_STATUSES.indexOf(a.cell.status) - NOMINATION_STATUSES.indexOf(b.cell.status);
    })
    .map(({ cell, count: n }): SummaryCell => ({ ...cell, count: n }));
  const milestones =
    o.campaign === undefined || asOf === undefined
      ? undefined
      : campaignCompliance(o.campaign, asOf).map(
          (row): MilestoneRow => ({ ...row, timing: row.status === 'done' ? (row.on !== undefined && row.on > row.to ? 'late' : 'done') : row.status }),
        );
  return {
    schemaVersion: 1,
    occasions: o.occasions === undefined ? occasionTallies.map((t) => t.occasion) : [...o.occasions].map((x) => ({ kind: x.kind, year: x.year })),
    days: { ...(o.from === undefined ? {} : { from: o.from }), ...(o.to === undefined ? {} : { to: o.to }), ...(asOf === undefined ? {} : { asOf }) },
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
    all,
    byDecision,
    byForm,
    byCategory,
    byClass,
    byOccasion: occasionTallies.map((t) => ({ occasion: t.occasion, ...t.tally })),
    byUnit: unitTallies,
    byEvent,
    households: Object.fromEntries(
      HOUSEHOLD_CATEGORIES.map((c) => {
        const h = households[c];
        return [
          c,
          {
            nominations: h.nominations,
            households: h.ids.size,
            awardedNominations: h.awardedNominations,
            awardedHouseholds: h.awarded.size,
            withoutOfficialList: h.withoutList.size,
            classDisagrees: h.disagrees.size,
          },
        ];
      }),
    ) as Record<HouseholdCategory, HouseholdTally>,
    householdsInAll: { households: householdIds.size, awardedHouseholds: honouredIds.size },
    cells: cellList,
    ...(milestones === undefined ? {} : { milestones }),
  };
}
