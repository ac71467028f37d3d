/**
 * Reads the program's inputs, always bounded by the bytes actually read (never by what `stat`
 * says, which is 0 for a pipe, a FIFO or `/dev/stdin` and meaningless for `/dev/zero`):
 *
 * - a whole JSON file (UTF-8, with or without a byte-order mark) of at most
 *   {@link MAX_INPUT_BYTES}, holding an array or `{ "<key>": [...] }`;
 * - JSON Lines (`.ndjson`, `.jsonl`, or asked for): one entry per line, read chunk by chunk and
 *   handed on line by line, each line at most {@link MAX_LINE_BYTES}, any number of lines, so that
 *   memory stays bounded whatever the size of the input.
 *
 * `-` is standard input.
 *
 * @module
 */
import { open } from 'node:fs/promises';
import type { Text } from '../core/types.js';
import { CLI_ERRORS, CLI_TEXT, type JsonSyntaxError, MAX_INPUT_BYTES, MAX_LINE_BYTES } from '../text/cli.js';
import { terminalSafe } from './format.js';

/** Why an input could not be read: `usage` (no such file, not readable: exit 2) or `input` (its content: exit 1). */
export type ReadFailure = { readonly kind: 'usage' | 'input'; readonly message: Text };

/**
 * One item of an input, in order: an entry (its value, not yet validated), a line of JSON Lines
 * that is not an entry (not UTF-8, not JSON), or the end of reading before the end of the input
 * (a line too long, a read error): nothing follows a `stopped`.
 *
 * `position` is what the program prints as `#N`: the place in the array from 1, or the line number
 * in JSON Lines.
 */
export type InputItem =
  | { readonly kind: 'entry'; readonly position: number; readonly value: unknown }
  | { readonly kind: 'bad-line'; readonly position: number; readonly code: 'not_utf8' | 'not_json'; readonly message: Text }
  | { readonly kind: 'stopped'; readonly message: Text };

/** An opened input: whole JSON or JSON Lines, and its items, read as they are iterated. */
export type InputSource = {
  readonly format: 'json' | 'ndjson';
  readonly items: AsyncIterable<InputItem>;
};

/** How to read an input. */
export type InputOptions = {
  /** The key of the array in a JSON object input: `nominations`, `records`, … */
  readonly key: string;
  /** Read as JSON Lines whatever the name (`--ndjson`); `.ndjson` and `.jsonl` files always are. */
  readonly ndjson?: boolean;
  /** Standard input, for the path `-`. */
  readonly stdin: () => AsyncIterable<Uint8Array>;
  /** The size of each read (64 KiB); smaller in tests. */
  readonly chunkBytes?: number;
};

/** Whether a path names JSON Lines by its extension. */
export function isJsonLinesPath(path: string): boolean {
  return /\.(?:ndjson|jsonl)$/iu.test(path);
}

/** The same message with the input's name: the path, or "standard input" in each language for `-`. */
function named(path: string, message: (name: string) => Text): Text {
  if (path !== '-') return message(path);
  return { vi: message(CLI_TEXT.stdin.vi).vi, en: message(CLI_TEXT.stdin.en).en };
}

type Chunks = { readonly first: IteratorResult<Uint8Array>; readonly rest: AsyncIterator<Uint8Array>; readonly size?: number };

/** Opens the input and reads its first chunk, so that an unreadable path fails before anything is printed. */
async function openChunks(path: string, options: InputOptions): Promise<Chunks | undefined> {
  const chunkBytes = options.chunkBytes ?? 64 * 1024;
  let iterator: AsyncIterator<Uint8Array>;
  let size: number | undefined;
  try {
    // `/dev/stdin` cannot be opened when standard input is a socket (as a parent process's pipe
    // often is): it is read as the stream it names.
    if (path === '-' || path === '/dev/stdin') {
      iterator = options.stdin()[Symbol.asyncIterator]();
    } else {
      const handle = await open(path, 'r');
      const stat = await handle.stat().catch(() => undefined);
      if (stat?.isFile() === true) size = stat.size;
      iterator = (async function* read() {
        try {
          for (;;) {
            const buffer = Buffer.allocUnsafe(chunkBytes);
            const { bytesRead } = await handle.read(buffer, 0, chunkBytes, null);
            if (bytesRead === 0) return;
            yield buffer.subarray(0, bytesRead);
          }
        } finally {
          await handle.close();
        }
      })();
    }
    const first = await iterator.next();
    return { first, rest: iterator, ...(size === undefined ? {} : { size }) };
  } catch {
    return undefined;
  }
}

