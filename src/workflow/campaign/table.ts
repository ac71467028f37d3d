/**
 * The campaign record's transition table as data (docs/workflow.md, III.5, docs/interpretations.md
 * reading 8). The record, its parser, `campaignCompliance`, the diagram and the tests read it.
 *
 * @module
 */
import type { ClauseId } from '../../plan/clauses.js';
import type { MilestoneId, Role } from '../../core/codes.js';
import { type MilestoneWindow, PLAN_SCHEDULE } from '../../plan/schedule.js';
import { deepFreeze } from '../../core/freeze.js';
import type { CampaignStatus, CampaignEventType, DaySpan } from '../../core/workflow-codes.js';

/**
 * One row of the campaign table: in status `from`, the role `by` may record `event`, which moves
 * the campaign to `to` and records `milestone`. The event must fall in `window` — a fixed span, or
 * `'milestone'`: one of the milestone's windows in `MILESTONE_WINDOWS`. `once` limits it to one
 * per campaign or one per calendar year (a second one is EVENT_NOT_ALLOWED).
 *
 * @example
 * ```ts
 * import { CAMPAIGN_TRANSITIONS, type CampaignTransition } from 'thi-dua-vi-nguoi-ngheo';
 * const launch: CampaignTransition | undefined = CAMPAIGN_TRANSITIONS[0];
 * launch?.window; //=> { from: '2022-09-26', to: '2025-12-31' }
 * ```
 */
export type CampaignTransition = {
  /** The status the campaign must be in. */
  readonly from: CampaignStatus;
  /** The event the row lets through. */
  readonly event: CampaignEventType;
  /** The role that may record it (III.5). */
  readonly by: Role;
  /** The status the campaign moves to. */
  readonly to: CampaignStatus;
  /** The days the event may fall on: a fixed span, or `'milestone'` — one of the milestone's windows in `MILESTONE_WINDOWS`. */
  readonly window: DaySpan | 'milestone';
  /** The milestone the event records. */
  readonly milestone: MilestoneId;
  /** `campaign`: once per campaign; `year`: once per calendar year (docs/interpretations.md reading 8); absent: no limit. */
  readonly once?: 'campaign' | 'year';
  /** The plan's clause behind the row (III.5.1–4, docs/plan.md). */
  readonly clause: ClauseId;
  /** The number of the reading the row follows in docs/interpretations.md, if any. */
  readonly reading?: number;
};

/**
 * When the plan can be launched: from the provincial plan it implements (Kế hoạch 2451/KH-UBND,
 * 26/9/2022) to the end of the plan's period. Launching counts as the plan's issuance even
 * outside October 2022 (docs/interpretations.md, reading 8). `PLAN_SCHEDULE.launchWindow`, frozen.
 *
 * @example
 * ```ts
 * import { LAUNCH_WINDOW } from 'thi-dua-vi-nguoi-ngheo';
 * LAUNCH_WINDOW; //=> { from: '2022-09-26', to: '2025-12-31' }
 * ```
 */
export const LAUNCH_WINDOW: DaySpan = /* @__PURE__ */ (() => PLAN_SCHEDULE.launchWindow)();

/**
 * The campaign record, row by row (docs/workflow.md), deeply frozen:
 *
 * - `planned` LAUNCH by `director` → `running`, 2022-09-26..2025-12-31, records plan issuance
 *   (III.5.1);
 * - `running` HOLD_PRELIMINARY_REVIEW by `director`, in 2023, once (III.5.2);
 * - `running` and `closed` RECORD_INSPECTION by `department-council`, in that year's inspection
 *   window, once a year (III.5.4, docs/interpretations.md reading 8);
 * - `running` HOLD_FINAL_REVIEW by `director` → `closed`, in 2025 (III.5.3).
 *
 * @example
 * ```ts
 * import { CAMPAIGN_TRANSITIONS } from 'thi-dua-vi-nguoi-ngheo';
 * CAMPAIGN_TRANSITIONS.map((row) => `${row.from} ${row.event} → ${row.to}`);
 * //=> ['planned LAUNCH → running', 'running HOLD_PRELIMINARY_REVIEW → running',
 * //    'running RECORD_INSPECTION → running', 'closed RECORD_INSPECTION → closed',
 * //    'running HOLD_FINAL_REVIEW → closed']
 * ```
 */
export const CAMPAIGN_TRANSITIONS: readonly CampaignTransition[] = /* @__PURE__ */ (() =>
  deepFreeze([
    {
      from: 'planned',
      event: 'LAUNCH',
      by: 'director',
      to: 'running',
      window: LAUNCH_WINDOW,
      milestone: 'plan-issuance',
      clause: 'III.5.1',
      reading: 8,
    },
    {
      from: 'running',
      event: 'HOLD_PRELIMINARY_REVIEW',
      by: 'director',
      to: 'running',
      window: 'milestone',
      milestone: 'preliminary-review',
      once: 'campaign',
      clause: 'III.5.2',
    },
    {
      from: 'running',
      event: 'RECORD_INSPECTION',
      by: 'department-council',
      to: 'running',
      window: 'milestone',
      milestone: 'annual-inspection',
      once: 'year',
      clause: 'III.5.4',
      reading: 8,
    },
    {
      from: 'closed',
      event: 'RECORD_INSPECTION',
      by: 'department-council',
      to: 'closed',
      window: 'milestone',
      milestone: 'annual-inspection',
      once: 'year',
      clause: 'III.5.4',
      reading: 8,
    },
    {
      from: 'running',
      event: 'HOLD_FINAL_REVIEW',
      by: 'director',
      to: 'closed',
      window: 'milestone',
      milestone: 'final-review',
      clause: 'III.5.3',
    },
  ] satisfies CampaignTransition[]))();

/**
 * The windows a row's event must fall in: its fixed span, or every window of its milestone in
 * `MILESTONE_WINDOWS` (one per year for the annual inspection).
 *
 * @param row - a row of {@link CAMPAIGN_TRANSITIONS}
 * @returns the windows, in `MILESTONE_WINDOWS` order
 * @example
 * ```ts
 * import { CAMPAIGN_TRANSITIONS, campaignWindowsOf } from 'thi-dua-vi-nguoi-ngheo';
 * const review = CAMPAIGN_TRANSITIONS.find((row) => row.event === 'HOLD_PRELIMINARY_REVIEW');
 * if (review) campaignWindowsOf(review).map((w) => `${w.from}..${w.to}`); //=> ['2023-01-01..2023-12-31']
 * ```
 */
export function campaignWindowsOf(row: CampaignTransition): readonly DaySpan[] {
  const { window } = row;
  if (window !== 'milestone') return [window];
  return PLAN_SCHEDULE.milestoneWindows.filter((w: MilestoneWindow) => w.milestone === row.milestone);
}
