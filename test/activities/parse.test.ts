/**
 * parseActivity / parseActivities: the kinds and their clauses (II.1.a, II.1.c, II.1.d, II.2.c,
 * IV.2, IV.4), the figures each kind records, the plan's period (reading 22), unique ids, the cap.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_ISSUE_CODES,
  ACTIVITY_KIND_CLAUSES,
  ACTIVITY_KIND_FIGURES,
  ACTIVITY_KINDS,
  ACTIVITY_PERIOD,
  parseActivities,
  parseActivity,
} from '../../src/activities/index.js';
import { CLAUSE_IDS, label, plan } from '../../src/index.js';
import { MAX_ISSUES as MAX_RECORD_ISSUES } from '../../src/core/issues.js';
import { sampleActivities } from '../../src/testing/index.js';
import { arbitraries } from '../../src/testing/arbitraries.js';

const contribution = {
  id: 'HD-T-1',
  kind: 'fund-contribution',
  clause: 'IV.4',
  by: { subjectId: 'cong-doan-so' },
  on: '2023-10-20',
  amount: 24_500_000,
  contributors: 98,
  description: 'Một ngày lương ủng hộ Quỹ Vì người nghèo',
};

const issuesOf = (input: unknown) => {
  const result = parseActivity(input);
  return result.ok ? [] : result.error.map((i) => `${i.path.join('.')} ${i.code}`);
};

describe('the kinds of activity', () => {
  it('cite clauses of the plan, the main one first (II, IV.4)', () => {
    for (const kind of ACTIVITY_KINDS) {
      for (const clause of ACTIVITY_KIND_CLAUSES[kind]) expect(CLAUSE_IDS).toContain(clause);
    }
    expect(ACTIVITY_KIND_CLAUSES).toEqual({
      'fund-contribution': ['II.1.a', 'IV.4'],
      'household-support': ['II.1.c'],
      'gift-or-visit': ['IV.4'],
      'support-model': ['II.1.d', 'II.1.c'],
      publication: ['II.2.c', 'IV.2'],
    });
    expect(Object.isFrozen(ACTIVITY_KIND_CLAUSES['fund-contribution'])).toBe(true);
    expect(Object.isFrozen(ACTIVITY_KIND_FIGURES.publication.optional)).toBe(true);
  });

  it('have names in both languages (label)', () => {
    expect(label('fund-contribution', 'vi')).toBe('Đóng góp, ủng hộ Quỹ Vì người nghèo và chương trình giảm nghèo');
    expect(label('publication', 'en')).toBe("News and articles on the Department's portal");
  });

  it('the period is the plan’s 2021–2025 (reading 22)', () => {
    expect(ACTIVITY_PERIOD).toEqual({ from: `${plan.period.from}-01-01`, to: `${plan.period.to}-12-31` });
  });
});

describe('parseActivity', () => {
  it('accepts every activity of the built-in register, unchanged', () => {
    for (const activity of sampleActivities) expect(parseActivity(activity)).toEqual({ ok: true, value: activity });
  });

  test.prop([arbitraries.activity])('accepts every generated valid activity', (activity) => {
    expect(parseActivity(activity)).toEqual({ ok: true, value: activity });
  });

  it('refuses a negative amount, a fraction, a figure beyond the safe integers (path amount)', () => {
    expect(issuesOf({ ...contribution, amount: -1 })).toEqual(['amount too_small']);
    expect(issuesOf({ ...contribution, amount: 1.5 })).toEqual(['amount invalid_type']);
    expect(issuesOf({ ...contribution, amount: 2 ** 53 })).toEqual(['amount too_big']);
    expect(issuesOf({ ...contribution, contributors: -3 })).toEqual(['contributors too_small']);
  });

  it('a contribution states its amount; support the households it reached (II.1.a, II.1.c)', () => {
    const { amount: _a, ...noAmount } = contribution;
    expect(issuesOf(noAmount)).toEqual(['amount invalid_type']);
    expect(issuesOf({ ...contribution, kind: 'household-support', clause: 'II.1.c', amount: 1, contributors: undefined })).toEqual([
      'households invalid_type',
      ' unrecognized_keys',
    ]);
  });

  it('refuses a figure the kind does not record, as an unknown key at the root', () => {
    const publication = {
      id: 'p',
      kind: 'publication',
      clause: 'II.2.c',
      by: { subjectId: 'van-phong-so' },
      on: '2023-11-02',
      description: 'Tin bài',
    };
    expect(parseActivity(publication).ok).toBe(true);
    const result = parseActivity({ ...publication, households: 3 });
    expect(result.ok ? [] : result.error).toEqual([
      {
        path: [],
        code: 'unrecognized_keys',
        keys: ['households'],
        message: { vi: 'Trường không được phép: "households".', en: 'Field not allowed: "households".' },
      },
    ]);
  });

  it('refuses an unknown kind, naming the kinds in both languages', () => {
    const result = parseActivity({ ...contribution, kind: 'donation' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toHaveLength(1);
    expect(result.error[0]?.path).toEqual(['kind']);
    expect(result.error[0]?.code).toBe('invalid_union');
    expect(result.error[0]?.message.vi).toBe(
      'Loại hoạt động không hợp lệ: phải là một trong "fund-contribution", "household-support", "gift-or-visit", "support-model", "publication".',
    );
    expect(result.error[0]?.message.en).toMatch(/^Invalid kind of activity: must be one of "fund-contribution"/u);
    expect(issuesOf({ ...contribution, kind: undefined })).toEqual(['kind invalid_union']);
  });

  it('refuses a clause that is not its kind’s', () => {
    expect(issuesOf({ ...contribution, clause: 'II.1.c' })).toEqual(['clause invalid_value']);
    expect(issuesOf({ ...contribution, clause: 'III.3.a' })).toEqual(['clause invalid_value']);
  });

  it('refuses a day outside the plan’s period, with the period in the message (reading 22)', () => {
    expect(issuesOf({ ...contribution, on: '2021-01-01' })).toEqual([]);
    expect(issuesOf({ ...contribution, on: '2025-12-31' })).toEqual([]);
    const result = parseActivity({ ...contribution, on: '2020-12-31' });
    expect(result).toEqual({
      ok: false,
      error: [
        {
          path: ['on'],
          code: 'date_outside_period',
          message: {
            vi: 'Ngày 2020-12-31 nằm ngoài thời gian của kế hoạch (2021-01-01..2025-12-31, giai đoạn 2021 - 2025).',
            en: "2020-12-31 is outside the plan's period (2021-01-01..2025-12-31, 2021–2025).",
          },
        },
      ],
    });
    expect(issuesOf({ ...contribution, on: '2026-01-01' })).toEqual(['on date_outside_period']);
    // Reported with the shape's issues too; an impossible day is the shape's.
    expect(issuesOf({ ...contribution, on: '2026-01-01', amount: -1 })).toEqual(['amount too_small', 'on date_outside_period']);
    expect(issuesOf({ ...contribution, on: '2023-02-29' })).toEqual(['on invalid_format']);
  });

  it('refuses blank ids, descriptions and actors, and unknown keys of the actor', () => {
    expect(issuesOf({ ...contribution, id: ' ', description: '', by: { subjectId: 'x', name: 'Công đoàn' } })).toEqual([
      'id invalid_format',
      'by unrecognized_keys',
      'description too_small',
    ]);
  });

  it('never throws: hostile input is an issue', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
        ownKeys: () => {
          throw new Error('boom');
        },
      },
    );
    expect(issuesOf(hostile)).toEqual([' unreadable_input']);
    // A getter that answers zod, then throws when the period is read.
    let reads = 0;
    const flaky = { ...contribution, amount: -1 };
    Object.defineProperty(flaky, 'on', {
      enumerable: true,
      get: () => {
        reads++;
        if (reads > 1) throw new Error('boom');
        return '2020-01-01';
      },
    });
    expect(issuesOf(flaky)).toEqual(['amount too_small']);
    expect(issuesOf(null)).toEqual([' invalid_type']);
    expect(issuesOf(undefined)).toEqual([' invalid_type']);
    expect(issuesOf([contribution])).toEqual([' invalid_type']);
  });

  it('every message is NFC and bilingual', () => {
    const result = parseActivity({ ...contribution, kind: 'x' });
    if (result.ok) throw new Error('expected issues');
    for (const issue of result.error) {
      expect(issue.message.vi).toBe(issue.message.vi.normalize('NFC'));
      expect(issue.message.en.length).toBeGreaterThan(0);
    }
  });
});

describe('parseActivities', () => {
  it('accepts the register in order', () => {
    expect(parseActivities(sampleActivities)).toEqual({ ok: true, value: sampleActivities });
    expect(parseActivities([])).toEqual({ ok: true, value: [] });
  });

  it('paths start with the entry’s index; a repeated id is refused on the later entry', () => {
    const result = parseActivities([contribution, { ...contribution, id: 'HD-T-2', amount: -5 }, contribution]);
    expect(result.ok ? [] : result.error.map((i) => `${i.path.join('.')} ${i.code}`)).toEqual(['1.amount too_small', '2.id duplicate_id']);
    if (!result.ok)
      expect(result.error[1]?.message.en).toBe('The activity id "HD-T-1" is already used by entry #1: each activity needs its own id.');
  });

  it('refuses what is not an array', () => {
    expect(parseActivities({ activities: [] })).toMatchObject({ ok: false, error: [{ path: [], code: 'invalid_type' }] });
  });

  it(`stops after ${MAX_RECORD_ISSUES} issues with too_many_issues`, () => {
    const broken = Array.from({ length: 500 }, (_, i) => ({ ...contribution, id: `x${i}`, amount: -1 }));
    const result = parseActivities(broken);
    if (result.ok) throw new Error('expected issues');
    expect(result.error).toHaveLength(MAX_RECORD_ISSUES + 1);
    expect(result.error.at(-1)).toMatchObject({ path: [MAX_RECORD_ISSUES], code: 'too_many_issues' });
    expect(ACTIVITY_ISSUE_CODES).toContain('too_many_issues');
  });

  it('a hostile list is an issue, not an exception', () => {
    const list = new Proxy([contribution], {
      get: (t, k) => {
        if (k === '0') throw new Error('boom');
        return Reflect.get(t, k);
      },
    });
    expect(parseActivities(list)).toMatchObject({ ok: false, error: [{ code: 'unreadable_input' }] });
  });

  test.prop([fc.array(arbitraries.activity, { maxLength: 20 })])('valid entries with distinct ids are accepted', (list) => {
    const distinct = list.map((a, i) => ({ ...a, id: `${i}-${a.id}` }));
    expect(parseActivities(distinct)).toEqual({ ok: true, value: distinct });
  });
});