/** The chunks of an opened input, the first one included; stopping early closes the input. */
async function* chunksOf(chunks: Chunks): AsyncGenerator<Uint8Array> {
  try {
    if (chunks.first.done === true) return;
    yield chunks.first.value;
    for (;;) {
      const next = await chunks.rest.next();
      if (next.done === true) return;
      yield next.value;
    }
  } finally {
    await chunks.rest.return?.();
  }
}

/** What `JSON.parse` said, as data that both languages can word. */
export function jsonSyntaxError(error: unknown, text: string): JsonSyntaxError {
  const detail = terminalSafe(error instanceof Error ? error.message : String(error));
  const position = /at position (\d+)/u.exec(detail);
  if (position !== null) {
    const at = Number(position[1]);
    const before = text.slice(0, at);
    const lineStart = before.lastIndexOf('\n') + 1;
    return { detail, at: { position: at, line: before.split('\n').length, column: at - lineStart + 1 } };
  }
  if (/end of JSON input/u.test(detail)) return { detail, endOfInput: true };
  const token = /^Unexpected token (.+?), /u.exec(detail);
  return token === null ? { detail } : { detail, token: token[1] as string };
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** A whole JSON file, at most {@link MAX_INPUT_BYTES} read, parsed. */
async function readJson(path: string, chunks: Chunks): Promise<{ ok: true; value: unknown } | { ok: false; failure: ReadFailure }> {
  const tooLarge = (bytes: number | undefined): { ok: false; failure: ReadFailure } => ({
    ok: false,
    failure: { kind: 'input', message: named(path, (name) => CLI_ERRORS.fileTooLarge(name, bytes, MAX_INPUT_BYTES)) },
  });
  // A regular file that says it is too large is refused before it is read; the bound itself is
  // on the bytes read, for what `stat` cannot size.
  if (chunks.size !== undefined && chunks.size > MAX_INPUT_BYTES) {
    await chunks.rest.return?.();
    return tooLarge(chunks.size);
  }
  const parts: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of chunksOf(chunks)) {
      total += chunk.length;
      if (total > MAX_INPUT_BYTES) return tooLarge(undefined);
      parts.push(chunk);
    }
  } catch {
    return { ok: false, failure: { kind: 'input', message: named(path, CLI_ERRORS.readFailed) } };
  }
  let text: string;
  try {
    text = decoder.decode(Buffer.concat(parts));
  } catch {
    return { ok: false, failure: { kind: 'input', message: named(path, CLI_ERRORS.notUtf8) } };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const syntax = jsonSyntaxError(error, text);
    return { ok: false, failure: { kind: 'input', message: named(path, (name) => CLI_ERRORS.notJson(name, syntax)) } };
  }
}

/** The entries of a whole JSON file: an array, or `{ "<key>": [...] }`. */
async function readWhole(
  path: string,
  chunks: Chunks,
  key: string,
): Promise<{ ok: true; entries: readonly unknown[] } | { ok: false; failure: ReadFailure }> {
  const read = await readJson(path, chunks);
  if (!read.ok) return read;
  const data = read.value;
  if (Array.isArray(data)) return { ok: true, entries: data };
  if (data !== null && typeof data === 'object' && Array.isArray((data as Record<string, unknown>)[key])) {
    return { ok: true, entries: (data as Record<string, unknown[]>)[key] as unknown[] };
  }
  return { ok: false, failure: { kind: 'input', message: named(path, (name) => CLI_ERRORS.wrongShape(name, key)) } };
}

