import { describe, expect, it } from 'vitest';
import { issuerCouncilName, issuerHeadName, parseIssuer, PLAN_ISSUER, plan } from '../../src/index.js';
import { ROLE_NAMES as ROLE_NAMES_FOR_TEST } from '../../src/plan/names.js';

describe('PLAN_ISSUER: the plan’s own wording', () => {
  it('names the department as the plan does, and is deeply frozen', () => {
    expect(PLAN_ISSUER.name).toBe(plan.issuer.vi);
    expect(PLAN_ISSUER).toMatchObject({
      shortName: 'Sở Giao thông vận tải',
      parent: 'UBND TỈNH CAO BẰNG',
      symbol: 'SGTVT',
      headTitle: 'Giám đốc',
      place: 'Cao Bằng',
    });
    expect(plan.signer.signsFor.vi.toUpperCase()).toBe(`KT. ${PLAN_ISSUER.headTitle.toUpperCase()}`);
    expect(Object.isFrozen(PLAN_ISSUER) && Object.isFrozen(PLAN_ISSUER.en)).toBe(true);
  });

  it('its head and council are the names the roles carry', () => {
    expect(issuerHeadName()).toEqual(ROLE_NAMES_FOR_TEST.director);
    expect(issuerCouncilName()).toEqual(ROLE_NAMES_FOR_TEST['department-council']);
  });

  it('a successor without English names is named in Vietnamese in both languages', () => {
    const successor = { ...PLAN_ISSUER, shortName: 'Sở Xây dựng', en: undefined };
    expect(issuerHeadName(successor)).toEqual({ vi: 'Giám đốc Sở Xây dựng', en: 'Giám đốc Sở Xây dựng' });
    const council = 'Hội đồng Thi đua - Khen thưởng Sở Xây dựng';
    expect(issuerCouncilName({ ...successor, councilName: council })).toEqual({ vi: council, en: council });
  });
});

describe('parseIssuer: strict, bilingual issues, never a throw', () => {
  it('accepts the plan’s issuer and a successor', () => {
    expect(parseIssuer(PLAN_ISSUER).ok).toBe(true);
    const { en: _en, ...withoutEnglish } = PLAN_ISSUER;
    const r = parseIssuer({
      ...withoutEnglish,
      name: 'Sở Xây dựng tỉnh Cao Bằng',
      shortName: 'Sở Xây dựng',
      symbol: 'SXD',
      councilName: 'Hội đồng Thi đua - Khen thưởng Sở Xây dựng',
    });
    expect(r.ok && r.value.symbol).toBe('SXD');
    expect(r.ok && Object.isFrozen(r.value)).toBe(true);
  });

  it.each([
    [{ ...PLAN_ISSUER, headTitle: '  ' }, ['headTitle'], 'invalid_format'],
    [{ ...PLAN_ISSUER, symbol: 'QĐ/SXD' }, ['symbol'], 'invalid_format'],
    [{ ...PLAN_ISSUER, seal: 'x' }, [], 'unrecognized_keys'],
    [{ ...PLAN_ISSUER, en: { ...PLAN_ISSUER.en, extra: 1 } }, ['en'], 'unrecognized_keys'],
    [{ name: 'Sở Xây dựng' }, ['shortName'], 'invalid_type'],
    ['Sở Xây dựng', [], 'invalid_type'],
  ])('%o → %o %s', (input, path, code) => {
    const r = parseIssuer(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error[0]).toMatchObject({ path, code });
    expect(r.error[0]?.message.vi).not.toBe(r.error[0]?.message.en);
  });
});
