/**
 * IV.3.1 — the council's list of reward proposals (tổng hợp danh sách đề nghị khen thưởng), built
 * from the nomination records.
 *
 * @module
 */
import type { Occasion, Subject } from '../core/inputs.js';
import { type LaborOrderClass, REWARD_FORMS, type RewardForm, type Role, type SubjectClass } from '../core/codes.js';
import { rewardClauseOf } from '../rules/rewards.js';
import { subjectClassOf } from '../rules/subjects.js';
import type { CivilDate } from '../core/types.js';
import type { NominationStatus } from '../core/workflow-codes.js';
import { decidingAuthorityOf } from '../law/deciders.js';
import { recipientKindOf, type RewardAmount, rewardAmountOf, type RewardAmountOptions } from '../law/reward-amount.js';
import type { DateInput } from '../core/types.js';
import type { Actor } from './kernel/actor.js';
import { canonicalJson } from './kernel/seal.js';
import type { NominationRecord } from './nomination/types.js';

/**
 * One line of the council's list: the nomination, its subject and class, the unit that proposed
 * it (when the nomination names it), where it stands now, the day the council compiled it (and,
 * when the COMPILE named one, the person who recorded it), and its reward money when it is known (`rewardAmountOf`, for the day of the award decision, or
 * the planned day `options.decidedOn` of an entry not decided yet).
 *
 * @example
 * ```ts
 * import type { ProposalEntry } from 'thi-dua-vi-nguoi-ngheo';
 * const entry: ProposalEntry = {
 *   id: 'SK2023-01',
 *   subject: { id: 'ban-qlda', name: 'Ban Quản lý dự án', category: 'unit', contributesToPovertyReduction: true },
 *   subjectClass: 'collective',
 *   proposingUnit: 'ban-qlda',
 *   status: 'compiled',
 *   compiledOn: '2023-11-01',
 * };
 * ```
 */
export type ProposalEntry = {
  /** The nomination's id. */
  readonly id: string;
  /** The subject proposed. */
  readonly subject: Subject;
  /** Collective or individual: the list puts them apart. */
  readonly subjectClass: SubjectClass;
  /** The unit that proposed it (IV.1.2), when the nomination names one. */
  readonly proposingUnit?: string;
  /** For a Labour Order: the class the nomination proposes, when it names one. */
  readonly laborOrderClass?: LaborOrderClass;
  /** Where the nomination stands now (it may have moved on since the COMPILE). */
  readonly status: NominationStatus;
  /** The day the council compiled it (IV.3.1). */
  readonly compiledOn: CivilDate;
  /** The person who recorded the COMPILE, when the event named one. */
  readonly compiledBy?: Actor;
  /** The reward money, when known: see {@link compileProposalList}. */
  readonly amount?: RewardAmount;
};

/**
 * The reward money of a group or a list: the sum of the known amounts in đồng, how many entries
 * have one, and how many that may still be (or were) awarded have none — an amount not known
 * (`AMOUNT_NOT_KNOWN`), or an undecided entry without `options.decidedOn`. Rejected and withdrawn
 * entries are in neither count.
 *
 * @example
 * ```ts
 * import type { ProposalAmounts } from 'thi-dua-vi-nguoi-ngheo';
 * const amounts: ProposalAmounts = { total: 1_755_000, counted: 2, notKnown: 1 };
 * ```
 */
export type ProposalAmounts = {
  /** The sum of the known amounts, in đồng. */
  readonly total: number;
  /** How many entries have a known amount. */
  readonly counted: number;
  /** How many entries that may still be (or were) awarded have no amount. */
  readonly notKnown: number;
};

/**
 * How the council's list computes reward money: the planned day of decision of the entries not
 * decided yet, and the tables `rewardAmountOf` uses (a base salary, a rounding, replacement tables;
 * a coefficient depends on each entry's form and recipient, so it is not an option here).
 *
 * @example
 * ```ts
 * import type { ProposalListOptions } from 'thi-dua-vi-nguoi-ngheo';
 * const options: ProposalListOptions = { decidedOn: '2025-12-15', amounts: { rounding: 'up-to-10000' } };
 * ```
 */
