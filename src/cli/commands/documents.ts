/**
 * `thi-dua documents`: the papers of an occasion (the council's list, its minutes, the Director's
 * decision, the submission, the achievement reports) as Word files or HTML pages, from nomination
 * records and a context file.
 *
 * @module
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../core/types.js';
import { type OccasionContext, occasionPapers, toDocx, toHtml } from '../../documents/index.js';
import { CLI_ERRORS, MAX_INPUT_BYTES } from '../../text/cli.js';
import { DOCUMENTS_CLI_TEXT } from '../../text/cli-documents.js';
import { parseArgs } from '../args.js';
import { type ReadFailure, readEntries } from '../input.js';
import { issueLocation } from './check.js';
import { parseOccasionArg, readRecords } from './proposals.js';

/** What the command may do to the world (the program's `ProgramIo`). */
type Io = { readonly out: (text: string) => void; readonly err: (text: string) => void };

/** A JSON file's value (UTF-8, with or without BOM, at most `MAX_INPUT_BYTES`), or why it could not be read. */
function readJsonFile(path: string): { ok: true; value: unknown } | { ok: false; failure: ReadFailure } {
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    if (size > MAX_INPUT_BYTES) return { ok: false, failure: { kind: 'input', message: CLI_ERRORS.fileTooLarge(path, size, MAX_INPUT_BYTES) } };
    bytes = readFileSync(path);
  } catch {
    return { ok: false, failure: { kind: 'usage', message: CLI_ERRORS.fileNotFound(path) } };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    try {
      return { ok: true, value: JSON.parse(text) };
    } catch (error) {
      return { ok: false, failure: { kind: 'input', message: CLI_ERRORS.notJson(path, (error as Error).message) } };
    }
  } catch {
    return { ok: false, failure: { kind: 'input', message: CLI_ERRORS.notUtf8(path) } };
  }
}

const SPEC = {
  positionals: 1,
  options: {
    lang: ['vi', 'en'],
    format: ['docx', 'html'],
    occasion: Object.assign((v: string) => parseOccasionArg(v) !== undefined, { hint: 'KIND:YEAR (final-review:2025)' }),
    context: Object.assign((v: string) => v !== '', { hint: 'CONTEXT.json' }),
    out: Object.assign((v: string) => v !== '', { hint: 'DIR' }),
  },
} as const;

/** Runs `thi-dua documents` with the arguments after the command; resolves to the exit code. */
export async function runDocuments(argv: readonly string[], io: Io, lang: Lang): Promise<number> {
  const t = DOCUMENTS_CLI_TEXT;
  const usage = (message: { vi: string; en: string }): number => {
    io.err(`${message[lang]}\n\n${t.help[lang]}`);
    return 2;
  };
  const parsed = parseArgs(argv, SPEC);
  if (!parsed.ok) return usage(parsed.error);
  if (parsed.value.help) {
    io.out(t.help[lang]);
    return 0;
  }
  const { positionals, options } = parsed.value;
  const file = positionals[0];
  if (file === undefined) return usage(CLI_ERRORS.missingFile());
  const occasion = options['occasion'] === undefined ? undefined : parseOccasionArg(options['occasion']);
  if (occasion === undefined) return usage(CLI_ERRORS.missingOccasion());
  const contextFile = options['context'];
  if (contextFile === undefined) return usage(t.missingContext);
  const out = options['out'];
  if (out === undefined) return usage(t.missingOut);
  const format = options['format'] === 'html' ? 'html' : 'docx';

  const read = readEntries(file, 'records');
  if (!read.ok) {
    if (read.failure.kind === 'usage') return usage(read.failure.message);
    io.err(read.failure.message[lang]);
    return 1;
  }
  const context = readJsonFile(contextFile);
  if (!context.ok) {
    if (context.failure.kind === 'usage') return usage(context.failure.message);
    io.err(context.failure.message[lang]);
    return 1;
  }
  if (context.value === null || typeof context.value !== 'object' || Array.isArray(context.value)) {
    io.err(t.notAnObject(contextFile)[lang]);
    return 1;
  }
  const { records, invalid } = readRecords(read.entries);
  for (const bad of invalid) {
    for (const issue of bad.issues) io.err(`${issueLocation(bad.index, issue, lang)}: ${issue.message[lang]}`);
  }
  const { papers, failures } = occasionPapers(records, occasion, context.value as OccasionContext);
  for (const failure of failures) {
    io.err(t.paperFailed(failure.name)[lang]);
    for (const issue of failure.issues) io.err(`  ${issue.path.length === 0 ? '(gốc)' : issue.path.join('.')}: ${issue.message[lang]}`);
  }
  if (papers.length === 0 && failures.length === 0) io.err(t.nothing[lang]);
  let written = true;
  try {
    mkdirSync(out, { recursive: true });
  } catch (error) {
    io.err(t.cannotWrite(out, (error as Error).message)[lang]);
    return 1;
  }
  for (const paper of papers) {
    const path = join(out, `${paper.name}.${format}`);
    try {
      writeFileSync(path, format === 'html' ? toHtml(paper.document) : await toDocx(paper.document));
      io.out(t.written(path)[lang]);
    } catch (error) {
      written = false;
      io.err(t.cannotWrite(path, (error as Error).message)[lang]);
    }
  }
  return invalid.length === 0 && failures.length === 0 && written ? 0 : 1;
}
