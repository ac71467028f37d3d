/**
 * JSON Lines through the CLI (issue 14, item 3): entries read one at a time, each result printed
 * as soon as it is ready, a bad line reported with its number while the others go on, every line
 * bounded, memory bounded whatever the number of lines. The built binary (dist/cli.js) where a
 * process matters, `runProgram` otherwise.
 */
import { create, walk } from '../workflow/fixtures.js';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { linesOf } from '../../src/cli/input.js';
import { runProgram } from '../../src/cli/program.js';
import type { Nomination, NominationRecord } from '../../src/index.js';
import { sampleNominations } from '../../src/testing/index.js';
import { sampleActivities } from '../../src/testing/index.js';
import { MAX_LINE_BYTES } from '../../src/text/cli.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = join(ROOT, 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'thi-dua-stream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const line = (value: unknown): string => JSON.stringify(value);
const [first, second] = sampleNominations as [Nomination, Nomination];

/** Runs the program in this process, standard input given as chunks. */
async function cli(argv: string[], stdin: readonly (string | Buffer)[] = []) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runProgram(argv, {
    out: (s) => out.push(s),
    err: (s) => err.push(s),
    now: () => new Date('2024-05-01T03:00:00Z'),
    stdin: async function* chunks() {
      for (const chunk of stdin) yield Buffer.from(chunk);
    },
  });
  return { code, out: out.join('\n'), err: err.join('\n'), lines: out };
}

/** A record compiled into the council's list of the 2023 preliminary review. */
function compiled(nomination: Nomination): NominationRecord {
  return walk(create(nomination), [
    { type: 'PROPOSE', by: 'unit-head', on: '2023-10-10' },
    { type: 'SUBMIT', by: 'unit-head', on: '2023-10-16' },
    { type: 'COMPILE', by: 'department-council', on: '2023-11-01' },
  ]);
}

describe('lines', () => {
  it('splits on \\n across chunks, whatever the chunk size, and stops at a line over the bound', async () => {
    const text = 'ab\ncdef\n\nghi';
    for (const size of [1, 2, 3, 5, 100]) {
      const chunks = async function* split() {
        for (let i = 0; i < text.length; i += size) yield Buffer.from(text.slice(i, i + size));
      };
      const lines: string[] = [];
      for await (const item of linesOf(chunks(), 4))
        lines.push('bytes' in item ? `${item.line}:${Buffer.from(item.bytes).toString()}` : `${item.line}:too long`);
      expect(lines, `chunks of ${size}`).toEqual(['1:ab', '2:cdef', '3:', '4:ghi']);
      const short: string[] = [];
      for await (const item of linesOf(chunks(), 3)) short.push('bytes' in item ? `${item.line}` : `${item.line}:too long`);
      expect(short).toEqual(['1', '2:too long']);
    }
  });
});

