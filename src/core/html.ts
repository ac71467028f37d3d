/**
 * The one HTML escaper of the library: the report page (`./reports`) and the papers' HTML
 * (`./documents`) both write text from records through it.
 *
 * @module
 */

const ENTITIES: Readonly<Record<string, string>> = Object.freeze({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' });

/**
 * Escapes the five characters that HTML reads as markup (`& < > " '`), so that a text is shown
 * as it is in an element or a quoted attribute.
 *
 * @internal
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}
