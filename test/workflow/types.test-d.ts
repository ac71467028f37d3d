import { describe, expectTypeOf, it } from 'vitest';
import type { Role } from '../../src/core/codes.js';
import type { CivilDate, Result } from '../../src/core/types.js';
import { applyCampaignEvent, applyNominationEvent, type ComplianceRow, type NominationEvent, type NominationRecord, nominationEventsAllowed, parseNominationRecord, type TransitionError, type CampaignRecord } from '../../src/workflow/index.js';
import { type CampaignEventType, type CampaignStatus, type ComplianceStatus, type NominationEventType, type NominationStatus, type RecordIssueCode, type TransitionErrorCode, NOMINATION_STATUSES, TRANSITION_ERROR_CODES, CAMPAIGN_STATUSES } from '../../src/core/workflow-codes.js';
import { type ValidationIssue } from '../../src/core/issues.js';

describe('the workflow’s codes are literal unions', () => {
  it('NominationStatus', () => {
    expectTypeOf<NominationStatus>().toEqualTypeOf<
      'draft' | 'proposed' | 'submitted' | 'returned' | 'compiled' | 'selected' | 'forwarded' | 'awarded' | 'rejected' | 'withdrawn'
    >();
    expectTypeOf(NOMINATION_STATUSES).toEqualTypeOf<
      readonly ['draft', 'proposed', 'submitted', 'returned', 'compiled', 'selected', 'forwarded', 'awarded', 'rejected', 'withdrawn']
    >();
  });

  it('NominationEvent["type"]', () => {
    expectTypeOf<NominationEvent['type']>().toEqualTypeOf<
      'PROPOSE' | 'SUBMIT' | 'RETURN' | 'COMPILE' | 'SELECT' | 'FORWARD' | 'DECIDE' | 'WITHDRAW'
    >();
    expectTypeOf<NominationEventType>().toEqualTypeOf<NominationEvent['type']>();
  });

  it('TransitionErrorCode', () => {
    expectTypeOf<TransitionErrorCode>().toEqualTypeOf<
      'INVALID_EVENT' | 'EVENT_NOT_ALLOWED' | 'ROLE_NOT_ALLOWED' | 'NOMINATION_NOT_MET' | 'DATE_BEFORE_PREVIOUS' | 'DATE_OUTSIDE_WINDOW' | 'DOSSIER_INCOMPLETE'
    >();
    expectTypeOf<(typeof TRANSITION_ERROR_CODES)[number]>().toEqualTypeOf<TransitionErrorCode>();
    expectTypeOf<TransitionError['code']>().toEqualTypeOf<TransitionErrorCode>();
  });

  it('the campaign’s codes', () => {
    expectTypeOf<CampaignStatus>().toEqualTypeOf<'planned' | 'running' | 'closed'>();
    expectTypeOf(CAMPAIGN_STATUSES).toEqualTypeOf<readonly ['planned', 'running', 'closed']>();
    expectTypeOf<CampaignEventType>().toEqualTypeOf<'LAUNCH' | 'HOLD_PRELIMINARY_REVIEW' | 'HOLD_FINAL_REVIEW' | 'RECORD_INSPECTION'>();
    expectTypeOf<ComplianceStatus>().toEqualTypeOf<'done' | 'due' | 'overdue' | 'upcoming'>();
    expectTypeOf<ComplianceRow['status']>().toEqualTypeOf<ComplianceStatus>();
    expectTypeOf<RecordIssueCode>().toEqualTypeOf<
      'history_not_replayable' | 'status_mismatch' | 'dates_out_of_order' | 'date_outside_window' | 'too_many_issues'
    >();
  });
});

describe('the signatures of API.md', () => {
  it('apply*Event takes unknown and returns a Result', () => {
    expectTypeOf(applyNominationEvent).parameter(1).toEqualTypeOf<unknown>();
    expectTypeOf(applyNominationEvent).returns.toEqualTypeOf<Result<NominationRecord, TransitionError>>();
    expectTypeOf(applyCampaignEvent).parameter(1).toEqualTypeOf<unknown>();
    expectTypeOf(applyCampaignEvent).returns.toEqualTypeOf<Result<CampaignRecord, TransitionError>>();
    expectTypeOf(parseNominationRecord).returns.toEqualTypeOf<Result<NominationRecord, ValidationIssue[]>>();
    expectTypeOf(nominationEventsAllowed).parameter(1).toEqualTypeOf<Role | undefined>();
    expectTypeOf(nominationEventsAllowed).returns.toEqualTypeOf<NominationEvent['type'][]>();
  });

  it('NominationEvent is a union on type: DECIDE needs a decision, RETURN a reason', () => {
    const decideEvent = { type: 'DECIDE', by: 'director', on: '2023-12-20', decision: 'award' } as const;
    expectTypeOf(decideEvent).toExtend<NominationEvent>();
    expectTypeOf({ type: 'DECIDE', by: 'director', on: '2023-12-20' } as const).not.toExtend<NominationEvent>();
    expectTypeOf({ type: 'RETURN', by: 'director', on: '2023-12-20' } as const).not.toExtend<NominationEvent>();
    expectTypeOf<NominationRecord['history'][number]['event']['on']>().toEqualTypeOf<CivilDate>();
  });

  it('a switch over NominationStatus must be exhaustive', () => {
    function describeStatus(status: NominationStatus): string {
      switch (status) {
        case 'draft':
        case 'proposed':
        case 'submitted':
        case 'returned':
        case 'compiled':
        case 'selected':
        case 'forwarded':
          return 'open';
        case 'awarded':
        case 'rejected':
          return 'decided';
        default:
          // @ts-expect-error — 'withdrawn' is not handled, so status is not never here
          return status satisfies never;
      }
    }
    expectTypeOf(describeStatus).returns.toBeString();
  });
});
