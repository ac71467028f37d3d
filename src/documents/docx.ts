/**
 * `toDocx`: a paper as the bytes of a Word file, laid out as Nghị định 30/2020 asks
 * (docs/documents.md). `docx` is an optional peer dependency, loaded only when a Word file is
 * asked for: nothing else in the package reaches it.
 *
 * @module
 */
import type * as Docx from 'docx';
import { cleanText } from './clean.js';
import type {
  Alignment,
  Block,
  DocumentFormat,
  DocumentSection,
  LetterheadBlock,
  PaperDocument,
  ParagraphBlock,
  Signature,
  SignaturesBlock,
  TableBlock,
  TextRun,
  TitleBlock,
} from './model.js';
import { A4_MM } from './model.js';

type DocxModule = typeof Docx;

/**
 * The message of the error `toDocx` rejects with when the optional peer dependency `docx` is not
 * installed: which package to install, in both languages.
 *
 * @example
 * ```ts
 * import { DOCX_MISSING_MESSAGE } from 'thi-dua-vi-nguoi-ngheo/documents';
 * DOCX_MISSING_MESSAGE.includes('npm install docx'); //=> true
 * ```
 */
export const DOCX_MISSING_MESSAGE =
  'toDocx needs the package "docx" (an optional peer dependency of thi-dua-vi-nguoi-ngheo/documents): npm install docx@^9.15.2 — ' +
  'toDocx cần gói "docx" (phụ thuộc ngang hàng tùy chọn): npm install docx@^9.15.2';

function isModuleNotFound(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') return true;
  const message = error instanceof Error ? error.message : String(error);
  return /Cannot find (module|package)|Failed to resolve module|Failed to fetch dynamically imported module/i.test(message);
}

/**
 * Loads `docx` with the given import; a missing package becomes an error that says which package
 * to install.
 *
 * @internal
 */
export async function loadDocx(importer: () => Promise<unknown> = () => import('docx')): Promise<DocxModule> {
  try {
    const loaded = (await importer()) as DocxModule & { default?: DocxModule };
    return typeof loaded.Packer === 'function' ? loaded : (loaded.default as DocxModule);
  } catch (error) {
    if (isModuleNotFound(error)) throw new Error(DOCX_MISSING_MESSAGE, { cause: error });
    throw error;
  }
}

/** Millimetres to twentieths of a point. */
const twips = (mm: number): number => Math.round(mm * 56.6929);
/** Points to half-points. */
const half = (pt: number): number => Math.round(pt * 2);

/**
 * An estimate of a line's width in points, in a Times-like font (for the length of the lines
 * drawn under the Tiêu ngữ, the issuing body and the summary).
 */
function textWidthPt(text: string, size: number, bold: boolean): number {
  let em = 0;
  for (const ch of text.normalize('NFD').replace(/\p{M}/gu, '')) {
    if (ch === ' ') em += 0.25;
    else if (/[A-Z]/.test(ch)) em += bold ? 0.72 : 0.68;
    else if (/[0-9]/.test(ch)) em += 0.5;
    else if (/[a-z]/.test(ch)) em += bold ? 0.5 : 0.46;
    else em += 0.4;
  }
  return em * size;
}

type Ctx = { readonly d: DocxModule; readonly format: DocumentFormat; readonly width: number };

function alignment(d: DocxModule, align: Alignment | undefined): (typeof Docx.AlignmentType)[keyof typeof Docx.AlignmentType] {
  const a = align ?? 'justify';
  switch (a) {
    case 'left':
      return d.AlignmentType.LEFT;
    case 'center':
      return d.AlignmentType.CENTER;
    case 'right':
      return d.AlignmentType.RIGHT;
    case 'justify':
      return d.AlignmentType.JUSTIFIED;
    /* v8 ignore next 2 -- @preserve: unreachable, the switch is exhaustive */
    default:
      return a satisfies never;
  }
}

