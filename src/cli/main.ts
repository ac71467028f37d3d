/**
 * The `thi-dua` command-line program. The only module that may touch the process.
 *
 * @module
 */
import { evaluateNomination } from '../rules/nomination.js';
import { sampleNominations } from '../sample.js';
import type { Lang } from '../types.js';
import { renderEvaluation } from './render.js';

const USAGE = {
  vi: `Cách dùng:
  thi-dua demo [--lang vi|en]   đánh giá các đề nghị khen thưởng mẫu có sẵn
  thi-dua --help                hiện hướng dẫn này`,
  en: `Usage:
  thi-dua demo [--lang vi|en]   evaluate the built-in sample nominations
  thi-dua --help                show this help`,
} as const;

type Parsed = { command: string | undefined; lang: Lang; help: boolean; error?: string };

function parseArgs(argv: readonly string[]): Parsed {
  const parsed: Parsed = { command: undefined, lang: 'vi', help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') parsed.help = true;
    else if (arg === '--lang' || arg?.startsWith('--lang=')) {
      const value = arg === '--lang' ? argv[++i] : arg.slice('--lang='.length);
      if (value === 'vi' || value === 'en') parsed.lang = value;
      else parsed.error = `--lang: ${value ?? ''} (vi | en)`;
    } else if (arg?.startsWith('-')) parsed.error = `unknown option ${arg}`;
    else if (parsed.command === undefined) parsed.command = arg;
    else parsed.error = `unexpected argument ${arg}`;
  }
  return parsed;
}

/** Runs the program; returns the exit code (0 done, 2 usage error). */
export function run(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): number {
  const args = parseArgs(argv);
  if (args.help) {
    out(USAGE[args.lang]);
    return 0;
  }
  if (args.error !== undefined || args.command !== 'demo') {
    err(`${args.error ?? (args.command === undefined ? 'missing command' : `unknown command ${args.command}`)}\n${USAGE[args.lang]}`);
    return 2;
  }
  const title =
    args.lang === 'vi'
      ? 'Đánh giá các đề nghị khen thưởng mẫu — Phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau”, Sở GTVT Cao Bằng'
      : 'Evaluating the sample nominations — emulation movement “For the poor — no one left behind”, Department of Transport, Cao Bằng';
  out(`${title}\n`);
  out(sampleNominations.map((n) => renderEvaluation(n, evaluateNomination(n), args.lang)).join('\n\n'));
  return 0;
}

process.exitCode = run(
  process.argv.slice(2),
  (s) => process.stdout.write(`${s}\n`),
  (s) => process.stderr.write(`${s}\n`),
);