export type ProposalListOptions = {
  /** The planned day of the award decision, for entries not decided yet. */
  readonly decidedOn?: DateInput;
  /** Options of `rewardAmountOf`, but the coefficient. */
  readonly amounts?: Omit<RewardAmountOptions, 'coefficient'>;
};

/**
 * How many entries a group or a list has, collectives and individuals apart.
 *
 * @example
 * ```ts
 * import type { ProposalCounts } from 'thi-dua-vi-nguoi-ngheo';
 * const counts: ProposalCounts = { collectives: 2, individuals: 3, total: 5 };
 * ```
 */
export type ProposalCounts = {
  /** The entries of collectives (units and households). */
  readonly collectives: number;
  /** The entries of individuals. */
  readonly individuals: number;
  /** All entries. */
  readonly total: number;
};

/**
 * The entries of one reward form, with who decides it and the III.3 clause that gives it;
 * collectives and individuals apart, each sorted by proposing unit, then nomination id.
 *
 * @example
 * ```ts
 * import type { ProposalGroup } from 'thi-dua-vi-nguoi-ngheo';
 * const group: ProposalGroup = {
 *   form: 'director-certificate', decidingAuthority: 'director', rule: 'III.3.c',
 *   collectives: [], individuals: [], counts: { collectives: 0, individuals: 0, total: 0 },
 *   amounts: { total: 0, counted: 0, notKnown: 0 },
 * };
 * ```
 */
export type ProposalGroup = {
  /** The reward form of the group. */
  readonly form: RewardForm;
  /** Who decides the form (`DECIDING_AUTHORITIES`, docs/law.md "Who decides"). */
  readonly decidingAuthority: Role;
  /** The clause of III.3 that gives the form. */
  readonly rule: 'III.3.a' | 'III.3.b' | 'III.3.c';
  /** The collectives' entries, by proposing unit, then nomination id. */
  readonly collectives: readonly ProposalEntry[];
  /** The individuals' entries, by proposing unit, then nomination id. */
  readonly individuals: readonly ProposalEntry[];
  /** How many entries the group has. */
  readonly counts: ProposalCounts;
  /** The group's reward money. */
  readonly amounts: ProposalAmounts;
};

/**
 * Several different records of the occasion that carry one nomination id: they are left out of
 * the list and reported here, since the library cannot tell which one is right (identical copies
 * of one record count once and are not a conflict).
 *
 * @example
 * ```ts
 * import type { ProposalConflict } from 'thi-dua-vi-nguoi-ngheo';
 * const conflict: ProposalConflict = { id: 'SK2023-01', records: 2 };
 * ```
 */
export type ProposalConflict = {
  /** The nomination id the records share. */
  readonly id: string;
  /** How many different records carry it. */
  readonly records: number;
};

/**
 * The council's list for one occasion: one group per reward form that has an entry, in
 * `REWARD_FORMS` order, the nomination ids that several different records carry, and the totals.
 *
 * @example
 * ```ts
 * import type { ProposalList } from 'thi-dua-vi-nguoi-ngheo';
 * const empty: ProposalList = {
 *   occasion: { kind: 'annual', year: 2024 },
 *   groups: [],
 *   counts: { collectives: 0, individuals: 0, total: 0 },
 *   amounts: { total: 0, counted: 0, notKnown: 0 },
 *   conflicts: [],
 * };
 * ```
 */
export type ProposalList = {
  /** The occasion the list is for. */
  readonly occasion: Occasion;
  /** One group per form that has an entry, in `REWARD_FORMS` order. */
  readonly groups: readonly ProposalGroup[];
  /** How many entries the whole list has. */
  readonly counts: ProposalCounts;
  /** The reward money of the whole list. */
  readonly amounts: ProposalAmounts;
  /** Ids carried by several different records of the occasion, left out of the groups. */
  readonly conflicts: readonly ProposalConflict[];
};

