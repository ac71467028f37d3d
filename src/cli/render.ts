/**
 * Renders evaluations for people reading a terminal. Pure: strings in, strings out.
 *
 * @module
 */
import type { Nomination } from '../inputs.js';
import type { Evaluation } from '../rules/evaluation.js';
import { occasionText } from '../text/findings.js';
import { label } from '../text/labels.js';
import type { Lang, Outcome } from '../types.js';

const MARK: { readonly [O in Outcome]: string } = { met: '✓', 'not-met': '✗', unknown: '?' };

const HEADINGS = {
  outcome: { vi: 'Kết quả', en: 'Outcome' },
  missing: { vi: 'Còn thiếu để kết luận', en: 'Still missing to decide' },
} as const;

/** One nomination's outcome, findings and missing inputs, as a block of lines. */
export function renderEvaluation(nomination: Nomination, evaluation: Evaluation, lang: Lang): string {
  const occasion = occasionText(nomination.occasion.kind, nomination.occasion.year)[lang];
  const lines = [
    `${nomination.id} — ${nomination.subject.name} (${label(nomination.subject.category, lang)})`,
    `  ${label(nomination.form, lang)}, ${occasion}`,
    `  ${HEADINGS.outcome[lang]}: ${MARK[evaluation.outcome]} ${label(evaluation.outcome, lang)}`,
    ...evaluation.findings.map((f) => `    ${MARK[f.outcome]} ${f.message[lang]}`),
  ];
  if (evaluation.missing.length > 0) {
    lines.push(`  ${HEADINGS.missing[lang]}: ${evaluation.missing.map((m) => `${m.rule} ${m.label[lang]}`).join('; ')}`);
  }
  return lines.join('\n');
}
