/**
 * The renderers: the .docx itself (unzipped: page size and margins, fonts and sizes of the Quốc
 * hiệu and Tiêu ngữ, page numbers from the second page, the texts, one table row per nominee, the
 * totals and amounts) and the same facts on the HTML page (docs/documents.md, Nghị định 30/2020).
 */
import { describe, expect, it } from 'vitest';
import { compileProposalList } from '../../src/index.js';
import {
  DEFAULT_FORMAT,
  DOCX_MISSING_MESSAGE,
  directorDecisionDocument,
  occasionPapers,
  type PaperDocument,
  proposalListDocument,
  toDocx,
  toHtml,
} from '../../src/documents/index.js';
import { loadDocx } from '../../src/documents/docx.js';
import { DECISION, richRecords, sampleContext, scenarioRecords } from './fixtures.js';
import { docxTables, paragraphsOf, runPropertiesOf, unzipDocx, xmlCharsOk } from './support.js';

const FINAL_2025 = { kind: 'final-review', year: 2025 } as const;
const rich = compileProposalList(richRecords(), FINAL_2025);

function ok<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const decision = ok(directorDecisionDocument(rich, DECISION));
const docx = unzipDocx(await toDocx(decision));
const xml = docx['word/document.xml'] as string;
const html = toHtml(decision);

/** mm → twips, as the renderer rounds them. */
const twips = (mm: number): number => Math.round(mm * 56.6929);

