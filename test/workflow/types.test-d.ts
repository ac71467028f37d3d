import { describe, expectTypeOf, it } from 'vitest';
import type { Role } from '../../src/core/codes.js';
import type { CivilDate, Result } from '../../src/core/types.js';
import {
  type Actor,
  applyCampaignEvent,
  applyNominationEvent,
  type CampaignEvent,
  type CampaignRecord,
  type CampaignTransitionError,
  type ComplianceRow,
  createCampaignRecord,
  createNominationRecord,
  type NominationEvent,
  type NominationRecord,
  nominationEventsAllowed,
  parseCampaignEvent,
  parseNominationEvent,
  parseNominationRecord,
  type TransitionError,
} from '../../src/workflow/index.js';
import type { Finding } from '../../src/rules/evaluation.js';
import type { DossierRequirement } from '../../src/guidance/dossier-documents.js';
import {
  type CampaignEventType,
  type CampaignStatus,
  type ComplianceStatus,
  type NominationEventType,
  type NominationStatus,
  type RecordIssueCode,
  type TransitionErrorCode,
  NOMINATION_STATUSES,
  type TRANSITION_ERROR_CODES,
  CAMPAIGN_STATUSES,
} from '../../src/core/workflow-codes.js';
import type { IssueCode, ValidationIssue, ZOD_ISSUE_CODES } from '../../src/core/issues.js';
import type * as z from 'zod';

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
      'PROPOSE' | 'SUBMIT' | 'RETURN' | 'COMPILE' | 'SELECT' | 'FORWARD' | 'DECIDE' | 'WITHDRAW' | 'AMEND'
    >();
    expectTypeOf<NominationEventType>().toEqualTypeOf<NominationEvent['type']>();
  });

  it('TransitionErrorCode', () => {
    expectTypeOf<TransitionErrorCode>().toEqualTypeOf<
      | 'INVALID_EVENT'
      | 'INVALID_RECORD'
      | 'EVENT_NOT_ALLOWED'
      | 'ROLE_NOT_ALLOWED'
      | 'NOMINATION_NOT_MET'
      | 'DATE_BEFORE_PREVIOUS'
      | 'DATE_OUTSIDE_WINDOW'
      | 'DOSSIER_INCOMPLETE'
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
      | 'history_not_replayable'
      | 'status_mismatch'
      | 'dates_out_of_order'
      | 'date_outside_window'
      | 'nomination_mismatch'
      | 'guidance_required'
      | 'seal_missing'
      | 'seal_mismatch'
      | 'seal_key_required'
      | 'seal_key_invalid'
      | 'too_many_issues'
    >();
  });

  it('ValidationIssue["code"] is the union of zod’s codes and the library’s', () => {
    expectTypeOf<ValidationIssue['code']>().toEqualTypeOf<IssueCode>();
    expectTypeOf<(typeof ZOD_ISSUE_CODES)[number]>().toEqualTypeOf<z.core.$ZodIssue['code']>();
    expectTypeOf<IssueCode>().toEqualTypeOf<
      | z.core.$ZodIssue['code']
      | 'unreadable_input'
      | RecordIssueCode
      | 'date_outside_period'
      | 'duplicate_id'
      | 'invalid_date'
      | 'period_reversed'
      | 'missing_input'
      | 'authority_for'
      | 'no_entries'
      | 'unknown_entry'
      | 'duplicate_vote'
      | 'votes_exceed_present'
      | 'amount_not_known'
      | 'row_length'
      | 'criterion_not_applicable'
      | 'field_not_applicable'
      | 'not_utf8'
      | 'not_json'
    >();
    // @ts-expect-error — a code nobody documents does not compile
    const typo: ValidationIssue = { path: [], code: 'status_mismatched', message: { vi: '', en: '' } };
    void typo;
  });
});

