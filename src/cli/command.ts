/**
 * What a `thi-dua` command is: its name, its lines in the overview, its help, its options and
 * positional arguments, and what it does. Every command is one {@link CommandDefinition}; the
 * program's registry (`registry.ts`) lists them, and the program parses, helps and dispatches
 * from that list alone.
 *
 * To add a command: write `src/cli/commands/<name>.ts` exporting
 * `export const <name>Command = defineCommand({ … })`, and add it to `COMMANDS` in `registry.ts`.
 *
 * @module
 */
import type { Lang, Text } from '../core/types.js';
import type { COMMON_OPTIONS, OptionTable, OptionValues } from './args.js';
import { type InputOptions, type InputSource, openInput, type ReadFailure, readJsonValue } from './input.js';

/** What the program may do to the world. */
export type ProgramIo = {
  /**
   * Writes one line (a newline is added) to standard output. It may return a promise when the
   * reader is slower than the program: the program waits for it before writing more.
   */
  readonly out: (text: string) => unknown;
  /** Writes one line to standard error (a returned promise is waited for, as for `out`). */
  readonly err: (text: string) => unknown;
  /** The current instant, for `timeline` without `--on` (the library itself has no clock). */
  readonly now: () => Date;
  /** Standard input, for the path `-` (none: `-` reads nothing). */
  readonly stdin?: () => AsyncIterable<Uint8Array>;
  /** The program's version, for `--version`. */
  readonly version?: () => string;
};

/** Exit codes: every input valid; an input invalid; a usage error. */
export const EXIT = { ok: 0, invalidInput: 1, usage: 2 } as const;

/** What a command's `run` receives. */
export type CommandContext<O extends OptionTable> = {
  readonly lang: Lang;
  readonly positionals: readonly string[];
  /** The options given (with `lang` and `help`, common to every command). */
  readonly options: OptionValues<O & typeof COMMON_OPTIONS>;
  readonly io: ProgramIo;
  /** Prints a usage error (the message, then this command's help) on stderr; returns exit code 2. */
  readonly usage: (message: Text) => Promise<number>;
  /** Prints a message on stderr; returns exit code 1. */
  readonly fail: (message: Text) => Promise<number>;
  /**
   * Opens an input path (`-`: standard input) as whole JSON or JSON Lines; on failure the
   * message is already printed and `exit` is the code to return (2 for a path that cannot be read,
   * 1 for a content that is not an input).
   */
  readonly open: (
    path: string,
    options: Omit<InputOptions, 'stdin'>,
  ) => Promise<
    { readonly ok: true; readonly source: InputSource } | { readonly ok: false; readonly exit: number; readonly failure: ReadFailure }
  >;
  /** Reads one JSON value (a settings file such as `--issuer FILE`; `-`: standard input), bounded as `open` is; failures as for `open`. */
  readonly readValue: (
    path: string,
  ) => Promise<
    { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly exit: number; readonly failure: ReadFailure }
  >;
};

/** One command of the program. */
export type CommandDefinition<O extends OptionTable = OptionTable> = {
  /** The word after `thi-dua`. */
  readonly name: string;
  /** Its line in the overview, the same in both languages: `check FILE [--ndjson] [--format table|json|ndjson] [--lang vi|en]`. */
  readonly synopsis: string;
  /** What it does, in a few words, under the synopsis in the overview. */
  readonly summary: Text;
  /** `thi-dua <name> --help`; it begins `Cách dùng: thi-dua <name>` / `Usage: thi-dua <name>`. */
  readonly help: Text;
  /** Its own options (`--lang` and `--help` are every command's). */
  readonly options: O;
  /** How many positional arguments it takes at most. */
  readonly positionals: number;
  /** Does the command's work; returns the exit code. */
  readonly run: (context: CommandContext<O>) => number | Promise<number>;
};

/** A command of any option table, as the registry holds it. */
export type AnyCommand = {
  readonly name: string;
  readonly synopsis: string;
  readonly summary: Text;
  readonly help: Text;
  readonly options: OptionTable;
  readonly positionals: number;
  readonly run: (context: CommandContext<OptionTable>) => number | Promise<number>;
};

/** Declares a command; the options' types flow into `run`. */
export function defineCommand<const O extends OptionTable>(definition: CommandDefinition<O>): AnyCommand {
  return definition as unknown as AnyCommand;
}

/** Prints why an input could not be read; the exit code: 2 for a path that cannot be read, 1 for its content. */
async function failed(io: ProgramIo, failure: ReadFailure, lang: Lang, usage: (message: Text) => Promise<number>): Promise<number> {
  if (failure.kind === 'usage') return usage(failure.message);
  await io.err(failure.message[lang]);
  return EXIT.invalidInput;
}

/** Opens an input for a command (see {@link CommandContext.open}). */
export async function openFor(
  io: ProgramIo,
  path: string,
  options: Omit<InputOptions, 'stdin'>,
  lang: Lang,
  usage: (message: Text) => Promise<number>,
): Promise<{ ok: true; source: InputSource } | { ok: false; exit: number; failure: ReadFailure }> {
  const opened = await openInput(path, { ...options, stdin: io.stdin ?? emptyInput });
  if (opened.ok) return opened;
  return { ok: false, exit: await failed(io, opened.failure, lang, usage), failure: opened.failure };
}

/** Reads one JSON value for a command (see {@link CommandContext.readValue}). */
export async function readValueFor(
  io: ProgramIo,
  path: string,
  lang: Lang,
  usage: (message: Text) => Promise<number>,
): Promise<{ ok: true; value: unknown } | { ok: false; exit: number; failure: ReadFailure }> {
  const read = await readJsonValue(path, { stdin: io.stdin ?? emptyInput });
  if (read.ok) return read;
  return { ok: false, exit: await failed(io, read.failure, lang, usage), failure: read.failure };
}

async function* emptyInput(): AsyncGenerator<Uint8Array> {}
