/**
 * `toHtml`: a paper as a standalone HTML page — A4 sheets on screen, A4 pages in print, with the
 * page number centred in the top margin from the second page on. Pure.
 *
 * @module
 */
import { cleanText } from './clean.js';
import { escapeHtml } from '../core/html.js';
import type {
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

/** Text as HTML: cleaned, escaped, line breaks as `<br>`. */
function esc(text: string): string {
  return escapeHtml(cleanText(text)).replace(/\t/g, ' ').replace(/\n/g, '<br>');
}

function runs(list: readonly TextRun[]): string {
  return list
    .map((run) => {
      let html = esc(run.text);
      if (run.italic === true) html = `<i>${html}</i>`;
      if (run.bold === true) html = `<b>${html}</b>`;
      return html;
    })
    .join('');
}

function paragraph(block: ParagraphBlock): string {
  const classes = [block.indent === true ? 'indent' : '', block.keepWithNext === true ? 'keep' : ''].filter((c) => c !== '');
  const align = block.align ?? 'justify';
  if (block.leader === true) classes.push('leader');
  const content = block.leader === true ? `${runs(block.runs)}<span class="dots"></span>` : runs(block.runs);
  return `<p${classes.length > 0 ? ` class="${classes.join(' ')}"` : ''} style="text-align:${align}">${content}</p>`;
}

function letterhead(block: LetterheadBlock): string {
  const nation = [
    `<div class="nation">${esc(block.nation.name)}</div>`,
    `<div class="motto"><span>${esc(block.nation.motto)}</span></div>`,
    block.placeDate === undefined ? '' : `<div class="place-date">${esc(block.placeDate)}</div>`,
  ].join('');
  const template = block.template === undefined ? '' : `<div class="template">${esc(block.template)}</div>`;
  if (block.issuer === undefined) return `${template}<div class="letterhead single"><div class="right">${nation}</div></div>`;
  const lines = block.issuer.lines;
  const issuer = lines
    .map((line, i) => {
      const text = line.bold === true ? `<b>${esc(line.text)}</b>` : esc(line.text);
      return i === lines.length - 1
        ? `<div class="issuer-line"><span class="ruled">${text}</span></div>`
        : `<div class="issuer-line">${text}</div>`;
    })
    .join('');
  const reference = block.issuer.reference === undefined ? '' : `<div class="reference">${esc(block.issuer.reference)}</div>`;
  return `${template}<div class="letterhead"><div class="left">${issuer}${reference}</div><div class="right">${nation}</div></div>`;
}

function title(block: TitleBlock): string {
  const summary = block.summary.map((line) => `<div class="summary">${esc(line)}</div>`).join('');
  const ruled = block.summary.length > 0 ? `<div class="title-rule"></div>` : '';
  const note = block.note === undefined ? '' : `<div class="title-note">${esc(block.note)}</div>`;
  return `<div class="title"><div class="name">${esc(block.name)}</div>${summary}${ruled}${note}</div>`;
}

function table(block: TableBlock): string {
  const total = block.columns.reduce((sum, c) => sum + c.width, 0) || 1;
  const cols = block.columns.map((c) => `<col style="width:${((c.width / total) * 100).toFixed(2)}%">`).join('');
  const head = block.columns.map((c) => `<th>${esc(c.title)}</th>`).join('');
  const body = block.rows
    .map((row) => {
      if (row.kind === 'group') return `<tr class="group"><td colspan="${block.columns.length}">${esc(row.cells[0] ?? '')}</td></tr>`;
      const cells = block.columns.map((c, i) => `<td style="text-align:${c.align ?? 'left'}">${esc(row.cells[i] ?? '')}</td>`).join('');
      return `<tr${row.kind === 'total' ? ' class="total"' : ''}>${cells}</tr>`;
    })
    .join('');
  return `<table class="data"><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function signature(s: Signature | undefined): string {
  if (s === undefined) return '<div class="signature"></div>';
  const lines = s.lines.map((line) => `<div class="sign-line">${esc(line)}</div>`).join('');
  const note = s.note === undefined ? '' : `<div class="sign-note">${esc(s.note)}</div>`;
  const name = s.name === undefined ? '' : `<div class="sign-name">${esc(s.name)}</div>`;
  return `<div class="signature">${lines}${note}<div class="sign-space"></div>${name}</div>`;
}

function signatures(block: SignaturesBlock): string {
  const left =
    block.recipients !== undefined
      ? `<div class="recipients"><div class="recipients-heading">${esc(block.recipients.heading)}</div>${block.recipients.items
          .map((item) => `<div class="recipient">${esc(item)}</div>`)
          .join('')}</div>`
      : block.left !== undefined
        ? signature(block.left)
        : '<div></div>';
  return `<div class="signatures">${left}${signature(block.right)}</div>`;
}

function block(b: Block): string {
  switch (b.type) {
    case 'letterhead':
      return letterhead(b);
    case 'title':
      return title(b);
    case 'paragraph':
      return paragraph(b);
    case 'heading':
      return `<p class="heading level-${b.level} indent keep">${esc(b.text)}</p>`;
    case 'table':
      return table(b);
    case 'signatures':
      return signatures(b);
    /* v8 ignore next 2 -- @preserve: unreachable, the switch is exhaustive */
    default:
      return b satisfies never;
  }
}

function section(s: DocumentSection): string {
  return `<section class="sheet ${s.orientation === 'landscape' ? 'landscape' : 'portrait'}">${s.blocks.map(block).join('\n')}</section>`;
}

function num(n: number): string {
  return Number.isFinite(n) ? String(n) : '0';
}

function css(format: DocumentFormat): string {
  const { margins: m, sizes: s } = format;
  const font = `'${format.font.replace(/['\\<>]/g, '')}', 'Liberation Serif', 'Tinos', serif`;
  const margin = `${num(m.top)}mm ${num(m.right)}mm ${num(m.bottom)}mm ${num(m.left)}mm`;
  return `
@page { size: A4 portrait; margin: ${margin};
  @top-center { content: counter(page); font-family: ${font}; font-size: ${num(s.pageNumber)}pt; vertical-align: middle; } }
@page :first { @top-center { content: none; } }
@page landscape { size: A4 landscape; margin: ${margin}; }
html { color: #000; }
body { margin: 0; font-family: ${font}; font-size: ${num(s.body)}pt; line-height: 1.2; }
.sheet { box-sizing: border-box; width: 210mm; min-height: 297mm; padding: ${margin}; margin: 8mm auto; background: #fff; }
.sheet.landscape { width: 297mm; min-height: 210mm; page: landscape; }
@media screen { body { background: #d9d9d9; } .sheet { box-shadow: 0 1mm 3mm rgba(0,0,0,.25); } }
@media print {
  body { background: none; }
  .sheet { width: auto; min-height: 0; padding: 0; margin: 0; box-shadow: none; }
  .sheet + .sheet { break-before: page; }
}
p { margin: 0 0 6pt; overflow-wrap: anywhere; }
p.indent { text-indent: 10mm; }
p.keep { break-after: avoid; }
p.leader { display: flex; gap: 2pt; }
p.leader .dots { flex: 1; border-bottom: 1.5pt dotted #000; margin-bottom: 4pt; min-height: 1em; }
p.heading { font-weight: bold; text-align: left; margin-top: 6pt; }
.template { text-align: right; font-size: ${num(s.issuer)}pt; font-weight: bold; margin-bottom: 4pt; }
.letterhead { display: grid; grid-template-columns: 40% 60%; text-align: center; margin-bottom: 12pt; overflow-wrap: anywhere; }
.letterhead.single { grid-template-columns: 100%; }
.letterhead .left { font-size: ${num(s.issuer)}pt; }
.issuer-line { line-height: 1.25; }
.ruled { display: inline-block; max-width: 100%; }
.ruled::after { content: ''; display: block; width: 40%; margin: 2pt auto 0; border-top: 1px solid #000; }
.reference { margin-top: 5pt; }
.nation { font-size: ${num(s.nation)}pt; font-weight: bold; white-space: nowrap; }
.motto { font-size: ${num(s.motto)}pt; font-weight: bold; }
.motto span { display: inline-block; border-bottom: 1px solid #000; padding-bottom: 1pt; }
.place-date { font-style: italic; margin-top: 7pt; }
.title { text-align: center; margin: 12pt 0 10pt; font-size: ${num(s.title)}pt; font-weight: bold; overflow-wrap: anywhere; }
.title .name { margin-bottom: 2pt; }
.title-rule { width: 30%; margin: 3pt auto 0; border-top: 1px solid #000; }
.title-note { font-weight: normal; font-style: italic; margin-top: 4pt; }
table.data { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: ${num(s.table)}pt; margin: 4pt 0 8pt; }
table.data th, table.data td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; overflow-wrap: anywhere; }
table.data th { text-align: center; vertical-align: middle; }
table.data thead { display: table-header-group; }
table.data tr { break-inside: avoid; }
table.data tr.group td, table.data tr.total td { font-weight: bold; }
.signatures { display: grid; grid-template-columns: 50% 50%; margin-top: 12pt; break-inside: avoid; overflow-wrap: anywhere; }
.recipients { font-size: ${num(s.recipients)}pt; }
.recipients-heading { font-size: ${num(s.recipients + 1)}pt; font-weight: bold; font-style: italic; }
.signature { text-align: center; }
.sign-line { font-weight: bold; }
.sign-note { font-style: italic; font-size: ${num(s.recipients + 1)}pt; }
.sign-space { height: 24mm; }
.sign-name { font-weight: bold; }
`;
}

/**
 * A paper as a standalone HTML page (UTF-8, its styles inline): on screen, white A4 sheets; in
 * print, A4 pages with the paper's margins, the page number centred in the top margin from the
 * second page on, landscape sections on landscape pages, table headers repeated. Every text is
 * escaped and cleaned of control characters. Pure; never throws on a paper the builders made.
 *
 * @param document - a paper
 * @returns the page
 * @example
 * ```ts
 * import { tableAnnexDocument, toHtml } from 'thi-dua-vi-nguoi-ngheo/documents';
 * const paper = tableAnnexDocument({ title: 'Phụ lục', columns: ['Tên'], rows: [['Văn phòng Sở']] });
 * if (paper.ok) toHtml(paper.value).startsWith('<!DOCTYPE html>'); //=> true
 * ```
 */
export function toHtml(document: PaperDocument): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${document.lang === 'en' ? 'en' : 'vi'}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(document.title)}</title>`,
    `<style>${css(document.format)}</style>`,
    '</head>',
    '<body>',
    document.sections.map(section).join('\n'),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
