/**
 * Quotas of the guidance: at most so many nominations (or such a share of them) for a form, per
 * proposing unit and occasion.
 *
 * @module
 */
import type { Nomination } from '../core/inputs.js';
import type { RewardForm } from '../core/codes.js';
import { GUIDANCE_TEXT } from '../text/guidance.js';
import { LABELS } from '../text/labels.js';
import type { Text } from '../core/types.js';
import { applicableGuidance, type GuidanceOptions } from './options.js';

/**
 * A unit over a quota: the guidance and item, the unit, the form, how many it proposes, the limit
 * it exceeds, and the nominations involved.
 *
 * @example
 * ```ts
 * import type { QuotaExcess } from 'thi-dua-vi-nguoi-ngheo';
 * const q: QuotaExcess = {
 *   guidance: '01/HD-SNV', item: 'mục 3', proposingUnit: 'phong-vt', form: 'provincial-certificate',
 *   count: 3, limit: 2, nominationIds: ['a', 'b', 'c'], message: { vi: '…', en: '…' },
 * };
 * ```
 */
export type QuotaExcess = {
  /** The number of the guidance whose quota is exceeded. */
  readonly guidance: string;
  /** The item of the guidance that sets the quota. */
  readonly item: string;
  /** The unit over the quota (`Nomination.proposingUnit`). */
  readonly proposingUnit: string;
  /** The form the quota limits. */
  readonly form: RewardForm;
  /** How many nominations of the form the unit proposes for the occasion. */
  readonly count: number;
  /** The most it may propose: the smaller of `maxCount` and `maxShare` of its nominations, rounded down. */
  readonly limit: number;
  /** The unit's nominations of the form, in the order given. */
  readonly nominationIds: readonly string[];
  /** The excess in words, citing the guidance and its item. */
  readonly message: Text;
};

/**
 * Every unit over a quota of the guidance that applies to the nominations' occasion: nominations
 * are grouped by occasion and `proposingUnit` (those without a unit are not counted); a `maxShare`
 * is taken of the unit's nominations for that occasion, rounded down.
 *
 * @param nominations - a batch of nominations (e.g. everything proposed for one occasion)
 * @param options - the guidance
 * @returns the excesses, in the order the units first appear
 * @example
 * ```ts
 * import { checkQuotas, defineGuidance } from 'thi-dua-vi-nguoi-ngheo';
 * import { sampleNominations } from 'thi-dua-vi-nguoi-ngheo/testing';
 * const g = defineGuidance({
 *   issuer: { vi: 'Sở Nội vụ', en: 'DoHA' }, number: '01/HD-SNV', date: '2024-01-15',
 *   occasions: [{ kind: 'annual', year: 2024 }], criteria: [],
 *   quotas: [{ form: 'director-certificate', maxCount: 1, item: 'mục 3' }],
 * });
 * if (g.ok) checkQuotas(sampleNominations, { guidance: g.value }).map((q) => `${q.proposingUnit} ${q.count}>${q.limit}`);
 * //=> ['doan-quan-ly-duong-bo 3>1']
 * ```
 */
export function checkQuotas(nominations: readonly Nomination[], options: GuidanceOptions): QuotaExcess[] {
  const groups = new Map<string, Nomination[]>();
  for (const n of nominations) {
    if (n.proposingUnit === undefined) continue;
    const key = JSON.stringify([n.occasion.kind, n.occasion.year, n.proposingUnit]);
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [n]);
    else list.push(n);
  }
  const excesses: QuotaExcess[] = [];
  for (const list of groups.values()) {
    const first = list[0] as Nomination;
    const unit = first.proposingUnit as string;
    for (const guidance of applicableGuidance(first.occasion, options)) {
      for (const quota of guidance.quotas ?? []) {
        const ofForm = list.filter((n) => n.form === quota.form);
        // A share is rounded down, after rounding away floating-point noise (0.29 × 100 = 28.999…).
        const share = quota.maxShare === undefined ? undefined : Math.floor(Math.round(quota.maxShare * list.length * 1e9) / 1e9);
        const limits = [quota.maxCount, share];
        const limit = Math.min(...limits.filter((l): l is number => l !== undefined));
        if (ofForm.length <= limit) continue;
        excesses.push({
          guidance: guidance.number,
          item: quota.item,
          proposingUnit: unit,
          form: quota.form,
          count: ofForm.length,
          limit,
          nominationIds: ofForm.map((n) => n.id),
          message: GUIDANCE_TEXT.quota(guidance.number, quota.item, unit, LABELS[quota.form], ofForm.length, String(limit)),
        });
      }
    }
  }
  return excesses;
}
