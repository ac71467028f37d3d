/**
 * Evidence (readings 23–25): the activities a nomination names for its criteria (III.2.a, III.2.b)
 * are checked — they exist, are the subject's (or the person's unit's), fall in the occasion's
 * period — and never make a criterion `met`.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { type Activity, activitiesByCriterion, checkEvidence, occasionPeriodOf } from '../../src/activities/index.js';
import { evaluateNomination, type Nomination, parseNomination } from '../../src/index.js';
import { exampleGuidance, makeNomination, makeSubject, sampleActivities, sampleEvidence, scenarios } from '../../src/testing/index.js';
import { arbitraries } from '../../src/testing/arbitraries.js';

/** A scenario's nomination, parsed, with the built-in evidence set on it. */
function scenarioNomination(id: string): Nomination {
  const entry = Object.values(scenarios)
    .flatMap((s) => s.entries)
    .find((e) => (e.input as { id?: string }).id === id);
  const parsed = parseNomination({ ...(entry?.input as object), evidence: sampleEvidence[id] });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.value;
}

const summary = (n: Nomination) =>
  checkEvidence(n, sampleActivities).map((f) => [f.rule, f.activityId ?? '-', f.outcome, f.severity ?? '', f.problems.join('+')]);

describe('occasionPeriodOf (reading 23)', () => {
  it('annual: its year; sơ kết 2023: 2021–2023; tổng kết 2025: 2021–2025; not the plan’s: none', () => {
    expect(occasionPeriodOf({ kind: 'annual', year: 2022 })).toEqual({ from: '2022-01-01', to: '2022-12-31' });
    expect(occasionPeriodOf({ kind: 'preliminary-review', year: 2023 })).toEqual({ from: '2021-01-01', to: '2023-12-31' });
    expect(occasionPeriodOf({ kind: 'final-review', year: 2025 })).toEqual({ from: '2021-01-01', to: '2025-12-31' });
    expect(occasionPeriodOf({ kind: 'final-review', year: 2024 })).toBeUndefined();
    expect(occasionPeriodOf({ kind: 'annual', year: 2021 })).toBeUndefined();
  });
});

describe('checkEvidence on the scenarios', () => {
  it('SK23-01, a unit at the 2023 preliminary review: activities of 2022 and 2023 are in its period', () => {
    expect(summary(scenarioNomination('SK23-01'))).toEqual([
      ['III.2.a.1', 'HD-2022-02', 'met', '', ''],
      ['III.2.a.3', 'HD-2022-03', 'met', '', ''],
      ['III.2.a.3', 'HD-2023-05', 'met', '', ''],
    ]);
  });

  it('SK23-07, a worker: his own activity; his unit’s with a warning (reading 25); another person’s refused', () => {
    const findings = checkEvidence(scenarioNomination('SK23-07'), sampleActivities);
    expect(findings.map((f) => [f.activityId, f.outcome, f.severity ?? '', f.problems.join('+'), f.unitId ?? ''])).toEqual([
      ['HD-2023-11', 'met', '', '', ''],
      ['HD-2023-02', 'met', 'warning', '', 'doan-qldb-1'],
      ['HD-2023-06', 'not-met', '', 'other-subject', ''],
    ]);
    expect(findings[1]?.message.vi).toContain('là của đơn vị doan-qldb-1, nơi Lục Văn Sình công tác');
    expect(findings[2]?.message).toEqual({
      vi: 'III.2.b.3: hoạt động HD-2023-06 là của cc-be-thi-thu, không phải của Lục Văn Sình hay đơn vị doan-qldb-1.',
      en: 'III.2.b.3: activity HD-2023-06 is by cc-be-thi-thu, not by Lục Văn Sình or unit doan-qldb-1.',
    });
  });

  it('HN24-01, a unit at the 2024 annual reward: not found, outside the year, another unit’s, a criterion of individuals', () => {
    const findings = checkEvidence(scenarioNomination('HN24-01'), sampleActivities);
    expect(findings.map((f) => [f.rule, f.activityId ?? '-', f.outcome, f.problems.join('+')])).toEqual([
      ['III.2.a.1', 'HD-2024-99', 'unknown', 'not-found'],
      ['III.2.a.3', 'HD-2024-01', 'met', ''],
      ['III.2.a.3', 'HD-2024-07', 'met', ''],
      ['III.2.a.3', 'HD-2023-07', 'not-met', 'other-subject+outside-period'],
      ['III.2.b.1', '-', 'not-met', 'not-applicable'],
    ]);
    expect(findings[3]?.message.en).toBe(
      'III.2.a.3: activity HD-2023-07 is by trung-tam-dang-kiem, not by Phòng Quản lý vận tải, phương tiện và người lái. III.2.a.3: activity HD-2023-07 of 2023-10-17 is outside the period of the annual reward of 2024 (2024-01-01..2024-12-31).',
    );
    expect(findings[4]?.message.vi).toBe(
      'III.2.b.1: tiêu chí này không áp dụng cho phòng, ban, đơn vị; các hoạt động nêu làm căn cứ (HD-2024-01) không được xem xét.',
    );
  });

  it('TK25-01 and TK25-02 at the 2025 final review: the whole period counts, 2021 included (reading 22)', () => {
    expect(summary(scenarioNomination('TK25-01')).every((row) => row[2] === 'met' && row[3] === '')).toBe(true);
    expect(summary(scenarioNomination('TK25-02'))).toEqual([
      ['III.2.b.1', 'HD-2025-02', 'met', 'warning', ''],
      ['III.2.b.2', 'HD-2023-03', 'met', '', ''],
    ]);
  });

  it('evidence never changes the evaluation: criteria stay the council’s judgement (reading 24)', () => {
    for (const id of Object.keys(sampleEvidence)) {
      const n = scenarioNomination(id);
      const { evidence: _e, ...without } = n;
      expect(evaluateNomination(n)).toEqual(evaluateNomination(without));
    }
    // An unassessed criterion with accepted evidence stays unknown.
    const unassessed = makeNomination({ assessment: {}, evidence: { 'III.2.a.3': ['HD-2024-01'] } });
    expect(checkEvidence(unassessed, sampleActivities).map((f) => f.outcome)).toEqual(['met']);
    expect(evaluateNomination(unassessed).outcome).toBe('unknown');
  });
});

