/**
 * `thi-dua report`: the statistics of a review from a records file, as Markdown, HTML or JSON;
 * invalid records reported and left out; usage errors before anything is read.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseOccasionsArg } from '../../src/cli/commands/report.js';
import { runProgram } from '../../src/cli/program.js';
import { MAX_INPUT_BYTES } from '../../src/text/cli.js';
import { campaignOf, finalReviewRecords } from '../reports/fixtures.js';
import { sampleActivities } from '../../src/testing/index.js';
import { summarizeActivities } from '../../src/activities/index.js';
import { activityTableRows } from '../../src/reports/index.js';

async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runProgram(argv, { out: (s) => out.push(s), err: (s) => err.push(s), now: () => new Date('2025-12-15T03:00:00Z') });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let dir: string;
let records: string;
let campaign: string;
const file = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'thi-dua-report-'));
  records = file('records.json', JSON.stringify(finalReviewRecords()));
  campaign = file('campaign.json', JSON.stringify(campaignOf()));
});

describe('thi-dua report', () => {
  it('prints Markdown tables by default, in Vietnamese', async () => {
    const { code, out, err } = await cli(['report', records, '--occasion', 'final-review:2025']);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toContain('# Báo cáo số liệu thi đua, khen thưởng — Tổng kết phong trào thi đua năm 2025');
    expect(out).toContain('| Bằng khen của Thủ tướng Chính phủ | III.3.a | 1 | 0 | 1 | 0 | 0 |');
    expect(out).toContain('| Tổng số |  | 3 | 1 | 2 | 0 | 0 |');
    expect(out).toContain('Đã đọc 4 hồ sơ, tính 3 đề nghị; không tính 1 hồ sơ của dịp khác.');
    expect(out).toContain('| Bằng khen của Thủ tướng Chính phủ | III.3.a | 1 | 1 | 8.190.000 | 0 |  |');
    expect(out).toContain('Chưa xác định số tiền: TK25-04.');
  });

  it('--format html --lang en prints the report page; --campaign adds the milestones', async () => {
    const { code, out } = await cli([
      'report',
      records,
      '--format',
      'html',
      '--lang',
      'en',
      '--campaign',
      campaign,
      '--as-of',
      '2025-12-15',
    ]);
    expect(code).toBe(0);
    expect(out.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(out).toContain('<table data-table="milestones" class="keep">');
    expect(out).toContain('Figures as of the end of 15 December 2025.');
  });

  it('--activities adds the results of the movement (II, IV.4), up to --as-of, in every format', async () => {
    const register = file('activities.json', JSON.stringify(sampleActivities));
    const asOf = '2023-12-31';
    const expected = summarizeActivities(sampleActivities, { to: asOf });
    const md = await cli(['report', records, '--activities', register, '--as-of', asOf]);
    expect(md.code).toBe(0);
    expect(md.out).toContain('## Kết quả thực hiện phong trào thi đua (II, IV.4)');
    const byYear = activityTableRows(expected, 'vi').find((t) => t.id === 'activities-by-year')!;
    expect(md.out).toContain(`| ${byYear.footer.join(' | ')} |`);
    expect(byYear.rows.map((r) => r[0])).toEqual(['2021', '2022', '2023']);
    const html = await cli(['report', records, '--activities', register, '--as-of', asOf, '--format', 'html', '--lang', 'en']);
    expect(html.out).toContain('<section data-section="activities"><h2>Results of the movement (II, IV.4)</h2>');
    expect(html.out).toContain('id="chart-activities-by-year"');
    expect(html.out).toContain('id="chart-money-by-year"');
    const json = await cli(['report', records, '--activities', register, '--as-of', asOf, '--format', 'json']);
    expect(JSON.parse(json.out).activities.total).toEqual(expected.total);
  });

  it('--activities with an invalid activity: reported with its position, left out, exit 1', async () => {
    const register = file(
      'bad-activities.ndjson',
      [JSON.stringify(sampleActivities[0]), JSON.stringify({ ...sampleActivities[1], amount: -1 })].join('\n'),
    );
    const { code, out, err } = await cli(['report', records, '--activities', register, '--format', 'json', '--lang', 'en']);
    expect(code).toBe(1);
    expect(err).toMatch(/^#2 /m);
    expect(err).toContain('1 invalid activity is not counted.');
    expect(JSON.parse(out).activities.total.count).toBe(1);
  });

  it('--format json prints the summary; several occasions separated by commas', async () => {
    const { code, out } = await cli(['report', records, '--format=json', '--occasion', 'final-review:2024, final-review:2025']);
    expect(code).toBe(0);
    const summary = JSON.parse(out);
    expect(summary.all.total).toBe(4);
    expect(summary.occasions).toEqual([
      { kind: 'final-review', year: 2024 },
      { kind: 'final-review', year: 2025 },
    ]);
  });

  it('reports an invalid record with its position (exit 1) and counts the others', async () => {
    const saved = JSON.parse(JSON.stringify(finalReviewRecords()));
    const path = file('some-bad.json', JSON.stringify({ records: [saved[0], { ...saved[1], status: 'rejected' }] }));
    const { code, out, err } = await cli(['report', path, '--format', 'json', '--lang', 'en']);
    expect(code).toBe(1);
    expect(err).toMatch(/^#2 status: /);
    expect(JSON.parse(out).all.total).toBe(1);
  });

  it('a campaign file that is not a campaign record, or not JSON: exit 1 with the reason', async () => {
    const notCampaign = file('not-campaign.json', JSON.stringify({ schemaVersion: 1, status: 'closed', history: [] }));
    const r1 = await cli(['report', records, '--campaign', notCampaign, '--lang', 'en']);
    expect(r1.code).toBe(1);
    expect(r1.err).toContain('is not a valid campaign record');
    expect(r1.err).toContain('status: ');
    const r2 = await cli(['report', records, '--campaign', file('broken.json', '{')]);
    expect(r2.code).toBe(1);
    expect(r2.err).toContain('không phải JSON hợp lệ');
    const r3 = await cli(['report', records, '--campaign', file('latin1.json', Buffer.from([0x7b, 0xff, 0x7d]))]);
    expect(r3.code).toBe(1);
    expect(r3.err).toContain('không phải văn bản UTF-8');
    const r4 = await cli(['report', records, '--campaign', file('huge.json', Buffer.alloc(MAX_INPUT_BYTES + 1, 32))]);
    expect(r4.code).toBe(1);
    expect(r4.err).toContain('quá lớn');
  });

  it('usage errors (exit 2): no file, no such file, a bad --occasion, --format or --as-of, no such campaign file', async () => {
    expect((await cli(['report'])).code).toBe(2);
    expect((await cli(['report', join(dir, 'none.json')])).err).toContain('Không đọc được tệp');
    expect((await cli(['report', records, '--occasion', 'tong-ket:2025'])).code).toBe(2);
    expect((await cli(['report', records, '--format', 'pdf'])).code).toBe(2);
    expect((await cli(['report', records, '--as-of', '2025-02-29'])).code).toBe(2);
    const missing = await cli(['report', records, '--campaign', join(dir, 'none.json')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('thi-dua report FILE.json');
  });

  it('a records file that is not JSON: exit 1', async () => {
    const { code, err } = await cli(['report', file('bad.json', 'nope'), '--lang', 'en']);
    expect(code).toBe(1);
    expect(err).toContain('is not valid JSON');
  });

  it('--help prints the help in the language asked for; the program usage lists report', async () => {
    expect((await cli(['report', '--help', '--lang', 'en'])).out).toContain('Usage: thi-dua report FILE.json [--format md|html|json]');
    expect((await cli(['--help'])).out).toContain('report FILE [--ndjson]');
  });

  it('parseOccasionsArg reads one or several KIND:YEAR', async () => {
    expect(parseOccasionsArg('annual:2024')).toEqual([{ kind: 'annual', year: 2024 }]);
    expect(parseOccasionsArg('annual:2024,final-review:2025')).toHaveLength(2);
    expect(parseOccasionsArg('annual:2024,')).toBeUndefined();
  });
});
