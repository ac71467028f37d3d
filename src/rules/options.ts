/**
 * The `options` argument that the evaluators, `criteriaFor`, `parseNomination` and the workflow
 * accept last.
 *
 * @module
 */
import type { GuidanceOptions } from '../guidance/options.js';
import type { LegalOptions } from '../law/regime.js';
import type { Issuer } from '../law/issuer.js';
import type { RewardForm } from '../core/codes.js';

/**
 * An award already granted (or a nomination already made) for an achievement, against which the
 * one-achievement rule checks a nomination (Luật 2022 Điều 5 khoản 2).
 *
 * @example
 * ```ts
 * import type { PriorAward } from 'thi-dua-vi-nguoi-ngheo';
 * const award: PriorAward = { achievementId: 'mo-hinh-2023', form: 'director-certificate', nominationId: 'SK23-07' };
 * ```
 */
export type PriorAward = {
  /** The achievement (thành tích) rewarded, as the caller identifies it (`Nomination.achievementId`). */
  readonly achievementId: string;
  /** The form granted or proposed for it. */
  readonly form: RewardForm;
  /** The nomination it came from; a nomination is never compared with itself (same id). */
  readonly nominationId?: string;
  /** The subject rewarded; when given, only the same subject's achievement counts (one subject, one achievement). */
  readonly subjectId?: string;
};

/**
 * Options of the evaluators and the workflow:
 * - `guidance` — the annual guidance of Sở Nội vụ (III.4), one or several, each applying to the
 *   occasions it names: its criteria are evaluated after the plan's, its dossier is checked;
 * - `dossier: 'law-default'` — check dossiers against the law's default when no guidance sets one;
 * - `legal` — the legal regime (pinned, or the day of the decision): adds the deciding authority
 *   with its article, the thematic mark, and the one-achievement rule;
 * - `awarded` — awards or nominations already made, for the one-achievement rule;
 * - `issuer` — the department whose head decides the Giấy khen, as the legal findings name it
 *   (default `PLAN_ISSUER`; its successor after the 2025 merger, see docs/law.md "The issuer").
 * All are optional: without them the evaluation is the plan's alone.
 *
 * @example
 * ```ts
 * import { evaluateNomination, type EvaluationOptions } from 'thi-dua-vi-nguoi-ngheo';
 * import { sampleNominations } from 'thi-dua-vi-nguoi-ngheo/testing';
 * const options: EvaluationOptions = {};
 * evaluateNomination(sampleNominations[0]!, options).outcome; //=> 'met'
 * ```
 */
export interface EvaluationOptions extends GuidanceOptions {
  /** The legal regime: pinned, or chosen by the day of the decision; absent: no legal finding (docs/interpretations.md reading 17). */
  readonly legal?: LegalOptions;
  /** Awards or nominations already made, for the one-achievement rule (docs/interpretations.md reading 18). */
  readonly awarded?: readonly PriorAward[];
  /** The issuing department, as the legal findings name its head (default `PLAN_ISSUER`). */
  readonly issuer?: Issuer;
}
