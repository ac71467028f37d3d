/**
 * `thi-dua-vi-nguoi-ngheo/activities` — the movement's own results: what the units, their people
 * and the mass organisations did for the poor (sections II and IV.4), as data. Parse activities at
 * the boundary, total them by kind, year and unit for the sơ kết and tổng kết reports, and check
 * the evidence a nomination names for its criteria. Evidence never decides a criterion: that stays
 * the council's judgement (docs/activities.md).
 *
 * @packageDocumentation
 */
export type {
  Activity,
  ActivityActor,
  ActivityCommon,
  FundContribution,
  GiftOrVisit,
  HouseholdSupport,
  Publication,
  SupportModel,
} from '../core/activity.js';
export {
  ACTIVITY_FIGURES,
  ACTIVITY_KIND_CLAUSES,
  ACTIVITY_KIND_FIGURES,
  ACTIVITY_KINDS,
  type ActivityFigure,
  type ActivityKind,
} from '../plan/activity-kinds.js';
export { ACTIVITY_PERIOD, occasionPeriodOf, type Period } from './period.js';
export { ACTIVITY_ISSUE_CODES, type ActivityIssueCode, parseActivities, parseActivity } from './parse.js';
export {
  type ActivityKindTotals,
  type ActivityMeasure,
  type ActivitySubjectTotals,
  type ActivitySummary,
  type ActivityTotals,
  type ActivityYearTotals,
  type SummarizeActivitiesOptions,
  summarizeActivities,
} from './summary.js';
export {
  activitiesByCriterion,
  checkEvidence,
  type CriterionActivity,
  type CriterionEvidence,
  EVIDENCE_PROBLEMS,
  type EvidenceFinding,
  type EvidenceOptions,
  type EvidenceProblem,
} from './evidence.js';
export { ActivitySchema } from '../validation/activity.js';
export type { Evidence } from '../core/inputs.js';
