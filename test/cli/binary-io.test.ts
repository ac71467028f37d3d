/**
 * The built `thi-dua` binary (dist/cli.js, built by `pretest`) against what a downstream user
 * met (issue 10, item 7): JSON that is only JSON, a reader that goes away, inputs that never end,
 * spreadsheets and Markdown fed hostile names, terminals fed escape sequences, and the messages.
 */
import { create, walk } from '../workflow/fixtures.js';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Nomination, NominationRecord } from '../../src/index.js';
import { sampleNominations } from '../../src/testing/index.js';
import { MAX_INPUT_BYTES } from '../../src/text/cli.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = join(ROOT, 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'thi-dua-io-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Run = { code: number | null; stdout: string; stderr: string };

function thiDua(args: readonly string[], input?: string | Buffer): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A shell pipeline (bash, `pipefail`: the exit code is thi-dua's unless a later command fails). */
function pipeline(command: string): Run {
  const result = spawnSync('bash', ['-c', `set -o pipefail; ${command}`], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const file = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

/** `count` valid nominations, the samples over and over with ids of their own, as JSON Lines. */
function manyNominations(count: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) lines.push(JSON.stringify({ ...sampleNominations[i % sampleNominations.length], id: `N${i}` }));
  return `${lines.join('\n')}\n`;
}

/** A record compiled into the council's list of the 2023 preliminary review. */
function compiledRecord(nomination: Nomination): NominationRecord {
  return walk(create(nomination), [
    { type: 'PROPOSE', by: 'unit-head', on: '2023-10-10' },
    { type: 'SUBMIT', by: 'unit-head', on: '2023-10-16' },
    { type: 'COMPILE', by: 'department-council', on: '2023-11-01' },
  ]);
}

describe('--format json: standard output is exactly JSON', () => {
  it('demo --format json (no title; the sample activities under "activities") and check --format json parse whole', () => {
    const demo = thiDua(['demo', '--format', 'json']);
    expect(demo.code).toBe(0);
    const report = JSON.parse(demo.stdout);
    expect(report.summary).toEqual({ total: 8, invalid: 0, met: 3, notMet: 2, unknown: 3 });
    expect(report.entries).toHaveLength(8);
    expect(report.activities.total.count).toBe(33);
    const check = thiDua(['check', file('samples.json', JSON.stringify(sampleNominations)), '--format', 'json', '--lang', 'en']);
    expect(JSON.parse(check.stdout).entries[0]).toMatchObject({ index: 0, id: 'SK2023-01', valid: true });
  });

  it('--format ndjson: every line is JSON, the summary last', () => {
    const lines = thiDua(['demo', '--format', 'ndjson'])
      .stdout.trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(9);
    expect(lines.at(-1)).toMatchObject({
      summary: { total: 8, invalid: 0, met: 3, notMet: 2, unknown: 3 },
      activities: { total: { count: 33 } },
    });
  });
});

describe('a reader that goes away', () => {
  it('thi-dua demo | head -1 exits quietly', () => {
    const run = pipeline(`"${process.execPath}" "${BIN}" demo | head -1`);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      `${'Đánh giá các đề nghị khen thưởng mẫu — Phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau”, Sở GTVT Cao Bằng'}\n`,
    );
    expect(run.stderr).toBe('');
  });

  it('a long output cut short (20,000 entries | head -1): no EPIPE, no stack trace', () => {
    const big = file('many.ndjson', manyNominations(20_000));
    for (const format of ['table', 'json']) {
      const run = pipeline(`"${process.execPath}" "${BIN}" check "${big}" --format ${format} | head -1`);
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
    }
  });
});

describe('every read bounded by bytes, not by stat', () => {
  const good = JSON.stringify(sampleNominations.slice(0, 2));

  it('- and /dev/stdin read standard input', () => {
    for (const path of ['-', '/dev/stdin']) {
      const run = thiDua(['check', path, '--lang', 'en'], good);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('2 entries: 2 valid');
    }
  });

  it(`standard input over ${MAX_INPUT_BYTES} bytes is refused, however it comes`, () => {
    const big = Buffer.alloc(MAX_INPUT_BYTES + 100, 0x20);
    for (const path of ['-', '/dev/stdin']) {
      const run = thiDua(['check', path, '--lang', 'en'], big);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`too large (more than ${MAX_INPUT_BYTES} bytes`);
    }
  });

  it('/dev/zero is refused after the bound, as whole JSON and as JSON Lines', () => {
    const whole = thiDua(['check', '/dev/zero', '--lang', 'en']);
    expect(whole.code).toBe(1);
    expect(whole.stderr).toContain('The file /dev/zero is too large (more than 10485760 bytes; at most 10485760 bytes)');
    const lines = thiDua(['check', '--ndjson', '/dev/zero']);
    expect(lines.code).toBe(1);
    expect(lines.stderr).toContain('Dòng 1 của /dev/zero dài quá 1048576 byte');
    expect(lines.stdout).toContain('0 mục');
  });

  it('a FIFO is read to its end; one that never ends is refused after the bound', () => {
    const fifo = join(dir, 'in.fifo');
    execFileSync('mkfifo', [fifo]);
    const source = file('fifo-source.json', good);
    const writer = spawn('sh', ['-c', `cat "${source}" > "${fifo}"`]);
    const run = thiDua(['check', fifo, '--lang', 'en']);
    writer.kill();
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2 entries: 2 valid');
    const endless = spawn('sh', ['-c', `yes > "${fifo}"`]);
    const refused = thiDua(['check', fifo, '--lang', 'en']);
    endless.kill();
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('too large');
  });
});

