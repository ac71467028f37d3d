import { describe, expect, it } from 'vitest';
import {
  decidingAuthorityCitation,
  evaluateNomination,
  findConflicts,
  legalRegimeOn,
  LEGAL_REGIMES,
  type Nomination,
  resolveLegalRegime,
  THEMATIC_AWARD,
} from '../../src/index.js';
import { makeNomination, makeSubject } from '../../src/testing/index.js';

describe('LAW.md: the legal regime by date', () => {
  it.each([
    ['2017-10-01', 'law-2003'],
    ['2023-12-31', 'law-2003'],
    ['2024-01-01', 'law-2022-decree-98'],
    ['2025-06-30', 'law-2022-decree-98'],
    ['2025-07-01', 'law-2022-decree-152'],
    ['2030-01-01', 'law-2022-decree-152'],
  ])('%s → %s', (day, id) => {
    expect(legalRegimeOn(day)?.id).toBe(id);
  });

  it('reading 7: an instant is read as its day in Vietnam, on both sides of 2024-01-01', () => {
    expect(legalRegimeOn(new Date('2023-12-31T16:59:59Z'))?.id).toBe('law-2003');
    expect(legalRegimeOn(new Date('2023-12-31T17:00:00Z'))?.id).toBe('law-2022-decree-98');
    expect(legalRegimeOn(new Date('2025-06-30T17:00:00Z'))?.id).toBe('law-2022-decree-152');
  });

  it('an invalid date has no regime; a pinned regime wins over the date', () => {
    expect(legalRegimeOn('2024-02-30')).toBeUndefined();
    expect(resolveLegalRegime({ regime: 'law-2003', on: '2025-01-01' })?.id).toBe('law-2003');
    expect(resolveLegalRegime(undefined)).toBeUndefined();
  });

  it('citations carry their confidence exactly as LAW.md gives it', () => {
    const [old, mid, late] = LEGAL_REGIMES;
    expect(old?.law.confidence).toBe('confirmed');
    expect(mid?.law.ref).toBe('Luật Thi đua, khen thưởng 06/2022/QH15');
    expect(mid?.decree).toMatchObject({ ref: 'Nghị định 98/2023/NĐ-CP', confidence: 'secondary' });
    expect(late?.decree).toMatchObject({ ref: 'Nghị định 152/2025/NĐ-CP', confidence: 'secondary' });
    expect(old?.oneAchievementOneForm).toMatchObject({
      effect: 'refuse',
      citation: { ref: 'Nghị định 91/2017/NĐ-CP, Điều 3', confidence: 'secondary' },
    });
    expect(mid?.oneAchievementOneForm).toMatchObject({
      effect: 'refuse',
      citation: { ref: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 5 khoản 2', confidence: 'confirmed' },
    });
    expect(Object.isFrozen(LEGAL_REGIMES[0])).toBe(true);
  });

  it.each([
    ['director-certificate', 'director', 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 80 khoản 1', 'confirmed'],
    ['labor-order', 'president', 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 77', 'secondary'],
    ['pm-certificate', 'prime-minister', 'Luật Thi đua, khen thưởng 06/2022/QH15', 'secondary'],
  ] as const)('who decides %s: %s, %s (%s)', (form, role, ref, confidence) => {
    expect(decidingAuthorityCitation(form)).toEqual({ role, citation: { ref, confidence } });
  });

  it('under the 2003 law the library cites the law without an article', () => {
    const regime = legalRegimeOn('2023-06-01');
    expect(decidingAuthorityCitation('director-certificate', regime).citation.ref).toContain('15/2003/QH11');
    expect(decidingAuthorityCitation('provincial-certificate', regime).citation.note).toBe('practice');
  });
});

describe('evaluateNomination with options.legal', () => {
  const nomination: Nomination = { ...makeNomination(), achievementId: 'mo-hinh-2024' };
  const awarded = [{ achievementId: 'mo-hinh-2024', form: 'director-certificate' as const, nominationId: 'earlier' }];

  it('without options.legal nothing changes', () => {
    expect(evaluateNomination(nomination, { awarded })).toEqual(evaluateNomination(nomination));
  });

  it('adds the deciding authority with its article and the thematic mark', () => {
    const e = evaluateNomination(nomination, { legal: { on: '2024-12-20' } });
    expect(e.outcome).toBe('met');
    expect(e.findings.slice(-2)).toEqual([
      {
        rule: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 80 khoản 1',
        outcome: 'met',
        message: {
          vi: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 80 khoản 1: thẩm quyền quyết định là Giám đốc Sở Giao thông vận tải.',
          en: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 80 khoản 1: decided by the Director of the Department of Transport.',
        },
      },
      { rule: 'Nghị định 98/2023/NĐ-CP, Điều 4', outcome: 'met', message: THEMATIC_AWARD.note },
    ]);
    expect(THEMATIC_AWARD.kind).toBe('thematic');
  });

  it('Luật 2022 Điều 5 khoản 2: a second form for the same achievement is refused (decided 2024-01-01)', () => {
    const e = evaluateNomination(nomination, { legal: { on: '2024-01-01' }, awarded });
    expect(e.outcome).toBe('not-met');
    const refusal = e.findings.find((f) => f.outcome === 'not-met');
    expect(refusal?.rule).toBe('Luật Thi đua, khen thưởng 06/2022/QH15, Điều 5 khoản 2');
    expect(refusal?.message.vi).toContain('thành tích "mo-hinh-2024" đã có Giấy khen của Giám đốc Sở Giao thông vận tải (earlier)');
  });

  it('Nghị định 91/2017 Điều 3 (secondary): before 2024 the same is refused too (decided 2023-12-31)', () => {
    const e = evaluateNomination(nomination, { legal: { on: '2023-12-31' }, awarded });
    expect(e.outcome).toBe('not-met');
    const refusal = e.findings.find((f) => f.outcome === 'not-met');
    expect(refusal?.rule).toBe('Nghị định 91/2017/NĐ-CP, Điều 3');
    expect(refusal?.message.vi).toMatch(/^Nghị định 91\/2017\/NĐ-CP, Điều 3 \(nguồn thứ cấp\): không khen thưởng nhiều lần/u);
    expect(refusal?.message.en).not.toContain('no explicit ban');
    expect(e.findings.some((f) => f.severity === 'warning')).toBe(false);
  });

  it('a caller’s own regime may still only warn', () => {
    const warnRegime = {
      ...LEGAL_REGIMES[0]!,
      oneAchievementOneForm: { effect: 'warn' as const, citation: { ref: 'Luật X', confidence: 'confirmed' as const } },
    };
    const e = evaluateNomination(nomination, { legal: { on: '2023-12-31', regimes: [warnRegime] }, awarded });
    expect(e.outcome).toBe('met');
    expect(e.findings.find((f) => f.severity === 'warning')).toMatchObject({ rule: 'Luật X', outcome: 'met' });
  });

  it('the nomination itself, or another achievement, is no conflict', () => {
    const self = [{ achievementId: 'mo-hinh-2024', form: 'director-certificate' as const, nominationId: nomination.id }];
    expect(evaluateNomination(nomination, { legal: { on: '2024-06-01' }, awarded: self }).outcome).toBe('met');
    const other = [{ achievementId: 'khac', form: 'director-certificate' as const }];
    expect(evaluateNomination(nomination, { legal: { on: '2024-06-01' }, awarded: other }).outcome).toBe('met');
  });
});

describe('findConflicts', () => {
  const a = { ...makeNomination({ id: 'a' }), achievementId: 'x' };
  const b = { ...makeNomination({ id: 'b', form: 'provincial-certificate' }), achievementId: 'x' };
  const c = { ...makeNomination({ id: 'c', subject: makeSubject({ id: 'u2' }) }), achievementId: 'y' };
  const d = makeNomination({ id: 'd' });

  it('lists every achievement named twice, with the regime’s effect', () => {
    expect(findConflicts([a, b, c, d], { legal: { on: '2025-12-01' } })).toEqual([
      {
        achievementId: 'x',
        nominationIds: ['a', 'b'],
        forms: ['director-certificate', 'provincial-certificate'],
        effect: 'refuse',
        citation: { ref: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 5 khoản 2', confidence: 'confirmed' },
        message: { vi: 'Thành tích "x" có 2 đề nghị khen thưởng.', en: 'Achievement "x" has 2 nominations.' },
      },
    ]);
  });

  it('a second grant of the same form counts too; before 2024 it is refused under ND 91/2017 Điều 3; without a regime no effect', () => {
    const again = { ...a, id: 'a2' };
    expect(findConflicts([a, again], { legal: { on: '2023-11-30' } })[0]).toMatchObject({
      effect: 'refuse',
      nominationIds: ['a', 'a2'],
      citation: { ref: 'Nghị định 91/2017/NĐ-CP, Điều 3', confidence: 'secondary' },
    });
    expect(findConflicts([a, again])[0]?.effect).toBeUndefined();
    expect(findConflicts([c, d])).toEqual([]);
  });
});
