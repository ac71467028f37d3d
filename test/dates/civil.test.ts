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
