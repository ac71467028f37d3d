/**
 * Evidence: the activities a nomination names for each criterion, checked against the register of
 * activities — that each exists, is the subject's (or, for a person, their unit's), and falls in
 * the occasion's period. Evidence never decides a criterion: the assessment stays the council's
 * judgement (docs/interpretations.md, reading 24).
 *
 * @module
 */
import type { Evidence, Nomination } from '../core/inputs.js';
import type { EvaluationOptions } from '../rules/options.js';
import { CRITERION_IDS } from '../core/codes.js';
import { criteriaFor } from '../rules/criteria.js';
import type { Finding } from '../rules/evaluation.js';
import { subjectClassOf } from '../rules/subjects.js';
import { EVIDENCE_TEXT, type EvidenceTextInput } from '../text/activities.js';
import type { Text } from '../core/types.js';
import { occasionPeriodOf, type Period } from './period.js';
import type { Activity } from '../core/activity.js';

/**
 * What can be wrong with a piece of evidence:
 * - `not-found` — no activity of the register has the id (the finding is `unknown`);
 * - `other-subject` — the activity is another subject's (nor, for a person, their unit's);
 * - `outside-period` — it took place outside the occasion's period;
 * - `no-period` — the occasion is not one of the plan's, so it has no period;
 * - `not-applicable` — the criterion does not apply to the subject (an individual's criterion
 *   named for a unit): its evidence is not considered.
 *
 * @example
 * ```ts
 * import { EVIDENCE_PROBLEMS } from 'thi-dua-vi-nguoi-ngheo/activities';
 * EVIDENCE_PROBLEMS[0]; //=> 'not-found'
 * ```
 */
export const EVIDENCE_PROBLEMS = /* @__PURE__ */ Object.freeze([
  'not-found',
  'other-subject',
  'outside-period',
  'no-period',
  'not-applicable',
] as const);

/**
 * A problem of a piece of evidence (see {@link EVIDENCE_PROBLEMS}).
 *
 * @example
 * ```ts
 * import type { EvidenceProblem } from 'thi-dua-vi-nguoi-ngheo/activities';
 * const problem: EvidenceProblem = 'other-subject';
 * ```
 */
export type EvidenceProblem = (typeof EVIDENCE_PROBLEMS)[number];

/**
 * One finding of {@link checkEvidence}: a `Finding` whose `rule` is the criterion the evidence is
 * named for and whose `outcome` is the evidence's, not the criterion's — `met` when the activity
 * exists, is the subject's and falls in the period (with `severity: 'warning'` when it is the
 * person's unit's), `not-met` with its `problems`, `unknown` when it is not in the register.
 *
 * @example
 * ```ts
 * import type { EvidenceFinding } from 'thi-dua-vi-nguoi-ngheo/activities';
 * const finding: EvidenceFinding = {
 *   rule: 'III.2.a.3', outcome: 'not-met', message: { vi: '…', en: '…' },
 *   criterion: 'III.2.a.3', activityId: 'HD-2023-014', problems: ['outside-period'],
 * };
 * ```
 */
export type EvidenceFinding = Finding & {
  /** The criterion the evidence is named for (a III.2 id, or a guidance's). */
  readonly criterion: string;
  /** The activity checked; absent on the one finding of a criterion that does not apply. */
  readonly activityId?: string;
  /** What is wrong; empty when the evidence checks. */
  readonly problems: readonly EvidenceProblem[];
  /** When the activity is the unit's of the person nominated: the unit's id. */
  readonly unitId?: string;
};

/**
 * The options of {@link checkEvidence} and {@link activitiesByCriterion}: the evaluators' options
 * (the annual guidance adds its criteria), and two readings the caller may change:
 * - `unitOf` — the unit each person belongs to (person id → unit id); by default a person's unit
 *   is the nomination's `proposingUnit`, the unit whose head proposes them (IV.1.2, reading 25);
 * - `period` — the days whose activities count, instead of the occasion's period (reading 23).
 *
 * @example
 * ```ts
 * import type { EvidenceOptions } from 'thi-dua-vi-nguoi-ngheo/activities';
 * const options: EvidenceOptions = { unitOf: { 'cc-nong-van-dung': 'phong-kh-tc' } };
 * ```
 */
export interface EvidenceOptions extends EvaluationOptions {
  /** The unit each person belongs to (person id → unit id); default: the nomination's `proposingUnit`. */
  readonly unitOf?: Readonly<Record<string, string>>;
  /** The days whose activities count; default: the occasion's period (`occasionPeriodOf`). */
  readonly period?: Period;
}

/** The unit a nomination's subject belongs to: for a person, `unitOf` or the proposing unit. */
function unitOf(nomination: Nomination, options: EvidenceOptions | undefined): string | undefined {
  const { subject } = nomination;
  if (subjectClassOf(subject.category) !== 'individual') return undefined;
  const given = options?.unitOf;
  const unit = given !== undefined && Object.hasOwn(given, subject.id) ? given[subject.id] : nomination.proposingUnit;
  return unit === subject.id ? undefined : unit;
}

