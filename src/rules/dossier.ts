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
import { type DossierRequirement, LAW_DEFAULT_DOSSIER, LAW_DEFAULT_DOSSIERS } from '../guidance/dossier-documents.js';
import { applicableGuidance } from '../guidance/options.js';
import { resolveLegalRegime } from '../law/regime.js';
import type { EvaluationOptions } from './options.js';

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
  /** Whether anything asks for a dossier check: a guidance that sets one for the occasion, or `options.dossier: 'law-default'` (docs/interpretations.md reading 16). */
  readonly required: boolean;
  /** Whether every required document is among the nomination's `documents` (`true` when nothing is required). */
  readonly complete: boolean;
  /** The documents required and not given, each with what requires it. */
  readonly missing: readonly (DossierRequirement & {
    /** What requires the document: the number of the guidance, or `'LAW'` for the law's default dossier. */
    readonly source: string;
  })[];
  /** What the check found, in both languages. */
  readonly message: Text;
};

type Sourced = DossierRequirement & { readonly forms?: readonly RewardForm[]; readonly source: string };

/** The law's default dossier of the regime `options.legal` selects (the latest regime's without one). */
function lawDefaultDossier(options: EvaluationOptions | undefined): readonly DossierRequirement[] {
  const regime = resolveLegalRegime(options?.legal);
  return regime === undefined ? LAW_DEFAULT_DOSSIER : LAW_DEFAULT_DOSSIERS[regime.id];
}

/**
 * The requirements that apply to a nomination: the guidance's for its occasion, else the law's
 * default of the regime (`options.legal`) when asked for.
 */
export function dossierRequirementsOf(nomination: Nomination, options: EvaluationOptions | undefined): Sourced[] {
  const fromGuidance = applicableGuidance(nomination.occasion, options).flatMap((g) =>
    (g.dossier?.documents ?? []).map((d): Sourced => ({ ...d, source: g.number })),
  );
  const requirements =
    fromGuidance.length > 0
      ? fromGuidance
      : options?.dossier === 'law-default'
        ? lawDefaultDossier(options).map((d): Sourced => ({ ...d, source: 'LAW' }))
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
 * and no guidance dossier — the law's default of the regime `options.legal` selects
 * (`LAW_DEFAULT_DOSSIERS`, secondary: tờ trình, báo cáo thành tích on the regime's template,
 * biên bản xét khen thưởng; without `options.legal`, the latest regime's, templates unnamed).
 * Without either, nothing is required.
 *
 * @param nomination - the nomination, already parsed
 * @param options - the guidance, or the law's default (and the regime: `legal`)
 * @returns what is missing
 * @example
 * ```ts
 * import { checkDossier } from 'thi-dua-vi-nguoi-ngheo';
 * import { sampleNominations } from 'thi-dua-vi-nguoi-ngheo/testing';
 * const nomination = { ...sampleNominations[0]!, documents: ['submission', 'review-minutes'] };
 * checkDossier(nomination, { dossier: 'law-default', legal: { on: '2024-12-15' } }).missing.map((d) => d.label.vi);
 * //=> ['Báo cáo thành tích của tập thể (Mẫu số 02)']
 * checkDossier(nomination, { dossier: 'law-default', legal: { on: '2023-12-15' } }).missing.map((d) => d.label.vi);
 * //=> ['Báo cáo thành tích theo đợt thi đua hoặc chuyên đề (Mẫu số 07)']
 * ```
 */
export function checkDossier(nomination: Nomination, options?: EvaluationOptions): DossierCheck {
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
