import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { toCsv, toMarkdownTable } from '../../src/cli/format.js';
import { runProgram } from '../../src/cli/program.js';
import {
  createNominationRecord,
  type Nomination,
  type NominationRecord,
  sampleNominations,
} from '../../src/index.js';
import { MAX_INPUT_BYTES } from '../../src/text/cli.js';
import { applyCampaignUnchecked as applyCampaignEvent, applyUnchecked as applyNominationEvent } from '../workflow/fixtures.js';

/** `createNominationRecord`'s record, which the test expects to be created. */
function mustCreate(...args: Parameters<typeof createNominationRecord>): NominationRecordOf {
  const created = createNominationRecord(...args);
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  return created.value;
}
type NominationRecordOf = Extract<ReturnType<typeof createNominationRecord>, { ok: true }>['value'];

function cli(argv: string[], now = new Date('2024-05-01T03:00:00Z')) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runProgram(argv, { out: (s) => out.push(s), err: (s) => err.push(s), now: () => now });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let dir: string;
const file = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

function advance(nomination: Nomination, steps: readonly object[]): NominationRecord {
  let record = mustCreate(nomination, '2023-10-02');
  for (const event of steps) {
    const next = applyNominationEvent(record, event);
    if (!next.ok) throw new Error(JSON.stringify(next.error));
    record = next.value;
  }
  return record;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'thi-dua-cli-'));
});

describe('thi-dua demo', () => {
  it('prints every sample nomination with its outcome and findings, in Vietnamese by default', () => {
    const { code, out } = cli(['demo']);
    expect(code).toBe(0);
    expect(out).toContain('#1 SK2023-01 — Ban Quản lý dự án');
    expect(out).toContain('Kết quả: ✗ Không đạt');
    expect(out).toContain('III.3.a: Bằng khen của Thủ tướng Chính phủ chỉ xét vào dịp sơ kết, tổng kết; dịp này là khen thưởng hằng năm 2024.');
    expect(out).toContain('Còn thiếu để kết luận: III.2.a.2');
    expect(out).toContain('8 mục: 8 hợp lệ (3 đạt, 2 không đạt, 3 chưa xác định), 0 không hợp lệ.');
  });

  it('--lang en prints English; --lang=en too', () => {
    for (const argv of [['demo', '--lang', 'en'], ['demo', '--lang=en']]) {
      const { code, out } = cli(argv);
      expect(code).toBe(0);
      expect(out).toContain('Outcome: ✓ Met');
      expect(out).toContain('III.4: the plan sets no criteria for a newly escaped-poverty household');
      expect(out).not.toContain('Kết quả');
    }
  });
});

describe('thi-dua check', () => {
  const good = sampleNominations.slice(0, 2);

  it('valid file (array): exit 0, every entry evaluated', () => {
    const { code, out } = cli(['check', file('good.json', JSON.stringify(good))]);
    expect(code).toBe(0);
    expect(out).toContain('#2 SK2023-02');
    expect(out).toContain('2 mục: 2 hợp lệ');
  });

  it('{ "nominations": [...] } with a BOM is read too', () => {
    const path = file('bom.json', `\uFEFF${JSON.stringify({ nominations: good })}`);
    expect(cli(['check', path, '--lang', 'en']).out).toContain('2 entries: 2 valid');
  });

  it('an invalid entry is reported with its position and field path; the valid ones are still evaluated; exit 1', () => {
    const bad = { ...good[0], id: 'BAD-1', subject: { ...good[0]?.subject, category: 'teacher' } };
    const { code, out } = cli(['check', file('mixed.json', JSON.stringify([good[0], bad, good[1]])), '--lang', 'en']);
    expect(code).toBe(1);
    expect(out).toContain('#2 BAD-1 — invalid');
    expect(out).toContain('    subject.category: Invalid value: must be one of');
    expect(out).toContain('#3 SK2023-02');
    expect(out).toContain('3 entries: 2 valid (2 met, 0 not met, 0 unknown), 1 invalid.');
  });

  it('--format json gives a machine-readable report', () => {
    const bad = { id: 'x' };
    const { code, out } = cli(['check', file('j.json', JSON.stringify([good[0], bad])), '--format', 'json']);
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
  ])('a file that is %s: exit 1 with a clear message', (_what, content, message) => {
    const { code, err } = cli(['check', file(`bad-${_what}.json`, content)]);
    expect(code).toBe(1);
    expect(err).toContain(message);
  });

  it(`a file over ${MAX_INPUT_BYTES} bytes is refused with its size`, () => {
    const { code, err } = cli(['check', file('big.json', Buffer.alloc(MAX_INPUT_BYTES + 1, 0x20)), '--lang', 'en']);
    expect(code).toBe(1);
    expect(err).toContain('too large');
    expect(err).toContain(String(MAX_INPUT_BYTES + 1));
  });

  it('a missing file is a usage error (exit 2)', () => {
    const { code, err } = cli(['check', join(dir, 'nope.json')]);
    expect(code).toBe(2);
    expect(err).toContain('Không đọc được tệp');
  });
});

