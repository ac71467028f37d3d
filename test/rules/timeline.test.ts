import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { CALENDAR_WINDOWS, MILESTONE_IDS, MILESTONE_WINDOWS, milestonesOn, toCivilDate } from '../../src/index.js';

describe('III.5 milestone windows (reading 8)', () => {
  it('the windows, ordered by start then MILESTONE_IDS order', () => {
    expect(MILESTONE_WINDOWS.map((w) => [w.milestone, w.year, w.from, w.to, w.rule])).toEqual([
      ['plan-issuance', 2022, '2022-10-01', '2022-10-31', 'III.5.1'],
      ['annual-inspection', 2022, '2022-10-01', '2022-12-31', 'III.5.4'],
      ['preliminary-review', 2023, '2023-01-01', '2023-12-31', 'III.5.2'],
      ['annual-inspection', 2023, '2023-01-01', '2023-12-31', 'III.5.4'],
      ['annual-inspection', 2024, '2024-01-01', '2024-12-31', 'III.5.4'],
      ['final-review', 2025, '2025-01-01', '2025-12-31', 'III.5.3'],
      ['annual-inspection', 2025, '2025-01-01', '2025-12-31', 'III.5.4'],
    ]);
    expect(Object.isFrozen(MILESTONE_WINDOWS)).toBe(true);
    expect(Object.isFrozen(MILESTONE_WINDOWS[0])).toBe(true);
  });

  it.each([
    ['2022-09-30', []],
    ['2022-10-01', ['plan-issuance', 'annual-inspection']],
    ['2022-10-31', ['plan-issuance', 'annual-inspection', 'peak-month']],
    ['2022-11-01', ['annual-inspection', 'peak-month']],
    ['2022-12-31', ['annual-inspection']],
    ['2023-01-01', ['preliminary-review', 'annual-inspection']],
    ['2023-12-31', ['preliminary-review', 'annual-inspection']],
    ['2024-01-01', ['annual-inspection']],
    ['2024-12-31', ['annual-inspection']],
    ['2025-01-01', ['final-review', 'annual-inspection']],
    ['2025-12-31', ['final-review', 'annual-inspection']],
    ['2026-01-01', []],
  ])('III.5: milestonesOn(%s)', (day, expected) => {
    expect(milestonesOn(day)).toEqual(expected);
  });

  it.each([
    // instants a few hours either side of midnight in Vietnam (UTC+7)
    ['2022-09-30T16:59:59Z', []], // 23:59:59 on 30 September in Hà Nội
    ['2022-09-30T17:00:00Z', ['plan-issuance', 'annual-inspection']], // 00:00 on 1 October
    ['2022-10-31T16:59:59.999Z', ['plan-issuance', 'annual-inspection', 'peak-month']],
    ['2022-10-31T17:00:00Z', ['annual-inspection', 'peak-month']],
    ['2022-12-31T18:00:00Z', ['preliminary-review', 'annual-inspection']], // 01:00 on 1 January 2023
    ['2023-12-31T14:00:00Z', ['preliminary-review', 'annual-inspection']], // 21:00 on 31 December
    ['2023-12-31T20:00:00Z', ['annual-inspection']], // 03:00 on 1 January 2024
    ['2025-12-31T16:00:00Z', ['final-review', 'annual-inspection']], // 23:00 on 31 December 2025
    ['2025-12-31T20:00:00Z', []], // 03:00 on 1 January 2026
  ])('reading 7: the instant %s is read as its day in Vietnam', (iso, expected) => {
    expect(milestonesOn(new Date(iso))).toEqual(expected);
  });

  it.each([
    ['2022-10-16', ['plan-issuance', 'annual-inspection']],
    ['2022-10-17', ['plan-issuance', 'annual-inspection', 'peak-month', 'day-for-the-poor']],
    ['2022-10-18', ['plan-issuance', 'annual-inspection', 'peak-month']],
    ['2023-11-18', ['preliminary-review', 'annual-inspection', 'peak-month']],
    ['2023-11-19', ['preliminary-review', 'annual-inspection']],
    ['2025-10-17', ['final-review', 'annual-inspection', 'peak-month', 'day-for-the-poor']],
    ['2026-10-17', []],
  ])('II.1.a / LAW.md calendar: milestonesOn(%s) — the peak month and the day for the poor', (day, expected) => {
    expect(milestonesOn(day)).toEqual(expected);
  });

  it('II.1.a: a peak month and a day for the poor each year 2022–2025, apart from the III.5 windows', () => {
    expect(CALENDAR_WINDOWS.map((w) => `${w.milestone} ${w.from}..${w.to} ${w.rule}`)).toEqual(
      [2022, 2023, 2024, 2025].flatMap((y) => [
        `peak-month ${y}-10-17..${y}-11-18 II.1.a`,
        `day-for-the-poor ${y}-10-17..${y}-10-17 II.1.a`,
      ]),
    );
    expect(MILESTONE_WINDOWS.some((w) => w.rule === 'II.1.a')).toBe(false);
  });

  it.each(['2023-02-29', '2022-13-01', '22-10-01', '', 'not a date'])('an invalid day (%j) has no milestone', (day) => {
    expect(milestonesOn(day)).toEqual([]);
  });

  it('an invalid Date has no milestone', () => {
    expect(milestonesOn(new Date(Number.NaN))).toEqual([]);
  });

  test.prop([fc.date({ min: new Date('2021-06-01T00:00:00Z'), max: new Date('2026-06-01T00:00:00Z'), noInvalidDate: true })])(
    'a Date and its Vietnamese civil day give the same milestones, in MILESTONE_IDS order',
    (instant) => {
      const day = toCivilDate(instant);
      expect(day).toBeDefined();
      const found = milestonesOn(instant);
      expect(found).toEqual(milestonesOn(day as string));
      expect(found).toEqual(MILESTONE_IDS.filter((id) => found.includes(id)));
      for (const id of found) {
        expect(
          [...MILESTONE_WINDOWS, ...CALENDAR_WINDOWS].some(
            (w) => w.milestone === id && w.from <= (day as string) && (day as string) <= w.to,
          ),
        ).toBe(true);
      }
    },
  );
});