/** Runs of one text: each line break a `break` of the next run. */
function textRuns(ctx: Ctx, run: TextRun, size: number): Docx.TextRun[] {
  const lines = cleanText(run.text).replace(/\t/g, ' ').split('\n');
  return lines.map(
    (line, i) =>
      new ctx.d.TextRun({
        text: line,
        font: ctx.format.font,
        size: half(size),
        ...(run.bold === true ? { bold: true } : {}),
        ...(run.italic === true ? { italics: true } : {}),
        ...(i > 0 ? { break: 1 } : {}),
      }),
  );
}

type ParaOptions = {
  readonly align?: Alignment;
  readonly size?: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly indent?: boolean;
  readonly keepNext?: boolean;
  readonly before?: number;
  readonly after?: number;
  /** Dots from the text to the end of the line (this wide, twips). */
  readonly leader?: number;
  /** A line under the paragraph, this wide (twips) and centred in `within` (twips). */
  readonly rule?: { readonly length: number; readonly within: number };
};

function para(ctx: Ctx, runs: readonly TextRun[], o: ParaOptions = {}): Docx.Paragraph[] {
  const size = o.size ?? ctx.format.sizes.body;
  const children: Docx.TextRun[] = runs.flatMap((run) =>
    textRuns(ctx, { ...run, ...(o.bold === true ? { bold: true } : {}), ...(o.italic === true ? { italic: true } : {}) }, size),
  );
  if (o.leader !== undefined) children.push(new ctx.d.TextRun({ children: [new ctx.d.Tab()], font: ctx.format.font, size: half(size) }));
  const text = new ctx.d.Paragraph({
    children,
    ...(o.leader === undefined ? {} : { tabStops: [{ type: ctx.d.TabStopType.RIGHT, position: o.leader, leader: ctx.d.LeaderType.DOT }] }),
    alignment: alignment(ctx.d, o.align),
    spacing: { before: Math.round((o.before ?? 0) * 20), after: o.rule === undefined ? Math.round((o.after ?? 6) * 20) : 0, line: 264 },
    ...(o.indent === true ? { indent: { firstLine: twips(10) } } : {}),
    ...(o.keepNext === true || o.rule !== undefined ? { keepNext: true } : {}),
  });
  if (o.rule === undefined) return [text];
  return [text, rule(ctx, o.rule, o.after ?? 6)];
}

/** A line of the given length (twips), centred in `within`: an empty paragraph with a top border. */
function rule(ctx: Ctx, r: { readonly length: number; readonly within: number }, after: number): Docx.Paragraph {
  const side = Math.max(0, Math.round((r.within - r.length) / 2));
  return new ctx.d.Paragraph({
    run: { size: 2 },
    spacing: { before: 50, after: Math.round(after * 20), line: 40, lineRule: ctx.d.LineRuleType.EXACT },
    indent: { left: side, right: side },
    border: { top: { style: ctx.d.BorderStyle.SINGLE, size: 6, color: '000000', space: 0 } },
  });
}

const NO_BORDER = { style: 'none', size: 0, color: 'FFFFFF' } as const;

function layoutTable(ctx: Ctx, widths: readonly number[], cells: readonly (readonly Docx.Paragraph[])[]): Docx.Table {
  const { d } = ctx;
  const none = { style: d.BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return new d.Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: d.WidthType.DXA },
    columnWidths: [...widths],
    layout: d.TableLayoutType.FIXED,
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    rows: [
      new d.TableRow({
        cantSplit: true,
        children: cells.map(
          (children, i) =>
            new d.TableCell({
              width: { size: widths[i] as number, type: d.WidthType.DXA },
              margins: { left: 0, right: 0, top: 0, bottom: 0 },
              borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER },
              children: children.length === 0 ? [new d.Paragraph({})] : [...children],
            }),
        ),
      }),
    ],
  });
}

