/**
 * Civil days as the texts write them, shared by the report page and the papers.
 *
 * @module
 */
import type { CivilDate, Text } from '../core/types.js';

/** The English names of the months, January first. */
export const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** A civil day in figures: "31/12/2025" in Vietnamese (the Vietnamese way); English keeps the ISO day. */
export function shortDayText(day: CivilDate): Text {
  const [year, month, date] = day.split('-') as [string, string, string];
  return { vi: `${date}/${month}/${year}`, en: day };
}
