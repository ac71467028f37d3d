/**
 * Factories of valid inputs for downstream test suites.
 *
 * @module
 */
import type { Nomination, Subject } from '../core/inputs.js';

/**
 * A valid subject — by default a unit that has contributed to the province's poverty-reduction
 * goal (III.1.1) — with any field overridden.
 *
 * @param overrides - fields to replace
 * @returns a new subject
 * @example
 * ```ts
 * import { makeSubject } from 'thi-dua-vi-nguoi-ngheo/testing';
 * makeSubject({ category: 'worker', name: 'Lục Văn Sình' }).category; //=> 'worker'
 * ```
 */
export function makeSubject(overrides: Partial<Subject> = {}): Subject {
  return {
    id: 'phong-qlvt',
    name: 'Phòng Quản lý vận tải, phương tiện và người lái',
    category: 'unit',
    contributesToPovertyReduction: true,
    ...overrides,
  };
}

/**
 * A valid nomination that evaluates `met`: a contributing unit, all three collective criteria met
 * (III.2.a), the Director's Giấy khen at the 2024 annual reward (III.3.c). Override any field; when
 * you override `subject` with an individual, the assessment follows the subject's class unless you
 * give one.
 *
 * @param overrides - fields to replace
 * @returns a new nomination
 * @example
 * ```ts
 * import { evaluateNomination } from 'thi-dua-vi-nguoi-ngheo';
 * import { makeNomination, makeSubject } from 'thi-dua-vi-nguoi-ngheo/testing';
 * evaluateNomination(makeNomination()).outcome; //=> 'met'
 * evaluateNomination(makeNomination({ subject: makeSubject({ category: 'civil-servant' }) })).outcome; //=> 'met'
 * evaluateNomination(makeNomination({ form: 'labor-order' })).outcome; //=> 'not-met' (III.3.a)
 * ```
 */
export function makeNomination(overrides: Partial<Nomination> = {}): Nomination {
  const subject = overrides.subject ?? makeSubject();
  const individual = subject.category === 'civil-servant' || subject.category === 'public-employee' || subject.category === 'worker';
  const household = subject.category.endsWith('-household');
  return {
    id: 'HN2024-001',
    subject,
    form: 'director-certificate',
    occasion: { kind: 'annual', year: 2024 },
    // The plan's criteria of the subject's class (docs/plan.md III.2); a household has none of them
    // (the annual guidance sets its criteria, reading 2).
    assessment: household
      ? {}
      : individual
        ? { 'III.2.b.1': 'met', 'III.2.b.2': 'met', 'III.2.b.3': 'met' }
        : { 'III.2.a.1': 'met', 'III.2.a.2': 'met', 'III.2.a.3': 'met' },
    proposingUnit: 'phong-qlvt',
    ...overrides,
  };
}
