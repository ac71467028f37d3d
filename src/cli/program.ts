/**
 * The `thi-dua` program as a function: argv and a few effects in, an exit code out, so that it
 * is tested without a process. The commands come from the registry (`registry.ts`).
 *
 * @module
 */
import type { Lang, Text } from '../core/types.js';
import { CLI_ERRORS, USAGE_TEXT } from '../text/cli.js';
import { COMMON_OPTIONS, langOf, parseCommandArgs } from './args.js';
import { type AnyCommand, type CommandContext, EXIT, openFor, type ProgramIo, readValueFor } from './command.js';
import { COMMANDS } from './registry.js';

export type { ProgramIo } from './command.js';

/** The options that may come before the command: `thi-dua --lang en --help`, `thi-dua --version`. */
const GLOBAL_OPTIONS = { ...COMMON_OPTIONS, version: { type: 'boolean' } } as const;

/** `thi-dua --help`: the fixed head and foot around every command's synopsis and summary. */
export function overview(commands: readonly AnyCommand[], lang: Lang): string {
  const lines = commands.map((c) => `  ${c.synopsis}\n      ${c.summary[lang]}`);
  return `${USAGE_TEXT.head[lang]}\n${lines.join('\n')}\n\n${USAGE_TEXT.foot[lang]}`;
}

/** Where the command word is: the first argument that is neither a global option nor its value. */
function commandIndex(argv: readonly string[]): number {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--lang') i++;
    else if (arg === '--' || !arg.startsWith('-') || arg === '-') return arg === '--' ? i + 1 : i;
  }
  return argv.length;
}

/** Runs `thi-dua` with the arguments after the program name; resolves to the exit code. */
export async function runProgram(argv: readonly string[], io: ProgramIo): Promise<number> {
  const lang = langOf(argv);
  const usageError = async (message: Text, help: Text | string): Promise<number> => {
    await io.err(`${message[lang]}\n\n${typeof help === 'string' ? help : help[lang]}`);
    return EXIT.usage;
  };
  const at = commandIndex(argv);
  const global = parseCommandArgs(argv.slice(0, at), GLOBAL_OPTIONS, 0);
  if (!global.ok) return usageError(global.error, overview(COMMANDS, lang));
  const name = argv[at];
  if (global.value.options.version === true) {
    await io.out(io.version?.() ?? '');
    return EXIT.ok;
  }
  if (name === undefined) {
    if (global.value.help) {
      await io.out(overview(COMMANDS, lang));
      return EXIT.ok;
    }
    return usageError(CLI_ERRORS.missingCommand(), overview(COMMANDS, lang));
  }
  if (name === 'help') {
    const topic = COMMANDS.find((c) => c.name === argv[at + 1]);
    await io.out(topic === undefined ? overview(COMMANDS, lang) : topic.help[lang]);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) return usageError(CLI_ERRORS.unknownCommand(name), overview(COMMANDS, lang));
  const parsed = parseCommandArgs(argv.slice(at + 1), { ...COMMON_OPTIONS, ...command.options }, command.positionals);
  if (!parsed.ok) return usageError(parsed.error, command.help);
  if (parsed.value.help || global.value.help) {
    await io.out(command.help[lang]);
    return EXIT.ok;
  }
  const usage = (message: Text): Promise<number> => usageError(message, command.help);
  const context: CommandContext<typeof command.options> = {
    lang,
    positionals: parsed.value.positionals,
    options: parsed.value.options,
    io,
    usage,
    fail: async (message) => {
      await io.err(message[lang]);
      return EXIT.invalidInput;
    },
    open: (path, options) => openFor(io, path, options, lang, usage),
    readValue: (path) => readValueFor(io, path, lang, usage),
  };
  return command.run(context);
}