describe('checkEvidence options and edges', () => {
  const unitOfPerson = makeNomination({
    subject: makeSubject({ id: 'cc-nong-van-dung', name: 'Nông Văn Dũng', category: 'civil-servant' }),
    occasion: { kind: 'annual', year: 2023 },
    proposingUnit: 'van-phong-so',
    evidence: { 'III.2.b.1': ['HD-2023-08'] },
  });

  it('unitOf names the person’s unit instead of the proposing unit', () => {
    expect(checkEvidence(unitOfPerson, sampleActivities).map((f) => f.problems)).toEqual([['other-subject']]);
    expect(checkEvidence(unitOfPerson, sampleActivities, { unitOf: { 'cc-nong-van-dung': 'phong-kh-tc' } }).map((f) => f.unitId)).toEqual([
      'phong-kh-tc',
    ]);
  });

  it('a unit’s nomination does not take its people’s activities, nor its proposing unit’s', () => {
    const unit = makeNomination({
      proposingUnit: 'cong-doan-so',
      occasion: { kind: 'annual', year: 2023 },
      evidence: { 'III.2.a.3': ['HD-2023-09'] },
    });
    expect(checkEvidence(unit, sampleActivities).map((f) => f.problems)).toEqual([['other-subject']]);
  });

  it('period replaces the occasion’s; an occasion the plan does not have has no period', () => {
    const n = makeNomination({ evidence: { 'III.2.a.3': ['HD-2024-01'] } });
    expect(checkEvidence(n, sampleActivities, { period: { from: '2024-06-01', to: '2024-12-31' } })[0]?.problems).toEqual([
      'outside-period',
    ]);
    const off = makeNomination({ occasion: { kind: 'final-review', year: 2024 }, evidence: { 'III.2.a.3': ['HD-2024-01'] } });
    const [finding] = checkEvidence(off, sampleActivities);
    expect(finding?.problems).toEqual(['no-period']);
    expect(finding?.message.vi).toBe(
      'III.2.a.3: tổng kết phong trào thi đua năm 2024 không phải là dịp khen thưởng của kế hoạch, nên không có thời gian để đối chiếu hoạt động HD-2024-01.',
    );
  });

  it('no evidence, no finding; the first entry of a repeated id counts', () => {
    expect(checkEvidence(makeNomination(), sampleActivities)).toEqual([]);
    const first: Activity = { ...(sampleActivities[20] as Activity) };
    const second: Activity = { ...first, by: { subjectId: 'someone-else' } };
    const n = makeNomination({ evidence: { 'III.2.a.3': [first.id] } });
    expect(checkEvidence(n, [first, second])[0]?.outcome).toBe('met');
  });

  it('a guidance criterion takes evidence once the guidance is given (III.4)', () => {
    // The example guidance: VD-TT.1 is a criterion of units, VD-HO.1 of households.
    const input = { ...makeNomination(), evidence: { 'VD-TT.1': ['HD-2024-01'], 'VD-HO.1': ['HD-2024-01'] } };
    expect(parseNomination(input).ok).toBe(false);
    const parsed = parseNomination(input, { guidance: exampleGuidance });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const findings = checkEvidence(parsed.value, sampleActivities, { guidance: exampleGuidance });
    expect(findings.map((f) => [f.rule, f.outcome, f.problems.join()])).toEqual([
      ['VD-TT.1', 'met', ''],
      ['VD-HO.1', 'not-met', 'not-applicable'],
    ]);
    // Criteria that do not apply come after, the plan's first, then the others by id.
    const more = parseNomination(
      { ...input, evidence: { 'VD-HO.2': ['a'], 'III.2.b.1': ['b'], 'VD-HO.1': ['c'] } },
      { guidance: exampleGuidance },
    );
    if (!more.ok) throw new Error(JSON.stringify(more.error));
    expect(checkEvidence(more.value, sampleActivities, { guidance: exampleGuidance }).map((f) => f.rule)).toEqual([
      'III.2.b.1',
      'VD-HO.1',
      'VD-HO.2',
    ]);
    expect(
      activitiesByCriterion(parsed.value, sampleActivities, { guidance: exampleGuidance }).map((g) => [g.criterion, g.label.en]),
    ).toEqual([['VD-TT.1', 'Has a model of help for poor households that was replicated']]);
  });

  test.prop([arbitraries.nomination, arbitraries.evidence, fc.array(arbitraries.activity, { maxLength: 10 })])(
    'one finding per named id of an applicable criterion; met only when the checks pass; never throws',
    (nomination, evidence, activities) => {
      const n = { ...nomination, evidence };
      const findings = checkEvidence(n, activities);
      for (const f of findings) {
        expect(f.outcome === 'met').toBe(f.problems.length === 0);
        expect(f.outcome === 'unknown').toBe(f.problems.includes('not-found'));
        expect(f.message.vi.startsWith(`${f.rule}: `)).toBe(true);
      }
      expect(evaluateNomination(n)).toEqual(evaluateNomination(nomination));
    },
  );
});

