/** Fixes from the review of the guidance, law and workflow code (each pins one behaviour). */
import { describe, expect, it } from 'vitest';
import {
  checkDossier,
  checkQuotas,
  LEGAL_REGIMES,
  createNominationRecord,
  defineGuidance,
  evaluateNomination,
  findConflicts,
  parseNominationRecord,
} from '../../src/index.js';
import { runProgram } from '../../src/cli/program.js';
import { exampleGuidance, makeNomination, makeSubject } from '../../src/testing/index.js';
import { applyUnchecked as applyNominationEvent } from '../workflow/fixtures.js';
import { MAX_ISSUES as MAX_RECORD_ISSUES } from '../../src/core/issues.js';

/** `createNominationRecord`'s record, which the test expects to be created. */
function mustCreate(...args: Parameters<typeof createNominationRecord>): NominationRecordOf {
  const created = createNominationRecord(...args);
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  return created.value;
}
type NominationRecordOf = Extract<ReturnType<typeof createNominationRecord>, { ok: true }>['value'];

const guidance = (extra: object) => {
  const g = defineGuidance({ ...JSON.parse(JSON.stringify(exampleGuidance)), ...extra });
  if (!g.ok) throw new Error(JSON.stringify(g.error));
  return g.value;
};

describe('review fixes', () => {
  it('quotas: a share is rounded down without floating-point noise (0.29 × 100 = 29)', () => {
    const g = guidance({ quotas: [{ form: 'director-certificate', maxShare: 0.29, item: 'mục 3' }] });
    const list = Array.from({ length: 100 }, (_, i) =>
      makeNomination({ id: `n${i}`, form: i < 29 ? 'director-certificate' : 'provincial-certificate' }),
    );
    expect(checkQuotas(list, { guidance: g })).toEqual([]);
    const over = list.map((n, i) => (i === 29 ? { ...n, form: 'director-certificate' as const } : n));
    expect(checkQuotas(over, { guidance: g }).map((q) => [q.count, q.limit])).toEqual([[30, 29]]);
  });

  it('IV.1.2: a dossier returned for a missing document is completed and sent again by SUBMIT with its documents', () => {
    const options = { dossier: 'law-default' as const };
    let record = mustCreate({ ...makeNomination(), documents: ['submission'] }, '2024-10-01');
    for (const event of [{ type: 'PROPOSE', by: 'unit-head', on: '2024-10-02' }]) {
      const next = applyNominationEvent(record, event, options);
      if (!next.ok) throw new Error(next.error.code);
      record = next.value;
    }
    const refused = applyNominationEvent(record, { type: 'SUBMIT', by: 'unit-head', on: '2024-10-03' }, options);
    expect(refused.ok ? 'ok' : refused.error.code).toBe('DOSSIER_INCOMPLETE');
    const complete = ['submission', 'achievement-report', 'review-minutes'];
    const sent = applyNominationEvent(record, { type: 'SUBMIT', by: 'unit-head', on: '2024-10-04', documents: complete }, options);
    expect(sent.ok).toBe(true);
    if (!sent.ok) return;
    expect(sent.value.nomination.documents).toEqual(complete);
    expect(record.nomination.documents).toEqual(['submission']); // the input is untouched
    expect(parseNominationRecord(JSON.parse(JSON.stringify(sent.value)))).toEqual({ ok: true, value: sent.value });
    const returned = applyNominationEvent(sent.value, {
      type: 'RETURN',
      by: 'department-office',
      on: '2024-10-05',
      reason: 'Thiếu chữ ký',
    });
    expect(returned.ok && applyNominationEvent(returned.value, { type: 'SUBMIT', by: 'unit-head', on: '2024-10-06' }, options).ok).toBe(
      true,
    );
  });

  it('Nghị định 98/2023 Điều 4: the thematic mark of 2024-01-01 … 2025-06-30, not of a 2023 decision (ND 91/2017 Điều 3) nor of one from 2025-07-01', () => {
    const rules = (on: string) => evaluateNomination(makeNomination(), { legal: { on } }).findings.map((f) => f.rule);
    expect(rules('2023-11-20')).not.toContain('Nghị định 98/2023/NĐ-CP, Điều 4');
    expect(rules('2023-11-20')).toContain('Nghị định 91/2017/NĐ-CP, Điều 3');
    expect(rules('2024-11-20')).toContain('Nghị định 98/2023/NĐ-CP, Điều 4');
    expect(rules('2025-07-01').some((r) => r.includes('98/2023'))).toBe(false);
  });

  it('a caller may replace the regimes (secondary data)', () => {
    const regimes = [
      {
        id: 'law-2003' as const,
        law: { ref: 'Luật X', confidence: 'confirmed' as const },
        decree: { ref: 'NĐ Y', confidence: 'confirmed' as const },
        oneAchievementOneForm: { effect: 'refuse' as const, citation: { ref: 'Luật X Điều 1', confidence: 'confirmed' as const } },
        thematicMark: LEGAL_REGIMES[0]!.thematicMark,
      },
    ];
    const n = { ...makeNomination(), achievementId: 'a' };
    const e = evaluateNomination(n, {
      legal: { on: '2020-01-01', regimes },
      awarded: [{ achievementId: 'a', form: 'provincial-certificate' }],
    });
    expect(e.outcome).toBe('not-met');
    expect(e.findings.some((f) => f.rule === 'Luật X Điều 1')).toBe(true);
  });

  it('the law’s default dossier asks a household for its own report, not a collective’s Mẫu 02', () => {
    const h = { ...makeNomination({ subject: makeSubject({ category: 'poor-household' }) }), documents: [] };
    expect(checkDossier(h, { dossier: 'law-default' }).missing.map((m) => m.label.vi)).toEqual([
      'Tờ trình đề nghị xét tặng hình thức khen thưởng',
      'Báo cáo thành tích của hộ gia đình (do hộ gia đình lập)',
      'Biên bản xét khen thưởng',
    ]);
  });

  it('one subject, one achievement: the same achievementId of two subjects is no conflict', () => {
    const a = { ...makeNomination({ id: 'a' }), achievementId: 'mo-hinh' };
    const b = { ...makeNomination({ id: 'b', subject: makeSubject({ id: 'other' }) }), achievementId: 'mo-hinh' };
    expect(findConflicts([a, b], { legal: { on: '2025-01-01' } })).toEqual([]);
    const awarded = [{ achievementId: 'mo-hinh', form: 'provincial-certificate' as const, subjectId: 'other' }];
    expect(evaluateNomination(a, { legal: { on: '2025-01-01' }, awarded }).outcome).toBe('met');
  });

  it('a guidance criterion id may not be a built-in property name', () => {
    const g = defineGuidance({
      ...JSON.parse(JSON.stringify(exampleGuidance)),
      criteria: [{ id: 'toString', label: { vi: 'x', en: 'x' }, item: '1', categories: ['unit'] }],
    });
    expect(!g.ok && g.error[0]?.message.en).toContain('built-in JavaScript property');
  });

  it('the record parsers stop at MAX_RECORD_ISSUES, with the marker last', () => {
    const bad = { event: { type: 'SUBMIT', by: 'director', on: '2023-10-03' }, status: 'submitted' };
    const nomination = makeNomination();
    const history = [
      { event: { type: 'CREATE', on: '2023-10-02', nomination }, status: 'draft' },
      ...Array.from({ length: MAX_RECORD_ISSUES + 5 }, () => bad),
    ];
    const result = parseNominationRecord({ schemaVersion: 2, nomination, status: 'draft', history });
    expect(!result.ok && result.error.length).toBe(MAX_RECORD_ISSUES + 1);
    expect(!result.ok && result.error.at(-1)?.code).toBe('too_many_issues');
  });

  it('CLI: proposals without --occasion is a usage error before the file is read', async () => {
    const err: string[] = [];
    const code = await runProgram(['proposals', '/nonexistent/file.json'], {
      out: () => {},
      err: (s) => err.push(s),
      now: () => new Date(),
    });
    expect(code).toBe(2);
    expect(err.join('\n')).toContain('Thiếu --occasion');
    const hint: string[] = [];
    await runProgram(['timeline', '--on', '2024-02-30', '--lang', 'en'], {
      out: () => {},
      err: (s) => hint.push(s),
      now: () => new Date(),
    });
    expect(hint.join('\n')).toContain('YYYY-MM-DD');
  });
});
