/**
 * One achievement, one form, once (docs/law.md "What the legal options add to an evaluation"): conflicts among
 * nominations that name the same achievement.
 *
 * @module
 */
import type { Nomination } from '../core/inputs.js';
import type { RewardForm } from '../core/codes.js';
import { LAW_TEXT } from '../text/law.js';
import type { Text } from '../core/types.js';
import { type LegalOptions, resolveLegalRegime } from './regime.js';
import type { Citation } from '../core/citation.js';

/**
 * Nominations that name the same `achievementId`: the ids and forms involved, what the regime
 * does about it (`refuse` in every regime the library holds — Luật 2022 Điều 5 khoản 2, confirmed;
 * Nghị định 91/2017 Điều 3 before 2024, secondary; `warn` only in a caller's own regime that says
 * so; absent when no regime is given), with its citation and a message.
 *
 * @example
 * ```ts
 * import type { AchievementConflict } from 'thi-dua-vi-nguoi-ngheo';
 * const c: AchievementConflict = {
 *   achievementId: 'mo-hinh-2024',
 *   nominationIds: ['a', 'b'],
 *   forms: ['director-certificate', 'provincial-certificate'],
 *   message: { vi: '…', en: '…' },
 * };
 * ```
 */
export type AchievementConflict = {
  /** The achievement named by more than one nomination of the same subject. */
  readonly achievementId: string;
  /** The nominations that name it, in the order given. */
  readonly nominationIds: readonly string[];
  /** Their forms, in the same order (a form twice: a second grant of the same form). */
  readonly forms: readonly RewardForm[];
  /** What the regime does about it: `refuse` (every regime the library holds) or `warn` (a caller's regime that says so); absent when no regime is given. */
  readonly effect?: 'refuse' | 'warn';
  /** The text the rule rests on (Luật 2022 Điều 5 khoản 2; Nghị định 91/2017 Điều 3 before 2024); absent when no regime is given. */
  readonly citation?: Citation;
  /** The conflict in words, in both languages. */
  readonly message: Text;
};

/**
 * Every achievement of a subject named by more than one nomination (a second form, or a second
 * grant of the same form), in the order the achievements first appear; the same `achievementId`
 * of two different subjects is two achievements. Nominations without `achievementId`
 * are never in conflict.
 *
 * @param nominations - the nominations to check together (e.g. a year's proposals and past awards)
 * @param options - `legal`: the regime (pinned, or the day of the decision) whose rule applies
 * @returns the conflicts
 * @example
 * ```ts
 * import { findConflicts } from 'thi-dua-vi-nguoi-ngheo';
 * import { sampleNominations } from 'thi-dua-vi-nguoi-ngheo/testing';
 * const a = { ...sampleNominations[0]!, id: 'a', achievementId: 'x' };
 * const b = { ...sampleNominations[0]!, id: 'b', form: 'director-certificate' as const, achievementId: 'x' };
 * findConflicts([a, b], { legal: { on: '2025-12-20' } }).map((c) => `${c.achievementId} ${c.effect}`);
 * //=> ['x refuse']
 * findConflicts([a, b], { legal: { on: '2023-12-20' } })[0]?.citation?.ref; //=> 'Nghị định 91/2017/NĐ-CP, Điều 3'
 * ```
 */
export function findConflicts(nominations: readonly Nomination[], options: { readonly legal?: LegalOptions } = {}): AchievementConflict[] {
  const byAchievement = new Map<string, Nomination[]>();
  for (const n of nominations) {
    if (n.achievementId === undefined) continue;
    // One subject's achievement: the same id for two subjects is two achievements.
    const key = JSON.stringify([n.subject.id, n.achievementId]);
    const list = byAchievement.get(key);
    if (list === undefined) byAchievement.set(key, [n]);
    else list.push(n);
  }
  const regime = resolveLegalRegime(options.legal);
  const conflicts: AchievementConflict[] = [];
  for (const list of byAchievement.values()) {
    if (list.length < 2) continue;
    const achievementId = (list[0] as Nomination).achievementId as string;
    conflicts.push({
      achievementId,
      nominationIds: list.map((n) => n.id),
      forms: list.map((n) => n.form),
      ...(regime === undefined ? {} : { effect: regime.oneAchievementOneForm.effect, citation: regime.oneAchievementOneForm.citation }),
      message: LAW_TEXT.conflict(achievementId, list.length),
    });
  }
  return conflicts;
}
