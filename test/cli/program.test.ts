import { create, walk } from '../workflow/fixtures.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { terminalSafe, toCsv, toMarkdownTable } from '../../src/cli/format.js';
import { COMMANDS } from '../../src/cli/registry.js';
import { runProgram } from '../../src/cli/program.js';
import { type Nomination, type NominationRecord, PLAN_ISSUER } from '../../src/index.js';
import { sampleNominations } from '../../src/testing/index.js';
import { MAX_INPUT_BYTES } from '../../src/text/cli.js';

async function cli(argv: string[], now = new Date('2024-05-01T03:00:00Z')) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runProgram(argv, { out: (s) => out.push(s), err: (s) => err.push(s), now: () => now });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let dir: string;
const file = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

function advance(nomination: Nomination, steps: readonly object[]): NominationRecord {
  return walk(create(nomination), steps);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'thi-dua-cli-'));
});

describe('thi-dua demo', () => {
  it('prints every sample nomination with its outcome and findings, in Vietnamese by default', async () => {
    const { code, out } = await cli(['demo']);
    expect(code).toBe(0);
    expect(out).toContain('#1 SK2023-01 — Ban Quản lý dự án');
    expect(out).toContain('Kết quả: ✗ Không đạt');
    expect(out).toContain(
      'III.3.a: Bằng khen của Thủ tướng Chính phủ chỉ xét vào dịp sơ kết, tổng kết; dịp này là khen thưởng hằng năm 2024.',
    );
    expect(out).toContain('Còn thiếu để kết luận: III.2.a.2');
    expect(out).toContain('8 mục: 8 hợp lệ (3 đạt, 2 không đạt, 3 chưa xác định), 0 không hợp lệ.');
  });

  it('--lang en prints English; --lang=en too', async () => {
    for (const argv of [
      ['demo', '--lang', 'en'],
      ['demo', '--lang=en'],
    ]) {
      const { code, out } = await cli(argv);
      expect(code).toBe(0);
      expect(out).toContain('Outcome: ✓ Met');
      expect(out).toContain('III.4: the plan sets no criteria for a newly escaped-poverty household');
      expect(out).not.toContain('Kết quả');
    }
  });
});