/**
 * The records of an occasion, one per nomination id: identical copies count once; the ids that
 * several different records carry are left out and reported.
 */
function oneRecordPerId(
  records: readonly NominationRecord[],
  occasion: Occasion,
): { records: NominationRecord[]; conflicts: ProposalConflict[] } {
  const byId = new Map<string, NominationRecord[]>();
  for (const record of records) {
    const { occasion: at, id } = record.nomination;
    if (at.kind !== occasion.kind || at.year !== occasion.year) continue;
    const seen = byId.get(id);
    if (seen === undefined) byId.set(id, [record]);
    else if (!seen.some((other) => other === record || canonicalJson(other) === canonicalJson(record))) seen.push(record);
  }
  const conflicts = [...byId].filter(([, found]) => found.length > 1).map(([id, found]) => ({ id, records: found.length }));
  return { records: [...byId.values()].filter((found) => found.length === 1).map(([record]) => record as NominationRecord), conflicts };
}

/** Code-unit order of two optional strings, a missing one last. */
function compareOptional(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}

function byUnitThenId(a: ProposalEntry, b: ProposalEntry): number {
  return compareOptional(a.proposingUnit, b.proposingUnit) || compareOptional(a.id, b.id);
}

function countsOf(collectives: number, individuals: number): ProposalCounts {
  return { collectives, individuals, total: collectives + individuals };
}

/** The day whose decree and base salary apply: the award decision's, else the planned one (undecided entries only). */
function amountDay(record: NominationRecord, options: ProposalListOptions): DateInput | undefined {
  switch (record.status) {
    case 'awarded':
      return [...record.history].reverse().find((entry) => entry.event.type === 'DECIDE')?.event.on;
    case 'rejected':
    case 'withdrawn':
      return undefined;
    default:
      return options.decidedOn;
  }
}

function amountsOf(entries: readonly ProposalEntry[]): ProposalAmounts {
  let total = 0;
  let counted = 0;
  let notKnown = 0;
  for (const entry of entries) {
    if (entry.amount !== undefined) {
      total += entry.amount.amount;
      counted += 1;
    } else if (entry.status !== 'rejected' && entry.status !== 'withdrawn') notKnown += 1;
  }
  return { total, counted, notKnown };
}

/**
 * The council's list of reward proposals for an occasion (IV.3.1): every record of that occasion
 * whose history contains a COMPILE — so the nominations the council compiled, whatever became of
 * them since (`compiled`, `selected`, `forwarded`, `awarded`, `rejected`, and `withdrawn` after
 * compilation), each with its current status; a nomination returned or withdrawn before
 * compilation is not on it. Grouped by reward form in `REWARD_FORMS` order (forms without an entry
 * are left out), each with its deciding authority (`decidingAuthorityOf`) and III.3 clause;
 * collectives and individuals (`subjectClassOf`) apart and counted; entries sorted by proposing
 * unit (code-unit order, a nomination without one last), then nomination id, stably. Each entry
 * carries its reward money when it is known (`rewardAmountOf` with the subject's
 * `recipientKindOf`, the nomination's `laborOrderClass`, and the day of the award decision — or
 * `options.decidedOn` for an entry not decided yet; none for a rejected or withdrawn one), and each
 * group and the list carry the totals, the entries without a known amount counted apart. A
 * nomination id counts once: identical copies of a record are one entry, and the ids that several
 * different records carry are left out and listed in `conflicts`.
 *
 * @param records - nomination records, in any order
 * @param occasion - the occasion of the list
 * @param options - the planned decision day, the reward tables
 * @returns a new list
 * @example
 * ```ts
 * import { applyNominationEvent, compileProposalList, createNominationRecord, type NominationEvent } from 'thi-dua-vi-nguoi-ngheo';
 * import { sampleNominations } from 'thi-dua-vi-nguoi-ngheo/testing';
 * const created = createNominationRecord(sampleNominations[0]!, '2023-10-02');
 * if (created.ok) {
 *   let record = created.value;
 *   const events: NominationEvent[] = [
 *     { type: 'PROPOSE', by: 'unit-head', on: '2023-10-10' },
 *     { type: 'SUBMIT', by: 'unit-head', on: '2023-10-16' },
 *     { type: 'COMPILE', by: 'department-council', on: '2023-11-01' },
 *   ];
 *   for (const event of events) {
 *     const next = applyNominationEvent(record, event);
 *     if (next.ok) record = next.value;
 *   }
 *   const list = compileProposalList([record, record], { kind: 'preliminary-review', year: 2023 });
 *   list.groups.map((g) => `${g.form} ${g.decidingAuthority} ${g.counts.collectives}+${g.counts.individuals}`);
 *   //=> ['provincial-certificate provincial-chairman 1+0'] (one record given twice counts once)
 * }
 * ```
 */