describe('thi-dua timeline', () => {
  it('--on 2023-06-15: the milestones and that year’s occasions', () => {
    const { code, out } = cli(['timeline', '--on', '2023-06-15']);
    expect(code).toBe(0);
    expect(out).toContain('2023-01-01 … 2023-12-31  III.5.2  Sơ kết phong trào thi đua (2023) — đang diễn ra');
    expect(out).toContain('2022-10-01 … 2022-10-31  III.5.1');
    expect(out).toContain('đã qua');
    expect(out).toContain('sơ kết phong trào thi đua năm 2023: Huân chương Lao động;');
  });

  it('without --on it uses today in Vietnam (the program, not the library, reads the clock)', () => {
    // 2022-09-30T17:30Z is already 1 October 2022 in Hà Nội.
    const { out } = cli(['timeline', '--format', 'json'], new Date('2022-09-30T17:30:00Z'));
    const report = JSON.parse(out);
    expect(report.on).toBe('2022-10-01');
    expect(report.running).toEqual(['plan-issuance', 'annual-inspection']);
    expect(report.occasions).toEqual([{ kind: 'annual', year: 2022, forms: ['provincial-certificate', 'director-certificate'] }]);
  });

  it('a year without occasions says so', () => {
    expect(cli(['timeline', '--on', '2027-01-01', '--lang', 'en']).out).toContain("The year's reward occasions 2027: (none)");
  });

  it('an invalid Date from the clock is a usage error, not a crash', () => {
    expect(cli(['timeline'], new Date(Number.NaN)).code).toBe(2);
  });
});

