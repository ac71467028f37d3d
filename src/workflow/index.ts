/**
 * The workflow: the nomination machine (section IV), the campaign record (III.5), their tables,
 * the council's list (IV.3.1) and the diagrams. The zod schemas of events and records are in
 * `./schemas.js`, for the `./schemas` subpath.
 *
 * @module
 */
export {
  DECISIONS,
  type Decision,
  FINAL_NOMINATION_STATUSES,
  type LegalBasis,
  NOMINATION_EVENT_TYPES,
  NOMINATION_STATUSES,
  NOMINATION_TRANSITIONS,
  type NominationEventType,
  type NominationGuard,
  type NominationStatus,
  type NominationTransition,
} from './nomination-table.js';
export {
  applyNominationEvent,
  type CreateEvent,
  createNominationRecord,
  type HistoryEntry,
  type NominationEvent,
  type NominationRecord,
  nominationEventsAllowed,
  parseNominationEvent,
  parseNominationRecord,
  MAX_RECORD_ISSUES,
  RECORD_ISSUE_CODES,
  type RecordIssueCode,
  TRANSITION_ERROR_CODES,
  type TransitionError,
  type TransitionErrorCode,
} from './nomination.js';
export {
  CAMPAIGN_EVENT_TYPES,
  CAMPAIGN_STATUSES,
  CAMPAIGN_TRANSITIONS,
  type CampaignEventType,
  type CampaignStatus,
  type CampaignTransition,
  campaignWindowsOf,
  type DaySpan,
  LAUNCH_WINDOW,
} from './campaign-table.js';
export {
  applyCampaignEvent,
  type CampaignEvent,
  campaignCompliance,
  campaignEventsAllowed,
  type CampaignHistoryEntry,
  type CampaignRecord,
  COMPLIANCE_STATUSES,
  type ComplianceRow,
  type ComplianceStatus,
  createCampaignRecord,
  parseCampaignEvent,
  parseCampaignRecord,
} from './campaign.js';
export {
  compileProposalList,
  type ProposalCounts,
  type ProposalEntry,
  type ProposalGroup,
  type ProposalList,
} from './proposals.js';
export { campaignDiagram, nominationDiagram } from './diagram.js';
