import { describe, expectTypeOf, it } from 'vitest';
import {
  type Code,
  type CriterionId,
  type Evaluation,
  evaluateNomination,
  type Lang,
  type MilestoneId,
  milestonesOn,
  type Nomination,
  type OccasionKind,
  type Outcome,
  parseNomination,
  type Result,
  type RewardForm,
  REWARD_FORMS,
  type Role,
  type SubjectCategory,
  type SubjectClass,
  subjectClassOf,
  type ValidationIssue,
  decidingAuthorityOf,
  rewardFormsFor,
  SUBJECT_CATEGORIES,
} from '../src/index.js';

describe('public types are literal unions', () => {
  it('code lists', () => {
    expectTypeOf<SubjectCategory>().toEqualTypeOf<
      'unit' | 'poor-household' | 'near-poor-household' | 'escaped-poverty-household' | 'civil-servant' | 'public-employee' | 'worker'
    >();
    expectTypeOf<SubjectClass>().toEqualTypeOf<'collective' | 'individual'>();
    expectTypeOf<RewardForm>().toEqualTypeOf<'labor-order' | 'pm-certificate' | 'provincial-certificate' | 'director-certificate'>();
    expectTypeOf<OccasionKind>().toEqualTypeOf<'annual' | 'preliminary-review' | 'final-review'>();
    expectTypeOf<CriterionId>().toEqualTypeOf<'III.2.a.1' | 'III.2.a.2' | 'III.2.a.3' | 'III.2.b.1' | 'III.2.b.2' | 'III.2.b.3'>();
    expectTypeOf<Role>().toEqualTypeOf<
      | 'unit-head'
      | 'department-office'
      | 'department-council'
      | 'director'
      | 'mass-organization'
      | 'provincial-council'
      | 'provincial-chairman'
      | 'prime-minister'
      | 'president'
    >();
    expectTypeOf<MilestoneId>().toEqualTypeOf<
      'plan-issuance' | 'preliminary-review' | 'final-review' | 'annual-inspection' | 'peak-month' | 'day-for-the-poor'
    >();
    expectTypeOf<Outcome>().toEqualTypeOf<'met' | 'not-met' | 'unknown'>();
    expectTypeOf<Lang>().toEqualTypeOf<'vi' | 'en'>();
    expectTypeOf(REWARD_FORMS).toEqualTypeOf<
      readonly ['labor-order', 'pm-certificate', 'provincial-certificate', 'director-certificate']
    >();
    expectTypeOf(SUBJECT_CATEGORIES[0]).toEqualTypeOf<'unit'>();
    expectTypeOf<'worker'>().toExtend<Code>();
    expectTypeOf<'teacher'>().not.toExtend<Code>();
  });

  it('function signatures', () => {
    expectTypeOf(subjectClassOf).returns.toEqualTypeOf<SubjectClass>();
    expectTypeOf(decidingAuthorityOf).returns.toEqualTypeOf<Role>();
    expectTypeOf(rewardFormsFor).returns.toEqualTypeOf<RewardForm[]>();
    expectTypeOf(milestonesOn).returns.toEqualTypeOf<MilestoneId[]>();
    expectTypeOf(evaluateNomination).returns.toEqualTypeOf<Evaluation>();
    expectTypeOf(parseNomination).returns.toEqualTypeOf<Result<Nomination, ValidationIssue[]>>();
    expectTypeOf(milestonesOn).parameter(0).toEqualTypeOf<string | Date>();
  });

  it('a non-exhaustive switch over RewardForm does not compile', () => {
    const name = (form: RewardForm): string => {
      switch (form) {
        case 'labor-order':
          return 'HCLĐ';
        case 'pm-certificate':
          return 'BK TTg';
        case 'provincial-certificate':
          return 'BK UBND';
        default:
          // @ts-expect-error 'director-certificate' is not handled
          return form satisfies never;
      }
    };
    expectTypeOf(name).returns.toBeString();
  });

  it('an Assessment cannot carry a criterion the plan does not have', () => {
    const nomination: Nomination = {
      id: 'n',
      subject: { id: 's', name: 'S', category: 'unit' },
      form: 'director-certificate',
      occasion: { kind: 'annual', year: 2024 },
      // @ts-expect-error 'III.2.c.1' is not a CriterionId
      assessment: { 'III.2.c.1': 'met' },
    };
    expectTypeOf(nomination.form).toEqualTypeOf<RewardForm>();
  });
});
