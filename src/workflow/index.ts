/**
 * The workflow: the nomination machine (section IV), the campaign record (III.5), their tables,
 * the council's list (IV.3.1) and the diagrams. The zod schemas of events and records are in
 * `./schemas.js`, for the `./schemas` subpath.
 *
 * @module
 */
export { decisionLawOf, NOMINATION_TRANSITIONS, type NominationTransition } from './nomination-table.js';
export { applyNominationEvent, createNominationRecord, nominationEventsAllowed, parseNominationEvent, parseNominationRecord, MAX_RECORD_ISSUES, type TransitionError } from './nomination.js';
export { CAMPAIGN_TRANSITIONS, type CampaignTransition, campaignWindowsOf, LAUNCH_WINDOW } from './campaign-table.js';
export { applyCampaignEvent, campaignCompliance, campaignEventsAllowed, type ComplianceRow, createCampaignRecord, parseCampaignEvent, parseCampaignRecord } from './campaign.js';
export {
  compileProposalList,
  type ProposalAmounts,
  type ProposalCounts,
  type ProposalEntry,
  type ProposalGroup,
  type ProposalList,
  type ProposalListOptions,
} from './proposals.js';
export { campaignDiagram, nominationDiagram } from './diagram.js';
export { DECISIONS, type Decision, FINAL_NOMINATION_STATUSES, NOMINATION_EVENT_TYPES, NOMINATION_STATUSES, type NominationEventType, type NominationGuard, type NominationStatus, RECORD_ISSUE_CODES, type RecordIssueCode, TRANSITION_ERROR_CODES, type TransitionErrorCode, CAMPAIGN_EVENT_TYPES, CAMPAIGN_STATUSES, type CampaignEventType, type CampaignStatus, type DaySpan, COMPLIANCE_STATUSES, type ComplianceStatus } from '../core/workflow-codes.js';
export { type CreateEvent, type HistoryEntry, type NominationEvent, type NominationRecord, type CampaignEvent, type CampaignHistoryEntry, type CampaignRecord } from './types.js';