describe('thi-dua proposals', () => {
  const compiled = (n: Nomination) =>
    advance(n, [
      { type: 'PROPOSE', by: 'unit-head', on: '2023-10-10' },
      { type: 'SUBMIT', by: 'unit-head', on: '2023-10-16' },
      { type: 'COMPILE', by: 'department-council', on: '2023-11-01' },
    ]);

  it('the council’s list for the 2023 preliminary review, in Markdown, CSV and JSON', () => {
    const records = [compiled(sampleNominations[0] as Nomination), compiled(sampleNominations[1] as Nomination)];
    const path = file('records.json', JSON.stringify({ records }));
    const md = cli(['proposals', path, '--occasion', 'preliminary-review:2023']);
    expect(md.code).toBe(0);
    expect(md.out).toContain('## Danh sách đề nghị khen thưởng — sơ kết phong trào thi đua năm 2023 (IV.3.1)');
    expect(md.out).toContain('### Huân chương Lao động (III.3.a) — Thẩm quyền quyết định: Chủ tịch nước');
    expect(md.out).toContain('| Cá nhân | phong-kh-tc | SK2023-02 | Nông Thị Hoa | Công chức |');
    const csv = cli(['proposals', path, '--occasion', 'preliminary-review:2023', '--format', 'csv', '--lang', 'en']);
    expect(csv.out.split('\r\n')).toHaveLength(3);
    expect(csv.out).toContain('Labour Order,Individual,phong-kh-tc,SK2023-02,Nông Thị Hoa,Civil servant,');
    const json = JSON.parse(cli(['proposals', path, '--occasion', 'preliminary-review:2023', '--format', 'json']).out);
    expect(json.counts).toEqual({ collectives: 1, individuals: 1, total: 2 });
  });

  it('an empty list says so; invalid records are reported on stderr and the valid ones listed (exit 1)', () => {
    const records = [compiled(sampleNominations[0] as Nomination), { schemaVersion: 1 }];
    const path = file('records-bad.json', JSON.stringify(records));
    const result = cli(['proposals', path, '--occasion', 'annual:2024', '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^#2 schemaVersion: /m);
    expect(result.out).toContain('No nomination has been compiled for this occasion.');
  });

  it('two different records with one id are left out and reported on stderr (exit 1); a record given twice counts once', () => {
    const record = compiled(sampleNominations[0] as Nomination);
    const actor = { id: 'hd-01', name: 'Bế Văn Toàn' };
    const other = advance(sampleNominations[0] as Nomination, [
      { type: 'PROPOSE', by: 'unit-head', on: '2023-10-10' },
      { type: 'SUBMIT', by: 'unit-head', on: '2023-10-16' },
      { type: 'COMPILE', by: 'department-council', on: '2023-11-02', actor },
    ]);
    const twice = cli(['proposals', file('twice.json', JSON.stringify([record, record])), '--occasion', 'preliminary-review:2023', '--format', 'json']);
    expect(twice.code).toBe(0);
    expect(JSON.parse(twice.out).counts.total).toBe(1);
    const clash = cli(['proposals', file('clash.json', JSON.stringify([record, other])), '--occasion', 'preliminary-review:2023', '--lang', 'en']);
    expect(clash.code).toBe(1);
    expect(clash.err).toBe(`Nomination ${record.nomination.id}: 2 different records carry this id, so it is left out of the list; keep the one that is right.`);
    const json = JSON.parse(cli(['proposals', file('actor.json', JSON.stringify([other])), '--occasion', 'preliminary-review:2023', '--format', 'json']).out);
    expect(json.groups[0].collectives[0].compiledBy).toEqual(actor);
  });

  it('--occasion is required and checked', () => {
    const path = file('empty.json', '[]');
    expect(cli(['proposals', path]).code).toBe(2);
    expect(cli(['proposals', path, '--occasion', 'yearly:2024']).code).toBe(2);
    expect(cli(['proposals', path, '--occasion', 'annual']).code).toBe(2);
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
  ])('%j is a usage error: exit 2, the usage on stderr', (argv) => {
    const { code, out, err } = cli(argv);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('thi-dua');
  });

  it.each(['check', 'proposals', 'timeline', 'demo'])('%s --help prints its help (exit 0), in either language', (command) => {
    const vi = cli([command, '--help']);
    expect(vi.code).toBe(0);
    expect(vi.out).toContain(`Cách dùng: thi-dua ${command}`);
    expect(cli([command, '--help', '--lang', 'en']).out).toContain(`Usage: thi-dua ${command}`);
  });

  it('--help and help print the overview', () => {
    expect(cli(['--help']).out).toContain('Mã thoát');
    expect(cli(['help', '--lang', 'en']).out).toContain('Exit codes');
  });
});

describe('formats', () => {
  it('CSV quotes what needs quoting', () => {
    expect(toCsv([['a', 'b,c', 'say "hi"', 'x\ny', 3]])).toBe('a,"b,c","say ""hi""","x\ny",3');
  });
  it('Markdown escapes pipes and line breaks', () => {
    expect(toMarkdownTable(['h'], [['a|b\nc']])).toBe('| h |\n|---|\n| a\\|b c |');
  });
});
