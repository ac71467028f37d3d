/**
 * `thi-dua-vi-nguoi-ngheo/testing` — for downstream test suites: factories of valid inputs,
 * realistic scenarios with their expected outcomes, the sample nominations, activities and
 * evidence, and the example guidance. It needs nothing beyond the package's own dependencies;
 * the fast-check arbitraries are in `thi-dua-vi-nguoi-ngheo/testing/arbitraries`, the one subpath
 * that needs the optional peer fast-check.
 *
 * @packageDocumentation
 */
export { makeNomination, makeSubject } from './factories.js';
export { type Scenario, type ScenarioEntry, type ScenarioExpectation, scenarios } from './scenarios.js';
export { exampleGuidance } from './example-guidance.js';
export { sampleActivities, sampleEvidence } from './activities.js';
export { sampleNominations } from './sample.js';