/**
 * One JSON value from a path (`-`: standard input), at most {@link MAX_INPUT_BYTES}: a settings
 * file such as `--issuer FILE`, validated by its caller.
 */
export async function readJsonValue(
  path: string,
  options: Pick<InputOptions, 'stdin' | 'chunkBytes'>,
): Promise<{ ok: true; value: unknown } | { ok: false; failure: ReadFailure }> {
  const chunks = await openChunks(path, { ...options, key: '' });
  if (chunks === undefined) return { ok: false, failure: { kind: 'usage', message: named(path, CLI_ERRORS.fileNotFound) } };
  return readJson(path, chunks);
}

/** The entries of an array as the items of an input (`#1`, `#2`, …). */
export async function* arrayItems(entries: readonly unknown[]): AsyncGenerator<InputItem> {
  for (let i = 0; i < entries.length; i++) yield { kind: 'entry', position: i + 1, value: entries[i] };
}

/** The lines of a byte stream (without their `\n`), each at most `max` bytes; a longer one ends the stream. */
export async function* linesOf(
  chunks: AsyncIterable<Uint8Array>,
  max: number,
): AsyncGenerator<{ readonly line: number; readonly bytes: Uint8Array } | { readonly line: number; readonly tooLong: true }> {
  let parts: Uint8Array[] = [];
  let length = 0;
  let line = 1;
  for await (const chunk of chunks) {
    let start = 0;
    while (start < chunk.length) {
      const newline = chunk.indexOf(0x0a, start);
      const end = newline === -1 ? chunk.length : newline;
      if (length + end - start > max) {
        yield { line, tooLong: true };
        return;
      }
      const piece = chunk.subarray(start, end);
      if (newline === -1) {
        parts.push(piece);
        length += piece.length;
        break;
      }
      const bytes = parts.length === 0 ? piece : Buffer.concat([...parts, piece]);
      parts = [];
      length = 0;
      yield { line, bytes };
      line++;
      start = newline + 1;
    }
  }
  if (length > 0) yield { line, bytes: Buffer.concat(parts) };
}

async function* lineItems(path: string, chunks: Chunks): AsyncGenerator<InputItem> {
  try {
    for await (const item of linesOf(chunksOf(chunks), MAX_LINE_BYTES)) {
      if ('tooLong' in item) {
        yield { kind: 'stopped', message: named(path, (name) => CLI_ERRORS.lineTooLong(name, item.line, MAX_LINE_BYTES)) };
        return;
      }
      let text: string;
      try {
        text = decoder.decode(item.bytes);
      } catch {
        yield { kind: 'bad-line', position: item.line, code: 'not_utf8', message: CLI_ERRORS.lineNotUtf8(item.line) };
        continue;
      }
      if (text.trim() === '') continue;
      try {
        yield { kind: 'entry', position: item.line, value: JSON.parse(text) };
      } catch (error) {
        yield {
          kind: 'bad-line',
          position: item.line,
          code: 'not_json',
          message: CLI_ERRORS.lineNotJson(item.line, jsonSyntaxError(error, text)),
        };
      }
    }
  } catch {
    yield { kind: 'stopped', message: named(path, CLI_ERRORS.readFailed) };
  }
}

/**
 * Opens an input for a command: a path or `-`, read as whole JSON or as JSON Lines. A whole JSON
 * file is read, decoded and parsed here (its failures come back at once); JSON Lines are read as
 * the items are iterated.
 */
export async function openInput(
  path: string,
  options: InputOptions,
): Promise<{ ok: true; source: InputSource } | { ok: false; failure: ReadFailure }> {
  const chunks = await openChunks(path, options);
  if (chunks === undefined) return { ok: false, failure: { kind: 'usage', message: named(path, CLI_ERRORS.fileNotFound) } };
  if (options.ndjson === true || isJsonLinesPath(path)) return { ok: true, source: { format: 'ndjson', items: lineItems(path, chunks) } };
  const whole = await readWhole(path, chunks, options.key);
  if (!whole.ok) return whole;
  return { ok: true, source: { format: 'json', items: arrayItems(whole.entries) } };
}
