/**
 * The document model: a paper as plain, serialisable data — sections of blocks (the letterhead,
 * the title, paragraphs of runs, headings, tables, the signatures and recipients) and the page
 * format. The builders make it; `toDocx` and `toHtml` lay it out. Every text a reader sees is in
 * the model: the renderers add no words.
 *
 * @module
 */
import type { Lang } from '../core/types.js';

/**
 * A run of text with its emphasis. A line break inside `text` (`\n`) breaks the line.
 *
 * @example
 * ```ts
 * import type { TextRun } from 'thi-dua-vi-nguoi-ngheo/documents';
 * const run: TextRun = { text: 'Điều 1. ', bold: true };
 * ```
 */
export type TextRun = {
  /** The text, NFC, without control characters. */
  readonly text: string;
  /** Bold. */
  readonly bold?: boolean;
  /** Italic. */
  readonly italic?: boolean;
};

/**
 * How a paragraph or a cell is aligned.
 *
 * @example
 * ```ts
 * import type { Alignment } from 'thi-dua-vi-nguoi-ngheo/documents';
 * const a: Alignment = 'justify';
 * ```
 */
export type Alignment = 'left' | 'center' | 'right' | 'justify';

/**
 * A paragraph of runs.
 *
 * @example
 * ```ts
 * import type { ParagraphBlock } from 'thi-dua-vi-nguoi-ngheo/documents';
 * const p: ParagraphBlock = { type: 'paragraph', runs: [{ text: 'Căn cứ Luật Thi đua, khen thưởng 06/2022/QH15;', italic: true }], indent: true };
 * ```
 */
export type ParagraphBlock = {
  /** The block's kind. */
  readonly type: 'paragraph';
  /** The runs, in order. */
  readonly runs: readonly TextRun[];
  /** Alignment; default `justify`. */
  readonly align?: Alignment;
  /** Whether the first line is indented, as body text is. */
  readonly indent?: boolean;
  /** Whether the paragraph stays on the page of the next block. */
  readonly keepWithNext?: boolean;
  /** A line of dots after the runs to the end of the line, left for writing by hand. */
  readonly leader?: boolean;
};

/**
 * A heading inside the content: level 1 ("I. THÀNH PHẦN"), level 2 ("1. Chủ trì").
 *
 * @example
 * ```ts
 * import type { HeadingBlock } from 'thi-dua-vi-nguoi-ngheo/documents';
 * const h: HeadingBlock = { type: 'heading', level: 1, text: 'I. THÀNH PHẦN' };
 * ```
 */
export type HeadingBlock = {
  /** The block's kind. */
  readonly type: 'heading';
  /** 1 (a section) or 2 (an item). */
  readonly level: 1 | 2;
  /** The heading's text. */
  readonly text: string;
};

/**
 * A line of the letterhead's left column.
 *
 * @example
 * ```ts
 * import type { LetterheadLine } from 'thi-dua-vi-nguoi-ngheo/documents';
 * const line: LetterheadLine = { text: 'SỞ GIAO THÔNG VẬN TẢI', bold: true };
 * ```
 */
export type LetterheadLine = {
  /** The text, as printed (capitals where the format wants them). */
  readonly text: string;
  /** Bold. */
  readonly bold?: boolean;
};

/**
 * The letterhead (Nghị định 30/2020's header, docs/documents.md): on the left the issuing body
 * (its superior body, its name with a short line under it, the number and symbol); on the right
 * the Quốc hiệu, the Tiêu ngữ with a line under it, and the place and date. Without a left
 * column the right one is centred on the page (a person's paper).
 *
 * @example
 * ```ts
 * import type { LetterheadBlock } from 'thi-dua-vi-nguoi-ngheo/documents';
 * const head: LetterheadBlock = {
 *   type: 'letterhead',
 *   issuer: { lines: [{ text: 'UBND TỈNH CAO BẰNG' }, { text: 'SỞ GIAO THÔNG VẬN TẢI', bold: true }], reference: 'Số: 125/QĐ-SGTVT' },
 *   nation: { name: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', motto: 'Độc lập - Tự do - Hạnh phúc' },
 *   placeDate: 'Cao Bằng, ngày 15 tháng 12 năm 2025',
 * };
 * ```
 */
export type LetterheadBlock = {
  /** The block's kind. */
  readonly type: 'letterhead';
  /** The issuing body: its lines (a short line is drawn under the last) and the number line. */
  readonly issuer?: {
    /** The lines of the issuing body, the superior body first (e.g. 'UBND TỈNH CAO BẰNG', then the Sở in bold). */
    readonly lines: readonly LetterheadLine[];
    /** The number line, e.g. 'Số: 125/QĐ-SGTVT'. */
    readonly reference?: string;
  };
  /** The Quốc hiệu and the Tiêu ngữ. */
  readonly nation: {
    /** The Quốc hiệu: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'. */
    readonly name: string;
    /** The Tiêu ngữ: 'Độc lập - Tự do - Hạnh phúc'. */
    readonly motto: string;
  };
  /** The place and date line, in italics under the Tiêu ngữ. */
  readonly placeDate?: string;
  /** A template's name printed at the top right ("Mẫu số 07"). */
  readonly template?: string;
};

