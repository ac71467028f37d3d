/**
 * summarizeActivities: the movement's results (II, IV.4) totalled by kind, year and subject.
 * Example totals are counted by hand from the built-in register (src/testing/activities.ts).
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  type Activity,
  ACTIVITY_KINDS,
  type ActivityMeasure,
  type ActivityTotals,
  summarizeActivities,
} from '../../src/activities/index.js';
import { sampleActivities } from '../../src/testing/index.js';
import { arbitraries } from '../../src/testing/arbitraries.js';

const m = (total: number, known: number, unknown: number): ActivityMeasure => ({ total, known, unknown });
const NONE = m(0, 0, 0);

const add = (a: ActivityMeasure, b: ActivityMeasure): ActivityMeasure => m(a.total + b.total, a.known + b.known, a.unknown + b.unknown);
const sum = (rows: readonly ActivityTotals[]): ActivityTotals =>
  rows.reduce<ActivityTotals>(
    (acc, r) => ({
      count: acc.count + r.count,
      money: add(acc.money, r.money),
      households: add(acc.households, r.households),
      people: add(acc.people, r.people),
      contributors: add(acc.contributors, r.contributors),
    }),
    { count: 0, money: NONE, households: NONE, people: NONE, contributors: NONE },
  );
const totalsOf = (row: ActivityTotals): ActivityTotals => ({
  count: row.count,
  money: row.money,
  households: row.households,
  people: row.people,
  contributors: row.contributors,
});

describe('summarizeActivities on the built-in register (counted by hand)', () => {
  const summary = summarizeActivities(sampleActivities);

  it('counts the whole period 2021–2025 by default: 33 activities, 5 publications', () => {
    expect(summary.period).toEqual({ from: '2021-01-01', to: '2025-12-31' });
    expect(summary.total.count).toBe(33);
    expect(summary.byKind.map((r) => r.kind)).toEqual([...ACTIVITY_KINDS]);
    expect(summary.byKind.map((r) => r.count)).toEqual([9, 6, 8, 5, 5]);
    expect(summary.byYear.map((r) => [r.year, r.count])).toEqual([
      [2021, 3],
      [2022, 5],
      [2023, 12],
      [2024, 8],
      [2025, 5],
    ]);
  });

  it('fund contributions (II.1.a, IV.4): 118 700 000 đồng from 483 contributors, every amount stated', () => {
    const funds = summary.byKind[0];
    expect(funds?.money).toEqual(m(118_700_000, 9, 0));
    expect(funds?.contributors).toEqual(m(483, 9, 0));
    // A contribution records no households or people: in neither count.
    expect(funds?.households).toEqual(NONE);
    expect(funds?.people).toEqual(NONE);
  });

  it('2023, the preliminary review’s year: money, households, people, with what is not stated apart', () => {
    const y2023 = summary.byYear.find((r) => r.year === 2023);
    expect(y2023 && totalsOf(y2023)).toEqual({
      count: 12,
      money: m(120_500_000, 7, 3),
      households: m(27, 5, 2),
      people: m(68, 4, 3),
      contributors: m(134, 3, 0),
    });
  });

  it('by subject: Đoạn Quản lý đường bộ I, in id order', () => {
    const doan = summary.bySubject.find((r) => r.subjectId === 'doan-qldb-1');
    expect(doan && totalsOf(doan)).toEqual({
      count: 5,
      money: m(140_000_000, 4, 1),
      households: m(21, 5, 0),
      people: m(34, 4, 1),
      contributors: NONE,
    });
    const ids = summary.bySubject.map((r) => r.subjectId);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toContain('cong-doan-so');
  });

  it('from / to (days, both included) and bySubject filter', () => {
    const s = summarizeActivities(sampleActivities, { from: '2023-10-17', to: '2023-11-18', bySubject: ['cong-doan-so', 'phong-kh-tc'] });
    expect(s.total.count).toBe(2);
    expect(s.total.money).toEqual(m(28_500_000, 2, 0));
    expect(s.byYear.map((r) => r.year)).toEqual([2023]);
    expect(summarizeActivities(sampleActivities, { bySubject: 'van-phong-so' }).byKind.at(-1)?.count).toBe(5);
    // A Date is its day in Vietnam: 17:00 UTC on 16 October is already the 17th.
    expect(summarizeActivities(sampleActivities, { from: new Date('2023-10-16T17:00:00Z'), to: '2023-10-17' }).total.count).toBe(1);
  });

  it('an empty span counts nothing; a bound that is not a day counts nothing and has no period', () => {
    const empty = summarizeActivities(sampleActivities, { from: '2024-01-01', to: '2023-12-31' });
    expect(empty.total.count).toBe(0);
    expect(empty.byYear).toEqual([]);
    const invalid = summarizeActivities(sampleActivities, { from: new Date(Number.NaN) });
    expect(invalid.period).toBeUndefined();
    expect(invalid.total.count).toBe(0);
    expect(invalid.byKind).toHaveLength(ACTIVITY_KINDS.length);
  });

  it('beyond the safe integers a total still does not depend on the order of the input', () => {
    const big = (id: string, amount: number): Activity => ({
      id,
      kind: 'fund-contribution',
      clause: 'II.1.a',
      by: { subjectId: 'x' },
      on: '2024-10-17',
      amount,
      description: 'Đóng góp',
    });
    const list = [big('a', Number.MAX_SAFE_INTEGER), big('b', 1), big('c', 1), big('d', Number.MAX_SAFE_INTEGER)];
    const forward = summarizeActivities(list).total.money.total;
    expect(summarizeActivities([...list].reverse()).total.money.total).toBe(forward);
    expect(forward).toBe(Number(2n * BigInt(Number.MAX_SAFE_INTEGER) + 2n));
  });

  it('a year outside the plan (an activity built by hand) still gets its row when the span holds it', () => {
    const late: Activity = {
      id: 'late',
      kind: 'publication',
      clause: 'II.2.c',
      by: { subjectId: 'van-phong-so' },
      on: '2026-02-01',
      description: 'Tin bài',
    };
    expect(summarizeActivities([late]).total.count).toBe(0);
    expect(summarizeActivities([late], { to: '2026-12-31' }).byYear.map((r) => [r.year, r.count])).toEqual([
      [2021, 0],
      [2022, 0],
      [2023, 0],
      [2024, 0],
      [2025, 0],
      [2026, 1],
    ]);
  });

  it('an unstated amount is never counted as zero', () => {
    const gift: Activity = { id: 'g', kind: 'gift-or-visit', clause: 'IV.4', by: { subjectId: 'x' }, on: '2024-01-01', description: 'Quà' };
    const s = summarizeActivities([gift]);
    expect(s.total.money).toEqual(m(0, 0, 1));
    expect(s.total.households).toEqual(m(0, 0, 1));
  });
});

describe('properties', () => {
  const list = fc.array(arbitraries.activity, { maxLength: 40 });

  test.prop([list])('totals add up across kinds, years and subjects', (activities) => {
    const s = summarizeActivities(activities);
    expect(sum(s.byKind)).toEqual(totalsOf(s.total));
    expect(sum(s.byYear)).toEqual(totalsOf(s.total));
    expect(sum(s.bySubject)).toEqual(totalsOf(s.total));
    expect(s.total.count).toBe(activities.length);
  });

  test.prop([list, fc.func(fc.integer())])('the order of the input does not change a total or a row', (activities, f) => {
    const shuffled = [...activities].sort((a, b) => f(a) - f(b));
    expect(summarizeActivities(shuffled)).toEqual(summarizeActivities(activities));
  });

  test.prop([list, arbitraries.activity.map((a) => a.on)])('a day splits the total: ..d + d.. − d..d = all', (activities, d) => {
    const count = (options: { from?: string; to?: string }): number => summarizeActivities(activities, options).total.count;
    expect(count({ to: d }) + count({ from: d }) - count({ from: d, to: d })).toBe(activities.length);
  });

  test.prop([list])('each measure: known + unknown = the activities of the kinds that record it', (activities) => {
    const s = summarizeActivities(activities);
    const records = (a: Activity, f: string): boolean =>
      f === 'amount'
        ? a.kind !== 'publication'
        : f === 'contributors'
          ? a.kind === 'fund-contribution'
          : a.kind !== 'publication' && a.kind !== 'fund-contribution';
    expect(s.total.money.known + s.total.money.unknown).toBe(activities.filter((a) => records(a, 'amount')).length);
    expect(s.total.households.known + s.total.households.unknown).toBe(activities.filter((a) => records(a, 'households')).length);
    expect(s.total.contributors.known + s.total.contributors.unknown).toBe(activities.filter((a) => records(a, 'contributors')).length);
  });
});
