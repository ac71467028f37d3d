/**
 * `thi-dua check`: validate every entry, evaluate the valid ones, report the invalid ones with
 * their position and field path. Entries are read, checked and printed one at a time, so that a
 * JSON Lines input of any length runs in bounded memory; the summary comes last. Also the body
 * of `thi-dua demo`.
 *
 * @module
 */
import type { Nomination } from '../../core/inputs.js';
import type { ValidationIssue } from '../../core/issues.js';
import type { Lang, Outcome, Text } from '../../core/types.js';
import type { Evaluation } from '../../rules/evaluation.js';
import { evaluateNomination } from '../../rules/nomination.js';
import { parseNomination } from '../../rules/parse.js';
import { CLI_ERRORS, CLI_SYNOPSES, CLI_TEXT, checkSummaryText } from '../../text/cli.js';
import { occasionText } from '../../text/findings.js';
import { label } from '../../text/labels.js';
import { type CommandContext, defineCommand, EXIT, type ProgramIo } from '../command.js';
import { terminalSafe } from '../format.js';
import type { InputItem, InputSource } from '../input.js';

/** One entry of the input, validated and, when valid, evaluated. `position`: `#N` (from 1; the line number in JSON Lines). */
export type CheckedEntry =
  | { readonly position: number; readonly valid: true; readonly nomination: Nomination; readonly evaluation: Evaluation }
  | { readonly position: number; readonly valid: false; readonly id?: string; readonly issues: readonly ValidationIssue[] };

/** How `check` prints: readable blocks, one JSON document (an entry per line), or JSON Lines. */
export type CheckFormat = 'table' | 'json' | 'ndjson';

/** The counts of the summary line. */
export type CheckCounts = { total: number; invalid: number; met: number; notMet: number; unknown: number };

const MARK: { readonly [O in Outcome]: string } = { met: '✓', 'not-met': '✗', unknown: '?' };

/** Validates one entry and, when valid, evaluates it. */
export function checkEntry(position: number, entry: unknown): CheckedEntry {
  const parsed = parseNomination(entry);
  if (parsed.ok) return { position, valid: true, nomination: parsed.value, evaluation: evaluateNomination(parsed.value) };
  const id = entry !== null && typeof entry === 'object' ? (entry as { id?: unknown }).id : undefined;
  return { position, valid: false, ...(typeof id === 'string' ? { id } : {}), issues: parsed.error };
}

/** `subject.category`, `history[2].event.on` — where an issue is inside an entry (`(gốc)` / `(root)` for the entry itself). */
export function fieldPath(issue: ValidationIssue, lang: Lang): string {
  if (issue.path.length === 0) return CLI_TEXT.root[lang];
  return terminalSafe(issue.path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join(''));
}

/** `#3 subject.category` — the entry's position (from 1; in JSON Lines, its line) and the field path. */
export function issueLocation(position: number, issue: ValidationIssue, lang: Lang): string {
  return `#${position} ${fieldPath(issue, lang)}`;
}

function renderValid(entry: Extract<CheckedEntry, { valid: true }>, lang: Lang): string {
  const { nomination, evaluation } = entry;
  const occasion = occasionText(nomination.occasion.kind, nomination.occasion.year)[lang];
  const lines = [
    `#${entry.position} ${terminalSafe(nomination.id)} — ${terminalSafe(nomination.subject.name)} (${label(nomination.subject.category, lang)})`,
    `  ${label(nomination.form, lang)}, ${occasion}`,
    `  ${CLI_TEXT.outcome[lang]}: ${MARK[evaluation.outcome]} ${label(evaluation.outcome, lang)}`,
    ...evaluation.findings.map((f) => `    ${MARK[f.outcome]} ${terminalSafe(f.message[lang])}`),
  ];
  if (evaluation.missing.length > 0) {
    lines.push(`  ${CLI_TEXT.missing[lang]}: ${evaluation.missing.map((m) => `${m.rule} ${terminalSafe(m.label[lang])}`).join('; ')}`);
  }
  return lines.join('\n');
}

function renderInvalid(entry: Extract<CheckedEntry, { valid: false }>, lang: Lang): string {
  const head = `#${entry.position}${entry.id === undefined ? '' : ` ${terminalSafe(entry.id)}`} — ${CLI_TEXT.invalid[lang]}`;
  return [head, ...entry.issues.map((issue) => `    ${fieldPath(issue, lang)}: ${terminalSafe(issue.message[lang])}`)].join('\n');
}