/**
 * The document's type and summary (tên loại, trích yếu), centred, with a short line under the
 * summary; and an optional italic note under it ("(Kèm theo Quyết định số …)").
 *
 * @example
 * ```ts
 * import type { TitleBlock } from 'thi-dua-vi-nguoi-ngheo/documents';
 * const t: TitleBlock = { type: 'title', name: 'QUYẾT ĐỊNH', summary: ['Về việc tặng Giấy khen'] };
 * ```
 */
export type TitleBlock = {
  /** The block's kind. */
  readonly type: 'title';
  /** The type of the document, in capitals ("QUYẾT ĐỊNH"). */
  readonly name: string;
  /** The summary's lines (bold). */
  readonly summary: readonly string[];
  /** An italic line under the summary. */
  readonly note?: string;
};

/**
 * A column of a table: its title, its width relative to the other columns, and its alignment.
 *
 * @example
 * ```ts
 * import type { TableColumn } from 'thi-dua-vi-nguoi-ngheo/documents';
 * const c: TableColumn = { title: 'STT', width: 1, align: 'center' };
 * ```
 */
export type TableColumn = {
  /** The header cell's text. */
  readonly title: string;
  /** The width, relative to the other columns' (positive). */
  readonly width: number;
  /** The alignment of the column's cells; default `left`. */
  readonly align?: Alignment;
};

/**
 * A row of a table: `data` (one cell per column), `group` (one cell across every column: "Tập
 * thể"), or `total` (bold, one cell per column).
 *
 * @example
 * ```ts
 * import type { TableRow } from 'thi-dua-vi-nguoi-ngheo/documents';
 * const rows: TableRow[] = [{ kind: 'group', cells: ['I. Tập thể'] }, { kind: 'data', cells: ['1', 'Văn phòng Sở'] }];
 * ```
 */
export type TableRow = {
  /** The row's kind. */
  readonly kind: 'data' | 'group' | 'total';
  /** The cells: one per column, or one for a group row. */
  readonly cells: readonly string[];
};

/**
 * A table with a header row (repeated on each page) and its rows.
 *
 * @example
 * ```ts
 * import type { TableBlock } from 'thi-dua-vi-nguoi-ngheo/documents';
 * const t: TableBlock = { type: 'table', columns: [{ title: 'STT', width: 1 }, { title: 'Tên', width: 5 }], rows: [{ kind: 'data', cells: ['1', 'Văn phòng Sở'] }] };
 * ```
 */
export type TableBlock = {
  /** The block's kind. */
  readonly type: 'table';
  /** The columns. */
  readonly columns: readonly TableColumn[];
  /** The rows under the header. */
  readonly rows: readonly TableRow[];
};

/**
 * A signature: the authority and title lines (bold capitals: "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), an
 * italic note ("(Ký, ghi rõ họ tên)"), the room for the signature and seal, and the name.
 *
 * @example
 * ```ts
 * import type { Signature } from 'thi-dua-vi-nguoi-ngheo/documents';
 * const s: Signature = { lines: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], name: 'Lê Văn Định' };
 * ```
 */
export type Signature = {
  /** The authority and title lines, as printed. */
  readonly lines: readonly string[];
  /** An italic note under them. */
  readonly note?: string;
  /** The signer's name (bold); absent on a form left to fill in by hand. */
  readonly name?: string;
};

/**
 * The end of a paper: the recipients (Nơi nhận) on the left and the signature on the right, or two
 * signatures side by side (the minutes' secretary and chair).
 *
 * @example
 * ```ts
 * import type { SignaturesBlock } from 'thi-dua-vi-nguoi-ngheo/documents';
 * const end: SignaturesBlock = {
 *   type: 'signatures',
 *   recipients: { heading: 'Nơi nhận:', items: ['- Như Điều 3;', '- Lưu: VT, VP.'] },
 *   right: { lines: ['GIÁM ĐỐC'], name: 'Nguyễn Văn A' },
 * };
 * ```
 */
export type SignaturesBlock = {
  /** The block's kind. */
  readonly type: 'signatures';
  /** The recipients, in the left column: the heading and the items as printed. */
  readonly recipients?: {
    /** The heading, e.g. 'Nơi nhận:'. */
    readonly heading: string;
    /** The recipients as printed, one a line. */
    readonly items: readonly string[];
  };
  /** A signature in the left column (when there are no recipients). */
  readonly left?: Signature;
  /** The signature in the right column. */
  readonly right?: Signature;
};

/**
 * A block of a section.
 *
 * @example
 * ```ts
 * import type { Block } from 'thi-dua-vi-nguoi-ngheo/documents';
 * const b: Block = { type: 'heading', level: 2, text: '1. Chủ trì' };
 * ```
 */
export type Block = LetterheadBlock | TitleBlock | ParagraphBlock | HeadingBlock | TableBlock | SignaturesBlock;

