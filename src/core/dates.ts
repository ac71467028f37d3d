/**
 * Civil dates in Vietnam (docs/interpretations.md reading 7): the one place where an instant becomes a
 * Vietnamese calendar day.
 *
 * @module
 */
import type { CivilDate, DateInput } from './types.js';

/**
 * The plan's time zone: UTC+7, no daylight saving. Every instant the library is given is read as
 * a calendar day in it.
 *
 * @example
 * ```ts
 * import { VIETNAM_TIME_ZONE } from 'thi-dua-vi-nguoi-ngheo';
 * new Intl.DateTimeFormat('vi-VN', { timeZone: VIETNAM_TIME_ZONE }).format(new Date('2025-12-31T20:00:00Z'));
 * //=> '1/1/2026'
 * ```
 */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const CIVIL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

// The calendar day of an instant in Asia/Ho_Chi_Minh, read with the platform's own time-zone data
// (Intl, as @date-fns/tz does underneath) — no dependency to load, nothing built at import time:
// the formatter is made on first use.
let vietnamDays: Intl.DateTimeFormat | undefined;

/**
 * `yyyy-MM-dd` of an instant in Vietnam, the year in the proleptic Gregorian calendar of ISO 8601
 * (year 0 is 1 BC, year −1 is 2 BC): Intl names the year of its era (`1 BC`), so a year before
 * 1 AD is turned into ISO's (`0000`); one before year 0 comes out negative (`-0001`), which no
 * civil date can write.
 */
function dayInVietnam(instant: Date): string {
  vietnamDays ??= new Intl.DateTimeFormat('en-US', {
    timeZone: VIETNAM_TIME_ZONE,
    calendar: 'gregory',
    numberingSystem: 'latn',
    era: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  let year = Number.NaN;
  let beforeChrist = false;
  let month = '';
  let day = '';
  for (const part of vietnamDays.formatToParts(instant)) {
    if (part.type === 'year') year = Number(part.value);
    else if (part.type === 'era') beforeChrist = part.value === 'BC';
    else if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = part.value;
  }
  const iso = beforeChrist ? 1 - year : year;
  return `${iso < 0 ? '-' : ''}${String(Math.abs(iso)).padStart(4, '0')}-${month}-${day}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Whether a value is a real calendar day written `YYYY-MM-DD` (so `2023-02-29` is not).
 *
 * @param value - anything
 * @returns true for a real `YYYY-MM-DD` day
 * @example
 * ```ts
 * import { isCivilDate } from 'thi-dua-vi-nguoi-ngheo';
 * isCivilDate('2024-02-29'); //=> true
 * isCivilDate('2023-02-29'); //=> false
 * ```
 */
export function isCivilDate(value: unknown): value is CivilDate {
  if (typeof value !== 'string') return false;
  const parts = CIVIL_DATE_PATTERN.exec(value);
  if (parts === null) return false;
  const year = Number(parts[1]);
  const month = Number(parts[2]);
  const day = Number(parts[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * The Vietnamese calendar day of a date input: a `YYYY-MM-DD` string is checked and returned as
 * is; a `Date` is read in Asia/Ho_Chi_Minh, whatever the host's zone (at the zone's historic
 * offsets before 13 June 1975, UTC+7 since), as a day of the proleptic Gregorian calendar of
 * ISO 8601 (`0000` is 1 BC). `undefined` for a string that is not a real day, an invalid `Date`,
 * or an instant whose year is not one of the four-digit years `0000`–`9999` that a
 * `YYYY-MM-DD` civil date (and every schema of the library) takes.
 *
 * @param input - a civil date or an instant
 * @returns the civil date, or `undefined`
 * @example
 * ```ts
 * import { toCivilDate } from 'thi-dua-vi-nguoi-ngheo';
 * toCivilDate(new Date('2025-12-31T20:00:00Z')); //=> '2026-01-01' (03:00 in Hà Nội)
 * toCivilDate('2022-10-01'); //=> '2022-10-01'
 * toCivilDate('2022-02-30'); //=> undefined
 * ```
 */
export function toCivilDate(input: DateInput): CivilDate | undefined {
  if (typeof input === 'string') return isCivilDate(input) ? input : undefined;
  if (!(input instanceof Date) || Number.isNaN(input.getTime())) return undefined;
  const day = dayInVietnam(input);
  return isCivilDate(day) ? day : undefined;
}
