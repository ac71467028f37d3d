/**
 * `thi-dua-vi-nguoi-ngheo` — the plan of Sở Giao thông vận tải Cao Bằng for the emulation
 * movement "Vì người nghèo - Không để ai bị bỏ lại phía sau" (2021–2025) as code.
 *
 * @packageDocumentation
 */
export type { CivilDate, DateInput, Lang, Outcome, Result, Text } from './core/types.js';
export * from './core/codes.js';
// The kinds of activity are codes of `label`; the rest of the activities is `./activities`.
export { ACTIVITY_KINDS, type ActivityKind } from './plan/activity-kinds.js';
export { CLAUSE_IDS, CLAUSES, type Clause, type ClauseId } from './plan/clauses.js';
export { clause, plan, type Plan } from './plan/plan.js';
export { PLAN_SCHEDULE, type PlanSchedule } from './plan/schedule.js';
export { type Code, LABELS, label } from './text/labels.js';
export { isCivilDate, toCivilDate, VIETNAM_TIME_ZONE } from './core/dates.js';
export type { Assessment, Evidence, Nomination, Occasion, Subject, SubjectProfile } from './core/inputs.js';
export type { EvaluationOptions, PriorAward } from './rules/options.js';
export { combineOutcomes, type Evaluation, type Finding, type MissingInput } from './rules/evaluation.js';
export { checkEligibility, eligibilityClauseOf, isHousehold, subjectClassOf } from './rules/subjects.js';
export { type Criterion, criteriaFor, evaluateCriteria, type GuidanceCriterionEntry } from './rules/criteria.js';
export { isFormGivenAt, isPlanOccasion, occasionsIn, rewardClauseOf, rewardFormsFor } from './rules/rewards.js';
export { CALENDAR_WINDOWS, MILESTONE_WINDOWS, type MilestoneWindow, milestonesOn } from './rules/timeline.js';
export { evaluateNomination } from './rules/nomination.js';
export { parseNomination, parseSubject } from './rules/parse.js';
export * from './workflow/index.js';
export {
  LEGAL_REGIMES,
  type LegalOptions,
  type LegalRegime,
  legalRegimeOn,
  resolveLegalRegime,
  THEMATIC_AWARD,
  type ThematicMark,
  thematicMarkOn,
} from './law/regime.js';
export { type AchievementConflict, findConflicts } from './law/conflicts.js';
export { defineGuidance, type Guidance, type GuidanceCriterion, type GuidanceQuota } from './guidance/guidance.js';
export { applicableGuidance, type GuidanceOptions } from './guidance/options.js';
export {
  DOSSIER_DOCUMENTS,
  type DossierDocument,
  type DossierRequirement,
  LAW_DEFAULT_DOSSIER,
  LAW_DEFAULT_DOSSIERS,
} from './guidance/dossier-documents.js';
export { checkDossier, type DossierCheck } from './rules/dossier.js';
export { checkQuotas, type QuotaExcess } from './guidance/quotas.js';
export {
  ISSUE_CODES,
  type IssueCode,
  LIBRARY_ISSUE_CODES,
  MAX_HISTORY_ENTRIES,
  MAX_ISSUES,
  MAX_LIST_ENTRIES,
  type ValidationIssue,
  ZOD_ISSUE_CODES,
} from './core/issues.js';
export { type Citation, LEGAL_CONFIDENCES, type LegalConfidence, weakestConfidence } from './core/citation.js';
export { type Issuer, type IssuerEnglish, issuerCouncilName, issuerHeadName, parseIssuer, PLAN_ISSUER } from './law/issuer.js';
export {
  BASE_SALARIES,
  type BaseSalary,
  RECIPIENT_KINDS,
  type RecipientKind,
  recipientKindOf,
  type RewardAmount,
  type RewardAmountError,
  type RewardAmountInput,
  type RewardAmountOptions,
  rewardAmountOf,
  type RewardCell,
  REWARD_SCHEDULES,
  type RewardSchedule,
} from './law/reward-amount.js';
export { DECIDING_AUTHORITIES, type DecidingAuthority, decidingAuthorityCitation, decidingAuthorityOf } from './law/deciders.js';
