/**
 * `thi-dua documents`: the papers of an occasion (the council's list, its minutes, the Director's
 * decision, the submission, the achievement reports) as Word files or HTML pages, from nomination
 * records and a context file.
 *
 * @module
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type OccasionContext, occasionPapers, toDocx, toHtml } from '../../documents/index.js';
import { CLI_ERRORS, CLI_TEXT } from '../../text/cli.js';
import { DOCUMENTS_CLI_TEXT } from '../../text/cli-documents.js';
import { type CommandContext, defineCommand, EXIT } from '../command.js';
import { terminalSafe } from '../format.js';
import { ofOccasion, parseOccasionArg, readRecords } from './proposals.js';

const options = {
  occasion: { type: 'string', check: { test: (value: string) => parseOccasionArg(value) !== undefined, hint: CLI_TEXT.occasionHint } },
  context: { type: 'string' },
  out: { type: 'string' },
  format: { type: 'string', choices: ['docx', 'html'] },
  ndjson: { type: 'boolean' },
} as const;

/** `thi-dua documents RECORDS --occasion KIND:YEAR --context CONTEXT.json --out DIR [--format docx|html]`. */
export const documentsCommand = defineCommand({
  name: 'documents',
  synopsis:
    'documents RECORDS.json --occasion final-review:2025 --context CONTEXT.json --out DIR [--format docx|html] [--ndjson] [--lang vi|en]',
  summary: {
    vi: 'ghi các văn bản của dịp khen thưởng (danh sách, biên bản, quyết định, tờ trình, báo cáo thành tích)',
    en: "write the occasion's papers (list, minutes, decision, submission, achievement reports)",
  },
  help: DOCUMENTS_CLI_TEXT.help,
  options,
  positionals: 1,
  run: async (context: CommandContext<typeof options>) => {
    const t = DOCUMENTS_CLI_TEXT;
    const { io, lang } = context;
    const file = context.positionals[0];
    if (file === undefined) return context.usage(CLI_ERRORS.missingFile());
    const occasion = context.options.occasion === undefined ? undefined : parseOccasionArg(context.options.occasion);
    if (occasion === undefined) return context.usage(CLI_ERRORS.missingOccasion());
    const contextFile = context.options.context;
    if (contextFile === undefined) return context.usage(t.missingContext);
    const out = context.options.out;
    if (out === undefined) return context.usage(t.missingOut);
    const format = context.options.format === 'html' ? 'html' : 'docx';
    const paperContext = await context.readValue(contextFile);
    if (!paperContext.ok) return paperContext.exit;
    if (paperContext.value === null || typeof paperContext.value !== 'object' || Array.isArray(paperContext.value)) {
      await io.err(t.notAnObject(contextFile)[lang]);
      return EXIT.invalidInput;
    }
    const opened = await context.open(file, { key: 'records', ndjson: context.options.ndjson === true });
    if (!opened.ok) return opened.exit;
    const { records, allValid } = await readRecords(opened.source, io, lang, ofOccasion(occasion));
    const { papers, failures } = occasionPapers(records, occasion, paperContext.value as OccasionContext);
    for (const failure of failures) {
      await io.err(t.paperFailed(failure.name)[lang]);
      for (const issue of failure.issues)
        await io.err(`  ${issue.path.length === 0 ? '(gốc)' : issue.path.join('.')}: ${terminalSafe(issue.message[lang])}`);
    }
    if (papers.length === 0 && failures.length === 0) await io.err(t.nothing[lang]);
    try {
      mkdirSync(out, { recursive: true });
    } catch (error) {
      await io.err(t.cannotWrite(out, (error as Error).message)[lang]);
      return EXIT.invalidInput;
    }
    let written = true;
    for (const paper of papers) {
      const path = join(out, `${paper.name}.${format}`);
      try {
        writeFileSync(path, format === 'html' ? toHtml(paper.document) : await toDocx(paper.document));
        await io.out(t.written(path)[lang]);
      } catch (error) {
        written = false;
        await io.err(t.cannotWrite(path, (error as Error).message)[lang]);
      }
    }
    return allValid && failures.length === 0 && written ? EXIT.ok : EXIT.invalidInput;
  },
});
