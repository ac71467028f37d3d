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
import { type NominationStatus } from '../core/workflow-codes.js';
import { decidingAuthorityOf } from '../law/deciders.js';
import { type NominationRecord } from './types.js';

/**
 * One line of the council's list: the nomination, its subject and class, the unit that proposed
 * it (when the nomination names it), where it stands now and the day the council compiled it.
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
  readonly id: string;
  readonly subject: Subject;
  readonly subjectClass: SubjectClass;
  readonly proposingUnit?: string;
  /** For a Labour Order: the class the nomination proposes, when it names one. */
  readonly laborOrderClass?: LaborOrderClass;
  readonly status: NominationStatus;
  readonly compiledOn: CivilDate;
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
export type ProposalCounts = { readonly collectives: number; readonly individuals: number; readonly total: number };

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
 * };
 * ```
 */
export type ProposalGroup = {
  readonly form: RewardForm;
  readonly decidingAuthority: Role;
  readonly rule: 'III.3.a' | 'III.3.b' | 'III.3.c';
  readonly collectives: readonly ProposalEntry[];
  readonly individuals: readonly ProposalEntry[];
  readonly counts: ProposalCounts;
};

/**
 * The council's list for one occasion: one group per reward form that has an entry, in
 * `REWARD_FORMS` order, and the totals.
 *
 * @example
 * ```ts
 * import type { ProposalList } from 'thi-dua-vi-nguoi-ngheo';
 * const empty: ProposalList = {
 *   occasion: { kind: 'annual', year: 2024 },
 *   groups: [],
 *   counts: { collectives: 0, individuals: 0, total: 0 },
 * };
 * ```
 */
export type ProposalList = {
  readonly occasion: Occasion;
  readonly groups: readonly ProposalGroup[];
  readonly counts: ProposalCounts;
};

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

/**
 * The council's list of reward proposals for an occasion (IV.3.1): every record of that occasion
 * whose history contains a COMPILE — so the nominations the council compiled, whatever became of
 * them since (`compiled`, `selected`, `forwarded`, `awarded`, `rejected`, and `withdrawn` after
 * compilation), each with its current status; a nomination returned or withdrawn before
 * compilation is not on it. Grouped by reward form in `REWARD_FORMS` order (forms without an entry
 * are left out), each with its deciding authority (`decidingAuthorityOf`) and III.3 clause;
 * collectives and individuals (`subjectClassOf`) apart and counted; entries sorted by proposing
 * unit (code-unit order, a nomination without one last), then nomination id, stably.
 *
 * @param records - nomination records, in any order
 * @param occasion - the occasion of the list
 * @returns a new list
 * @example
 * ```ts
 * import { applyNominationEvent, compileProposalList, createNominationRecord, sampleNominations } from 'thi-dua-vi-nguoi-ngheo';
 * let record = createNominationRecord(sampleNominations[0]!, '2023-10-02');
 * for (const event of [
 *   { type: 'PROPOSE', by: 'unit-head', on: '2023-10-10' },
 *   { type: 'SUBMIT', by: 'unit-head', on: '2023-10-16' },
 *   { type: 'COMPILE', by: 'department-council', on: '2023-11-01' },
 * ]) {
 *   const next = applyNominationEvent(record, event);
 *   if (next.ok) record = next.value;
 * }
 * const list = compileProposalList([record], { kind: 'preliminary-review', year: 2023 });
 * list.groups.map((g) => `${g.form} ${g.decidingAuthority} ${g.counts.collectives}+${g.counts.individuals}`);
 * //=> ['provincial-certificate provincial-chairman 1+0']
 * ```
 */
export function compileProposalList(records: readonly NominationRecord[], occasion: Occasion): ProposalList {
  const byForm = new Map<RewardForm, { collectives: ProposalEntry[]; individuals: ProposalEntry[] }>();
  for (const record of records) {
    const { nomination } = record;
    if (nomination.occasion.kind !== occasion.kind || nomination.occasion.year !== occasion.year) continue;
    const compiled = record.history.find((entry) => entry.event.type === 'COMPILE');
    if (compiled === undefined) continue;
    const subjectClass = subjectClassOf(nomination.subject.category);
    const entry: ProposalEntry = {
      id: nomination.id,
      subject: nomination.subject,
      subjectClass,
      ...(nomination.proposingUnit === undefined ? {} : { proposingUnit: nomination.proposingUnit }),
      ...(nomination.laborOrderClass === undefined ? {} : { laborOrderClass: nomination.laborOrderClass }),
      status: record.status,
      compiledOn: compiled.event.on,
    };
    let group = byForm.get(nomination.form);
    if (group === undefined) {
      group = { collectives: [], individuals: [] };
      byForm.set(nomination.form, group);
    }
    (subjectClass === 'collective' ? group.collectives : group.individuals).push(entry);
  }
  const groups: ProposalGroup[] = [];
  let collectives = 0;
  let individuals = 0;
  for (const form of REWARD_FORMS) {
    const group = byForm.get(form);
    if (group === undefined) continue;
    collectives += group.collectives.length;
    individuals += group.individuals.length;
    groups.push({
      form,
      decidingAuthority: decidingAuthorityOf(form),
      rule: rewardClauseOf(form),
      collectives: group.collectives.sort(byUnitThenId),
      individuals: group.individuals.sort(byUnitThenId),
      counts: countsOf(group.collectives.length, group.individuals.length),
    });
  }
  return { occasion: { kind: occasion.kind, year: occasion.year }, groups, counts: countsOf(collectives, individuals) };
}