describe('thi-dua check --ndjson', () => {
  it('a bad line is reported with its number; the lines around it are checked; blank lines, CRLF and a BOM are fine', async () => {
    const input = `\uFEFF${line(first)}\r\n\n{ not json\n${line({ ...second, subject: { ...second.subject, category: 'teacher' } })}\n${line(second)}\n`;
    const { code, out } = await cli(['check', '-', '--ndjson', '--lang', 'en'], [input]);
    expect(code).toBe(1);
    expect(out).toContain('#1 SK2023-01 — Ban Quản lý dự án');
    expect(out).toContain('#3 — invalid\n    (root): Line 3 is not valid JSON: Expected property name');
    expect(out).toContain('#4 SK2023-02 — invalid\n    subject.category: Invalid value');
    expect(out).toContain('#5 SK2023-02 — Nông Thị Hoa');
    expect(out.endsWith('4 entries: 2 valid (2 met, 0 not met, 0 unknown), 2 invalid.')).toBe(true);
  });

  it('Vietnamese: the bad line in Vietnamese, with its column; a line that is not UTF-8', async () => {
    const { out } = await cli(
      ['check', '-', '--ndjson'],
      [Buffer.concat([Buffer.from(`${line(first)}\n{ x\n`), Buffer.from([0xff, 0xfe, 0x0a])])],
    );
    expect(out).toContain('(gốc): Dòng 2 không phải JSON hợp lệ: lỗi cú pháp ở cột 3.');
    expect(out).toContain('(gốc): Dòng 3 không phải văn bản UTF-8.');
    expect(out).toContain('3 mục: 1 hợp lệ');
  });

  it('--format json: one JSON document, an entry per line, each with its line number', async () => {
    const { out, lines } = await cli(['check', '-', '--ndjson', '--format', 'json'], [`${line(first)}\n\n${line({ id: 'x' })}\n`]);
    const report = JSON.parse(out);
    expect(report.entries.map((e: { line: number; valid: boolean }) => [e.line, e.valid])).toEqual([
      [1, true],
      [3, false],
    ]);
    expect(report.entries[1].issues[0].location).toBe('#3 subject');
    expect(report.summary).toEqual({ total: 2, invalid: 1, met: 1, notMet: 0, unknown: 0 });
    expect(lines).toHaveLength(4);
  });

  it('a .jsonl or .ndjson file is JSON Lines without --ndjson', async () => {
    for (const name of ['a.jsonl', 'a.NDJSON']) {
      const { code, out } = await cli(['check', file(name, `${line(first)}\n${line(second)}`), '--lang', 'en']);
      expect(code).toBe(0);
      expect(out).toContain('2 entries: 2 valid');
    }
  });

  it(`a line over ${MAX_LINE_BYTES} bytes stops the input there, with its number; the lines before are reported`, async () => {
    const long = `"${'x'.repeat(MAX_LINE_BYTES)}"`;
    const { code, out, err } = await cli(
      ['check', '-', '--ndjson', '--lang', 'en'],
      [`${line(first)}\n`, long.slice(0, 1000), long.slice(1000), `\n${line(second)}\n`],
    );
    expect(code).toBe(1);
    expect(out).toContain('1 entry: 1 valid');
    expect(out).not.toContain('SK2023-02');
    expect(err).toContain(`Line 2 of standard input (stdin) is longer than ${MAX_LINE_BYTES} bytes`);
  });

  it('prints each result as soon as its line has come, before the input ends', async () => {
    const child = spawn(process.execPath, [BIN, 'check', '-', '--ndjson', '--lang', 'en']);
    let stdout = '';
    const seen = (text: string): Promise<void> =>
      new Promise((done) => {
        const look = (): void => {
          if (stdout.includes(text)) done();
          else child.stdout.once('data', look);
        };
        look();
      });
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    const exit = new Promise<number | null>((done) => child.on('close', done));
    child.stdin.write(`${line(first)}\n`);
    await seen('#1 SK2023-01');
    expect(stdout).not.toContain('entries');
    child.stdin.write(`${line(second)}\n`);
    await seen('#2 SK2023-02');
    child.stdin.end();
    expect(await exit).toBe(0);
    expect(stdout.trimEnd().endsWith('2 entries: 2 valid (2 met, 0 not met, 0 unknown), 0 invalid.')).toBe(true);
  }, 20_000);

  it('memory is bounded: 30,000 lines (10 MB, with a table output of 26 MB) run in a 24 MB heap', () => {
    const lines: string[] = [];
    for (let i = 0; i < 30_000; i++) lines.push(line({ ...sampleNominations[i % sampleNominations.length], id: `N${i}` }));
    const path = file('many.ndjson', `${lines.join('\n')}\n`);
    const run = spawnSync(process.execPath, ['--max-old-space-size=24', BIN, 'check', path, '--lang', 'en'], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.length).toBeGreaterThan(25_000_000);
    expect(run.stdout.trimEnd().endsWith('30000 entries: 30000 valid (11250 met, 7500 not met, 11250 unknown), 0 invalid.')).toBe(true);
  }, 60_000);
});

describe('thi-dua proposals --ndjson', () => {
  it('reads records line by line: a bad line is reported on stderr with its number, the valid records listed', async () => {
    const input = `${line(compiled(first))}\nnope\n${line({ schemaVersion: 99 })}\n${line(compiled(second))}\n`;
    const { code, out, err } = await cli(['proposals', '-', '--ndjson', '--occasion', 'preliminary-review:2023', '--lang', 'en'], [input]);
    expect(code).toBe(1);
    expect(err).toMatch(/^#2 \(root\): Line 2 is not valid JSON/mu);
    expect(err).toMatch(/^#3 schemaVersion: /mu);
    expect(out).toContain('2: 1 collective, 1 individual');
  });
});

describe('thi-dua activities --ndjson', () => {
  it('reads activities line by line: a bad line and a repeated id reported with their line numbers, the others counted', async () => {
    const [a, b] = sampleActivities as [unknown, unknown];
    const { code, out, err } = await cli(
      ['activities', '-', '--ndjson', '--format', 'json', '--lang', 'en'],
      [`${line(a)}\n\n[\n${line(b)}\n${line(a)}\n`],
    );
    expect(code).toBe(1);
    expect(err).toMatch(/^#3 \(root\): Line 3 is not valid JSON/mu);
    expect(err).toContain('#5 id: The activity id "HD-2021-01" is already used by entry #1');
    expect(err).toContain('2 invalid activities are not counted.');
    expect(JSON.parse(out).total.count).toBe(2);
  });
});
