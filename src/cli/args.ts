/**
 * Command-line arguments through `node:util` `parseArgs` (strict), each command with its own
 * table of options; each option's value then checked against the values it allows. The messages
 * are the program's own, in both languages (`parseArgs`'s are English only).
 *
 * @module
 */
import { parseArgs } from 'node:util';
import type { Lang, Result, Text } from '../core/types.js';
import { CLI_ERRORS } from '../text/cli.js';

/**
 * One option of a command: a flag (`boolean`), or an option with a value (`string`) that is
 * one of `choices` or passes `check` (whose `hint`, in both languages, says what it expects).
 */
export type OptionSpec =
  | { readonly type: 'boolean'; readonly short?: string }
  | {
      readonly type: 'string';
      readonly short?: string;
      readonly choices?: readonly string[];
      readonly check?: { readonly test: (value: string) => boolean; readonly hint: Text };
    };

/** A command's options by name (without the `--`). */
export type OptionTable = Readonly<Record<string, OptionSpec>>;

/** The values parsed for an option table: a string for a `string` option, `true` for a flag given; absent when not given. */
export type OptionValues<O extends OptionTable> = {
  readonly [K in keyof O]?: O[K] extends { readonly type: 'boolean' } ? boolean : string;
};

/** Parsed arguments of one command. */
export type ParsedArgs<O extends OptionTable> = {
  readonly positionals: readonly string[];
  readonly options: OptionValues<O>;
  readonly help: boolean;
};

/** The options every command takes. */
export const COMMON_OPTIONS = {
  lang: { type: 'string', choices: ['vi', 'en'] },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionTable;

/** The language asked for anywhere in argv (so that even a usage error is worded in it). */
export function langOf(argv: readonly string[]): Lang {
  let lang: Lang = 'vi';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg?.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value === 'en' || value === 'vi') lang = value;
  }
  return lang;
}

type NodeOptions = Record<string, { type: 'string' | 'boolean'; short?: string }>;

function nodeOptions(table: OptionTable): NodeOptions {
  const options: NodeOptions = {};
  for (const [name, spec] of Object.entries(table))
    options[name] = spec.short === undefined ? { type: spec.type } : { type: spec.type, short: spec.short };
  return options;
}

/**
 * Why strict `parseArgs` refused argv, worded by the program: the first token that is an unknown
 * option, an option missing its value (or followed by another option), or a flag given a value.
 */
function whyRefused(argv: readonly string[], table: OptionTable): Text {
  const { tokens } = parseArgs({ args: [...argv], options: nodeOptions(table), strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = Object.hasOwn(table, token.name) ? table[token.name] : undefined;
    if (spec === undefined) return CLI_ERRORS.unknownOption(token.rawName);
    if (spec.type === 'boolean' && token.value !== undefined) return CLI_ERRORS.noValueAllowed(`--${token.name}`);
    if (spec.type === 'string' && (token.value === undefined || (token.inlineValue === false && token.value.startsWith('-')))) {
      return CLI_ERRORS.missingValue(`--${token.name}`);
    }
  }
  /* v8 ignore next -- @preserve: strict parseArgs refuses only what the loop above finds */
  return CLI_ERRORS.unknownOption(argv.find((a) => a.startsWith('-')) ?? '');
}

/**
 * Parses a command's argv (after the command name) against its option table and positional
 * count; the first problem comes back as a message.
 */
export function parseCommandArgs<O extends OptionTable>(
  argv: readonly string[],
  table: O,
  positionals: number,
): Result<ParsedArgs<O>, Text> {
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options: nodeOptions(table), strict: true, allowPositionals: true });
  } catch {
    return { ok: false, error: whyRefused(argv, table) };
  }
  const options: Record<string, string | boolean> = {};
  let help = false;
  for (const [name, value] of Object.entries(parsed.values)) {
    if (value === undefined) continue;
    if (name === 'help') {
      help = value === true;
      continue;
    }
    const spec = table[name];
    if (spec?.type === 'string' && typeof value === 'string') {
      if (value === '') return { ok: false, error: CLI_ERRORS.missingValue(`--${name}`) };
      if (spec.choices !== undefined && !spec.choices.includes(value)) {
        const list = spec.choices.join(' | ');
        return { ok: false, error: CLI_ERRORS.badValue(`--${name}`, value, { vi: list, en: list }) };
      }
      if (spec.check !== undefined && !spec.check.test(value))
        return { ok: false, error: CLI_ERRORS.badValue(`--${name}`, value, spec.check.hint) };
    }
    options[name] = value;
  }
  if (!help && parsed.positionals.length > positionals)
    return { ok: false, error: CLI_ERRORS.extraArgument(parsed.positionals[positionals] as string) };
  return { ok: true, value: { positionals: parsed.positionals, options: options as OptionValues<O>, help } };
}
