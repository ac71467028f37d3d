/**
 * The workflow: the nomination machine (section IV) and the campaign record (III.5) — each in its
 * folder with its table, machine, record parser and schemas, over a shared kernel (steps,
 * errors, seals) — the council's list (IV.3.1) and the diagrams. The zod schemas of events and
 * records are exported by the `./schemas` entry.
 *
 * @module
 */
export { decisionLawOf, NOMINATION_TRANSITIONS, type NominationTransition } from './nomination/table.js';
export {
  applyNominationEvent,
  createNominationRecord,
  type NominationCreateOptions,
  nominationEventsAllowed,
  parseNominationEvent,
} from './nomination/machine.js';
export { parseNominationRecord } from './nomination/record.js';
export type { CreateEvent, GuidanceRef, HistoryEntry, NominationAmendment, NominationEvent, NominationRecord } from './nomination/types.js';
export { CAMPAIGN_TRANSITIONS, type CampaignTransition, campaignWindowsOf, LAUNCH_WINDOW } from './campaign/table.js';
export { applyCampaignEvent, campaignEventsAllowed, createCampaignRecord, parseCampaignEvent } from './campaign/machine.js';
export { parseCampaignRecord } from './campaign/record.js';
export { campaignCompliance, type ComplianceRow } from './campaign/compliance.js';
export type { CampaignEvent, CampaignHistoryEntry, CampaignRecord } from './campaign/types.js';
export type { Actor } from './kernel/actor.js';
export type { CampaignTransitionError, EventWindow, TransitionError } from './kernel/errors.js';
export type { CampaignOptions, SealKey, SealOptions, WorkflowOptions } from './kernel/options.js';
export {
  compileProposalList,
  type ProposalAmounts,
  type ProposalConflict,
  type ProposalCounts,
  type ProposalEntry,
  type ProposalGroup,
  type ProposalList,
  type ProposalListOptions,
} from './proposals.js';
export { campaignDiagram, nominationDiagram } from './diagram.js';
export {
  CAMPAIGN_EVENT_TYPES,
  CAMPAIGN_STATUSES,
  type CampaignEventType,
  type CampaignStatus,
  COMPLIANCE_STATUSES,
  type ComplianceStatus,
  DECISIONS,
  type DaySpan,
  type Decision,
  FINAL_NOMINATION_STATUSES,
  NOMINATION_EVENT_GROUPS,
  NOMINATION_EVENT_TYPES,
  NOMINATION_STATUSES,
  type NominationEventGroup,
  type NominationEventType,
  type NominationEventTypeOf,
  type NominationGuard,
  type NominationStatus,
  RECORD_ISSUE_CODES,
  type RecordIssueCode,
  TRANSITION_ERROR_CODES,
  type TransitionErrorCode,
} from '../core/workflow-codes.js';
