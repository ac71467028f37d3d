/**
 * Reads the program's input files: UTF-8 with or without a byte-order mark, at most
 * {@link MAX_INPUT_BYTES}, JSON holding an array or `{ "<key>": [...] }`.
 *
 * @module
 */
import { readFileSync, statSync } from 'node:fs';
import { CLI_ERRORS, MAX_INPUT_BYTES } from '../text/cli.js';
import type { Text } from '../core/types.js';

/** Why a file could not be read: `usage` (no such file: exit 2) or `input` (its content: exit 1). */
export type ReadFailure = { readonly kind: 'usage' | 'input'; readonly message: Text };

/** The entries of a JSON file, or why there are none. */
export function readEntries(
  path: string,
  key: string,
): { ok: true; entries: readonly unknown[] } | { ok: false; failure: ReadFailure } {
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    if (size > MAX_INPUT_BYTES) {
      return { ok: false, failure: { kind: 'input', message: CLI_ERRORS.fileTooLarge(path, size, MAX_INPUT_BYTES) } };
    }
    bytes = readFileSync(path);
  } catch {
    return { ok: false, failure: { kind: 'usage', message: CLI_ERRORS.fileNotFound(path) } };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, failure: { kind: 'input', message: CLI_ERRORS.notUtf8(path) } };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, failure: { kind: 'input', message: CLI_ERRORS.notJson(path, (error as Error).message) } };
  }
  if (Array.isArray(data)) return { ok: true, entries: data };
  if (data !== null && typeof data === 'object' && Array.isArray((data as Record<string, unknown>)[key])) {
    return { ok: true, entries: (data as Record<string, unknown[]>)[key] as unknown[] };
  }
  return { ok: false, failure: { kind: 'input', message: CLI_ERRORS.wrongShape(path, key) } };
}
