/**
 * `thi-dua check`: validate every entry, evaluate the valid ones, report the invalid ones with
 * their position and field path. Also the body of `thi-dua demo`.
 *
 * @module
 */
import type { Nomination } from '../../core/inputs.js';
import type { Evaluation } from '../../rules/evaluation.js';
import { evaluateNomination } from '../../rules/nomination.js';
import { parseNomination } from '../../rules/parse.js';
import { CLI_TEXT, checkSummaryText } from '../../text/cli.js';
import { occasionText } from '../../text/findings.js';
import { label } from '../../text/labels.js';
import type { Lang, Outcome } from '../../core/types.js';
import { toJson } from '../format.js';
import { type ValidationIssue } from '../../core/issues.js';

/** One entry of the file, validated and, when valid, evaluated. */
export type CheckedEntry =
  | { readonly index: number; readonly valid: true; readonly nomination: Nomination; readonly evaluation: Evaluation }
  | { readonly index: number; readonly valid: false; readonly id?: string; readonly issues: readonly ValidationIssue[] };

const MARK: { readonly [O in Outcome]: string } = { met: '✓', 'not-met': '✗', unknown: '?' };

/** Validates and evaluates every entry; an invalid entry never stops the others. */
export function checkEntries(entries: readonly unknown[]): CheckedEntry[] {
  return entries.map((entry, index) => {
    const parsed = parseNomination(entry);
    if (parsed.ok) return { index, valid: true, nomination: parsed.value, evaluation: evaluateNomination(parsed.value) };
    const id = entry !== null && typeof entry === 'object' ? (entry as { id?: unknown }).id : undefined;
    return { index, valid: false, ...(typeof id === 'string' ? { id } : {}), issues: parsed.error };
  });
}

/** `subject.category`, `history[2].event.on` — where an issue is inside an entry (`(gốc)` / `(root)` for the entry itself). */
export function fieldPath(issue: ValidationIssue, lang: Lang): string {
  if (issue.path.length === 0) return CLI_TEXT.root[lang];
  return issue.path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}

/** `#3 subject.category` — the entry's position in the file (from 1) and the field path. */
export function issueLocation(index: number, issue: ValidationIssue, lang: Lang): string {
  return `#${index + 1} ${fieldPath(issue, lang)}`;
}

function renderValid(entry: Extract<CheckedEntry, { valid: true }>, lang: Lang): string {
  const { nomination, evaluation } = entry;
  const occasion = occasionText(nomination.occasion.kind, nomination.occasion.year)[lang];
  const lines = [
    `#${entry.index + 1} ${nomination.id} — ${nomination.subject.name} (${label(nomination.subject.category, lang)})`,
    `  ${label(nomination.form, lang)}, ${occasion}`,
    `  ${CLI_TEXT.outcome[lang]}: ${MARK[evaluation.outcome]} ${label(evaluation.outcome, lang)}`,
    ...evaluation.findings.map((f) => `    ${MARK[f.outcome]} ${f.message[lang]}`),
  ];
  if (evaluation.missing.length > 0) {
    lines.push(`  ${CLI_TEXT.missing[lang]}: ${evaluation.missing.map((m) => `${m.rule} ${m.label[lang]}`).join('; ')}`);
  }
  return lines.join('\n');
}

function renderInvalid(entry: Extract<CheckedEntry, { valid: false }>, lang: Lang): string {
  const head = `#${entry.index + 1}${entry.id === undefined ? '' : ` ${entry.id}`} — ${CLI_TEXT.invalid[lang]}`;
  return [head, ...entry.issues.map((issue) => `    ${fieldPath(issue, lang)}: ${issue.message[lang]}`)].join('\n');
}

/** Counts for the summary line. */
function summary(entries: readonly CheckedEntry[]) {
  const counts = { total: entries.length, invalid: 0, met: 0, notMet: 0, unknown: 0 };
  for (const e of entries) {
    if (!e.valid) counts.invalid++;
    else if (e.evaluation.outcome === 'met') counts.met++;
    else if (e.evaluation.outcome === 'not-met') counts.notMet++;
    else counts.unknown++;
  }
  return counts;
}

/** Renders the checked entries as a readable table of blocks, or as JSON. */
export function renderCheck(entries: readonly CheckedEntry[], lang: Lang, format: 'table' | 'json'): string {
  const counts = summary(entries);
  if (format === 'json') {
    return toJson({
      entries: entries.map((e) =>
        e.valid
          ? { index: e.index, id: e.nomination.id, valid: true, ...e.evaluation }
          : {
              index: e.index,
              ...(e.id === undefined ? {} : { id: e.id }),
              valid: false,
              issues: e.issues.map((i) => ({ ...i, location: issueLocation(e.index, i, 'en') })),
            },
      ),
      summary: counts,
    });
  }
  const blocks = entries.map((e) => (e.valid ? renderValid(e, lang) : renderInvalid(e, lang)));
  return [...blocks, checkSummaryText(counts)[lang]].join('\n\n');
}