function letterhead(ctx: Ctx, block: LetterheadBlock): (Docx.Paragraph | Docx.Table)[] {
  const { sizes } = ctx.format;
  const out: (Docx.Paragraph | Docx.Table)[] = [];
  if (block.template !== undefined)
    out.push(...para(ctx, [{ text: block.template }], { align: 'right', bold: true, size: sizes.issuer, after: 4 }));
  const issuer = block.issuer;
  const leftWidth = issuer === undefined ? 0 : Math.round(ctx.width * 0.4);
  const rightWidth = ctx.width - leftWidth;
  const mottoLength = twips((textWidthPt(block.nation.motto, sizes.motto, true) / 72) * 25.4);
  const right = [
    ...para(ctx, [{ text: block.nation.name }], { align: 'center', bold: true, size: sizes.nation, after: 0 }),
    ...para(ctx, [{ text: block.nation.motto }], {
      align: 'center',
      bold: true,
      size: sizes.motto,
      after: 4,
      rule: { length: Math.min(mottoLength, rightWidth), within: rightWidth },
    }),
    ...(block.placeDate === undefined
      ? []
      : para(ctx, [{ text: block.placeDate }], { align: 'center', italic: true, before: 2, after: 0 })),
  ];
  if (issuer === undefined) {
    out.push(layoutTable(ctx, [rightWidth], [right]), ...para(ctx, [{ text: '' }], { after: 6 }));
    return out;
  }
  const lines = issuer.lines;
  const left = lines.flatMap((line, i) => {
    const last = i === lines.length - 1;
    const length = twips((textWidthPt(line.text, sizes.issuer, line.bold === true) / 72) * 25.4);
    return para(ctx, [{ text: line.text }], {
      align: 'center',
      size: sizes.issuer,
      ...(line.bold === true ? { bold: true } : {}),
      after: last ? 4 : 0,
      ...(last ? { rule: { length: Math.round(Math.min(length, leftWidth) * 0.4), within: leftWidth } } : {}),
    });
  });
  if (issuer.reference !== undefined)
    left.push(...para(ctx, [{ text: issuer.reference }], { align: 'center', size: sizes.issuer, before: 2, after: 0 }));
  out.push(layoutTable(ctx, [leftWidth, rightWidth], [left, right]), ...para(ctx, [{ text: '' }], { after: 6 }));
  return out;
}

function title(ctx: Ctx, block: TitleBlock): Docx.Paragraph[] {
  const size = ctx.format.sizes.title;
  const out = para(ctx, [{ text: block.name }], { align: 'center', bold: true, size, before: 6, after: 0, keepNext: true });
  block.summary.forEach((line, i) => {
    const last = i === block.summary.length - 1;
    const length = twips((textWidthPt(line, size, true) / 72) * 25.4);
    out.push(
      ...para(ctx, [{ text: line }], {
        align: 'center',
        bold: true,
        size,
        after: last && block.note === undefined ? 12 : 0,
        keepNext: true,
        ...(last ? { rule: { length: Math.round(Math.min(length, ctx.width) * 0.35), within: ctx.width } } : {}),
      }),
    );
  });
  if (block.note !== undefined)
    out.push(...para(ctx, [{ text: block.note }], { align: 'center', italic: true, size, before: 4, after: 12 }));
  return out;
}

