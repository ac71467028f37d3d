/**
 * The evaluators' shared data (src/rules/nomination.ts, src/rules/rewards.ts): every subject state
 * (7 categories × 3 contributions × 4³ assessments) evaluated exactly as `checkEligibility` and
 * `evaluateCriteria` word it, into arrays that are new on every call and the caller's; every timing
 * worded exactly as the uncached functions word it, the timing table (III.3: form × occasion)
 * never filled by data of the wrong type or outside the cached range (the cache stays bounded).
 * Written to kill the mutants of the caching code: a wrong index, a missing cache, a cache without
 * bound.
 */
import { describe, expect, it } from 'vitest';
import {
  type Assessment,
  checkEligibility,
  combineOutcomes,
  CRITERION_IDS,
  evaluateCriteria,
  evaluateNomination,
  isFormGivenAt,
  isHousehold,
  LABELS,
  type Nomination,
  OCCASION_KINDS,
  type Occasion,
  type OccasionKind,
  type Outcome,
  REWARD_FORMS,
  type RewardForm,
  rewardClauseOf,
  SUBJECT_CATEGORIES,
  type Subject,
  type SubjectCategory,
} from '../../src/index.js';
import { timingFindingOf } from '../../src/rules/rewards.js';
import { evaluationOf } from '../../src/rules/evaluation.js';

type Entry = Outcome | undefined;
const ENTRIES: readonly Entry[] = ['met', 'not-met', 'unknown', undefined];
const CONTRIBUTIONS = [true, false, undefined] as const;

function nominationOf(
  category: SubjectCategory,
  contributes: boolean | undefined,
  entries: readonly Entry[],
  other: Entry = undefined,
): Nomination {
  const subject: Subject = { id: 's', name: 'Thử', category };
  if (contributes !== undefined) subject.contributesToPovertyReduction = contributes;
  const own = category === 'unit' ? CRITERION_IDS.slice(0, 3) : CRITERION_IDS.slice(3);
  const foreign = category === 'unit' ? CRITERION_IDS.slice(3) : CRITERION_IDS.slice(0, 3);
  const assessment: Assessment = {};
  own.forEach((id, i) => {
    const entry = entries[i];
    if (entry !== undefined) assessment[id] = entry;
  });
  // An entry for a criterion of the other class: ignored, so it must not change the state.
  if (other !== undefined) assessment[foreign[0]!] = other;
  return { id: 'n', subject, form: 'director-certificate', occasion: { kind: 'annual', year: 2024 }, assessment };
}

/** The state a nomination's subject part depends on, computed here from the rules (not from the code). */
function stateKey(n: Nomination): string {
  const { category, contributesToPovertyReduction: c } = n.subject;
  if (isHousehold(category)) return category;
  const own = category === 'unit' ? CRITERION_IDS.slice(0, 3) : CRITERION_IDS.slice(3);
  const outcomes = own.map((id) => n.assessment[id] ?? 'unknown');
  return [category, c === true ? 'yes' : c === false ? 'no' : '?', ...outcomes].join(' ');
}

const ALL: Nomination[] = [];
for (const category of SUBJECT_CATEGORIES)
  for (const contributes of CONTRIBUTIONS)
    for (const a of ENTRIES) for (const b of ENTRIES) for (const c of ENTRIES) ALL.push(nominationOf(category, contributes, [a, b, c]));

describe('evaluateNomination: the subject part, built on each call', () => {
  it('every state (7 categories × 3 contributions × 4³ assessments) is worded as checkEligibility + evaluateCriteria word it', () => {
    for (const n of ALL) {
      const e = evaluateNomination(n);
      const eligibility = checkEligibility(n.subject);
      const criteria = evaluateCriteria(n.subject, n.assessment);
      const timing = timingFindingOf(n.form, n.occasion);
      expect(e.findings).toEqual([...eligibility.findings, ...criteria.findings, timing]);
      expect(e.missing).toEqual([...eligibility.missing, ...criteria.missing]);
      expect(e.outcome).toBe(combineOutcomes([eligibility.outcome, criteria.outcome, timing.outcome]));
    }
  });

  it('the same state gives equal answers; `findings` and `missing` are new arrays on every call, never frozen, never shared', () => {
    const byKey = new Map<string, ReturnType<typeof evaluateNomination>>();
    const arrays = new Set<readonly unknown[]>();
    for (const n of ALL) {
      const e = evaluateNomination(n);
      for (const array of [e.findings, e.missing]) {
        expect(Object.isFrozen(array)).toBe(false);
        expect(arrays.has(array)).toBe(false);
        arrays.add(array);
      }
      const key = stateKey(n);
      const seen = byKey.get(key);
      if (seen === undefined) byKey.set(key, e);
      else expect(e).toEqual(seen);
    }
    // 4 unit/individual categories × 3 × 27 states, and one per household category.
    expect(byKey.size).toBe(4 * 3 * 27 + 3);
    // The caller owns them: changing one changes no later answer.
    const n = nominationOf('worker', undefined, [undefined, 'met', 'met']);
    const first = evaluateNomination(n);
    (first.missing as unknown[]).length = 0;
    (first.findings as unknown[]).length = 0;
    expect(evaluateNomination(n)).toEqual(byKey.get(stateKey(n)));
  });

  it('an entry for a criterion of the other class, or a household assessment, does not change the state', () => {
    for (const category of SUBJECT_CATEGORIES) {
      const plain = evaluateNomination(nominationOf(category, true, ['met', 'not-met', undefined]));
      const other = evaluateNomination(nominationOf(category, true, ['met', 'not-met', undefined], 'not-met'));
      expect(other.missing).toEqual(plain.missing);
      expect(other.findings).toEqual(plain.findings);
    }
    const a = evaluateNomination(nominationOf('poor-household', false, ['not-met', 'met', 'met']));
    const b = evaluateNomination(nominationOf('poor-household', undefined, [undefined, undefined, 'unknown']));
    expect(a.missing).toEqual(b.missing);
    expect(a.findings).toEqual(b.findings);
  });

  it('the findings array is the caller’s: new each time, not frozen; the findings in it are shared and frozen', () => {
    const n = nominationOf('worker', true, ['met', 'met', 'met']);
    const first = evaluateNomination(n);
    const second = evaluateNomination(structuredClone(n));
    expect(first.findings).not.toBe(second.findings);
    expect(Object.isFrozen(first.findings)).toBe(false);
    first.findings.forEach((f, i) => expect(f).toBe(second.findings[i]));
  });

  it('a category of the wrong type throws, as checkEligibility does, and changes no later answer', () => {
    const bogus = nominationOf('unit', true, ['met', 'met', 'met']);
    (bogus.subject as { category: string }).category = 'team';
    expect(() => evaluateNomination(bogus)).toThrow(TypeError);
    expect(() => checkEligibility(bogus.subject)).toThrow(TypeError);
    const unit = evaluateNomination(nominationOf('unit', true, ['met', 'met', 'met']));
    expect(unit.outcome).toBe('met');
    expect(unit.findings.map((f) => f.rule)).toEqual(['III.1.1', 'III.2.a.1', 'III.2.a.2', 'III.2.a.3', 'III.3.c']);
  });
});