describe('spreadsheets and Markdown', () => {
  const hostile = [
    { unit: '=HYPERLINK("http://x","y")', name: '+1 Nông Thị Hoa' },
    { unit: '@SUM(A1)', name: '-2 Lê Văn Bình' },
    { unit: '\tphong', name: '\rĐỗ Thị Cúc' },
  ];
  const records = hostile.map((h, i) =>
    compiledRecord({
      ...(sampleNominations[1] as Nomination),
      id: `CSV-${i}`,
      proposingUnit: h.unit,
      subject: { ...(sampleNominations[1] as Nomination).subject, id: `s${i}`, name: h.name },
    }),
  );
  const path = file('hostile-records.json', JSON.stringify(records));

  it('CSV: a UTF-8 byte-order mark first; cells that a spreadsheet would compute are prefixed with a quote', () => {
    const run = thiDua(['proposals', path, '--occasion', 'preliminary-review:2023', '--format', 'csv', '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('\uFEFFForm,')).toBe(true);
    const rows = run.stdout.slice(1).trimEnd().split('\r\n');
    expect(rows).toHaveLength(4);
    for (const row of rows.slice(1)) expect(row).not.toMatch(/(^|,)"?[=+\-@\t\r]/u);
    expect(run.stdout).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(run.stdout).toContain("'+1 Nông Thị Hoa");
    expect(run.stdout).toContain("'@SUM(A1)");
    expect(run.stdout).toContain("'-2 Lê Văn Bình");
    expect(run.stdout).toContain("'\tphong");
    expect(run.stdout).toContain(`"'\rĐỗ Thị Cúc"`);
  });

  it('Markdown: pipes, backslashes and every line break (a lone \\r too) cannot end a cell or a row', () => {
    const names = ['A | B', 'C \\| D', 'E\r# injected heading', 'F\nG', 'H\r\nI'];
    const mdRecords = names.map((name, i) =>
      compiledRecord({
        ...(sampleNominations[1] as Nomination),
        id: `MD-${i}`,
        subject: { ...(sampleNominations[1] as Nomination).subject, id: `m${i}`, name },
      }),
    );
    const run = thiDua(['proposals', file('md-records.json', JSON.stringify(mdRecords)), '--occasion', 'preliminary-review:2023']);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('\r');
    expect(run.stdout).not.toMatch(/^# injected/mu);
    const rows = run.stdout.split('\n').filter((l) => l.includes('MD-'));
    expect(rows).toHaveLength(5);
    // Every row has the table's 7 columns (the last is the reward money): 8 unescaped pipes.
    for (const row of rows) expect(row.match(/(?<!\\)\|/gu)).toHaveLength(8);
    expect(run.stdout).toContain('| A \\| B |');
    expect(run.stdout).toContain('| C \\\\\\| D |');
    expect(run.stdout).toContain('| E # injected heading |');
  });

  it('terminal control sequences in names are stripped from what is printed', () => {
    const nomination = {
      ...sampleNominations[1],
      id: 'ANSI-\u001b[2J1',
      subject: { ...(sampleNominations[1] as Nomination).subject, name: '\u001b[31mRED\u001b[0m \u001b]0;title\u0007Hoa\u009b1m' },
    };
    const run = thiDua(['check', file('ansi.json', JSON.stringify([nomination, { id: '\u001b[5mbad' }]))]);
    expect(run.stdout).not.toMatch(/[\u001b\u0007\u009b]/u);
    expect(run.stdout).toContain('#1 ANSI-1 — RED Hoa');
    expect(run.stdout).toContain('#2 bad — không hợp lệ');
  });
});

describe('version, help, words', () => {
  it('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const run = thiDua(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${version}\n`);
  });

  it('thi-dua --lang en --help is the English overview, which lists demo --format and the 10 MiB bound', () => {
    const run = thiDua(['--lang', 'en', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: thi-dua <command> [options]');
    expect(run.stdout).toContain('demo [--format table|json|ndjson]');
    expect(run.stdout).toContain('at most 10 MiB');
    expect(thiDua(['--help']).stdout).toContain('demo [--format table|json|ndjson]');
    expect(thiDua(['--lang', 'en', 'check', '--help']).stdout).toContain(`at most 10 MiB = ${MAX_INPUT_BYTES} bytes`);
  });

  it('English counts agree with their number: 1 collective, 1 individual, 1 entry', () => {
    const records = [compiledRecord(sampleNominations[0] as Nomination), compiledRecord(sampleNominations[1] as Nomination)];
    const run = thiDua(['proposals', file('two.json', JSON.stringify(records)), '--occasion', 'preliminary-review:2023', '--lang', 'en']);
    expect(run.stdout).toContain('2: 1 collective, 1 individual');
    expect(run.stdout).toContain('1: 0 collectives, 1 individual');
    expect(thiDua(['check', '-', '--lang', 'en'], JSON.stringify([sampleNominations[0]])).stdout).toContain('1 entry: 1 valid');
  });

  it('a file that is not JSON: the Vietnamese message is Vietnamese, with the position', () => {
    const run = thiDua(['check', file('nope.json', '[\n  { nope')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('không phải JSON hợp lệ: lỗi cú pháp ở vị trí 6 (dòng 2, cột 5).');
    expect(run.stderr).not.toMatch(/Expected|Unexpected|position/u);
    expect(thiDua(['check', file('cut.json', '[1,')]).stderr).toContain('dữ liệu kết thúc giữa chừng.');
    expect(thiDua(['check', file('token.json', '[1,]')]).stderr).toContain("gặp ký tự không mong đợi ']'.");
    expect(thiDua(['check', file('nope2.json', '{ nope'), '--lang', 'en']).stderr).toContain('is not valid JSON: Expected property name');
  });

  it('a wrong choice names the choices: names with codes in Vietnamese, English names in English', () => {
    const wrong = JSON.stringify([
      { ...sampleNominations[1], subject: { ...(sampleNominations[1] as Nomination).subject, category: 'teacher' } },
    ]);
    const vi = thiDua(['check', '-'], wrong);
    expect(vi.code).toBe(1);
    expect(vi.stdout).toContain(
      'subject.category: Giá trị không hợp lệ: phải là một trong «Phòng, ban, đơn vị» (unit), «Hộ gia đình nghèo» (poor-household),',
    );
    expect(vi.stdout).toContain('«Công chức» (civil-servant)');
    const en = thiDua(['check', '-', '--lang', 'en'], wrong);
    expect(en.stdout).toContain('“Civil servant” (civil-servant)');
    const occasion = thiDua(['proposals', '-', '--occasion', 'yearly:2024'], '[]');
    expect(occasion.code).toBe(2);
    expect(occasion.stderr).toContain('annual (khen thưởng hằng năm), preliminary-review (sơ kết) hoặc final-review (tổng kết)');
  });
});