function dataTable(ctx: Ctx, block: TableBlock): Docx.Table {
  const { d } = ctx;
  const size = ctx.format.sizes.table;
  const total = block.columns.reduce((sum, c) => sum + c.width, 0) || 1;
  const widths = block.columns.map((c) => Math.max(200, Math.floor((c.width / total) * ctx.width)));
  const border = { style: d.BorderStyle.SINGLE, size: 4, color: '000000' };
  // Every row but the last keeps with the next: a table that fits on a page is not split, and a
  // longer one breaks where it must (the header row is repeated).
  const cell = (text: string, o: { align?: Alignment; bold?: boolean; span?: number; width: number; keepNext: boolean }): Docx.TableCell =>
    new d.TableCell({
      width: { size: o.width, type: d.WidthType.DXA },
      margins: { left: 80, right: 80, top: 40, bottom: 40 },
      ...(o.span === undefined ? {} : { columnSpan: o.span }),
      children: para(ctx, [{ text }], {
        align: o.align ?? 'left',
        size,
        after: 0,
        keepNext: o.keepNext,
        ...(o.bold === true ? { bold: true } : {}),
      }),
    });
  const header = new d.TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map((c, i) => cell(c.title, { align: 'center', bold: true, width: widths[i] as number, keepNext: true })),
  });
  const rows = block.rows.map(
    (row, r) =>
      new d.TableRow({
        cantSplit: true,
        children:
          row.kind === 'group'
            ? [
                cell(row.cells[0] ?? '', {
                  bold: true,
                  span: block.columns.length,
                  width: widths.reduce((a, b) => a + b, 0),
                  keepNext: true,
                }),
              ]
            : block.columns.map((c, i) =>
                cell(row.cells[i] ?? '', {
                  ...(c.align === undefined ? {} : { align: c.align }),
                  bold: row.kind === 'total',
                  width: widths[i] as number,
                  keepNext: r < block.rows.length - 1,
                }),
              ),
      }),
  );
  return new d.Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: d.WidthType.DXA },
    columnWidths: widths,
    layout: d.TableLayoutType.FIXED,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [header, ...rows],
  });
}

function signatureCell(ctx: Ctx, s: Signature | undefined): Docx.Paragraph[] {
  if (s === undefined) return [];
  const size = ctx.format.sizes.body;
  const out = s.lines.flatMap((line) => para(ctx, [{ text: line }], { align: 'center', bold: true, size, after: 0, keepNext: true }));
  if (s.note !== undefined)
    out.push(
      ...para(ctx, [{ text: s.note }], { align: 'center', italic: true, size: ctx.format.sizes.recipients + 1, after: 0, keepNext: true }),
    );
  for (let i = 0; i < 4; i++) out.push(...para(ctx, [{ text: '' }], { after: 0, keepNext: true }));
  if (s.name !== undefined) out.push(...para(ctx, [{ text: s.name }], { align: 'center', bold: true, size, after: 0 }));
  return out;
}

function signatures(ctx: Ctx, block: SignaturesBlock): (Docx.Paragraph | Docx.Table)[] {
  const half2 = Math.round(ctx.width / 2);
  const size = ctx.format.sizes.recipients;
  const left =
    block.recipients !== undefined
      ? [
          ...para(ctx, [{ text: block.recipients.heading }], {
            align: 'left',
            bold: true,
            italic: true,
            size: size + 1,
            after: 0,
            keepNext: true,
          }),
          ...block.recipients.items.flatMap((item) => para(ctx, [{ text: item }], { align: 'left', size, after: 0, keepNext: true })),
        ]
      : signatureCell(ctx, block.left);
  return [
    ...para(ctx, [{ text: '' }], { after: 0, keepNext: true }),
    layoutTable(ctx, [half2, ctx.width - half2], [left, signatureCell(ctx, block.right)]),
  ];
}

function paragraphBlock(ctx: Ctx, block: ParagraphBlock): Docx.Paragraph[] {
  return para(ctx, block.runs, {
    ...(block.align === undefined ? {} : { align: block.align }),
    ...(block.indent === true ? { indent: true } : {}),
    ...(block.keepWithNext === true ? { keepNext: true } : {}),
    ...(block.leader === true ? { leader: ctx.width - (block.indent === true ? twips(10) : 0) } : {}),
  });
}

function blockOf(ctx: Ctx, block: Block): (Docx.Paragraph | Docx.Table)[] {
  switch (block.type) {
    case 'letterhead':
      return letterhead(ctx, block);
    case 'title':
      return title(ctx, block);
    case 'paragraph':
      return paragraphBlock(ctx, block);
    case 'heading':
      return para(ctx, [{ text: block.text }], { align: 'left', bold: true, indent: true, keepNext: true, before: 6 });
    case 'table':
      return [dataTable(ctx, block), ...para(ctx, [{ text: '' }], { after: 0 })];
    case 'signatures':
      return signatures(ctx, block);
    /* v8 ignore next 2 -- @preserve: unreachable, the switch is exhaustive */
    default:
      return block satisfies never;
  }
}