/** The evidence's criteria: the subject's first (plan's order, then the guidance's), then the others. */
function criteriaOrder(
  nomination: Nomination,
  evidence: Evidence,
  options: EvidenceOptions | undefined,
): { applicable: string[]; other: string[] } {
  const applicableIds = criteriaFor(nomination.subject.category, options).map((c) => c.id as string);
  const named = Object.keys(evidence).filter((id) => evidence[id] !== undefined);
  const applicable = applicableIds.filter((id) => named.includes(id));
  const rest = named.filter((id) => !applicableIds.includes(id));
  const plan = CRITERION_IDS.filter((id) => rest.includes(id)) as string[];
  // The default sort: UTF-16 code-unit order, the same on every machine.
  const others = rest.filter((id) => !plan.includes(id)).sort();
  return { applicable, other: [...plan, ...others] };
}

function checkOne(
  input: EvidenceTextInput,
  activity: Activity | undefined,
  subjectId: string,
  unitId: string | undefined,
): EvidenceFinding {
  const base = { rule: input.criterion, criterion: input.criterion, activityId: input.activityId };
  if (activity === undefined) {
    return { ...base, outcome: 'unknown', message: EVIDENCE_TEXT.notFound(input), problems: ['not-found'] };
  }
  const problems: EvidenceProblem[] = [];
  const messages: Text[] = [];
  const { period } = input;
  const by = activity.by.subjectId;
  const fromUnit = by !== subjectId && unitId !== undefined && by === unitId;
  if (by !== subjectId && !fromUnit) {
    problems.push('other-subject');
    messages.push(EVIDENCE_TEXT.otherSubject(input, by, unitId));
  }
  if (period === undefined) {
    problems.push('no-period');
    messages.push(EVIDENCE_TEXT.noPeriod(input));
  } else if (activity.on < period.from || activity.on > period.to) {
    problems.push('outside-period');
    messages.push(EVIDENCE_TEXT.outsidePeriod(input, activity.on, period));
  }
  if (problems.length > 0 || period === undefined) {
    return {
      ...base,
      outcome: 'not-met',
      message: { vi: messages.map((m) => m.vi).join(' '), en: messages.map((m) => m.en).join(' ') },
      problems,
    };
  }
  const accepted = EVIDENCE_TEXT.accepted(input, activity.kind, activity.on, period);
  if (!fromUnit) return { ...base, outcome: 'met', message: accepted, problems };
  const unit = EVIDENCE_TEXT.fromUnit(input, unitId as string);
  return {
    ...base,
    outcome: 'met',
    severity: 'warning',
    message: { vi: `${accepted.vi} ${unit.vi}`, en: `${accepted.en} ${unit.en}` },
    problems,
    unitId: unitId as string,
  };
}

/**
 * Checks the evidence a nomination names (`nomination.evidence`: criterion → activity ids) against
 * the register of activities: for each activity named, one finding that says whether it exists,
 * whether it is the subject's — or, for a person, the activity of the unit they belong to, accepted
 * with a warning (reading 25) — and whether it took place in the occasion's period (reading 23).
 * A criterion that does not apply to the subject gets one `not-met` finding for all its evidence.
 *
 * The findings are about the evidence only. The library never turns activities or their figures
 * into a criterion `met`: the plan sets no number (III.2, III.4), so whether the criterion is met
 * stays the council's judgement, recorded in `nomination.assessment` (reading 24).
 *
 * Order: the subject's criteria in `criteriaFor` order, then the others; within a criterion, the
 * ids in the order given.
 *
 * @param nomination - the nomination, already parsed (with `evidence`; none gives no finding)
 * @param activities - the register of activities, already parsed (an id's first entry counts)
 * @param options - `unitOf`, `period`, and the annual guidance (its criteria apply too)
 * @returns a new array of findings
 * @example
 * ```ts
 * import { checkEvidence } from 'thi-dua-vi-nguoi-ngheo/activities';
 * import { makeNomination } from 'thi-dua-vi-nguoi-ngheo/testing';
 * const nomination = makeNomination({ evidence: { 'III.2.a.3': ['HD-1', 'HD-9'] } }); // phong-qlvt, annual 2024
 * const findings = checkEvidence(nomination, [
 *   { id: 'HD-1', kind: 'gift-or-visit', clause: 'IV.4', by: { subjectId: 'phong-qlvt' }, on: '2023-01-18', households: 12, description: 'Quà Tết' },
 * ]);
 * findings.map((f) => `${f.activityId} ${f.outcome} ${f.problems.join()}`);
 * //=> ['HD-1 not-met outside-period', 'HD-9 unknown not-found']
 * ```
 */
