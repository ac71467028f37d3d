/**
 * Command-line arguments: `--name value` or `--name=value`, each option checked against the
 * values it allows. Pure.
 *
 * @module
 */
import { CLI_ERRORS } from '../text/cli.js';
import type { Lang, Result, Text } from '../core/types.js';

/** What a command accepts: how many positional arguments, and each option's allowed values (or a checker). */
export type CommandSpec = {
  readonly positionals: number;
  /** Each option's allowed values, or a checker with a `hint` that says what it expects. */
  readonly options: Readonly<Record<string, readonly string[] | (((value: string) => boolean) & { readonly hint: string })>>;
};

/** Parsed arguments of one command. */
export type ParsedArgs = {
  readonly positionals: readonly string[];
  readonly options: Readonly<Record<string, string>>;
  readonly help: boolean;
};

/** The language asked for anywhere in argv (so that even a usage error is worded in it). */
export function langOf(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = arg === '--lang' ? argv[i + 1] : arg?.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value === 'en' || value === 'vi') return value;
  }
  return 'vi';
}

/** Parses argv (after the command name) against a spec; the first problem is returned as a message. */
export function parseArgs(argv: readonly string[], spec: CommandSpec): Result<ParsedArgs, Text> {
  const positionals: string[] = [];
  const options: Record<string, string> = {};
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      const allowed = Object.hasOwn(spec.options, name) ? spec.options[name] : undefined;
      if (allowed === undefined) return { ok: false, error: CLI_ERRORS.unknownOption(`--${name}`) };
      const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined || value === '') return { ok: false, error: CLI_ERRORS.missingValue(`--${name}`) };
      const good = typeof allowed === 'function' ? allowed(value) : allowed.includes(value);
      if (!good) {
        const list = typeof allowed === 'function' ? allowed.hint : allowed.join(' | ');
        return { ok: false, error: CLI_ERRORS.badValue(`--${name}`, value, list) };
      }
      options[name] = value;
      continue;
    }
    if (arg.startsWith('-') && arg !== '-') return { ok: false, error: CLI_ERRORS.unknownOption(arg) };
    if (positionals.length >= spec.positionals) return { ok: false, error: CLI_ERRORS.extraArgument(arg) };
    positionals.push(arg);
  }
  return { ok: true, value: { positionals, options, help } };
}