/**
 * A page orientation.
 *
 * @example
 * ```ts
 * import type { Orientation } from 'thi-dua-vi-nguoi-ngheo/documents';
 * const o: Orientation = 'landscape';
 * ```
 */
export type Orientation = 'portrait' | 'landscape';

/**
 * A section: blocks on pages of one orientation. Each section after the first starts a new page.
 *
 * @example
 * ```ts
 * import type { DocumentSection } from 'thi-dua-vi-nguoi-ngheo/documents';
 * const s: DocumentSection = { orientation: 'portrait', blocks: [] };
 * ```
 */
export type DocumentSection = {
  /** The pages' orientation. */
  readonly orientation: Orientation;
  /** The blocks, in order. */
  readonly blocks: readonly Block[];
};

/**
 * The page format: A4, the margins in millimetres, the font and the sizes in points (docs/documents.md
 * gives which values Nghị định 30/2020 fixes and which are the template's).
 *
 * @example
 * ```ts
 * import { DEFAULT_FORMAT } from 'thi-dua-vi-nguoi-ngheo/documents';
 * DEFAULT_FORMAT.margins; //=> { top: 20, bottom: 20, left: 30, right: 15 }
 * ```
 */
export type DocumentFormat = {
  /** The margins, mm. */
  readonly margins: {
    /** The top margin, mm. */
    readonly top: number;
    /** The bottom margin, mm. */
    readonly bottom: number;
    /** The left margin, mm (the binding side). */
    readonly left: number;
    /** The right margin, mm. */
    readonly right: number;
  };
  /** The font family. */
  readonly font: string;
  /** The text sizes, pt. */
  readonly sizes: {
    /** Body text. */
    readonly body: number;
    /** The Quốc hiệu. */
    readonly nation: number;
    /** The Tiêu ngữ. */
    readonly motto: number;
    /** The issuing body's lines and the number line. */
    readonly issuer: number;
    /** The type and summary of the document. */
    readonly title: number;
    /** Table cells. */
    readonly table: number;
    /** The recipients' items (the heading is one point larger). */
    readonly recipients: number;
    /** The page number. */
    readonly pageNumber: number;
  };
};

/**
 * The papers the builders make.
 *
 * @example
 * ```ts
 * import { PAPER_KINDS } from 'thi-dua-vi-nguoi-ngheo/documents';
 * PAPER_KINDS.length; //=> 6
 * ```
 */
export const PAPER_KINDS = /* @__PURE__ */ Object.freeze([
  'proposal-list',
  'council-minutes',
  'director-decision',
  'submission',
  'achievement-report',
  'table-annex',
] as const);

/**
 * The kind of a paper.
 *
 * @example
 * ```ts
 * import type { PaperKind } from 'thi-dua-vi-nguoi-ngheo/documents';
 * const k: PaperKind = 'director-decision';
 * ```
 */
export type PaperKind = (typeof PAPER_KINDS)[number];

/**
 * A paper: its kind and language, a title for the file's properties, its sections and format.
 * Plain data: `JSON.stringify` and back gives the same paper.
 *
 * @example
 * ```ts
 * import { DEFAULT_FORMAT, type PaperDocument } from 'thi-dua-vi-nguoi-ngheo/documents';
 * const paper: PaperDocument = {
 *   kind: 'table-annex', lang: 'vi', title: 'Phụ lục',
 *   sections: [{ orientation: 'portrait', blocks: [{ type: 'paragraph', runs: [{ text: 'Phụ lục' }] }] }],
 *   format: DEFAULT_FORMAT,
 * };
 * ```
 */
export type PaperDocument = {
  /** Which paper this is. */
  readonly kind: PaperKind;
  /** The language it is written in. */
  readonly lang: Lang;
  /** Its title, for the file's properties and the page's title. */
  readonly title: string;
  /** Its sections; the first holds at least one block. */
  readonly sections: readonly DocumentSection[];
  /** The page format. */
  readonly format: DocumentFormat;
};

/**
 * The default format: margins top and bottom 20 mm, left 30 mm, right 15 mm; Times New Roman;
 * body 14 pt, Quốc hiệu 12 pt, Tiêu ngữ 13 pt, issuing body 13 pt, title 14 pt, tables 12 pt,
 * recipients 11 pt, page numbers 13 pt. Deeply frozen.
 *
 * @example
 * ```ts
 * import { DEFAULT_FORMAT } from 'thi-dua-vi-nguoi-ngheo/documents';
 * DEFAULT_FORMAT.font; //=> 'Times New Roman'
 * ```
 */
export const DEFAULT_FORMAT: DocumentFormat = /* @__PURE__ */ Object.freeze({
  margins: Object.freeze({ top: 20, bottom: 20, left: 30, right: 15 }),
  font: 'Times New Roman',
  sizes: Object.freeze({ body: 14, nation: 12, motto: 13, issuer: 13, title: 14, table: 12, recipients: 11, pageNumber: 13 }),
});

/** A4 in millimetres. */
export const A4_MM = { width: 210, height: 297 } as const;
