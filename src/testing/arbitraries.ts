/**
 * `thi-dua-vi-nguoi-ngheo/testing/arbitraries` — fast-check arbitraries of valid inputs, for
 * property tests in downstream suites. fast-check is an optional peer dependency used only by
 * this subpath (`npm install --save-dev fast-check`); the factories, scenarios and samples of
 * `thi-dua-vi-nguoi-ngheo/testing` load without it.
 *
 * @packageDocumentation
 */
import fc from 'fast-check';
import type { Activity } from '../core/activity.js';
import { deepFreeze } from '../core/freeze.js';
import type { Assessment, Evidence, Nomination, Occasion, Subject } from '../core/inputs.js';
import { ACTIVITY_KIND_CLAUSES } from '../plan/activity-kinds.js';
import { CRITERION_IDS, OCCASION_KINDS, OUTCOMES, REWARD_FORMS, ROLES, SUBJECT_CATEGORIES } from '../core/codes.js';
import type { CivilDate } from '../core/types.js';
import { criteriaFor } from '../rules/criteria.js';
import { CAMPAIGN_EVENT_TYPES, DECISIONS, NOMINATION_EVENT_GROUPS } from '../core/workflow-codes.js';
import type { CampaignEvent } from '../workflow/campaign/types.js';
import type { Actor } from '../workflow/kernel/actor.js';
import type { NominationAmendment, NominationEvent } from '../workflow/nomination/types.js';

const nonBlank = fc.string({ minLength: 1, maxLength: 16 }).filter((s) => /\S/.test(s));

/** A valid subject of any category, with or without the contribution flag. */
const subject: fc.Arbitrary<Subject> = fc.record(
  {
    id: nonBlank,
    name: nonBlank,
    category: fc.constantFrom(...SUBJECT_CATEGORIES),
    contributesToPovertyReduction: fc.boolean(),
  },
  { requiredKeys: ['id', 'name', 'category'] },
);

/** An occasion: mostly around the plan's years, sometimes far from them. */
const occasion: fc.Arbitrary<Occasion> = fc.record({
  kind: fc.constantFrom(...OCCASION_KINDS),
  year: fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 2020, max: 2027 }) },
    { weight: 1, arbitrary: fc.integer({ min: -1_000_000, max: 1_000_000 }) },
  ),
});

/** An assessment of any subset of the criteria, each with any outcome. */
const assessment: fc.Arbitrary<Assessment> = fc.record(
  Object.fromEntries(CRITERION_IDS.map((id) => [id, fc.constantFrom(...OUTCOMES)])) as {
    [K in keyof Assessment]-?: fc.Arbitrary<NonNullable<Assessment[K]>>;
  },
  { requiredKeys: [] },
);

/** A valid nomination: any subject, form, occasion and assessment of the subject's criteria. */
const nomination: fc.Arbitrary<Nomination> = fc
  .record(
    {
      id: nonBlank,
      subject,
      form: fc.constantFrom(...REWARD_FORMS),
      occasion,
      assessment,
      proposingUnit: nonBlank,
    },
    { requiredKeys: ['id', 'subject', 'form', 'occasion', 'assessment'] },
  )
  .map((n) => {
    // Only the criteria of the subject's class (III.2.a for a unit, III.2.b for an individual, none
    // for a household): another class's criterion is refused by parseNomination.
    const applicable = new Set<string>(criteriaFor(n.subject.category).map((c) => c.id));
    return { ...n, assessment: Object.fromEntries(Object.entries(n.assessment).filter(([id]) => applicable.has(id))) as Assessment };
  });