describe('thi-dua check', () => {
  const good = sampleNominations.slice(0, 2);

  it('valid file (array): exit 0, every entry evaluated', async () => {
    const { code, out } = await cli(['check', file('good.json', JSON.stringify(good))]);
    expect(code).toBe(0);
    expect(out).toContain('#2 SK2023-02');
    expect(out).toContain('2 mục: 2 hợp lệ');
  });

  it('{ "nominations": [...] } with a BOM is read too', async () => {
    const path = file('bom.json', `\uFEFF${JSON.stringify({ nominations: good })}`);
    expect((await cli(['check', path, '--lang', 'en'])).out).toContain('2 entries: 2 valid');
  });

  it('an invalid entry is reported with its position and field path; the valid ones are still evaluated; exit 1', async () => {
    const bad = { ...good[0], id: 'BAD-1', subject: { ...good[0]?.subject, category: 'teacher' } };
    const { code, out } = await cli(['check', file('mixed.json', JSON.stringify([good[0], bad, good[1]])), '--lang', 'en']);
    expect(code).toBe(1);
    expect(out).toContain('#2 BAD-1 — invalid');
    expect(out).toContain('    subject.category: Invalid value: must be one of');
    expect(out).toContain('#3 SK2023-02');
    expect(out).toContain('3 entries: 2 valid (2 met, 0 not met, 0 unknown), 1 invalid.');
  });

  it('--format json gives a machine-readable report', async () => {
    const bad = { id: 'x' };
    const { code, out } = await cli(['check', file('j.json', JSON.stringify([good[0], bad])), '--format', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(out);
    expect(report.summary).toEqual({ total: 2, invalid: 1, met: 1, notMet: 0, unknown: 0 });
    expect(report.entries[0]).toMatchObject({ index: 0, id: 'SK2023-01', valid: true, outcome: 'met' });
    expect(report.entries[1].issues[0]).toMatchObject({ location: '#2 subject', code: 'invalid_type' });
  });

  it.each([
    ['not JSON', '{ nope', 'không phải JSON hợp lệ'],
    ['wrong shape', '{"items": []}', 'phải chứa một mảng'],
    ['not UTF-8', Buffer.from([0xff, 0xfe, 0x00, 0x41]), 'không phải văn bản UTF-8'],
  ])('a file that is %s: exit 1 with a clear message', async (_what, content, message) => {
    const { code, err } = await cli(['check', file(`bad-${_what}.json`, content)]);
    expect(code).toBe(1);
    expect(err).toContain(message);
  });

  it(`a file over ${MAX_INPUT_BYTES} bytes is refused with its size`, async () => {
    const { code, err } = await cli(['check', file('big.json', Buffer.alloc(MAX_INPUT_BYTES + 1, 0x20)), '--lang', 'en']);
    expect(code).toBe(1);
    expect(err).toContain('too large');
    expect(err).toContain(String(MAX_INPUT_BYTES + 1));
  });

  it('a missing file is a usage error (exit 2)', async () => {
    const { code, err } = await cli(['check', join(dir, 'nope.json')]);
    expect(code).toBe(2);
    expect(err).toContain('Không đọc được tệp');
  });
});

describe('thi-dua timeline', () => {
  it('--on 2023-06-15: the milestones and that year’s occasions', async () => {
    const { code, out } = await cli(['timeline', '--on', '2023-06-15']);
    expect(code).toBe(0);
    expect(out).toContain('2023-01-01 … 2023-12-31  III.5.2  Sơ kết phong trào thi đua (2023) — đang diễn ra');
    expect(out).toContain('2022-10-01 … 2022-10-31  III.5.1');
    expect(out).toContain('đã qua');
    expect(out).toContain('sơ kết phong trào thi đua năm 2023: Huân chương Lao động;');
  });

  it('without --on it uses today in Vietnam (the program, not the library, reads the clock)', async () => {
    // 2022-09-30T17:30Z is already 1 October 2022 in Hà Nội.
    const { out } = await cli(['timeline', '--format', 'json'], new Date('2022-09-30T17:30:00Z'));
    const report = JSON.parse(out);
    expect(report.on).toBe('2022-10-01');
    expect(report.running).toEqual(['plan-issuance', 'annual-inspection']);
    expect(report.occasions).toEqual([{ kind: 'annual', year: 2022, forms: ['provincial-certificate', 'director-certificate'] }]);
  });

  it('a year without occasions says so', async () => {
    expect((await cli(['timeline', '--on', '2027-01-01', '--lang', 'en'])).out).toContain("The year's reward occasions 2027: (none)");
  });

  it('an invalid Date from the clock is a usage error, not a crash', async () => {
    expect((await cli(['timeline'], new Date(Number.NaN))).code).toBe(2);
  });
});

describe('thi-dua proposals', () => {
  const compiled = (n: Nomination) =>
    advance(n, [
      { type: 'PROPOSE', by: 'unit-head', on: '2023-10-10' },
      { type: 'SUBMIT', by: 'unit-head', on: '2023-10-16' },
      { type: 'COMPILE', by: 'department-council', on: '2023-11-01' },
    ]);

  it('the council’s list for the 2023 preliminary review, in Markdown, CSV and JSON', async () => {
    const records = [compiled(sampleNominations[0] as Nomination), compiled(sampleNominations[1] as Nomination)];
    const path = file('records.json', JSON.stringify({ records }));
    const md = await cli(['proposals', path, '--occasion', 'preliminary-review:2023']);
    expect(md.code).toBe(0);
    expect(md.out).toContain('## Danh sách đề nghị khen thưởng — sơ kết phong trào thi đua năm 2023 (IV.3.1)');
    expect(md.out).toContain('### Huân chương Lao động (III.3.a) — Thẩm quyền quyết định: Chủ tịch nước');
    expect(md.out).toContain('| Cá nhân | phong-kh-tc | SK2023-02 | Nông Thị Hoa | Công chức |');
    const csv = await cli(['proposals', path, '--occasion', 'preliminary-review:2023', '--format', 'csv', '--lang', 'en']);
    expect(csv.out.split('\r\n')).toHaveLength(3);
    expect(csv.out).toContain('Labour Order,Individual,phong-kh-tc,SK2023-02,Nông Thị Hoa,Civil servant,');
    const json = JSON.parse((await cli(['proposals', path, '--occasion', 'preliminary-review:2023', '--format', 'json'])).out);
    expect(json.counts).toEqual({ collectives: 1, individuals: 1, total: 2 });
  });

  it('an empty list says so; invalid records are reported on stderr and the valid ones listed (exit 1)', async () => {
    const records = [compiled(sampleNominations[0] as Nomination), { schemaVersion: 2 }];
    const path = file('records-bad.json', JSON.stringify(records));
    const result = await cli(['proposals', path, '--occasion', 'annual:2024', '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^#2 nomination: /m);
    expect(result.out).toContain('No nomination has been compiled for this occasion.');
  });

  it('--issuer ISSUER.json: the council, the Giấy khen and its decider named after the issuer; a bad issuer file is refused', async () => {
    const director = { ...(sampleNominations[1] as Nomination), id: 'GK-1', form: 'director-certificate' as const };
    const path = file('records-director.json', JSON.stringify([compiled(director)]));
    const successor = {
      ...PLAN_ISSUER,
      name: 'Sở Xây dựng tỉnh Cao Bằng',
      shortName: 'Sở Xây dựng',
      symbol: 'SXD',
      councilName: 'Hội đồng Thi đua - Khen thưởng Sở Xây dựng',
      en: {
        name: 'Department of Construction of Cao Bằng province',
        shortName: 'Department of Construction',
        headTitle: 'Director',
        councilName: 'Emulation and Reward Council of the Department of Construction',
      },
    };
    const issuer = file('issuer.json', JSON.stringify(successor));
    const plain = await cli(['proposals', path, '--occasion', 'preliminary-review:2023']);
    expect(plain.out).toContain('Hội đồng: Hội đồng Thi đua - Khen thưởng Sở Giao thông vận tải');
    expect(plain.out).toContain(
      '### Giấy khen của Giám đốc Sở Giao thông vận tải (III.3.c) — Thẩm quyền quyết định: Giám đốc Sở Giao thông vận tải',
    );
    const vi = await cli(['proposals', path, '--occasion', 'preliminary-review:2023', '--issuer', issuer]);
    expect(vi.code).toBe(0);
    expect(vi.out).toContain('Hội đồng: Hội đồng Thi đua - Khen thưởng Sở Xây dựng');
    expect(vi.out).toContain('### Giấy khen của Giám đốc Sở Xây dựng (III.3.c) — Thẩm quyền quyết định: Giám đốc Sở Xây dựng');
    const en = await cli([
      'proposals',
      path,
      '--occasion',
      'preliminary-review:2023',
      '--issuer',
      issuer,
      '--format',
      'csv',
      '--lang',
      'en',
    ]);
    expect(en.out).toContain('Certificate of Commendation of the Director of the Department of Construction,Individual,');
    expect(en.out).toContain(',Director of the Department of Construction');
    const json = JSON.parse(
      (await cli(['proposals', path, '--occasion', 'preliminary-review:2023', '--issuer', issuer, '--format', 'json'])).out,
    );
    expect(json.issuer.symbol).toBe('SXD');
    const bad = await cli([
      'proposals',
      path,
      '--occasion',
      'preliminary-review:2023',
      '--issuer',
      file('bad-issuer.json', JSON.stringify({ ...successor, symbol: 'QĐ/SXD' })),
      '--lang',
      'en',
    ]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/^--issuer symbol: /u);
    expect(bad.out).toBe('');
    expect((await cli(['proposals', path, '--occasion', 'annual:2024', '--issuer', join(dir, 'none.json')])).code).toBe(2);
  });

  it('--occasion is required and checked', async () => {
    const path = file('empty.json', '[]');
    expect((await cli(['proposals', path])).code).toBe(2);
    expect((await cli(['proposals', path, '--occasion', 'yearly:2024'])).code).toBe(2);
    expect((await cli(['proposals', path, '--occasion', 'annual'])).code).toBe(2);
  });
});

describe('usage', () => {
  it.each([
    [[]],
    [['nonsense']],
    [['demo', '--lang', 'fr']],
    [['demo', '--verbose']],
    [['demo', 'extra']],
    [['check']],
    [['check', 'a.json', '--format']],
    [['check', 'a.json', '--format', 'xml']],
    [['timeline', '--on', '2023-02-29']],
    [['check', '-x']],
    [['demo', '--help=yes']],
    [['check', 'a.json', '--format', '--lang', 'en']],
    [['check', 'a.json', '--format=']],
    [['check', 'a.json', '--ndjson=1']],
    [['--format', 'json', 'demo']],
    [['--verbose']],
    [['timeline', '--on', '2024-1-1']],
  ])('%j is a usage error: exit 2, the usage on stderr', async (argv) => {
    const { code, out, err } = await cli(argv);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('thi-dua');
  });

  it.each(['check', 'proposals', 'timeline', 'demo'])('%s --help prints its help (exit 0), in either language', async (command) => {
    const vi = await cli([command, '--help']);
    expect(vi.code).toBe(0);
    expect(vi.out).toContain(`Cách dùng: thi-dua ${command}`);
    expect((await cli([command, '--help', '--lang', 'en'])).out).toContain(`Usage: thi-dua ${command}`);
  });

  it('--help and help print the overview', async () => {
    expect((await cli(['--help'])).out).toContain('Mã thoát');
    expect((await cli(['help', '--lang', 'en'])).out).toContain('Exit codes');
  });
});

describe('arguments through node:util parseArgs, every command from the registry', () => {
  it.each([
    [['demo', '--help=yes'], 'Option --help takes no value.'],
    [['check', 'a.json', '--format', '--lang', 'en'], 'Option --format needs a value.'],
    [['check', 'a.json', '--format'], 'Option --format needs a value.'],
    [['check', 'a.json', '--format='], 'Option --format needs a value.'],
    [['check', 'a.json', '-x'], 'Unknown option: -x.'],
    [['check', 'a.json', 'b.json'], 'Unexpected argument: b.json.'],
    [['check', 'a.json', '--format', 'xml'], 'Invalid value for --format: xml (allowed: table | json | ndjson).'],
    [['timeline', '--on', '2024-02-30'], 'Invalid value for --on: 2024-02-30 (allowed: YYYY-MM-DD, a real calendar day).'],
    [['--format', 'json', 'demo'], 'Unknown option: --format.'],
    [['teleport'], 'Unknown command: teleport.'],
  ])('%j: %s (exit 2, in the language asked for wherever --lang stands)', async (argv, message) => {
    const { code, err } = await cli([...argv, '--lang', 'en']);
    expect(code).toBe(2);
    expect(err.split('\n')[0]).toBe(message);
  });

  it('global options come before the command: --lang, --help, --version; help COMMAND', async () => {
    expect((await cli(['--lang', 'en', 'demo'])).out).toContain('Outcome: ✓ Met');
    expect((await cli(['--lang=en', '--help'])).out).toContain('Usage: thi-dua <command> [options]');
    expect((await cli(['--lang', 'en', 'check', '--help'])).out).toContain('Usage: thi-dua check');
    expect((await cli(['-h', 'timeline'])).out).toContain('Cách dùng: thi-dua timeline');
    expect((await cli(['help', 'proposals'])).out).toContain('Cách dùng: thi-dua proposals');
    const out: string[] = [];
    const code = await runProgram(['--version'], { out: (s) => out.push(s), err: () => {}, now: () => new Date(), version: () => '9.9.9' });
    expect([code, out]).toEqual([0, ['9.9.9']]);
  });

  it('every command of the registry: a unique name, its help headed by its name, every option in its synopsis and help, in the overview', async () => {
    const names = COMMANDS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    const overviewVi = (await cli(['--help'])).out;
    const overviewEn = (await cli(['--help', '--lang', 'en'])).out;
    for (const command of COMMANDS) {
      expect(command.help.vi.startsWith(`Cách dùng: thi-dua ${command.name}`)).toBe(true);
      expect(command.help.en.startsWith(`Usage: thi-dua ${command.name}`)).toBe(true);
      expect(overviewVi).toContain(`  ${command.synopsis}\n      ${command.summary.vi}`);
      expect(overviewEn).toContain(`  ${command.synopsis}\n      ${command.summary.en}`);
      for (const [option, spec] of Object.entries(command.options)) {
        const shown = spec.type === 'string' && spec.choices !== undefined ? `--${option} ${spec.choices.join('|')}` : `--${option}`;
        for (const lang of ['vi', 'en'] as const) {
          expect(command.synopsis, command.name).toContain(shown);
          expect(command.help[lang], `${command.name} ${lang}`).toContain(shown);
        }
      }
    }
  });
});

describe('formats', () => {
  it('CSV neutralises formulas: a cell beginning =, +, -, @, tab or CR is prefixed with a quote; numbers stay numbers', () => {
    expect(toCsv([['=1+1', '+A', '-B', '@C', '\tD', '\rE', 'ok', -3]])).toBe(`'=1+1,'+A,'-B,'@C,'\tD,"'\rE",ok,-3`);
  });
  it('Markdown escapes backslashes before pipes, and every line break incl. a lone \\r', () => {
    expect(toMarkdownTable(['h'], [['a\\|b\rc\r\nd']])).toBe('| h |\n|---|\n| a\\\\\\|b c d |');
  });
  it('terminalSafe strips escape sequences and replaces other control characters', () => {
    expect(terminalSafe('\u001b[1;31mA\u001b[0m\u001b]8;;http://x\u001b\\B\u001b]8;;\u0007\tC\u0000\u202eD')).toBe('AB C  D');
  });

  it('CSV quotes what needs quoting', async () => {
    expect(toCsv([['a', 'b,c', 'say "hi"', 'x\ny', 3]])).toBe('a,"b,c","say ""hi""","x\ny",3');
  });
  it('Markdown escapes pipes and line breaks', async () => {
    expect(toMarkdownTable(['h'], [['a|b\nc']])).toBe('| h |\n|---|\n| a\\|b c |');
  });
});
