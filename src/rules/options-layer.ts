/**
 * What the evaluators' `options` add to the plan's own findings: the annual guidance's criteria
 * (III.4, docs/interpretations.md reading 2) and the legal regime's findings (docs/law.md). Without options nothing
 * here runs, and the evaluation is the plan's alone.
 *
 * @module
 */
import { applicableGuidance, type GuidanceOptions, guidanceList } from '../guidance/options.js';
import type { Guidance, GuidanceCriterion } from '../guidance/guidance.js';
import type { Assessment, Nomination } from '../core/inputs.js';
import { resolveLegalRegime } from '../law/regime.js';
import { decidingAuthorityCitation } from '../law/deciders.js';
import type { EvaluationOptions } from './options.js';
import type { Occasion } from '../core/inputs.js';
import type { RewardForm, SubjectCategory } from '../core/codes.js';
import { GUIDANCE_TEXT } from '../text/guidance.js';
import { CATEGORY_NAMES, FORM_NAMES, ROLE_NAMES } from '../plan/names.js';
import { issuerHeadText, LAW_TEXT } from '../text/law.js';
import type { Outcome } from '../core/types.js';
import type { Finding, MissingInput } from './evaluation.js';
import { isHousehold } from './subjects.js';

/** A guidance criterion with the guidance it comes from. */
export type SourcedCriterion = GuidanceCriterion & { readonly guidance: string };

/** Whether options carry anything that changes an evaluation. */
export function hasEffect(options: EvaluationOptions | undefined): options is EvaluationOptions {
  return options !== undefined && (options.guidance !== undefined || options.legal !== undefined);
}

/** The rule id of a guidance criterion's finding: the guidance's number and item. */
export function guidanceRule(criterion: SourcedCriterion): string {
  return `${criterion.guidance} ${criterion.item}`;
}

/** The guidance criteria for a category (and a form and occasion, when known), in the guidances' order. */
export function guidanceCriteria(
  category: SubjectCategory,
  options: GuidanceOptions | undefined,
  where?: { readonly form: RewardForm; readonly occasion: Occasion },
): SourcedCriterion[] {
  const guidances: readonly Guidance[] = where === undefined ? guidanceList(options) : applicableGuidance(where.occasion, options);
  return guidances.flatMap((g) =>
    g.criteria
      .filter((c) => c.categories.includes(category) && (where === undefined || c.forms === undefined || c.forms.includes(where.form)))
      .map((c) => ({ ...c, guidance: g.number })),
  );
}

/**
 * Adds the guidance's criteria to findings that the plan's evaluation made: for a household with
 * guidance criteria, the III.4 "unknown" finding gives way to one citing the guidance (reading 2);
 * then one finding per guidance criterion, `unknown` and missing when not assessed.
 */
export function addGuidanceCriteria(
  category: SubjectCategory,
  assessment: Assessment,
  criteria: readonly SourcedCriterion[],
  findings: Finding[],
  missing: MissingInput[],
): void {
  if (criteria.length === 0) return;
  if (isHousehold(category)) {
    const at = findings.findIndex((f) => f.rule === 'III.4');
    const numbers = [...new Set(criteria.map((c) => c.guidance))].join(', ');
    const replacement: Finding = {
      rule: 'III.4',
      outcome: 'met',
      message: GUIDANCE_TEXT.householdStandards(numbers, CATEGORY_NAMES[category]),
    };
    if (at >= 0) findings.splice(at, 1, replacement);
    const m = missing.findIndex((x) => x.rule === 'III.4');
    if (m >= 0) missing.splice(m, 1);
  }
  const values = assessment as Readonly<Record<string, Outcome | undefined>>;
  for (const c of criteria) {
    const outcome = (Object.hasOwn(values, c.id) ? values[c.id] : undefined) ?? 'unknown';
    const rule = guidanceRule(c);
    findings.push({ rule, outcome, message: GUIDANCE_TEXT.criterion(c.guidance, c.item, c.label, outcome) });
    if (outcome === 'unknown') missing.push({ rule, path: ['assessment', c.id], label: c.label });
  }
}

/**
 * The legal regime's findings for a nomination (docs/law.md): who decides, with the article of
 * the regime (the Giấy khen's decider named after `options.issuer`, the plan's department by
 * default); the one-achievement rule against `options.awarded` (refused in every regime the
 * library holds: Luật 2022 Điều 5 khoản 2, Nghị định 91/2017 Điều 3 before 2024); a warning for a
 * household's Labour Order (no text confirms it, reading 28); the regime's thematic mark. None
 * without `options.legal`.
 */
export function legalFindings(nomination: Nomination, options: EvaluationOptions): Finding[] {
  const regime = resolveLegalRegime(options.legal);
  if (regime === undefined) return [];
  const { role, citation } = decidingAuthorityCitation(nomination.form, regime);
  // Without an issuer the role's own name is the plan's department (ROLE_NAMES), so PLAN_ISSUER need not be bundled.
  const authority =
    role === 'director' && options.issuer !== undefined ? issuerHeadText(options.issuer, options.issuer.en) : ROLE_NAMES[role];
  const findings: Finding[] = [
    { rule: citation.ref, outcome: 'met', message: LAW_TEXT.decidedBy(authority, citation.ref, citation.confidence) },
  ];
  const { achievementId } = nomination;
  if (achievementId !== undefined) {
    const others = (options.awarded ?? []).filter(
      (a) =>
        a.achievementId === achievementId &&
        a.nominationId !== nomination.id &&
        (a.subjectId === undefined || a.subjectId === nomination.subject.id),
    );
    if (others.length > 0) {
      const name = (lang: 'vi' | 'en') =>
        others.map((a) => `${FORM_NAMES[a.form][lang]}${a.nominationId === undefined ? '' : ` (${a.nominationId})`}`).join(', ');
      const awarded = { vi: name('vi'), en: name('en') };
      const { ref: rule, confidence } = regime.oneAchievementOneForm.citation;
      findings.push(
        regime.oneAchievementOneForm.effect === 'refuse'
          ? { rule, outcome: 'not-met', message: LAW_TEXT.oneAchievementRefused(achievementId, awarded, rule, confidence) }
          : { rule, outcome: 'met', severity: 'warning', message: LAW_TEXT.oneAchievementWarned(achievementId, awarded, rule, confidence) },
      );
    }
  }
  if (nomination.form === 'labor-order' && isHousehold(nomination.subject.category)) {
    findings.push({ rule: regime.law.ref, outcome: 'met', severity: 'warning', message: LAW_TEXT.laborOrderHousehold(regime.law.ref) });
  }
  const mark = regime.thematicMark;
  findings.push({ rule: mark.citation.ref, outcome: 'met', message: mark.note });
  return findings;
}
