import { describe, expectTypeOf, it } from 'vitest';
import type {
  Activity,
  ActivityKind,
  ActivitySummary,
  EvidenceFinding,
  FundContribution,
  Publication,
} from '../../src/activities/index.js';
import { checkEvidence, parseActivities, parseActivity, summarizeActivities } from '../../src/activities/index.js';
import type { Evidence, Finding, Nomination, Result, ValidationIssue } from '../../src/index.js';

describe('activity types', () => {
  it('narrow on kind: a contribution has an amount, a publication no figure', () => {
    expectTypeOf<Extract<Activity, { kind: 'fund-contribution' }>>().toEqualTypeOf<FundContribution>();
    expectTypeOf<FundContribution['amount']>().toEqualTypeOf<number>();
    expectTypeOf<FundContribution['clause']>().toEqualTypeOf<'II.1.a' | 'IV.4'>();
    expectTypeOf<Publication>().not.toHaveProperty('amount');
    expectTypeOf<Activity['kind']>().toEqualTypeOf<ActivityKind>();
  });

  it('the parsers return Results; the summary and findings have their shapes', () => {
    expectTypeOf(parseActivity).returns.toEqualTypeOf<Result<Activity, ValidationIssue[]>>();
    expectTypeOf(parseActivities).returns.toEqualTypeOf<Result<readonly Activity[], ValidationIssue[]>>();
    expectTypeOf(summarizeActivities).returns.toEqualTypeOf<ActivitySummary>();
    expectTypeOf(checkEvidence).returns.toEqualTypeOf<EvidenceFinding[]>();
    expectTypeOf<EvidenceFinding>().toMatchTypeOf<Finding>();
  });

  it('a nomination may carry evidence, criterion → activity ids', () => {
    expectTypeOf<Nomination['evidence']>().toEqualTypeOf<Evidence | undefined>();
    expectTypeOf<{ 'III.2.a.3': readonly string[] }>().toMatchTypeOf<Evidence>();
    // @ts-expect-error an activity needs its kind's figures
    const bad: Activity = {
      id: 'a',
      kind: 'household-support',
      clause: 'II.1.c',
      by: { subjectId: 'u' },
      on: '2024-01-01',
      description: 'x',
    };
    void bad;
  });
});