/** A real civil day between 2021 and 2026. */
const civilDate: fc.Arbitrary<CivilDate> = fc
  .date({ min: new Date('2021-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const role = fc.constantFrom(...ROLES);

/** Who acted: an id and a name. */
const actor: fc.Arbitrary<Actor> = fc.record({ id: nonBlank, name: nonBlank });

/** A nomination as an AMEND gives it: any valid nomination without its id. */
const amendment: fc.Arbitrary<NominationAmendment> = nomination.map(({ id, ...fields }) => {
  void id;
  return fields;
});

/** The fields every event may carry: a role, a real day, and sometimes the actor. */
const eventBase = { by: role, on: civilDate, actor };

/**
 * A nomination event, valid in shape: any type (one shape per group of
 * `NOMINATION_EVENT_GROUPS`), role and real day.
 */
const nominationEvent: fc.Arbitrary<NominationEvent> = fc.oneof(
  fc.record({ type: fc.constantFrom(...NOMINATION_EVENT_GROUPS.plain), ...eventBase }, { requiredKeys: ['type', 'by', 'on'] }),
  fc.record(
    { type: fc.constantFrom(...NOMINATION_EVENT_GROUPS.submit), ...eventBase, documents: fc.array(nonBlank, { maxLength: 4 }) },
    { requiredKeys: ['type', 'by', 'on'] },
  ),
  fc.record(
    { type: fc.constantFrom(...NOMINATION_EVENT_GROUPS.reasoned), ...eventBase, reason: nonBlank },
    { requiredKeys: ['type', 'by', 'on', 'reason'] },
  ),
  fc.record(
    {
      type: fc.constantFrom(...NOMINATION_EVENT_GROUPS.decide),
      ...eventBase,
      decision: fc.constantFrom(...DECISIONS),
      reference: nonBlank,
    },
    { requiredKeys: ['type', 'by', 'on', 'decision'] },
  ),
  fc.record(
    { type: fc.constantFrom(...NOMINATION_EVENT_GROUPS.amend), ...eventBase, nomination: amendment, reason: nonBlank },
    { requiredKeys: ['type', 'by', 'on', 'nomination'] },
  ),
);

/** A campaign event, valid in shape. */
const campaignEvent: fc.Arbitrary<CampaignEvent> = fc.record(
  { type: fc.constantFrom(...CAMPAIGN_EVENT_TYPES), ...eventBase },
  { requiredKeys: ['type', 'by', 'on'] },
);

/** A real civil day of the plan's period for activities, 2021–2025. */
const activityDate: fc.Arbitrary<CivilDate> = fc
  .date({ min: new Date('2021-01-01T00:00:00Z'), max: new Date('2025-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const figure = fc.oneof(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 1_000_000 }));
const money = fc.integer({ min: 0, max: 2_000_000_000 });
const subjectId = fc.constantFrom('ban-qlda', 'doan-qldb-1', 'phong-qlvt', 'van-phong-so', 'cc-nong-van-dung', 'cong-doan-so');
const common = {
  id: nonBlank,
  by: fc.record({ subjectId: fc.oneof(subjectId, nonBlank) }),
  on: activityDate,
  description: nonBlank,
  documents: fc.array(nonBlank, { maxLength: 3 }),
};
const commonKeys = ['id', 'by', 'on', 'description'] as const;

/** A valid activity of any kind, with any of its optional figures (amounts in đồng up to 2 billion, counts up to a million). */
const activity: fc.Arbitrary<Activity> = fc.oneof(
  fc.record(
    {
      kind: fc.constant('fund-contribution' as const),
      clause: fc.constantFrom(...ACTIVITY_KIND_CLAUSES['fund-contribution']),
      ...common,
      amount: money,
      contributors: figure,
    },
    { requiredKeys: [...commonKeys, 'kind', 'clause', 'amount'] },
  ),
  fc.record(
    {
      kind: fc.constant('household-support' as const),
      clause: fc.constantFrom(...ACTIVITY_KIND_CLAUSES['household-support']),
      ...common,
      households: figure,
      amount: money,
      people: figure,
    },
    { requiredKeys: [...commonKeys, 'kind', 'clause', 'households'] },
  ),
  fc.record(
    {
      kind: fc.constant('gift-or-visit' as const),
      clause: fc.constantFrom(...ACTIVITY_KIND_CLAUSES['gift-or-visit']),
      ...common,
      amount: money,
      households: figure,
      people: figure,
    },
    { requiredKeys: [...commonKeys, 'kind', 'clause'] },
  ),
  fc.record(
    {
      kind: fc.constant('support-model' as const),
      clause: fc.constantFrom(...ACTIVITY_KIND_CLAUSES['support-model']),
      ...common,
      amount: money,
      households: figure,
      people: figure,
    },
    { requiredKeys: [...commonKeys, 'kind', 'clause'] },
  ),
  fc.record(
    { kind: fc.constant('publication' as const), clause: fc.constantFrom(...ACTIVITY_KIND_CLAUSES.publication), ...common },
    { requiredKeys: [...commonKeys, 'kind', 'clause'] },
  ),
);

/** Evidence for any subset of the plan's criteria: a few activity ids each. */
const evidence: fc.Arbitrary<Evidence> = fc.record(
  Object.fromEntries(CRITERION_IDS.map((id) => [id, fc.array(nonBlank, { maxLength: 4 })])) as {
    [K in (typeof CRITERION_IDS)[number]]: fc.Arbitrary<string[]>;
  },
  { requiredKeys: [] },
);

/**
 * fast-check arbitraries of valid data: `subject`, `occasion`, `assessment`, `nomination`,
 * `civilDate`, `role`, `actor`, `nominationEvent` and `campaignEvent` (events valid in shape, with
 * or without an actor; whether the table accepts one is for the machine to say), `activity` (a
 * valid activity of the movement, any kind, dated 2021–2025) and `evidence` (criterion → activity
 * ids). The object is frozen (the arbitraries themselves are fast-check's).
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { evaluateNomination } from 'thi-dua-vi-nguoi-ngheo';
 * import { arbitraries } from 'thi-dua-vi-nguoi-ngheo/testing/arbitraries';
 * fc.assert(fc.property(arbitraries.nomination, (n) => evaluateNomination(n).findings.length >= 2));
 * ```
 */
export const arbitraries = /* @__PURE__ */ deepFreeze({
  subject,
  occasion,
  assessment,
  nomination,
  civilDate,
  role,
  actor,
  nominationEvent,
  campaignEvent,
  activity,
  evidence,
} as const);
