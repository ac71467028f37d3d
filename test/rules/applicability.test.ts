/**
 * Input that does not apply is refused, not ignored (issue 10, item 5): a criterion of another
 * class (III.2.a for units, III.2.b for individuals, none of the plan's for households), a
 * guidance criterion the guidance does not give the subject's category, and the subject's fields
 * that do not apply to its category (officialList and householdClass: households only; profile's
 * position, workplace, gender and birthYear: individuals only; profile's parent: collectives only).
 */
import { describe, expect, it } from 'vitest';
import {
  CRITERION_IDS,
  criteriaFor,
  defineGuidance,
  evaluateNomination,
  ISSUE_CODES,
  type Nomination,
  parseNomination,
  parseNominationEvent,
  parseNominationRecord,
  createNominationRecord,
  SUBJECT_CATEGORIES,
} from '../../src/index.js';
import { sampleNominations } from '../../src/testing/index.js';
import { NominationSchema } from '../../src/schemas.js';
import { jsonSchemaOf } from '../../src/json-schema.js';

const unit = sampleNominations[0]!;
const worker = sampleNominations.find((n) => n.subject.category === 'worker')!;

const pathsAndCodes = (input: unknown, options?: Parameters<typeof parseNomination>[1]): string[] | 'ok' => {
  const result = parseNomination(input, options);
  if (result.ok) return 'ok';
  for (const issue of result.error) {
    expect(ISSUE_CODES).toContain(issue.code);
    expect(issue.message.vi).not.toBe('');
    expect(issue.message.en).not.toBe('');
  }
  return result.error.map((issue) => `${issue.path.join('.')} ${issue.code}`);
};

describe('III.2: a criterion of another class is refused with its path', () => {
  it("a unit's assessment carrying an individual's criterion not-met (evaluated met in silence before)", () => {
    const input = { ...unit, assessment: { ...unit.assessment, 'III.2.b.1': 'not-met' } };
    expect(evaluateNomination(unit).outcome).toBe('met');
    expect(pathsAndCodes(input)).toEqual(['assessment.III.2.b.1 criterion_not_applicable']);
  });

  it("a worker's assessment carrying a unit's criterion, and evidence for it", () => {
    expect(pathsAndCodes({ ...worker, assessment: { ...worker.assessment, 'III.2.a.1': 'met' } })).toEqual([
      'assessment.III.2.a.1 criterion_not_applicable',
    ]);
    // Evidence for it is not refused: checkEvidence says it does not apply (finding `not-applicable`).
    expect(pathsAndCodes({ ...worker, evidence: { 'III.2.a.2': ['HD-1'] } })).toBe('ok');
  });

  it("a household: none of the plan's criteria apply (docs/plan.md III.2)", () => {
    const household = { ...unit, subject: { id: 'h1', name: 'Hộ ông A', category: 'poor-household' }, assessment: { 'III.2.a.1': 'met' } };
    expect(pathsAndCodes(household)).toEqual(['assessment.III.2.a.1 criterion_not_applicable']);
  });

  it('for every category, exactly the criteria of criteriaFor are taken (agrees with the evaluator)', () => {
    for (const category of SUBJECT_CATEGORIES) {
      const applicable = new Set(criteriaFor(category).map((c) => c.id));
      for (const id of CRITERION_IDS) {
        const input = { ...unit, subject: { id: 's', name: 'S', category }, assessment: { [id]: 'met' } };
        expect(parseNomination(input).ok, `${category} ${id}`).toBe(applicable.has(id));
      }
    }
  });

  it('a guidance criterion that the guidance gives another category is refused', () => {
    const guidance = defineGuidance({
      issuer: { vi: 'Sở Nội vụ', en: 'DoHA' },
      number: '01/HD',
      date: '2024-02-01',
      occasions: [{ kind: 'annual', year: 2024 }],
      criteria: [{ id: 'G.1', label: { vi: 'a', en: 'a' }, item: 'mục 1', categories: ['worker'] }],
    });
    if (!guidance.ok) throw new Error('guidance');
    const options = { guidance: guidance.value };
    expect(pathsAndCodes({ ...worker, assessment: { ...worker.assessment, 'G.1': 'met' } }, options)).toBe('ok');
    expect(pathsAndCodes({ ...unit, assessment: { ...unit.assessment, 'G.1': 'not-met' } }, options)).toEqual([
      'assessment.G.1 criterion_not_applicable',
    ]);
  });
});