/** An entry as JSON: `index` (from 0) in a JSON array, `line` in JSON Lines. */
function entryJson(entry: CheckedEntry, input: InputSource['format']): object {
  const where = input === 'json' ? { index: entry.position - 1 } : { line: entry.position };
  if (entry.valid) return { ...where, id: entry.nomination.id, valid: true, ...entry.evaluation };
  return {
    ...where,
    ...(entry.id === undefined ? {} : { id: entry.id }),
    valid: false,
    issues: entry.issues.map((i) => ({ ...i, location: issueLocation(entry.position, i, 'en') })),
  };
}

/** A line of JSON Lines that is no entry, as an invalid entry with one issue at its root. */
function badLineEntry(item: Extract<InputItem, { kind: 'bad-line' }>): CheckedEntry {
  return { position: item.position, valid: false, issues: [{ path: [], code: item.code, message: item.message }] };
}

function tally(counts: CheckCounts, entry: CheckedEntry): void {
  counts.total++;
  if (!entry.valid) counts.invalid++;
  else if (entry.evaluation.outcome === 'met') counts.met++;
  else if (entry.evaluation.outcome === 'not-met') counts.notMet++;
  else counts.unknown++;
}

/** What follows the summary (`demo`: the sample activities): a key of the JSON summary object, and a text block. */
export type CheckAfter = { readonly key: string; readonly value: unknown; readonly text: string };

/**
 * Checks the items of an input one by one and prints each result as soon as it is ready, then the
 * summary; a `stopped` input is reported on stderr after the entries read before it. Returns the
 * exit code: 0 when every entry is valid and the input was read to its end.
 */
export async function streamCheck(
  source: InputSource,
  io: ProgramIo,
  lang: Lang,
  format: CheckFormat,
  after?: CheckAfter,
): Promise<number> {
  const counts: CheckCounts = { total: 0, invalid: 0, met: 0, notMet: 0, unknown: 0 };
  let stopped: Text | undefined;
  let first = true;
  if (format === 'json') await io.out('{"entries":[');
  for await (const item of source.items) {
    if (item.kind === 'stopped') {
      stopped = item.message;
      break;
    }
    const entry = item.kind === 'entry' ? checkEntry(item.position, item.value) : badLineEntry(item);
    tally(counts, entry);
    switch (format) {
      case 'table':
        await io.out(`${entry.valid ? renderValid(entry, lang) : renderInvalid(entry, lang)}\n`);
        break;
      case 'json':
        await io.out(`${first ? '' : ','}${JSON.stringify(entryJson(entry, source.format))}`);
        break;
      case 'ndjson':
        await io.out(JSON.stringify(entryJson(entry, source.format)));
        break;
      /* v8 ignore next 2 -- @preserve: unreachable, the switch is exhaustive */
      default:
        format satisfies never;
    }
    first = false;
  }
  switch (format) {
    case 'table':
      await io.out(checkSummaryText(counts)[lang]);
      if (after !== undefined) await io.out(`\n${after.text}`);
      break;
    case 'json':
      await io.out(
        `],"summary":${JSON.stringify(counts)}${after === undefined ? '' : `,${JSON.stringify(after.key)}:${JSON.stringify(after.value)}`}}`,
      );
      break;
    case 'ndjson':
      await io.out(JSON.stringify(after === undefined ? { summary: counts } : { summary: counts, [after.key]: after.value }));
      break;
    /* v8 ignore next 2 -- @preserve: unreachable, the switch is exhaustive */
    default:
      format satisfies never;
  }
  if (stopped !== undefined) await io.err(stopped[lang]);
  return counts.invalid === 0 && stopped === undefined ? EXIT.ok : EXIT.invalidInput;
}

/** The `--format` choices of `check` and `demo`. */
export const CHECK_FORMATS = ['table', 'json', 'ndjson'] as const satisfies readonly CheckFormat[];

/** `--format` as given, or the default. */
export function checkFormatOf(value: string | undefined): CheckFormat {
  return value === 'json' || value === 'ndjson' ? value : 'table';
}

const options = {
  format: { type: 'string', choices: CHECK_FORMATS },
  ndjson: { type: 'boolean' },
} as const;

/** `thi-dua check FILE [--ndjson] [--format table|json|ndjson]`. */
export const checkCommand = defineCommand({
  name: 'check',
  synopsis: CLI_SYNOPSES.check,
  summary: CLI_TEXT.checkSummary,
  help: CLI_TEXT.checkHelp,
  options,
  positionals: 1,
  run: async (context: CommandContext<typeof options>) => {
    const file = context.positionals[0];
    if (file === undefined) return context.usage(CLI_ERRORS.missingFile());
    const opened = await context.open(file, { key: 'nominations', ndjson: context.options.ndjson === true });
    if (!opened.ok) return opened.exit;
    return streamCheck(opened.source, context.io, context.lang, checkFormatOf(context.options.format));
  },
});
