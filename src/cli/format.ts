/**
 * Output formats shared by the commands: text for a terminal, Markdown tables, CSV (RFC 4180,
 * for spreadsheets) and JSON. Pure.
 *
 * Text that comes from an input file (a name, an id, a unit) is never trusted to be harmless
 * where it is printed: {@link terminalSafe} takes terminal control sequences out of it,
 * {@link toMarkdownTable} escapes what would end a cell or a row, and {@link toCsv} stops a
 * spreadsheet from reading a cell as a formula.
 *
 * @module
 */

/** ESC-introduced sequences: CSI (`ESC [ … final`), OSC / DCS / APC / PM / SOS strings (up to BEL or ST), and two-byte escapes. */
const ESCAPE_SEQUENCE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to match control characters
  /\u001b(?:\[[0-?]*[ -/]*[@-~]|[\]PX^_][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])|\u009b[0-?]*[ -/]*[@-~]/gu;
/** C0 and C1 control characters, DEL, and the bidirectional overrides that reorder what a reader sees. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to match control characters
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * Text from an input made safe to print on a terminal: ANSI escape sequences removed, and every
 * other control character (line breaks and tabs included) replaced by a space, so that a name
 * cannot recolour, move the cursor, rewrite a line (`\r`) or break the layout.
 */
export function terminalSafe(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, ' ');
}

/** The byte-order mark that Excel on Windows needs to read a CSV file as UTF-8. */
export const UTF8_BOM = '\uFEFF';

/** The first characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/u;

/**
 * One CSV field: a text that a spreadsheet would take for a formula (beginning `=`, `+`, `-`, `@`,
 * a tab or a carriage return) is prefixed with `'` so that it shows as text; a field holding a
 * comma, a quote or a line break is quoted. Numbers are written as they are.
 */
export function csvField(value: string | number): string {
  const s = typeof value === 'number' ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/u.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** CSV rows (no byte-order mark): fields by {@link csvField}, CRLF line ends. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n');
}

/** One Markdown table cell: backslashes and pipes escaped, every line break (`\r\n`, `\n`, a lone `\r`) and control character a space. */
export function markdownCell(value: string | number): string {
  return terminalSafe(String(value).replaceAll('\\', '\\\\').replaceAll('|', '\\|').replaceAll('\r\n', ' '));
}

/** Text from an input in a Markdown line outside a table: the characters that would start markup are escaped, line breaks are spaces. */
export function markdownText(value: string): string {
  return terminalSafe(value.replaceAll('\r\n', ' ')).replace(/([\\`*_<>[\]|#])/gu, '\\$1');
}

/** A Markdown table; cells by {@link markdownCell}. */
export function toMarkdownTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const line = (cells: readonly (string | number)[]): string => `| ${cells.map(markdownCell).join(' | ')} |`;
  return [line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}

/** Pretty JSON, two spaces. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
