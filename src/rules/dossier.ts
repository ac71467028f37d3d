/**
 * Dossiers (hồ sơ): what a nomination carries against what the guidance — or, when the caller
 * asks for it, the law's default — requires.
 *
 * @module
 */
import type { Nomination } from '../core/inputs.js';
import type { RewardForm } from '../core/codes.js';
import { subjectClassOf } from './subjects.js';
import { DOSSIER_TEXT } from '../text/guidance.js';
import type { Text } from '../core/types.js';
import { type DossierRequirement, LAW_DEFAULT_DOSSIER } from '../guidance/dossier-documents.js';
import { applicableGuidance, type GuidanceOptions } from '../guidance/options.js';

/**
 * The result of {@link checkDossier}: `complete` or not, the documents missing (with what requires
 * them), and a message; `required` is false when nothing asks for a dossier check.
 *
 * @example
 * ```ts
 * import type { DossierCheck } from 'thi-dua-vi-nguoi-ngheo';
 * const check: DossierCheck = { required: false, complete: true, missing: [], message: { vi: '…', en: '…' } };
 * ```
 */
export type DossierCheck = {
  readonly required: boolean;
  readonly complete: boolean;
  readonly missing: readonly (DossierRequirement & { readonly source: string })[];
  readonly message: Text;
};

type Sourced = DossierRequirement & { readonly forms?: readonly RewardForm[]; readonly source: string };

/** The requirements that apply to a nomination: the guidance's for its occasion, else the law's default when asked for. */
export function dossierRequirementsOf(nomination: Nomination, options: GuidanceOptions | undefined): Sourced[] {
  const fromGuidance = applicableGuidance(nomination.occasion, options).flatMap((g) =>
    (g.dossier?.documents ?? []).map((d): Sourced => ({ ...d, source: g.number })),
  );
  const requirements =
    fromGuidance.length > 0
      ? fromGuidance
      : options?.dossier === 'law-default'
        ? LAW_DEFAULT_DOSSIER.map((d): Sourced => ({ ...d, source: 'LAW' }))
        : [];
  const subjectClass = subjectClassOf(nomination.subject.category);
  return requirements.filter(
    (r) =>
      (r.classes === undefined || r.classes.includes(subjectClass)) &&
      (r.categories === undefined || r.categories.includes(nomination.subject.category)) &&
      (r.forms === undefined || r.forms.includes(nomination.form)),
  );
}

/**
 * Checks the documents a nomination carries (`nomination.documents`) against what its dossier
 * needs: the dossier of the guidance for its occasion, or — with `options.dossier: 'law-default'`
 * and no guidance dossier — the law's default (LAW.md "Dossier", secondary: tờ trình, báo cáo
 * thành tích on Mẫu 02 / Mẫu 03, biên bản xét khen thưởng). Without either, nothing is required.
 *
 * @param nomination - the nomination, already parsed
 * @param options - the guidance, or the law's default
 * @returns what is missing
 * @example
 * ```ts
 * import { checkDossier, sampleNominations } from 'thi-dua-vi-nguoi-ngheo';
 * const nomination = { ...sampleNominations[0]!, documents: ['submission', 'review-minutes'] };
 * checkDossier(nomination, { dossier: 'law-default' }).missing.map((d) => d.label.vi);
 * //=> ['Báo cáo thành tích của tập thể (Mẫu số 02)']
 * ```
 */
export function checkDossier(nomination: Nomination, options?: GuidanceOptions): DossierCheck {
  const requirements = dossierRequirementsOf(nomination, options);
  if (requirements.length === 0) return { required: false, complete: true, missing: [], message: DOSSIER_TEXT.notRequired() };
  const carried = new Set(nomination.documents ?? []);
  const missing = requirements.filter((r) => !carried.has(r.id));
  return {
    required: true,
    complete: missing.length === 0,
    missing,
    message: missing.length === 0 ? DOSSIER_TEXT.complete() : DOSSIER_TEXT.incomplete(missing.map((m) => m.label)),
  };
}