export function compileProposalList(
  records: readonly NominationRecord[],
  occasion: Occasion,
  options: ProposalListOptions = {},
): ProposalList {
  const byForm = new Map<RewardForm, { collectives: ProposalEntry[]; individuals: ProposalEntry[] }>();
  const { records: unique, conflicts } = oneRecordPerId(records, occasion);
  for (const record of unique) {
    const { nomination } = record;
    const compiled = record.history.find((entry) => entry.event.type === 'COMPILE');
    if (compiled === undefined) continue;
    const subjectClass = subjectClassOf(nomination.subject.category);
    const decidedOn = amountDay(record, options);
    const money =
      decidedOn === undefined
        ? undefined
        : rewardAmountOf(
            {
              form: nomination.form,
              recipient: recipientKindOf(nomination.subject),
              decidedOn,
              ...(nomination.laborOrderClass === undefined ? {} : { laborOrderClass: nomination.laborOrderClass }),
            },
            options.amounts,
          );
    const entry: ProposalEntry = {
      id: nomination.id,
      subject: nomination.subject,
      subjectClass,
      ...(nomination.proposingUnit === undefined ? {} : { proposingUnit: nomination.proposingUnit }),
      ...(nomination.laborOrderClass === undefined ? {} : { laborOrderClass: nomination.laborOrderClass }),
      status: record.status,
      compiledOn: compiled.event.on,
      ...(compiled.event.actor === undefined ? {} : { compiledBy: compiled.event.actor }),
      ...(money?.ok === true ? { amount: money.value } : {}),
    };
    let group = byForm.get(nomination.form);
    if (group === undefined) {
      group = { collectives: [], individuals: [] };
      byForm.set(nomination.form, group);
    }
    (subjectClass === 'collective' ? group.collectives : group.individuals).push(entry);
  }
  const groups: ProposalGroup[] = [];
  const all: ProposalEntry[] = [];
  let collectives = 0;
  let individuals = 0;
  for (const form of REWARD_FORMS) {
    const group = byForm.get(form);
    if (group === undefined) continue;
    collectives += group.collectives.length;
    individuals += group.individuals.length;
    all.push(...group.collectives, ...group.individuals);
    groups.push({
      form,
      decidingAuthority: decidingAuthorityOf(form),
      rule: rewardClauseOf(form),
      collectives: group.collectives.sort(byUnitThenId),
      individuals: group.individuals.sort(byUnitThenId),
      counts: countsOf(group.collectives.length, group.individuals.length),
      amounts: amountsOf([...group.collectives, ...group.individuals]),
    });
  }
  return {
    occasion: { kind: occasion.kind, year: occasion.year },
    groups,
    counts: countsOf(collectives, individuals),
    amounts: amountsOf(all),
    conflicts,
  };
}