export function checkEvidence(nomination: Nomination, activities: readonly Activity[], options?: EvidenceOptions): EvidenceFinding[] {
  const evidence = nomination.evidence;
  if (evidence === undefined) return [];
  const byId = new Map<string, Activity>();
  for (const activity of activities) if (!byId.has(activity.id)) byId.set(activity.id, activity);
  const period = options?.period ?? occasionPeriodOf(nomination.occasion);
  const unitId = unitOf(nomination, options);
  const { applicable, other } = criteriaOrder(nomination, evidence, options);
  const findings: EvidenceFinding[] = [];
  for (const criterion of applicable) {
    for (const activityId of evidence[criterion] as readonly string[]) {
      const input: EvidenceTextInput = {
        criterion,
        activityId,
        subjectName: nomination.subject.name,
        occasion: nomination.occasion,
        period,
      };
      findings.push(checkOne(input, byId.get(activityId), nomination.subject.id, unitId));
    }
  }
  for (const criterion of other) {
    const ids = evidence[criterion] as readonly string[];
    findings.push({
      rule: criterion,
      outcome: 'not-met',
      message: EVIDENCE_TEXT.notApplicable(criterion, nomination.subject.category, ids),
      criterion,
      problems: ['not-applicable'],
    });
  }
  return findings;
}

/**
 * One activity listed under a criterion by {@link activitiesByCriterion}.
 *
 * @example
 * ```ts
 * import type { CriterionActivity } from 'thi-dua-vi-nguoi-ngheo/activities';
 * import { sampleActivities } from 'thi-dua-vi-nguoi-ngheo/testing';
 * const item: CriterionActivity = { activity: sampleActivities[0]!, unitId: 'phong-kh-tc' };
 * ```
 */
export type CriterionActivity = {
  /** The activity. */
  readonly activity: Activity;
  /** When it is the unit's of the person nominated: the unit's id (say so on the paper). */
  readonly unitId?: string;
};

/**
 * The activities listed under one criterion by {@link activitiesByCriterion}.
 *
 * @example
 * ```ts
 * import type { CriterionEvidence } from 'thi-dua-vi-nguoi-ngheo/activities';
 * const group: CriterionEvidence = { criterion: 'III.2.b.2', label: { vi: 'Có sáng kiến …', en: 'Has initiatives …' }, activities: [] };
 * ```
 */
export type CriterionEvidence = {
  /** The criterion (a III.2 id, or a guidance's). */
  readonly criterion: string;
  /** Its name. */
  readonly label: Text;
  /** The accepted evidence, in the order the nomination names it. */
  readonly activities: readonly CriterionActivity[];
};

/**
 * A subject's activities under the criterion they support, for the achievement report (Báo cáo
 * thành tích): for each of the subject's criteria (in `criteriaFor` order) that has accepted
 * evidence, the activities whose {@link checkEvidence} finding is `met` — named, existing, the
 * subject's or their unit's, inside the period. Evidence with a problem is left out (report it
 * with `checkEvidence`). The criteria stay the council's to assess.
 *
 * @param nomination - the nomination, already parsed
 * @param activities - the register of activities, already parsed
 * @param options - as for {@link checkEvidence}
 * @returns a new array, one entry per criterion with accepted evidence
 * @example
 * ```ts
 * import { activitiesByCriterion } from 'thi-dua-vi-nguoi-ngheo/activities';
 * import { makeNomination } from 'thi-dua-vi-nguoi-ngheo/testing';
 * const nomination = makeNomination({ evidence: { 'III.2.a.3': ['HD-1'] } });
 * const groups = activitiesByCriterion(nomination, [
 *   { id: 'HD-1', kind: 'gift-or-visit', clause: 'IV.4', by: { subjectId: 'phong-qlvt' }, on: '2024-01-30', households: 12, description: 'Quà Tết' },
 * ]);
 * groups.map((g) => [g.criterion, g.activities.map((a) => a.activity.id)]); //=> [['III.2.a.3', ['HD-1']]]
 * ```
 */
export function activitiesByCriterion(
  nomination: Nomination,
  activities: readonly Activity[],
  options?: EvidenceOptions,
): CriterionEvidence[] {
  const findings = checkEvidence(nomination, activities, options);
  if (findings.length === 0) return [];
  const byId = new Map<string, Activity>();
  for (const activity of activities) if (!byId.has(activity.id)) byId.set(activity.id, activity);
  const groups: CriterionEvidence[] = [];
  for (const criterion of criteriaFor(nomination.subject.category, options)) {
    const items: CriterionActivity[] = [];
    for (const f of findings) {
      if (f.criterion !== criterion.id || f.outcome !== 'met') continue;
      // An accepted finding is about one activity of the register.
      const activity = byId.get(f.activityId as string) as Activity;
      items.push(f.unitId === undefined ? { activity } : { activity, unitId: f.unitId });
    }
    if (items.length > 0) groups.push({ criterion: criterion.id, label: criterion.label, activities: items });
  }
  return groups;
}
