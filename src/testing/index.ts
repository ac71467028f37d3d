/**
 * `thi-dua-vi-nguoi-ngheo/testing` — for downstream test suites: factories of valid inputs,
 * realistic scenarios with their expected outcomes, and fast-check arbitraries (fast-check is an
 * optional peer dependency of this subpath only).
 *
 * @packageDocumentation
 */
export { makeNomination, makeSubject } from './factories.js';
export { type Scenario, type ScenarioEntry, type ScenarioExpectation, scenarios } from './scenarios.js';
export { arbitraries } from './arbitraries.js';
export { exampleGuidance } from './example-guidance.js';
export { sampleActivities, sampleEvidence } from './activities.js';
