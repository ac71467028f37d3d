import fc from 'fast-check';
import type { Assessment, Nomination, Occasion, Subject } from '../../src/index.js';
import { CRITERION_IDS, OCCASION_KINDS, OUTCOMES, REWARD_FORMS, SUBJECT_CATEGORIES } from '../../src/index.js';

const nonBlank = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => /\S/.test(s));

export const subjectArb: fc.Arbitrary<Subject> = fc.record(
  {
    id: nonBlank,
    name: nonBlank,
    category: fc.constantFrom(...SUBJECT_CATEGORIES),
    contributesToPovertyReduction: fc.boolean(),
  },
  { requiredKeys: ['id', 'name', 'category'] },
);

export const occasionArb: fc.Arbitrary<Occasion> = fc.record({
  kind: fc.constantFrom(...OCCASION_KINDS),
  year: fc.oneof(fc.integer({ min: 2019, max: 2028 }), fc.integer({ min: -1_000_000, max: 1_000_000 })),
});

export const assessmentArb: fc.Arbitrary<Assessment> = fc.record(
  Object.fromEntries(CRITERION_IDS.map((id) => [id, fc.constantFrom(...OUTCOMES)])) as {
    [K in keyof Assessment]-?: fc.Arbitrary<NonNullable<Assessment[K]>>;
  },
  { requiredKeys: [] },
);

export const nominationArb: fc.Arbitrary<Nomination> = fc.record(
  {
    id: nonBlank,
    subject: subjectArb,
    form: fc.constantFrom(...REWARD_FORMS),
    occasion: occasionArb,
    assessment: assessmentArb,
    proposingUnit: nonBlank,
  },
  { requiredKeys: ['id', 'subject', 'form', 'occasion', 'assessment'] },
);