describe('activitiesByCriterion (for the achievement report)', () => {
  it('lists the accepted activities under each criterion, the unit’s marked', () => {
    const groups = activitiesByCriterion(scenarioNomination('SK23-07'), sampleActivities);
    expect(groups.map((g) => [g.criterion, g.label.vi, g.activities.map((a) => [a.activity.id, a.unitId ?? ''])])).toEqual([
      [
        'III.2.b.3',
        'Hoàn thành xuất sắc nhiệm vụ được giao',
        [
          ['HD-2023-11', ''],
          ['HD-2023-02', 'doan-qldb-1'],
        ],
      ],
    ]);
    expect(activitiesByCriterion(scenarioNomination('HN24-01'), sampleActivities).map((g) => [g.criterion, g.activities.length])).toEqual([
      ['III.2.a.3', 2],
    ]);
    expect(activitiesByCriterion(makeNomination(), sampleActivities)).toEqual([]);
  });
});

describe('Nomination.evidence at the boundary', () => {
  it('unknown criterion ids and blank activity ids are refused with their path', () => {
    const result = parseNomination({ ...makeNomination(), evidence: { 'III.2.c.1': ['HD-1'], 'III.2.a.3': ['  '] } });
    expect(result.ok ? [] : result.error.map((i) => `${i.path.join('.')} ${i.code} ${i.keys?.join() ?? ''}`)).toEqual([
      'evidence.III.2.a.3.0 invalid_format ',
      'evidence unrecognized_keys III.2.c.1',
    ]);
    expect(parseNomination({ ...makeNomination(), evidence: { 'III.2.a.3': 'HD-1' } }).ok).toBe(false);
  });

  it('valid evidence is kept as given', () => {
    const n = makeNomination({ evidence: { 'III.2.a.3': ['HD-2024-01'] } });
    expect(parseNomination(n)).toEqual({ ok: true, value: n });
  });
});
