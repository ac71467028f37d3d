/**
 * Text that any file format can hold: NFC, no control characters, no lone surrogates, none of the
 * two non-characters U+FFFE and U+FFFF (none of which XML 1.0 allows). Pure.
 *
 * @module
 */

// C0 controls but tab and line feed, DEL and the C1 controls; and the two non-characters.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A caller's text made safe for a paper: control characters removed (carriage returns too), lone
 * surrogates replaced by U+FFFD, NFC. Tabs and line feeds are kept.
 *
 * @internal
 */
export function cleanText(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').replace(CONTROLS, '').normalize('NFC');
}

/**
 * A caller's text for one line (a name, a title): cleaned, every run of white space (line breaks
 * and tabs too) one space, trimmed.
 *
 * @internal
 */
export function cleanLine(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ').trim();
}
