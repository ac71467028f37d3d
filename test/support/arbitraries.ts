// The library's own tests use the arbitraries it ships in `./testing`.
import { arbitraries } from '../../src/testing/arbitraries.js';

export const subjectArb = arbitraries.subject;
export const occasionArb = arbitraries.occasion;
export const assessmentArb = arbitraries.assessment;
export const nominationArb = arbitraries.nomination;
