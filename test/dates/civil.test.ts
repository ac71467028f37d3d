import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { isCivilDate, toCivilDate } from '../../src/index.js';

describe('reading 7: civil dates in Vietnam', () => {
  it.each([
    ['2022-09-30', true],
    ['2022-10-01', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2023-02-29', false],
    ['2023-04-31', false],
    ['2023-00-10', false],
    ['2023-01-00', false],
    ['2023-1-01', false],
    ['2023-01-01T00:00:00Z', false],
    [' 2023-01-01', false],
    [20230101, false],
    [null, false],
  ])('isCivilDate(%j) is %s', (value, expected) => {
    expect(isCivilDate(value)).toBe(expected);
  });

  it.each([
    ['2022-09-30T16:59:59Z', '2022-09-30'],
    ['2022-09-30T17:00:00Z', '2022-10-01'],
    ['2022-10-31T12:00:00Z', '2022-10-31'],
    ['2022-10-31T17:00:00Z', '2022-11-01'],
    ['2022-12-31T17:00:00Z', '2023-01-01'],
    ['2023-12-31T16:59:59.999Z', '2023-12-31'],
    ['2023-12-31T17:00:00Z', '2024-01-01'],
    ['2025-12-31T16:00:00Z', '2025-12-31'],
    ['2025-12-31T20:00:00Z', '2026-01-01'],
    ['2026-01-01T03:00:00+07:00', '2026-01-01'],
    ['2025-12-31T23:00:00-05:00', '2026-01-01'],
  ])('the instant %s is the Vietnamese day %s', (iso, day) => {
    expect(toCivilDate(new Date(iso))).toBe(day);
  });

  it('a civil date string is returned as is; an unreal one is undefined', () => {
    expect(toCivilDate('2023-12-31')).toBe('2023-12-31');
    expect(toCivilDate('2023-12-32')).toBeUndefined();
    expect(toCivilDate(new Date('invalid'))).toBeUndefined();
  });

  test.prop([fc.date({ noInvalidDate: true, min: new Date('1980-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z') })])(
    'toCivilDate(instant) is the UTC+7 calendar day, whatever the host zone',
    (instant) => {
      const shifted = new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
      expect(toCivilDate(instant)).toBe(shifted);
    },
  );
});

describe('toCivilDate outside its types', () => {
  it('a value that is neither a string nor a Date gives undefined (callers must parse first)', () => {
    expect(toCivilDate(20230101 as never)).toBeUndefined();
  });
});

describe('toCivilDate at the edges of Date', () => {
  it('an instant whose year has more than four digits has no civil date', () => {
    expect(toCivilDate(new Date(8.64e15))).toBeUndefined();
    expect(toCivilDate(new Date('9999-12-31T12:00:00Z'))).toBe('9999-12-31');
  });
});

// An independent reading of an instant as a calendar day: the proleptic Gregorian calendar of
// ISO 8601 (year 0 = 1 BC, year −1 = 2 BC), by H. Hinnant's days-to-civil algorithm, on the UTC
// milliseconds shifted by the offset. `undefined` outside the four-digit years of `CivilDate`.
const DAY = 86_400_000;
function civilOf(ms: number, offsetMs: number): string | undefined {
  const days = Math.floor((ms + offsetMs) / DAY);
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 0 || year > 9999) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// The offset of Asia/Ho_Chi_Minh at an instant as the platform's time-zone data gives it (historic
// offsets before 13 June 1975 — +7:06:30 local mean time, +8, +9 — are kept, as the module reads
// them from the same data); from 1975 on it is exactly UTC+7 (asserted below, not read).
const offsets = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Ho_Chi_Minh', timeZoneName: 'longOffset' });
function historicOffsetMs(instant: Date): number {
  const name = offsets.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? '';
  const m = /^GMT([+-])(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(name);
  if (m === null) return 0; // "GMT"
  const sign = m[1] === '-' ? -1 : 1;
  return sign * ((Number(m[2]) * 60 + Number(m[3])) * 60 + Number(m[4] ?? 0)) * 1000;
}

describe('toCivilDate of years before 1 AD and far from now (issue 10, item 8)', () => {
  it.each([
    ['0000-06-01T00:00:00Z', '0000-06-01'],
    ['0000-02-29T00:00:00Z', '0000-02-29'], // ISO year 0 is a leap year (divisible by 400)
    ['0000-01-01T00:00:00Z', '0000-01-01'],
    ['0001-01-01T00:00:00Z', '0001-01-01'],
    ['9999-12-31T12:00:00Z', '9999-12-31'],
  ])('the instant %s is the day %s', (iso, day) => {
    expect(toCivilDate(new Date(iso))).toBe(day);
  });

  it.each([
    '-000001-06-01T00:00:00Z',
    '-000001-12-31T12:00:00Z',
    '+010000-01-01T00:00:00Z',
    '-271821-04-20T00:00:00Z',
    '+275760-09-13T00:00:00Z',
  ])('the instant %s is in a year no CivilDate can write: undefined, as the schemas refuse it', (iso) => {
    expect(toCivilDate(new Date(iso))).toBeUndefined();
  });

  test.prop([fc.date({ noInvalidDate: true, min: new Date('1975-06-13T00:00:00Z'), max: new Date(8.64e15) })])(
    'from 13 June 1975 on (no daylight saving since), every instant is its UTC+7 day',
    (instant) => {
      expect(historicOffsetMs(instant)).toBe(7 * 3_600_000);
      expect(toCivilDate(instant)).toBe(civilOf(instant.getTime(), 7 * 3_600_000));
    },
  );

  test.prop([fc.date({ noInvalidDate: true, min: new Date(-8.64e15), max: new Date('1975-06-13T00:00:00Z') })])(
    'before it, every instant is its day at the historic offset of Asia/Ho_Chi_Minh',
    (instant) => {
      expect(toCivilDate(instant)).toBe(civilOf(instant.getTime(), historicOffsetMs(instant)));
    },
  );

  test.prop([fc.integer({ min: -3000, max: 12_000 }), fc.integer({ min: 0, max: 365 })])(
    'around years 0 and 9999: the oracle and toCivilDate agree',
    (year, dayOfYear) => {
      const instant = new Date(Date.UTC(2000, 0, 1 + dayOfYear));
      instant.setUTCFullYear(year);
      expect(toCivilDate(instant)).toBe(civilOf(instant.getTime(), historicOffsetMs(instant)));
    },
  );
});
