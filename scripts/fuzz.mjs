#!/usr/bin/env node
// Nightly-style fuzzing: the robustness tests of test/robustness with 100,000 cases (FUZZ_CASES,
// the total over the fuzz properties), the known-issue checks included (FUZZ_NIGHTLY=1).
// `npm test` runs the same file with a few thousand cases. FUZZ_SEED replays a run. The bounded-
// issues cases (test/robustness/bounded-issues.test.ts: every parser, a hostile 1 MB input, at most
// MAX_ISSUES + 1 issues) run too and print their timings.
// Prints vitest's report, the slowest case, and `N passed, N failed`; exits 1 on any failure.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'reports', 'fuzz.json');
mkdirSync(dirname(out), { recursive: true });
const env = {
  ...process.env,
  FUZZ_CASES: process.env.FUZZ_CASES ?? '100000',
  FUZZ_NIGHTLY: process.env.FUZZ_NIGHTLY ?? '1',
  FUZZ_REPORT: '1',
};
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const started = Date.now();
const run = spawnSync(
  process.execPath,
  [vitest, 'run', 'test/robustness', '--coverage.enabled=false', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`],
  { cwd: root, env, stdio: 'inherit' },
);
let passed = 0;
let failed = 0;
try {
  const report = JSON.parse(readFileSync(out, 'utf8'));
  passed = report.numPassedTests;
  failed = report.numFailedTests;
  if (failed === 0 && !report.success) failed = 1; // an error outside any test
} catch {
  failed = 1;
}
console.log(`\nfuzz: ${env.FUZZ_CASES} cases in ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(run.status === 0 && failed === 0 ? 0 : 1);
