/** Helpers for the papers' tests: the texts of a paper, the parts of a .docx. */
import { unzipSync, strFromU8 } from 'fflate';
import type { Block, PaperDocument, TableBlock } from '../../src/documents/index.js';

/** Every text of a block, in order. */
function blockTexts(block: Block): string[] {
  switch (block.type) {
    case 'letterhead':
      return [
        ...(block.template === undefined ? [] : [block.template]),
        ...(block.issuer?.lines.map((l) => l.text) ?? []),
        ...(block.issuer?.reference === undefined ? [] : [block.issuer.reference]),
        block.nation.name,
        block.nation.motto,
        ...(block.placeDate === undefined ? [] : [block.placeDate]),
      ];
    case 'title':
      return [block.name, ...block.summary, ...(block.note === undefined ? [] : [block.note])];
    case 'paragraph':
      return [block.runs.map((r) => r.text).join('')];
    case 'heading':
      return [block.text];
    case 'table':
      return [...block.columns.map((c) => c.title), ...block.rows.flatMap((r) => r.cells)];
    case 'signatures':
      return [
        ...(block.recipients === undefined ? [] : [block.recipients.heading, ...block.recipients.items]),
        ...[block.left, block.right].flatMap((s) =>
          s === undefined ? [] : [...s.lines, ...(s.note === undefined ? [] : [s.note]), ...(s.name === undefined ? [] : [s.name])],
        ),
      ];
  }
}

/** A paper's texts as lines. */
export function linesOf(paper: PaperDocument): string[] {
  return paper.sections.flatMap((s) => s.blocks.flatMap(blockTexts));
}

/** A paper's texts as one string. */
export function textOf(paper: PaperDocument): string {
  return linesOf(paper).join('\n');
}

/** The paper's tables. */
export function tablesOf(paper: PaperDocument): TableBlock[] {
  return paper.sections.flatMap((s) => s.blocks.filter((b): b is TableBlock => b.type === 'table'));
}

/** The parts of a .docx, as text. */
export function unzipDocx(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

/** The text of each paragraph of a WordprocessingML part (runs joined, tabs as spaces). */
export function paragraphsOf(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((t) => unescapeXml(t[1] ?? ' ')).join(''),
  );
}

function unescapeXml(text: string): string {
  return text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&apos;', "'").replaceAll('&amp;', '&');
}

/** The run properties of the first run whose text is `text`. */
export function runPropertiesOf(xml: string, text: string): string | undefined {
  for (const m of xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)) {
    const run = m[1] as string;
    const t = /<w:t(?: [^>]*)?>([^<]*)<\/w:t>/.exec(run);
    if (t !== null && unescapeXml(t[1] as string) === text) return /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(run)?.[1];
  }
  return undefined;
}

/** The rows of each table of the document part, each row its cells' texts. */
export function docxTables(xml: string): string[][][] {
  // Tables are not nested in these papers.
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) =>
    [...t[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) =>
      [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => paragraphsOf(c[0]).join('\n')),
    ),
  );
}

/** Whether a string is well-formed enough for XML 1.0: no character XML forbids. */
export function xmlCharsOk(xml: string): boolean {
  return !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(
    xml,
  );
}
