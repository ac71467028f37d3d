/**
 * `thi-dua documents`: the papers of an occasion written into a folder, from records and a
 * context file; usage errors before anything is read; a paper that cannot be made reported
 * while the others are written.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runProgram } from '../../src/cli/program.js';
import { sampleContext, scenarioRecords } from '../documents/fixtures.js';

async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runProgram(argv, { out: (s) => out.push(s), err: (s) => err.push(s), now: () => new Date('2025-12-01T03:00:00Z') });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let dir = '';
let records = '';
let context = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'thi-dua-cli-docs-'));
  records = join(dir, 'records.json');
  writeFileSync(records, JSON.stringify(scenarioRecords()));
  context = join(dir, 'context.json');
  writeFileSync(context, JSON.stringify(sampleContext()));
});

describe('thi-dua documents', () => {
  it('writes the five papers as Word files', async () => {
    const out = join(dir, 'docx');
    const r = await cli(['documents', records, '--occasion', 'final-review:2025', '--context', context, '--out', out]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      '1-danh-sach-de-nghi.docx',
      '2-bien-ban-hop-hoi-dong.docx',
      '3-quyet-dinh-giay-khen.docx',
      '4-to-trinh.docx',
      '5-bao-cao-thanh-tich-TK25-01.docx',
      '5-bao-cao-thanh-tich-TK25-02.docx',
    ]);
    expect(readFileSync(join(out, '3-quyet-dinh-giay-khen.docx')).subarray(0, 2).toString()).toBe('PK');
    expect(r.out).toContain('Đã ghi');
  });

  it('writes HTML pages with --format html, in English with --lang en', async () => {
    const out = join(dir, 'html');
    const r = await cli([
      'documents',
      records,
      '--occasion',
      'final-review:2025',
      '--context',
      context,
      '--out',
      out,
      '--format',
      'html',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Wrote');
    expect(readFileSync(join(out, '4-to-trinh.html'), 'utf8')).toContain('TỜ TRÌNH');
  });

  it('reports a paper it cannot make, writes the others, exits 1', async () => {
    const bad = join(dir, 'bad-context.json');
    const c = sampleContext();
    writeFileSync(bad, JSON.stringify({ ...c, decision: { ...c.decision, signer: undefined } }));
    const out = join(dir, 'partial');
    const r = await cli(['documents', records, '--occasion', 'final-review:2025', '--context', bad, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Không lập được văn bản 3-quyet-dinh-giay-khen:');
    expect(r.err).toContain('signer: Thiếu người ký');
    expect(existsSync(join(out, '1-danh-sach-de-nghi.docx'))).toBe(true);
    expect(existsSync(join(out, '3-quyet-dinh-giay-khen.docx'))).toBe(false);
  });

  it('usage errors exit 2 before anything is read', async () => {
    const base = ['documents', records, '--occasion', 'final-review:2025', '--context', context, '--out', join(dir, 'x')];
    expect((await cli(['documents'])).code).toBe(2);
    expect((await cli(base.filter((a) => a !== '--occasion' && a !== 'final-review:2025'))).err).toContain('--occasion');
    expect((await cli(base.slice(0, 4).concat(['--out', 'x']))).err).toContain('--context');
    expect((await cli(base.slice(0, 6))).err).toContain('--out');
    expect((await cli([...base, '--format', 'pdf'])).code).toBe(2);
    expect((await cli([...base.slice(0, 1), join(dir, 'missing.json'), ...base.slice(2)])).code).toBe(2);
    expect((await cli(['documents', '--help'])).out).toContain('thi-dua documents RECORDS.json');
    expect(existsSync(join(dir, 'x'))).toBe(false);
  });

  it('refuses a context that is not an object, and a file that is not JSON', async () => {
    const notObject = join(dir, 'array.json');
    writeFileSync(notObject, '[]');
    const r = await cli(['documents', records, '--occasion', 'final-review:2025', '--context', notObject, '--out', join(dir, 'y')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('đối tượng JSON');
    const notJson = join(dir, 'broken.json');
    writeFileSync(notJson, '{');
    expect((await cli(['documents', records, '--occasion', 'final-review:2025', '--context', notJson, '--out', join(dir, 'y')])).code).toBe(
      1,
    );
  });
});
