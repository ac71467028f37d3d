import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runProgram } from '../../src/cli/program.js';
import { sampleActivities } from '../../src/testing/index.js';

async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runProgram(argv, { out: (s) => out.push(s), err: (s) => err.push(s), now: () => new Date('2024-05-01T03:00:00Z') });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let dir: string;
const file = (name: string, content: unknown): string => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'thi-dua-activities-'));
});

describe('thi-dua activities', () => {
  it('table (default): totals by kind, year and subject, in Vietnamese', async () => {
    const { code, out, err } = await cli(['activities', file('all.json', sampleActivities)]);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toContain('Kết quả thực hiện phong trào thi đua (II, IV.4)');
    expect(out).toContain('Thời gian: 2021-01-01..2025-12-31');
    expect(out).toMatch(/^Đóng góp, ủng hộ Quỹ Vì người nghèo và chương trình giảm nghèo\s+9\s+118\.700\.000\s+—\s+—\s+483$/mu);
    expect(out).toMatch(/^2023\s+12\s+120\.500\.000 \(\+3 chưa rõ\)\s+27 \(\+2 chưa rõ\)\s+68 \(\+3 chưa rõ\)\s+134$/mu);
    expect(out).toContain('không được tính là 0');
  });

  it('--from/--to, { "activities": [...] }, English, Markdown', async () => {
    const path = file('wrapped.json', { activities: sampleActivities });
    const { code, out } = await cli(['activities', path, '--from', '2023-01-01', '--to', '2023-12-31', '--format', 'md', '--lang', 'en']);
    expect(code).toBe(0);
    expect(out).toContain('# Results of the movement (II, IV.4)');
    expect(out).toContain('Period: 2023-01-01..2023-12-31');
    expect(out).toContain('| 2023 | 12 | 120,500,000 (+3 not stated) | 27 (+2 not stated) | 68 (+3 not stated) | 134 |');
    expect(out).not.toContain('| 2024 |');
  });

  it('csv and json', async () => {
    const path = file('all2.json', sampleActivities);
    const csv = (await cli(['activities', path, '--format', 'csv'])).out.split('\r\n');
    expect(csv[0]?.startsWith('Nhóm,Mục,Số hoạt động,Số tiền (đồng),')).toBe(true);
    expect(csv).toContain('Loại hoạt động,fund-contribution,9,118700000,9,0,0,0,0,0,0,0,483,9,0');
    const json = JSON.parse((await cli(['activities', path, '--format', 'json'])).out);
    expect(json.total.count).toBe(33);
  });

  it('invalid entries are reported with position and path, the valid ones still counted: exit 1', async () => {
    const bad = [
      sampleActivities[0],
      { ...sampleActivities[1], amount: -1 },
      { ...sampleActivities[2], on: '2019-05-01' },
      sampleActivities[0],
    ];
    const { code, out, err } = await cli(['activities', file('bad.json', bad)]);
    expect(code).toBe(1);
    expect(err).toContain('#2 amount: Giá trị quá nhỏ: tối thiểu 0.');
    expect(err).toContain('#3 on: Ngày 2019-05-01 nằm ngoài thời gian của kế hoạch');
    expect(err).toContain('#4 id: Mã hoạt động "HD-2021-01" đã dùng ở mục #1');
    expect(err).toContain('3 hoạt động không hợp lệ không được tính.');
    expect(out).toMatch(/^Tổng cộng\s+1\s/mu);
  });

  it('one invalid entry is one, in English too', async () => {
    const { code, err } = await cli(['activities', file('one-bad.json', [{ ...sampleActivities[0], kind: 'x' }]), '--lang', 'en']);
    expect(code).toBe(1);
    expect(err).toContain('1 invalid activity is not counted.');
  });

  it('usage errors: exit 2', async () => {
    const path = file('ok.json', []);
    for (const argv of [
      ['activities'],
      ['activities', path, '--from', '2023-02-30'],
      ['activities', path, '--from', '2024-01-01', '--to', '2023-01-01'],
      ['activities', path, '--format', 'xml'],
      ['activities', join(dir, 'missing.json')],
    ]) {
      const r = await cli(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err).toContain('thi-dua activities');
    }
    expect((await cli(['activities', file('notjson.json', '{')])).code).toBe(1);
    expect((await cli(['activities', path])).out).toContain('Không có hoạt động nào trong thời gian này.');
  });

  it('--help, and the overview lists the command', async () => {
    expect((await cli(['activities', '--help'])).out).toContain('Cách dùng: thi-dua activities');
    expect((await cli(['activities', '--help', '--lang', 'en'])).out).toContain('Usage: thi-dua activities');
    expect((await cli(['--help'])).out).toContain('activities FILE [--ndjson]');
  });

  it('demo ends with the sample register’s results', async () => {
    const { code, out } = await cli(['demo', '--lang', 'en']);
    expect(code).toBe(0);
    expect(out).toContain("Results of the movement — the sample data of the scenarios' units");
    expect(out).toMatch(/^Total\s+33\s/mu);
  });
});