describe('the signatures of API.md', () => {
  it('apply*Event take typed events and return a Result; parse*Event take unknown', () => {
    expectTypeOf(applyNominationEvent).parameter(1).toEqualTypeOf<NominationEvent>();
    expectTypeOf(applyNominationEvent).returns.toEqualTypeOf<Result<NominationRecord, TransitionError>>();
    expectTypeOf(applyCampaignEvent).parameter(1).toEqualTypeOf<CampaignEvent>();
    expectTypeOf(applyCampaignEvent).returns.toEqualTypeOf<Result<CampaignRecord, CampaignTransitionError>>();
    expectTypeOf(parseNominationEvent).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(parseNominationEvent).returns.toEqualTypeOf<Result<NominationEvent, ValidationIssue[]>>();
    expectTypeOf(parseCampaignEvent).returns.toEqualTypeOf<Result<CampaignEvent, ValidationIssue[]>>();
    expectTypeOf(parseNominationRecord).returns.toEqualTypeOf<Result<NominationRecord, ValidationIssue[]>>();
    expectTypeOf(createNominationRecord).returns.toEqualTypeOf<Result<NominationRecord, ValidationIssue[]>>();
    expectTypeOf(createCampaignRecord()).toEqualTypeOf<CampaignRecord>();
    expectTypeOf(createCampaignRecord({ seal: { key: 'k' } })).toEqualTypeOf<Result<CampaignRecord, ValidationIssue[]>>();
    expectTypeOf(nominationEventsAllowed).parameter(1).toEqualTypeOf<Role | undefined>();
    expectTypeOf(nominationEventsAllowed).returns.toEqualTypeOf<NominationEvent['type'][]>();
  });

  it('a typo in an event does not compile', () => {
    const record = {} as NominationRecord;
    // @ts-expect-error — no event type 'PROPOSED'
    applyNominationEvent(record, { type: 'PROPOSED', by: 'unit-head', on: '2023-10-10' });
    // @ts-expect-error — no role 'unit-heads'
    applyNominationEvent(record, { type: 'PROPOSE', by: 'unit-heads', on: '2023-10-10' });
    // @ts-expect-error — a campaign event is not a nomination event
    applyCampaignEvent({} as CampaignRecord, { type: 'PROPOSE', by: 'director', on: '2023-10-10' });
  });

  it('TransitionError is a union on code: each code carries its fields', () => {
    const read = (error: TransitionError): number => {
      switch (error.code) {
        case 'INVALID_EVENT':
        case 'INVALID_RECORD':
          expectTypeOf(error.issues).toEqualTypeOf<readonly ValidationIssue[]>();
          return error.issues.length;
        case 'EVENT_NOT_ALLOWED':
          return error.allowed.length;
        case 'ROLE_NOT_ALLOWED':
          expectTypeOf(error.roles).toEqualTypeOf<readonly Role[]>();
          return error.roles.length;
        case 'DATE_BEFORE_PREVIOUS':
          expectTypeOf(error.previousOn).toEqualTypeOf<CivilDate>();
          return 1;
        case 'DATE_OUTSIDE_WINDOW':
          return error.windows.length;
        case 'NOMINATION_NOT_MET':
          expectTypeOf(error.findings).toEqualTypeOf<readonly Finding[]>();
          return error.findings.length;
        case 'DOSSIER_INCOMPLETE':
          expectTypeOf(error.missingDocuments).toEqualTypeOf<readonly DossierRequirement[]>();
          return error.missingDocuments.length;
        default:
          return error satisfies never;
      }
    };
    expectTypeOf(read).returns.toBeNumber();
    // @ts-expect-error — findings belong to NOMINATION_NOT_MET only
    ((error: TransitionError) => error.findings)({} as TransitionError);
    expectTypeOf<CampaignTransitionError['code']>().toEqualTypeOf<
      Exclude<TransitionErrorCode, 'NOMINATION_NOT_MET' | 'DOSSIER_INCOMPLETE'>
    >();
  });

  it('every event may carry an actor', () => {
    expectTypeOf<NonNullable<NominationEvent['actor']>>().toEqualTypeOf<Actor>();
    expectTypeOf<NonNullable<CampaignEvent['actor']>>().toEqualTypeOf<Actor>();
    expectTypeOf<NonNullable<NominationRecord['history'][number]['event']['actor']>>().toEqualTypeOf<Actor>();
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
