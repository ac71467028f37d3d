/**
 * A real office suite opens every sample paper: LibreOffice (headless) converts each .docx to PDF,
 * and the PDF's page size, page count and text are checked with poppler's pdfinfo and pdftotext.
 * Skipped, with a message, where `soffice` is not on PATH (CI installs it: .ci/run).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { occasionPapers, toDocx } from '../../src/documents/index.js';
import { summarizeAwards, summaryAnnexDocument } from '../../src/reports/index.js';
import { campaignOf, finalReviewRecords } from '../reports/fixtures.js';
import { sampleContext, scenarioRecords } from './fixtures.js';

function onPath(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

const available = onPath('soffice') && onPath('pdfinfo') && onPath('pdftotext');
if (!available)
  console.warn(
    'LibreOffice test skipped: soffice, pdfinfo or pdftotext is not on PATH (apt-get install libreoffice-writer-nogui poppler-utils).',
  );

const EXPECTED: Record<string, { pages: number; texts: string[] }> = {
  '1-danh-sach-de-nghi': {
    pages: 2,
    texts: [
      'DANH SÁCH',
      'I. HUÂN CHƯƠNG LAO ĐỘNG',
      'III. GIẤY KHEN CỦA GIÁM ĐỐC SỞ GIAO THÔNG VẬN TẢI',
      'Tổng cộng: 02 tập thể và 01 cá nhân.',
    ],
  },
  '2-bien-ban-hop-hoi-dong': { pages: 2, texts: ['BIÊN BẢN', 'Thời gian: 14 giờ 00, ngày 25 tháng 11 năm 2025.', 'THƯ KÝ', 'CHỦ TRÌ'] },
  '3-quyet-dinh-giay-khen': {
    pages: 2,
    texts: [
      'QUYẾT ĐỊNH',
      'Số: 125/QĐ-SGTVT',
      'Căn cứ Nghị định 152/2025/NĐ-CP',
      '1.404.000 đồng',
      'Một triệu bốn trăm linh bốn nghìn đồng',
      'KT. GIÁM ĐỐC',
    ],
  },
  '4-to-trinh': {
    pages: 2,
    texts: ['TỜ TRÌNH', 'Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng', 'Huân chương Lao động hạng Ba cho 01 tập thể'],
  },
  '5-bao-cao-thanh-tich-TK25-02': { pages: 1, texts: ['BÁO CÁO THÀNH TÍCH', 'Họ và tên: Nông Văn Dũng.', 'NGƯỜI BÁO CÁO THÀNH TÍCH'] },
  '5-bao-cao-thanh-tich-TK25-01': { pages: 1, texts: ['BÁO CÁO THÀNH TÍCH', 'ĐOẠN QUẢN LÝ ĐƯỜNG BỘ I', 'Triệu Văn Phòng'] },
  // The review's numbers (III.5.3), landscape: ten tables, no number broken across lines.
  '6-phu-luc-so-lieu': {
    pages: 5,
    texts: [
      'PHỤ LỤC',
      '1. Số liệu chính',
      '8.190.000',
      '10. Tiến độ thực hiện kế hoạch (III.5)',
      '2022 01/10/2022 – 31/10/2022',
      'Đã thực hiện, quá hạn III.5.1',
    ],
  },
};

describe.skipIf(!available)('LibreOffice opens every sample paper', () => {
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'thi-dua-docs-'));
    const { papers, failures } = occasionPapers(scenarioRecords(), { kind: 'final-review', year: 2025 }, sampleContext());
    expect(failures).toEqual([]);
    const files: string[] = [];
    for (const paper of papers) {
      const file = join(dir, `${paper.name}.docx`);
      writeFileSync(file, await toDocx(paper.document));
      files.push(file);
    }
    const summary = summarizeAwards(finalReviewRecords(), {
      occasions: [{ kind: 'final-review', year: 2025 }],
      campaign: campaignOf(),
      asOf: '2025-12-15',
    });
    const annex = summary.ok ? summaryAnnexDocument(summary.value, { heading: { reference: '45/BC-SGTVT', date: '2025-12-15' } }) : summary;
    if (!annex.ok) expect.fail(JSON.stringify(annex.error));
    files.push(join(dir, '6-phu-luc-so-lieu.docx'));
    writeFileSync(files.at(-1) as string, await toDocx(annex.value));
    // One profile of its own, so that a running LibreOffice does not lock the conversion.
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files],
      { stdio: 'pipe', timeout: 120_000 },
    );
  }, 180_000);
  afterAll(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it('converts every paper', () => {
    expect(
      readdirSync(dir)
        .filter((f) => f.endsWith('.pdf'))
        .sort(),
    ).toEqual(
      Object.keys(EXPECTED)
        .map((n) => `${n}.pdf`)
        .sort(),
    );
  });

  it.each(Object.entries(EXPECTED))('%s: A4, its page count, its text, page numbers from the second page', (name, expected) => {
    const pdf = join(dir, `${name}.pdf`);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+[\d.]+ x [\d.]+ pts \(A4\)/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(expected.pages);
    // Lines wrap where the page ends them: the text is compared with its white space collapsed.
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    for (const t of expected.texts) expect(text).toContain(t);
    const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' }).trim();
    expect(first.split('\n')[0]).not.toMatch(/^\d+$/);
    if (expected.pages > 1) {
      const second = execFileSync('pdftotext', ['-f', '2', '-l', '2', pdf, '-'], { encoding: 'utf8' }).trim();
      expect(second.split('\n')[0]).toBe('2');
    }
  });
});
