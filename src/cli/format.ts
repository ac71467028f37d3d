/**
 * Output formats shared by the commands: Markdown tables, CSV (RFC 4180) and JSON. Pure.
 *
 * @module
 */

/** A CSV document: fields quoted when they hold a comma, quote or line break; CRLF line ends. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  const field = (value: string | number): string => {
    const s = String(value);
    return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return rows.map((row) => row.map(field).join(',')).join('\r\n');
}

/** A Markdown table; pipes and line breaks inside cells are escaped. */
export function toMarkdownTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cell = (value: string | number): string => String(value).replaceAll('|', '\\|').replace(/\r?\n/g, ' ');
  const line = (cells: readonly (string | number)[]): string => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}

/** Pretty JSON, two spaces. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
