import { describe, expect, it } from 'vitest';
import {
  DECIDING_AUTHORITIES,
  decidingAuthorityCitation,
  evaluateNomination,
  LEGAL_REGIMES,
  PLAN_ISSUER,
  REWARD_FORMS,
  THEMATIC_AWARD,
  thematicMarkOn,
} from '../../src/index.js';
import { makeNomination, makeSubject } from '../../src/testing/index.js';

const vnMidnight = (day: string): Date => new Date(`${day}T00:00:00+07:00`);

describe('the thematic mark by regime (docs/law.md)', () => {
  it.each([
    ['2023-12-31', 'Nghị định 91/2017/NĐ-CP, Điều 3', 'secondary', 'state-level-commendation'],
    ['2024-01-01', 'Nghị định 98/2023/NĐ-CP, Điều 4', 'secondary', 'higher-merit-commendation'],
    ['2025-06-30', 'Nghị định 98/2023/NĐ-CP, Điều 4', 'secondary', 'higher-merit-commendation'],
    ['2025-07-01', 'Nghị định 152/2025/NĐ-CP', 'not-verified', 'higher-merit-commendation'],
  ] as const)('%s: %s (%s), %s', (day, ref, confidence, scope) => {
    for (const on of [day, vnMidnight(day)]) {
      const mark = thematicMarkOn(on);
      expect(mark).toMatchObject({ kind: 'thematic', scope, citation: { ref, confidence } });
      const e = evaluateNomination(makeNomination(), { legal: { on } });
      expect(e.findings.at(-1)).toEqual({ rule: ref, outcome: 'met', message: mark?.note });
    }
  });

  it('from 2025-07-01 the mark never cites ND 98/2023 as the decree in force', () => {
    const mark = thematicMarkOn('2025-07-01');
    expect(mark?.citation.ref).not.toContain('98/2023');
    expect(mark?.note.vi).toContain('chưa được xác minh');
    expect(mark?.note.en).toContain('not verified');
    expect(mark?.note.en).not.toContain('98/2023');
  });

  it('before 2024 the mark says State-level, in its own wording', () => {
    const mark = thematicMarkOn('2023-06-01');
    expect(mark?.note.en).toContain('State-level commendation');
    expect(mark?.note.vi).toContain('cấp Nhà nước');
  });

  it('THEMATIC_AWARD (deprecated) is the ND 98/2023 mark', () => {
    expect(THEMATIC_AWARD).toBe(LEGAL_REGIMES[1]?.thematicMark);
    expect(Object.isFrozen(LEGAL_REGIMES[2]?.thematicMark.citation)).toBe(true);
  });
});

describe('who decides, with the citation of the day', () => {
  it.each(REWARD_FORMS)('%s: the 2003 law to 2023-12-31, the 2022 law from 2024-01-01', (form) => {
    const before = decidingAuthorityCitation(form, vnMidnight('2023-12-31'));
    const after = decidingAuthorityCitation(form, vnMidnight('2024-01-01'));
    expect(before?.role).toBe(DECIDING_AUTHORITIES[form].role);
    expect(before?.citation).toEqual(DECIDING_AUTHORITIES[form].citations['law-2003']);
    expect(after?.citation).toEqual(DECIDING_AUTHORITIES[form].citations['law-2022-decree-98']);
    if (form !== 'provincial-certificate') {
      expect(before?.citation.ref).toMatch(/15\/2003\/QH11/u);
      expect(after?.citation.ref).toMatch(/06\/2022\/QH15/u);
    }
  });

  it('an invalid day has no answer; a regime object is used as is', () => {
    expect(decidingAuthorityCitation('director-certificate', '2023-02-29')).toBeUndefined();
    expect(decidingAuthorityCitation('director-certificate', LEGAL_REGIMES[0]!).citation.ref).toMatch(/15\/2003/u);
  });
});

describe('the issuer names the decider of the Giấy khen', () => {
  const giayKhen = makeNomination({ form: 'director-certificate' });
  const successor = {
    ...PLAN_ISSUER,
    name: 'Sở Xây dựng tỉnh Cao Bằng',
    shortName: 'Sở Xây dựng',
    symbol: 'SXD',
    councilName: 'Hội đồng Thi đua - Khen thưởng Sở Xây dựng',
    en: {
      name: 'Department of Construction of Cao Bằng province',
      shortName: 'Department of Construction',
      headTitle: 'Director',
      councilName: 'Emulation and Reward Council of the Department of Construction',
    },
  };

  it('default: the plan’s department; with an issuer: its successor', () => {
    const first = (options: Parameters<typeof evaluateNomination>[1]) =>
      evaluateNomination(giayKhen, options).findings.find((f) => f.rule.includes('Điều 80'));
    expect(first({ legal: { on: '2025-12-15' } })?.message.vi).toContain('Giám đốc Sở Giao thông vận tải');
    const named = first({ legal: { on: '2025-12-15' }, issuer: successor });
    expect(named?.message).toEqual({
      vi: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 80 khoản 1: thẩm quyền quyết định là Giám đốc Sở Xây dựng.',
      en: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 80 khoản 1: decided by the Director of the Department of Construction.',
    });
  });

  it('the plan’s clause texts stay verbatim whatever the issuer', () => {
    const e = evaluateNomination(giayKhen, { legal: { on: '2025-12-15' }, issuer: successor });
    expect(e.findings.find((f) => f.rule === 'III.3.c')?.message.vi).toContain('Giám đốc Sở Giao thông vận tải');
  });
});

describe('a Labour Order for a household (not confirmed)', () => {
  const household = makeNomination({
    form: 'labor-order',
    subject: makeSubject({ id: 'h1', category: 'poor-household' }),
    occasion: { kind: 'final-review', year: 2025 },
  });

  it('with options.legal: a warning, the outcome unchanged', () => {
    const plain = evaluateNomination(household);
    const legal = evaluateNomination(household, { legal: { on: '2025-12-15' } });
    expect(legal.outcome).toBe(plain.outcome);
    const warning = legal.findings.find((f) => f.severity === 'warning');
    expect(warning).toMatchObject({ rule: 'Luật Thi đua, khen thưởng 06/2022/QH15', outcome: 'met' });
    expect(warning?.message.vi).toContain('chưa được xác nhận');
    expect(warning?.message.en).toContain('not confirmed');
  });

  it('none without options.legal, none for an individual', () => {
    expect(evaluateNomination(household).findings.some((f) => f.severity === 'warning')).toBe(false);
    const worker = makeNomination({
      form: 'labor-order',
      subject: makeSubject({ category: 'worker' }),
      occasion: { kind: 'final-review', year: 2025 },
    });
    expect(evaluateNomination(worker, { legal: { on: '2025-12-15' } }).findings.some((f) => f.severity === 'warning')).toBe(false);
  });
});

describe('a caller’s regime resting on a text not verified', () => {
  it('says so in the refusal', () => {
    const regime = {
      ...LEGAL_REGIMES[2]!,
      oneAchievementOneForm: { effect: 'refuse' as const, citation: { ref: 'Nghị định X, Điều 4', confidence: 'not-verified' as const } },
    };
    const n = { ...makeNomination(), achievementId: 'a' };
    const e = evaluateNomination(n, {
      legal: { on: '2025-12-15', regimes: [regime] },
      awarded: [{ achievementId: 'a', form: 'provincial-certificate' }],
    });
    const refusal = e.findings.find((f) => f.outcome === 'not-met');
    expect(refusal?.message.vi).toContain('Nghị định X, Điều 4 (chưa được xác minh):');
    expect(refusal?.message.en).toContain('Nghị định X, Điều 4 (not verified):');
  });
});