describe('toDocx — the page (Nghị định 30/2020)', () => {
  it('is a zip holding a Word document', () => {
    expect(Object.keys(docx)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']));
    expect(xmlCharsOk(xml)).toBe(true);
  });

  it('is A4 with the margins of the format, in every section', () => {
    const sections = [...xml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sections).toHaveLength(2);
    for (const section of sections) {
      expect(section).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
      const m = DEFAULT_FORMAT.margins;
      expect(section).toContain(`w:top="${twips(m.top)}"`);
      expect(section).toContain(`w:bottom="${twips(m.bottom)}"`);
      expect(section).toContain(`w:left="${twips(m.left)}"`);
      expect(section).toContain(`w:right="${twips(m.right)}"`);
    }
    // Within the ranges LAW.md gives: top and bottom 20–25 mm, left 30–35, right 15–20.
    expect(twips(20)).toBe(1134);
    expect(twips(30)).toBe(1701);
  });

  it('puts landscape sections on landscape pages', async () => {
    const list = unzipDocx(await toDocx(ok(proposalListDocument(rich, { date: '2025-11-20' }))))['word/document.xml'] as string;
    expect(list).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
  });

  it('numbers the pages in the header, centred, from the second page', () => {
    const first = xml.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/)?.[0] ?? '';
    expect(first).toContain('<w:titlePg/>');
    expect(first).toMatch(/<w:headerReference w:type="first"/);
    expect(first).toMatch(/<w:pgNumType w:start="1"\/>/);
    const headers = Object.entries(docx)
      .filter(([name]) => /^word\/header\d+\.xml$/.test(name))
      .map(([, text]) => text);
    const numbered = headers.filter((h) => h.includes('PAGE'));
    expect(numbered.length).toBeGreaterThan(0);
    for (const h of numbered) {
      expect(h).toContain('<w:jc w:val="center"/>');
      expect(h).toContain('w:ascii="Times New Roman"');
      expect(h).toContain(`<w:sz w:val="${DEFAULT_FORMAT.sizes.pageNumber * 2}"/>`);
    }
    // The first page's header has no number.
    expect(headers.some((h) => !h.includes('PAGE'))).toBe(true);
  });

  it('writes every run in Times New Roman', () => {
    const fonts = [...xml.matchAll(/<w:rFonts ([^>]*)\/>/g)].map((m) => m[1]);
    expect(fonts.length).toBeGreaterThan(50);
    expect(fonts.every((f) => f?.includes('w:ascii="Times New Roman"') && f.includes('w:hAnsi="Times New Roman"'))).toBe(true);
    expect(docx['word/styles.xml']).toContain('w:ascii="Times New Roman"');
  });

  it('prints the Quốc hiệu bold at 12–13 pt and the Tiêu ngữ bold at 13–14 pt, with a line under it', () => {
    const nation = runPropertiesOf(xml, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM') ?? '';
    expect(nation).toContain('<w:b/>');
    expect(nation).toContain(`<w:sz w:val="${DEFAULT_FORMAT.sizes.nation * 2}"/>`);
    expect(DEFAULT_FORMAT.sizes.nation).toBeGreaterThanOrEqual(12);
    expect(DEFAULT_FORMAT.sizes.nation).toBeLessThanOrEqual(13);
    const motto = runPropertiesOf(xml, 'Độc lập - Tự do - Hạnh phúc') ?? '';
    expect(motto).toContain('<w:b/>');
    expect(motto).toContain(`<w:sz w:val="${DEFAULT_FORMAT.sizes.motto * 2}"/>`);
    expect(DEFAULT_FORMAT.sizes.motto).toBeGreaterThanOrEqual(13);
    expect(DEFAULT_FORMAT.sizes.motto).toBeLessThanOrEqual(14);
    // The paragraph after the Tiêu ngữ is the line: an empty paragraph with a solid top border.
    const after = xml.slice(xml.indexOf('Độc lập - Tự do - Hạnh phúc'));
    const next = after.match(/<\/w:p><w:p>([\s\S]*?)<\/w:p>/)?.[1] ?? '';
    expect(next).toMatch(/<w:pBdr><w:top w:val="single"/);
    expect(paragraphsOf(`<w:p>${next}</w:p>`)).toEqual(['']);
  });

  it('prints the issuing body with its line, the number and the place and date', () => {
    const paragraphs = paragraphsOf(xml);
    const at = paragraphs.indexOf('SỞ GIAO THÔNG VẬN TẢI');
    expect(paragraphs[at - 1]).toBe('UBND TỈNH CAO BẰNG');
    expect(runPropertiesOf(xml, 'SỞ GIAO THÔNG VẬN TẢI')).toContain('<w:b/>');
    expect(paragraphs).toContain('Số: 125/QĐ-SGTVT');
    expect(paragraphs).toContain('Cao Bằng, ngày 15 tháng 12 năm 2025');
    expect(runPropertiesOf(xml, 'Cao Bằng, ngày 15 tháng 12 năm 2025')).toContain('<w:i/>');
  });

  it('holds the texts, one table row per nominee, the amounts and the total', () => {
    const paragraphs = paragraphsOf(xml);
    expect(paragraphs).toContain('QUYẾT ĐỊNH');
    expect(paragraphs).toContain('GIÁM ĐỐC SỞ GIAO THÔNG VẬN TẢI');
    expect(paragraphs.join('\n')).toContain('Tổng số tiền thưởng: 9.126.000 đồng (Bằng chữ: Chín triệu một trăm hai mươi sáu nghìn đồng).');
    expect(paragraphs).toEqual(expect.arrayContaining(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Lê Văn Định', 'Nơi nhận:', '- Như Điều 3;']));
    const tables = docxTables(xml);
    const annex = tables.find((t) => t[0]?.[0] === 'STT');
    expect(annex).toBeDefined();
    const nominees = (annex ?? []).filter((row) => /^\d+$/.test(row[0] ?? ''));
    expect(nominees).toHaveLength(9);
    expect(nominees.find((r) => r[1] === 'Nông Thị Hoa')?.at(-1)).toBe('702.000');
    expect(annex?.at(-1)?.at(-1)).toBe('9.126.000');
    // The header row repeats on each page.
    expect(xml).toContain('<w:tblHeader/>');
  });
});

describe('toHtml — the same facts', () => {
  it('is a standalone page in Vietnamese with print CSS for A4', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('@page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm;');
    expect(html).toContain('@page :first { @top-center { content: none; } }');
    expect(html).toContain('content: counter(page)');
    expect(html).toContain("font-family: 'Times New Roman'");
    expect(html).not.toMatch(/<script/);
  });

  it('has the Quốc hiệu, the Tiêu ngữ with its line, the issuing body, the texts and the table', () => {
    expect(html).toContain('<div class="nation">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>');
    expect(html).toContain('<div class="motto"><span>Độc lập - Tự do - Hạnh phúc</span></div>');
    expect(html).toMatch(/\.motto span \{[^}]*border-bottom: 1px solid #000/);
    expect(html).toMatch(/\.nation \{ font-size: 12pt; font-weight: bold;/);
    expect(html).toMatch(/\.motto \{ font-size: 13pt; font-weight: bold;/);
    expect(html).toContain('<span class="ruled"><b>SỞ GIAO THÔNG VẬN TẢI</b></span>');
    expect(html).toContain('Tổng số tiền thưởng: 9.126.000 đồng (Bằng chữ: Chín triệu một trăm hai mươi sáu nghìn đồng).');
    const rows = [...html.matchAll(/<tr><td style="text-align:center">(\d+)<\/td>/g)];
    expect(rows).toHaveLength(9);
    expect(html).toContain('<td style="text-align:right">9.126.000</td>');
  });

  it('puts landscape sections on landscape pages', () => {
    const list = toHtml(ok(proposalListDocument(rich, { date: '2025-11-20' })));
    expect(list).toContain('<section class="sheet landscape">');
    expect(list).toContain('@page landscape { size: A4 landscape;');
  });

  it('escapes what it prints', () => {
    const evil = ok(
      proposalListDocument(
        compileProposalList(
          richRecords().map((r) => ({
            ...r,
            nomination: { ...r.nomination, subject: { ...r.nomination.subject, name: '<script>alert(1)</script> & "x"' } },
          })) as never,
          FINAL_2025,
        ),
        { date: '2025-11-20' },
      ),
    );
    const page = toHtml(evil);
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
  });
});

describe('every sample paper renders', () => {
  const { papers } = occasionPapers(scenarioRecords(), FINAL_2025, sampleContext());
  it.each(papers.map((p) => [p.name, p.document] as [string, PaperDocument]))('%s', async (_, document) => {
    const parts = unzipDocx(await toDocx(document));
    expect(xmlCharsOk(parts['word/document.xml'] as string)).toBe(true);
    expect(paragraphsOf(parts['word/document.xml'] as string)).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(toHtml(document)).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });
});

describe('docx is an optional peer dependency', () => {
  it('a missing docx is an error that names the package to install', async () => {
    const missing = Object.assign(new Error("Cannot find package 'docx' imported from …"), { code: 'ERR_MODULE_NOT_FOUND' });
    await expect(loadDocx(() => Promise.reject(missing))).rejects.toThrow(DOCX_MISSING_MESSAGE);
    expect(DOCX_MISSING_MESSAGE).toContain('npm install docx');
    const cjs = Object.assign(new Error('not found'), { code: 'MODULE_NOT_FOUND' });
    await expect(toDocx(decision, { docx: undefined })).resolves.toBeInstanceOf(Uint8Array);
    await expect(loadDocx(() => Promise.reject(cjs))).rejects.toThrow('npm install docx');
  });

  it('another failure is not disguised', async () => {
    await expect(loadDocx(() => Promise.reject(new Error('disk on fire')))).rejects.toThrow('disk on fire');
  });

  it('takes a docx module given by the caller (a default export too)', async () => {
    const docxModule = await import('docx');
    const bytes = await toDocx(decision, { docx: { default: docxModule } });
    expect(bytes[0]).toBe(0x50);
    expect(bytes[1]).toBe(0x4b);
  });
});
