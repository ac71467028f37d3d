/**
 * summarizeAwards on the scenarios' records (test/reports/fixtures.ts): every count below is
 * derived by hand from the scenario's entries and the events each nomination went through.
 */
import { describe, expect, it } from 'vitest';
import { summarizeAwards, type AwardSummary } from '../../src/reports/index.js';
import type { NominationRecord } from '../../src/workflow/index.js';
import { walk } from '../workflow/fixtures.js';
import { campaignOf, finalReviewRecords, preliminaryReviewRecords } from './fixtures.js';

const FINAL_2025 = { kind: 'final-review', year: 2025 } as const;

function ok(result: ReturnType<typeof summarizeAwards>): AwardSummary {
  if (!result.ok) expect.fail(JSON.stringify(result.error));
  return result.value;
}

const zeros = {
  draft: 0,
  proposed: 0,
  submitted: 0,
  returned: 0,
  compiled: 0,
  selected: 0,
  forwarded: 0,
  awarded: 0,
  rejected: 0,
  withdrawn: 0,
};

/** An earlier save of a record: its first `n` history entries. */
function snapshot(record: NominationRecord, n: number): NominationRecord {
  const history = record.history.slice(0, n);
  return { ...record, history, status: history[history.length - 1]!.status };
}

describe('the 2025 final review (III.5.3)', () => {
  const records = finalReviewRecords();
  const summary = ok(summarizeAwards(records, { occasions: [FINAL_2025] }));

  it('counts the three nominations of the final review of 2025; TK25-03 (final review of 2024) is of another occasion', () => {
    expect(records).toHaveLength(4);
    expect(summary.records).toEqual({
      read: 4,
      counted: 3,
      duplicates: 0,
      otherOccasion: 1,
      outsidePeriod: 0,
      afterAsOf: 0,
      emptyHistory: 0,
    });
    expect(summary.occasions).toEqual([FINAL_2025]);
    expect(summary.all).toEqual({ total: 3, byStatus: { ...zeros, forwarded: 1, awarded: 2 } });
    expect(summary.byDecision).toEqual({ award: 2, reject: 0, none: 1 });
  });

  it('by reward form (III.3): TK25-01 Labour Order forwarded, TK25-02 PM certificate awarded, TK25-04 Director certificate awarded', () => {
    expect(summary.byForm['labor-order']).toEqual({ total: 1, byStatus: { ...zeros, forwarded: 1 } });
    expect(summary.byForm['pm-certificate']).toEqual({ total: 1, byStatus: { ...zeros, awarded: 1 } });
    expect(summary.byForm['provincial-certificate']).toEqual({ total: 0, byStatus: zeros });
    expect(summary.byForm['director-certificate']).toEqual({ total: 1, byStatus: { ...zeros, awarded: 1 } });
    expect(Object.keys(summary.byForm)).toEqual(['labor-order', 'pm-certificate', 'provincial-certificate', 'director-certificate']);
  });

  it('by subject (III.1): two units (collective), one civil servant (individual)', () => {
    expect(summary.byCategory.unit.total).toBe(2);
    expect(summary.byCategory['civil-servant'].total).toBe(1);
    expect(summary.byClass.collective).toEqual({ total: 2, byStatus: { ...zeros, forwarded: 1, awarded: 1 } });
    expect(summary.byClass.individual).toEqual({ total: 1, byStatus: { ...zeros, awarded: 1 } });
  });

  it('by proposing unit (IV.1.2), in code-unit order, with the names of the unit subjects', () => {
    expect(summary.byUnit.map((u) => [u.unit, u.name, u.total, u.byStatus.awarded])).toEqual([
      ['ban-qlda', 'Ban Quản lý dự án đầu tư xây dựng công trình giao thông', 1, 1],
      ['doan-qldb-1', 'Đoạn Quản lý đường bộ I', 1, 0],
      ['phong-kh-tc', undefined, 1, 1],
    ]);
    expect(summary.byUnit[1]!.byForm).toEqual({
      'labor-order': 1,
      'pm-certificate': 0,
      'provincial-certificate': 0,
      'director-certificate': 0,
    });
  });

  it('the caller names the units the records only give ids for', () => {
    const named = ok(
      summarizeAwards(records, {
        occasions: [FINAL_2025],
        unitNames: { 'phong-kh-tc': 'Phòng Kế hoạch - Tài chính', 'ban-qlda': 'Ban QLDA' },
      }),
    );
    expect(named.byUnit.map((u) => u.name)).toEqual(['Ban QLDA', 'Đoạn Quản lý đường bộ I', 'Phòng Kế hoạch - Tài chính']);
  });

  it('how far they went (section IV): TK25-04 was returned once by the Office and submitted twice', () => {
    expect(summary.byEvent).toEqual({
      PROPOSE: { nominations: 3, events: 3 },
      SUBMIT: { nominations: 3, events: 4 },
      RETURN: { nominations: 1, events: 1 },
      COMPILE: { nominations: 3, events: 3 },
      SELECT: { nominations: 2, events: 2 },
      FORWARD: { nominations: 2, events: 2 },
      DECIDE: { nominations: 2, events: 2 },
      WITHDRAW: { nominations: 0, events: 0 },
      AMEND: { nominations: 0, events: 0 },
    });
  });

  it('the cross-table holds one cell per occasion, form, category, unit and status', () => {
    expect(summary.cells).toEqual([
      {
        occasion: FINAL_2025,
        form: 'labor-order',
        category: 'unit',
        subjectClass: 'collective',
        unit: 'doan-qldb-1',
        status: 'forwarded',
        count: 1,
      },
      {
        occasion: FINAL_2025,
        form: 'pm-certificate',
        category: 'civil-servant',
        subjectClass: 'individual',
        unit: 'phong-kh-tc',
        status: 'awarded',
        decision: 'award',
        count: 1,
      },
      {
        occasion: FINAL_2025,
        form: 'director-certificate',
        category: 'unit',
        subjectClass: 'collective',
        unit: 'ban-qlda',
        status: 'awarded',
        decision: 'award',
        count: 1,
      },
    ]);
  });

  it('reads the records as of the latest day of their histories by default (the DECIDE of TK25-02, 2025-12-10)', () => {
    expect(summary.days).toEqual({ asOf: '2025-12-10' });
    expect(summary.milestones).toBeUndefined();
  });

  it('without an occasion filter, every occasion found, by year', () => {
    const all = ok(summarizeAwards(records));
    expect(all.occasions).toEqual([{ kind: 'final-review', year: 2024 }, FINAL_2025]);
    expect(all.byOccasion.map((o) => [o.occasion.year, o.total, o.byStatus.draft])).toEqual([
      [2024, 1, 1],
      [2025, 3, 0],
    ]);
    expect(all.all.total).toBe(4);
  });

  it('as of 2025-10-10 the three nominations were all compiled (IV.3.1); the later entries are not read', () => {
    const early = ok(summarizeAwards(records, { occasions: [FINAL_2025], asOf: '2025-10-10' }));
    expect(early.all.byStatus).toEqual({ ...zeros, compiled: 3 });
    expect(early.byEvent.SELECT).toEqual({ nominations: 0, events: 0 });
    expect(early.byDecision).toEqual({ award: 0, reject: 0, none: 3 });
    expect(early.days.asOf).toBe('2025-10-10');
  });

  it('as of a Date, read as its Vietnamese day: 2025-09-14T17:30Z is already 15 September in Hà Nội', () => {
    const first = ok(summarizeAwards(records, { occasions: [FINAL_2025], asOf: new Date('2025-09-14T17:30:00Z') }));
    expect(first.all.byStatus).toEqual({ ...zeros, draft: 3 });
    const before = ok(summarizeAwards(records, { occasions: [FINAL_2025], asOf: new Date('2025-09-14T16:30:00Z') }));
    expect(before.records.afterAsOf).toBe(3);
    expect(before.all.total).toBe(0);
  });

  it('a period of creation: records created on 2025-09-15 are inside 2025-09-15 … 2025-09-15 and outside a period from the 16th', () => {
    expect(ok(summarizeAwards(records, { from: '2025-09-15', to: '2025-09-15' })).all.total).toBe(4);
    const later = ok(summarizeAwards(records, { from: '2025-09-16' }));
    expect(later.records.outsidePeriod).toBe(4);
    expect(later.days).toEqual({ from: '2025-09-16' });
    expect(ok(summarizeAwards(records, { to: '2025-09-14' })).records.outsidePeriod).toBe(4);
  });

  it('counts a nomination saved twice once, by the record that went further, and says so', () => {
    const tk02 = records.find((r) => r.nomination.id === 'TK25-02')!;
    const withCopies = [snapshot(tk02, 4), ...records, snapshot(tk02, 2)];
    const twice = ok(summarizeAwards(withCopies, { occasions: [FINAL_2025] }));
    expect(twice.records).toMatchObject({ read: 6, counted: 3, duplicates: 2 });
    expect(twice.duplicateIds).toEqual(['TK25-02']);
    const { records: _r, duplicateIds: _d, ...rest } = twice;
    const { records: _r2, duplicateIds: _d2, ...once } = summary;
    expect(rest).toEqual(once);
  });

  it('money: TK25-02 (an individual PM certificate decided 2025-12-10) is 3.5 × 2,340,000 = 8,190,000 đồng; TK25-04 (a unit Giấy khen) has no collective coefficient in the tables, counted apart, not as zero', () => {
    expect(summary.money.byForm['pm-certificate']).toEqual({
      awarded: 1,
      known: 1,
      amount: 8_190_000,
      unknown: 0,
      missing: { coefficient: 0, 'labor-order-class': 0, 'base-salary': 0 },
      invalid: 0,
    });
    expect(summary.money.byForm['director-certificate']).toMatchObject({
      awarded: 1,
      known: 0,
      amount: 0,
      unknown: 1,
      missing: { coefficient: 1 },
    });
    expect(summary.money.byForm['labor-order'].awarded).toBe(0);
    expect(summary.money.total).toMatchObject({ awarded: 2, known: 1, amount: 8_190_000, unknown: 1 });
    expect(summary.money.unknownIds).toEqual(['TK25-04']);
    expect(summary.money.confidence).toBe('secondary');
    expect(summary.money.citations.map((c) => c.ref)).toEqual([
      'Nghị định 152/2025/NĐ-CP, Điều 54 khoản 1 điểm a',
      'Nghị định 73/2024/NĐ-CP',
    ]);
  });

  it('money: a Labour Order awarded without its class lacks the class; with it, the amount follows (ND 152/2025 Điều 51)', () => {
    const tk01 = records.find((r) => r.nomination.id === 'TK25-01')!;
    const decided = walk(tk01, [{ type: 'DECIDE', by: 'president', on: '2025-12-12', decision: 'award' }]);
    const noClass = ok(summarizeAwards([decided]));
    expect(noClass.money.total).toMatchObject({ awarded: 1, known: 0, unknown: 1, missing: { 'labor-order-class': 1 } });
    const third = { ...decided, nomination: { ...decided.nomination, laborOrderClass: 'third' as const } };
    const withClass = ok(summarizeAwards([third]));
    // A collective's Labour Order: 4.5 (third class) × 2 (collective) × 2,340,000.
    expect(withClass.money.total).toMatchObject({ awarded: 1, known: 1, amount: 21_060_000, unknown: 0 });
  });

  it('money options: another rounding is used; a bad table is an issue of the options', () => {
    expect(ok(summarizeAwards(records, { amounts: { rounding: 'none' } })).money.total.amount).toBe(8_190_000);
    const bad = summarizeAwards(records, {
      amounts: { baseSalaries: [{ from: '2024-07-01', amount: -1, act: 'x', confidence: 'confirmed' }] },
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error[0]!.path[0]).toBe('amounts');
  });

  it("the issuer is the plan's by default, or the caller's (checked)", () => {
    expect(summary.issuer.symbol).toBe('SGTVT');
    const successor = { ...summary.issuer, name: 'Sở Xây dựng tỉnh Cao Bằng', shortName: 'Sở Xây dựng', symbol: 'SXD', en: undefined };
    expect(ok(summarizeAwards([], { issuer: successor })).issuer.name).toBe('Sở Xây dựng tỉnh Cao Bằng');
    expect(summarizeAwards([], { issuer: { ...successor, symbol: 'Q/SXD' } }).ok).toBe(false);
  });

  it('the campaign (III.5): plan issued late, no inspection in 2024, the 2025 inspection still due on 2025-12-15', () => {
    const withCampaign = ok(summarizeAwards(records, { occasions: [FINAL_2025], campaign: campaignOf(), asOf: '2025-12-15' }));
    expect(withCampaign.milestones?.map((m) => `${m.milestone} ${m.year} ${m.status} ${m.timing} ${m.on ?? ''}`.trim())).toEqual([
      'plan-issuance 2022 done late 2022-11-02',
      'annual-inspection 2022 done done 2022-12-15',
      'preliminary-review 2023 done done 2023-12-20',
      'annual-inspection 2023 done done 2023-12-22',
      'annual-inspection 2024 overdue overdue',
      'final-review 2025 done done 2025-11-20',
      'annual-inspection 2025 due due',
    ]);
  });

  it('with a campaign and no asOf, the day is the latest of the records and the campaign', () => {
    const s = ok(summarizeAwards([], { campaign: campaignOf() }));
    expect(s.days.asOf).toBe('2025-11-20');
    expect(s.milestones?.at(-1)?.timing).toBe('due');
    expect(ok(summarizeAwards([])).days).toEqual({});
  });
});

describe('the 2023 preliminary review (III.5.2)', () => {
  const records = preliminaryReviewRecords();
  const summary = ok(summarizeAwards(records, { occasions: [{ kind: 'preliminary-review', year: 2023 }] }));

  it('eleven valid entries: SK23-01 and SK23-07 awarded, SK23-02 rejected, SK23-05 forwarded, SK23-03 withdrawn, six drafts', () => {
    expect(records).toHaveLength(11);
    expect(summary.all).toEqual({ total: 11, byStatus: { ...zeros, draft: 6, forwarded: 1, awarded: 2, rejected: 1, withdrawn: 1 } });
    expect(summary.byDecision).toEqual({ award: 2, reject: 1, none: 8 });
  });

  it('by form: 1 Labour Order, 2 PM certificates, 3 provincial certificates, 5 Director certificates', () => {
    expect(Object.values(summary.byForm).map((t) => t.total)).toEqual([1, 2, 3, 5]);
    expect(summary.byForm['provincial-certificate'].byStatus).toEqual({ ...zeros, draft: 2, rejected: 1 });
    expect(summary.byForm['director-certificate'].byStatus).toEqual({ ...zeros, draft: 3, awarded: 1, withdrawn: 1 });
  });

  it('by category (III.1): 4 units, 1 poor and 1 newly escaped household, 2 civil servants, 1 public employee, 2 workers', () => {
    expect(Object.fromEntries(Object.entries(summary.byCategory).map(([k, t]) => [k, t.total]))).toEqual({
      unit: 4,
      'poor-household': 1,
      'near-poor-household': 0,
      'escaped-poverty-household': 1,
      'civil-servant': 2,
      'public-employee': 1,
      worker: 2,
    });
    expect([summary.byClass.collective.total, summary.byClass.individual.total]).toEqual([6, 5]);
  });

  it('households (III.1.1): one poor and one newly escaped, neither on an official list, none honoured yet', () => {
    expect(summary.households).toEqual({
      'poor-household': {
        nominations: 1,
        households: 1,
        awardedNominations: 0,
        awardedHouseholds: 0,
        withoutOfficialList: 1,
        classDisagrees: 0,
      },
      'near-poor-household': {
        nominations: 0,
        households: 0,
        awardedNominations: 0,
        awardedHouseholds: 0,
        withoutOfficialList: 0,
        classDisagrees: 0,
      },
      'escaped-poverty-household': {
        nominations: 1,
        households: 1,
        awardedNominations: 0,
        awardedHouseholds: 0,
        withoutOfficialList: 1,
        classDisagrees: 0,
      },
    });
    expect(summary.householdsInAll).toEqual({ households: 2, awardedHouseholds: 0 });
  });

  it('by unit: six units; Đoạn Quản lý đường bộ I proposed four (SK23-02, 07, 09, 10)', () => {
    expect(summary.byUnit.map((u) => `${u.unit} ${u.total} ${u.byStatus.awarded}`)).toEqual([
      'ban-qlda 2 1',
      'doan-qldb-1 4 1',
      'phong-kh-tc 1 0',
      'thanh-tra-so 1 0',
      'trung-tam-dang-kiem 2 0',
      'van-phong-so 1 0',
    ]);
    expect(summary.byUnit.find((u) => u.unit === 'trung-tam-dang-kiem')?.name).toBe('Trung tâm Đăng kiểm xe cơ giới');
  });

  it('steps: SK23-02 returned by the provincial council and forwarded again (IV.3.2)', () => {
    expect(summary.byEvent.RETURN).toEqual({ nominations: 1, events: 1 });
    expect(summary.byEvent.FORWARD).toEqual({ nominations: 3, events: 4 });
    expect(summary.byEvent.DECIDE).toEqual({ nominations: 3, events: 3 });
    expect(summary.byEvent.WITHDRAW).toEqual({ nominations: 1, events: 1 });
  });

  it('a household whose computed class disagrees with its status, and one on an official list', () => {
    const poor = records.find((r) => r.nomination.subject.category === 'poor-household')!;
    const listed: NominationRecord = {
      ...poor,
      nomination: {
        ...poor.nomination,
        id: 'SK23-11b',
        subject: {
          ...poor.nomination.subject,
          id: 'ho-2',
          officialList: { commune: 'Đức Hạnh', year: 2023, decision: '12/QĐ-UBND' },
          householdClass: 'near-poor',
        },
      },
    };
    const s = ok(summarizeAwards([...records, listed]));
    expect(s.households['poor-household']).toMatchObject({ nominations: 2, households: 2, withoutOfficialList: 1, classDisagrees: 1 });
  });
});

describe('the options are checked at the boundary', () => {
  it('an unknown key, a day that is not a day, an invalid Date, a period backwards', () => {
    const bad = (options: unknown) => {
      const r = summarizeAwards([], options as never);
      return r.ok ? [] : r.error.map((i) => `${i.path.join('.')} ${i.code}`);
    };
    expect(bad({ asOff: '2025-12-31' })).toEqual([' unrecognized_keys']);
    expect(bad({ asOf: '2025-02-29' })[0]).toMatch(/^asOf /);
    expect(bad({ to: new Date('x') })[0]).toMatch(/^to /);
    expect(bad({ occasions: [{ kind: 'tổng kết', year: 2025 }] })[0]).toMatch(/^occasions\.0\.kind /);
    expect(bad({ from: '2025-12-31', to: '2025-01-01' })).toEqual(['from period_reversed']);
    const reversed = summarizeAwards([], { from: '2025-12-31', to: '2025-01-01' });
    expect(reversed.ok || reversed.error[0]!.message.vi).toContain('ở sau ngày kết thúc');
  });

  it('a typed record with an empty history (not one the library makes) is left out and counted apart', () => {
    const [first] = finalReviewRecords();
    const s = ok(summarizeAwards([{ ...first!, history: [] }]));
    expect(s.records).toMatchObject({ read: 1, counted: 0, emptyHistory: 1 });
  });
});