describe("III.1: the subject's fields that do not apply to its category are refused with their path", () => {
  it.each([
    ['officialList on a worker', { officialList: { commune: 'Xã A', year: 2024, decision: '12/QĐ-UBND' } }, 'subject.officialList'],
    ['householdClass on a worker', { householdClass: 'poor' }, 'subject.householdClass'],
    ['profile.parent on a worker', { profile: { parent: 'Sở GTVT' } }, 'subject.profile.parent'],
  ])('%s', (_, fields, path) => {
    expect(pathsAndCodes({ ...worker, subject: { ...worker.subject, ...fields } })).toEqual([`${path} field_not_applicable`]);
  });

  it.each([
    ['householdClass on a unit', { householdClass: 'poor' }, 'subject.householdClass'],
    ['profile.gender on a unit', { profile: { gender: 'female' } }, 'subject.profile.gender'],
    ['profile.birthYear on a unit', { profile: { birthYear: 1980 } }, 'subject.profile.birthYear'],
  ])('%s', (_, fields, path) => {
    expect(pathsAndCodes({ ...unit, subject: { ...unit.subject, ...fields } })).toEqual([`${path} field_not_applicable`]);
  });

  it('what applies is still taken: a household with its official list and class; a worker with a profile', () => {
    const household = {
      ...unit,
      assessment: {},
      subject: {
        id: 'h1',
        name: 'Hộ ông A',
        category: 'escaped-poverty-household',
        householdClass: 'near-poor',
        officialList: { commune: 'Xã A', year: 2024, decision: '12/QĐ-UBND' },
        profile: { parent: 'Xã A' },
      },
    };
    expect(pathsAndCodes(household)).toBe('ok');
    expect(
      pathsAndCodes({ ...worker, subject: { ...worker.subject, profile: { position: 'Công nhân', gender: 'male', birthYear: 1985 } } }),
    ).toBe('ok');
  });

  it('the messages name the category, in Vietnamese and English', () => {
    const result = parseNomination({ ...worker, subject: { ...worker.subject, householdClass: 'poor' } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error[0]!.message.vi).toContain('householdClass');
    expect(result.error[0]!.message.en).toContain('householdClass');
  });
});

describe('the boundary everywhere', () => {
  it('NominationSchema itself refuses, and a saved record with such a nomination does not load', () => {
    const bad = { ...unit, assessment: { ...unit.assessment, 'III.2.b.1': 'not-met' } } as Nomination;
    expect(NominationSchema.safeParse(bad).success).toBe(false);
    const created = createNominationRecord(unit, '2023-10-02');
    if (!created.ok) throw new Error('create');
    const saved = JSON.parse(JSON.stringify(created.value)) as { nomination: unknown; history: { event: { nomination?: unknown } }[] };
    saved.nomination = bad;
    saved.history[0]!.event.nomination = bad;
    expect(parseNominationRecord(saved).ok).toBe(false);
  });

  it('an AMEND whose nomination carries a criterion of another class is refused', () => {
    const { id: _id, ...fields } = unit;
    void _id;
    const amend = (assessment: object) =>
      parseNominationEvent({ type: 'AMEND', by: 'unit-head', on: '2023-10-03', nomination: { ...fields, assessment } });
    expect(amend(unit.assessment).ok).toBe(true);
    const bad = amend({ ...unit.assessment, 'III.2.b.1': 'not-met' });
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.error.map((i) => `${i.path.join('.')} ${i.code}`)).toEqual(['nomination.assessment.III.2.b.1 criterion_not_applicable']);
  });

  it('the JSON Schema still builds', () => {
    expect(jsonSchemaOf('nomination').additionalProperties).toBe(false);
  });
});