const YEARS = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2040];
const inCache = (form: string, kind: string, year: number) =>
  (REWARD_FORMS as readonly string[]).includes(form) &&
  (OCCASION_KINDS as readonly string[]).includes(kind) &&
  Number.isInteger(year) &&
  year >= 2020 &&
  year <= 2030;

function expectWorded(form: RewardForm, occasion: Occasion): void {
  const finding = timingFindingOf(form, occasion);
  expect(finding.rule).toBe(rewardClauseOf(form));
  expect(finding.outcome).toBe(isFormGivenAt(form, occasion) ? 'met' : 'not-met');
  expect(finding.message.vi).toContain(LABELS[form].vi);
  expect(finding.message.vi).toContain(String(occasion.year));
  expect(finding.message.en).toContain(String(occasion.year));
  expect(Object.isFrozen(finding)).toBe(true);
}

describe('timingFindingOf: the shared timing table', () => {
  it('every form × kind × year is worded for itself, whatever was asked before (no two slots collide)', () => {
    for (const year of YEARS) for (const kind of OCCASION_KINDS) for (const form of REWARD_FORMS) expectWorded(form, { kind, year });
    // and again in the opposite order, now that the table is full
    for (const year of [...YEARS].reverse())
      for (const kind of [...OCCASION_KINDS].reverse()) for (const form of [...REWARD_FORMS].reverse()) expectWorded(form, { kind, year });
  });

  it('shares one finding per form, kind and whole year 2020–2030, and caches nothing else (bounded)', () => {
    const odd = [2024.5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 2 ** 53, -2020, 4040];
    for (const year of [...YEARS, ...odd])
      for (const kind of OCCASION_KINDS)
        for (const form of REWARD_FORMS) {
          const same = timingFindingOf(form, { kind, year }) === timingFindingOf(form, { kind, year });
          expect([form, kind, year, same]).toEqual([form, kind, year, inCache(form, kind, year)]);
        }
  });

  it('a kind of the wrong type is worded on demand, never cached, and lands in no slot; a form of the wrong type throws', () => {
    const bogusKind = 'monthly' as OccasionKind;
    for (const year of [2020, 2024, 2030])
      for (const form of REWARD_FORMS) {
        expect(timingFindingOf(form, { kind: bogusKind, year })).not.toBe(timingFindingOf(form, { kind: bogusKind, year }));
      }
    for (const year of YEARS) for (const kind of OCCASION_KINDS) for (const form of REWARD_FORMS) expectWorded(form, { kind, year });
    expect(() => timingFindingOf('medal' as RewardForm, { kind: 'annual', year: 2024 })).toThrow(TypeError);
  });
});

describe('combining outcomes', () => {
  it('combineOutcomes stops reading at the first not-met (it takes any iterable, even an endless one)', () => {
    function* outcomes(): Generator<Outcome> {
      yield 'unknown';
      yield 'not-met';
      throw new Error('read past the first not-met');
    }
    expect(combineOutcomes(outcomes())).toBe('not-met');
  });

  it('evaluationOf: no findings is met; any not-met wins, wherever it is', () => {
    expect(evaluationOf([], []).outcome).toBe('met');
    const f = (outcome: Outcome) => ({ rule: 'x', outcome, message: { vi: '', en: '' } });
    expect(evaluationOf([f('not-met'), f('unknown'), f('met')], []).outcome).toBe('not-met');
    expect(evaluationOf([f('met'), f('unknown'), f('met')], []).outcome).toBe('unknown');
    expect(evaluationOf([f('met'), f('met'), f('not-met')], []).outcome).toBe('not-met');
  });
});
