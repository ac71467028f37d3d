/**
 * The `thi-dua` program as a function: argv and a few effects in, an exit code out, so that it
 * is tested without a process.
 *
 * @module
 */
import { isCivilDate, toCivilDate } from '../core/dates.js';
import { sampleNominations } from '../sample.js';
import { CLI_ERRORS, CLI_TEXT } from '../text/cli.js';
import type { Lang, Text } from '../core/types.js';
import { type CommandSpec, langOf, parseArgs } from './args.js';
import { checkEntries, issueLocation, renderCheck } from './commands/check.js';
import { runDocuments } from './commands/documents.js';
import { parseOccasionArg, readRecords, renderProposals } from './commands/proposals.js';
import { renderTimeline } from './commands/timeline.js';
import { ACTIVITIES_FORMATS, renderSampleActivities, runActivities } from './commands/activities.js';
import { ACTIVITY_SUMMARY_TEXT } from '../text/activities.js';
import { REPORT_HELP, REPORT_SPEC, runReport } from './commands/report.js';
import { readEntries } from './input.js';
import { compileProposalList } from '../workflow/proposals.js';
import { proposalConflictText } from '../text/workflow.js';

/** What the program may do to the world. */
export type ProgramIo = {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** The current instant, for `timeline` without `--on` (the library itself has no clock). */
  readonly now: () => Date;
};

/** Exit codes: every input valid; an input invalid; a usage error. */
export const EXIT = { ok: 0, invalidInput: 1, usage: 2 } as const;

const LANG = ['vi', 'en'] as const;
const SPECS = {
  check: { positionals: 1, options: { lang: LANG, format: ['table', 'json'] } },
  proposals: {
    positionals: 1,
    options: { lang: LANG, format: ['md', 'csv', 'json'], occasion: Object.assign((v: string) => parseOccasionArg(v) !== undefined, { hint: 'KIND:YEAR (annual:2024, preliminary-review:2023, final-review:2025)' }) },
  },
  timeline: { positionals: 0, options: { lang: LANG, format: ['table', 'json'], on: Object.assign((v: string) => isCivilDate(v), { hint: 'YYYY-MM-DD' }) } },
  demo: { positionals: 0, options: { lang: LANG, format: ['table', 'json'] } },
  activities: { positionals: 1, options: { lang: LANG, format: ACTIVITIES_FORMATS, from: Object.assign((v: string) => isCivilDate(v), { hint: 'YYYY-MM-DD' }), to: Object.assign((v: string) => isCivilDate(v), { hint: 'YYYY-MM-DD' }) } },
  report: REPORT_SPEC,
} as const satisfies Record<string, CommandSpec>;
type CommandName = keyof typeof SPECS;

const HELP: { readonly [C in CommandName]: Text } = {
  check: CLI_TEXT.checkHelp,
  proposals: CLI_TEXT.proposalsHelp,
  timeline: CLI_TEXT.timelineHelp,
  demo: CLI_TEXT.demoHelp,
  activities: ACTIVITY_SUMMARY_TEXT.help,
  report: REPORT_HELP,
};

function usageError(io: ProgramIo, lang: Lang, message: Text, help: Text = CLI_TEXT.usage): number {
  io.err(`${message[lang]}\n\n${help[lang]}`);
  return EXIT.usage;
}

/** Runs `thi-dua` with the arguments after the program name; returns the exit code (a promise of it for `documents`). */
export function runProgram(argv: readonly string[], io: ProgramIo): number | Promise<number> {
  const lang = langOf(argv);
  const [command, ...rest] = argv;
  if (command === undefined) return usageError(io, lang, CLI_ERRORS.missingCommand());
  if (command === 'documents') return runDocuments(rest, io, lang);
  if (command === '--help' || command === '-h' || command === 'help') {
    io.out(CLI_TEXT.usage[lang]);
    return EXIT.ok;
  }
  if (!Object.hasOwn(SPECS, command)) return usageError(io, lang, CLI_ERRORS.unknownCommand(command));
  const name = command as CommandName;
  const parsed = parseArgs(rest, SPECS[name]);
  if (!parsed.ok) return usageError(io, lang, parsed.error, HELP[name]);
  if (parsed.value.help) {
    io.out(HELP[name][lang]);
    return EXIT.ok;
  }
  const { positionals, options } = parsed.value;
  switch (name) {
    case 'demo': {
      io.out(`${CLI_TEXT.demoTitle[lang]}\n`);
      io.out(renderCheck(checkEntries(sampleNominations), lang, options['format'] === 'json' ? 'json' : 'table'));
      io.out(`\n${renderSampleActivities(lang, options['format'] === 'json' ? 'json' : 'table')}`);
      return EXIT.ok;
    }
    case 'activities': {
      const run = runActivities(positionals[0], options, lang, io);
      return 'usage' in run ? usageError(io, lang, run.usage, HELP.activities) : run.exit;
    }
    case 'timeline': {
      const day = options['on'] ?? toCivilDate(io.now());
      if (day === undefined) return usageError(io, lang, CLI_ERRORS.missingValue('--on'), HELP.timeline);
      io.out(renderTimeline(day, lang, options['format'] === 'json' ? 'json' : 'table'));
      return EXIT.ok;
    }
    case 'check':
    case 'proposals': {
      const file = positionals[0];
      if (file === undefined) return usageError(io, lang, CLI_ERRORS.missingFile(), HELP[name]);
      // Usage errors come before anything is read (exit 2, whatever the file holds).
      const occasion = options['occasion'] === undefined ? undefined : parseOccasionArg(options['occasion']);
      if (name === 'proposals' && occasion === undefined) return usageError(io, lang, CLI_ERRORS.missingOccasion(), HELP.proposals);
      const read = readEntries(file, name === 'check' ? 'nominations' : 'records');
      if (!read.ok) {
        if (read.failure.kind === 'usage') return usageError(io, lang, read.failure.message, HELP[name]);
        io.err(read.failure.message[lang]);
        return EXIT.invalidInput;
      }
      if (name === 'check') {
        const checked = checkEntries(read.entries);
        io.out(renderCheck(checked, lang, options['format'] === 'json' ? 'json' : 'table'));
        return checked.every((e) => e.valid) ? EXIT.ok : EXIT.invalidInput;
      }
      if (occasion === undefined) return usageError(io, lang, CLI_ERRORS.missingOccasion(), HELP.proposals);
      const { records, invalid } = readRecords(read.entries);
      for (const bad of invalid) {
        for (const issue of bad.issues) io.err(`${issueLocation(bad.index, issue, lang)}: ${issue.message[lang]}`);
      }
      const format = options['format'] === 'csv' || options['format'] === 'json' ? options['format'] : 'md';
      io.out(renderProposals(records, occasion, lang, format));
      // Two different records with one id are left out of the list: say so (the JSON lists them in `conflicts`).
      const { conflicts } = compileProposalList(records, occasion);
      for (const c of conflicts) io.err(proposalConflictText(c.id, c.records)[lang]);
      return invalid.length === 0 && conflicts.length === 0 ? EXIT.ok : EXIT.invalidInput;
    }
    case 'report': {
      const ran = runReport(positionals, options, lang);
      if ('usage' in ran) return usageError(io, lang, ran.usage, HELP.report);
      for (const line of ran.err) io.err(line);
      if (ran.out !== undefined) io.out(ran.out);
      return ran.exit;
    }
    /* v8 ignore next 2 -- @preserve: unreachable, the switch is exhaustive */
    default:
      return name satisfies never;
  }
}