function sectionOf(d: DocxModule, format: DocumentFormat, section: DocumentSection, first: boolean): Docx.ISectionOptions {
  const landscape = section.orientation === 'landscape';
  const m = format.margins;
  const pageWidth = landscape ? A4_MM.height : A4_MM.width;
  const ctx: Ctx = { d, format, width: twips(pageWidth - m.left - m.right) };
  const pageNumber = new d.Header({
    children: [
      new d.Paragraph({
        alignment: d.AlignmentType.CENTER,
        children: [new d.TextRun({ children: [d.PageNumber.CURRENT], font: format.font, size: half(format.sizes.pageNumber) })],
      }),
    ],
  });
  const children = section.blocks.flatMap((block) => blockOf(ctx, block));
  return {
    properties: {
      ...(first ? { titlePage: true } : {}),
      page: {
        size: {
          width: twips(A4_MM.width),
          height: twips(A4_MM.height),
          orientation: landscape ? d.PageOrientation.LANDSCAPE : d.PageOrientation.PORTRAIT,
        },
        margin: {
          top: twips(m.top),
          bottom: twips(m.bottom),
          left: twips(m.left),
          right: twips(m.right),
          header: twips(10),
          footer: twips(10),
        },
        ...(first ? { pageNumbers: { start: 1 } } : {}),
      },
    },
    headers: first ? { default: pageNumber, first: new d.Header({ children: [new d.Paragraph({})] }) } : { default: pageNumber },
    children: children.length === 0 ? [new d.Paragraph({})] : children,
  };
}

/**
 * Options of {@link toDocx}.
 *
 * @example
 * ```ts
 * import type { DocxOptions } from 'thi-dua-vi-nguoi-ngheo/documents';
 * const options: DocxOptions = { docx: await import('docx') };
 * ```
 */
export type DocxOptions = {
  /** The `docx` module to use (e.g. one loaded from a CDN in a browser); default `import('docx')`. */
  readonly docx?: unknown;
};

/**
 * A paper as the bytes of a `.docx` file: A4 pages (landscape sections on landscape pages), the
 * paper's margins, Times New Roman in every run, the Quốc hiệu and Tiêu ngữ in bold at their
 * sizes with a line under the Tiêu ngữ, the issuing body with its short line, the page number
 * centred in the header from the second page on, tables with their header row repeated, the
 * signature and recipients side by side. Every text is cleaned of what XML cannot hold.
 *
 * Rejects with an error naming the package to install when the optional peer dependency `docx`
 * is missing.
 *
 * @param document - a paper
 * @param options - the `docx` module to use
 * @returns the file's bytes
 * @example
 * ```ts
 * import { tableAnnexDocument, toDocx } from 'thi-dua-vi-nguoi-ngheo/documents';
 * const paper = tableAnnexDocument({ title: 'Phụ lục', columns: ['Tên'], rows: [['Văn phòng Sở']] });
 * if (paper.ok) {
 *   const bytes = await toDocx(paper.value);
 *   bytes[0]; //=> 0x50 (a zip file: "PK")
 * }
 * ```
 */
export async function toDocx(document: PaperDocument, options?: DocxOptions): Promise<Uint8Array> {
  const d = options?.docx === undefined ? await loadDocx() : await loadDocx(async () => options.docx);
  const format = document.format;
  const file = new d.Document({
    creator: 'thi-dua-vi-nguoi-ngheo',
    title: cleanText(document.title),
    styles: { default: { document: { run: { font: format.font, size: half(format.sizes.body) } } } },
    sections: document.sections.map((section, i) => sectionOf(d, format, section, i === 0)),
  });
  const bytes = await d.Packer.toArrayBuffer(file);
  return new Uint8Array(bytes);
}
