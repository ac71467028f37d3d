// The vitest configuration Stryker runs (`stryker.config.json`): every test that exercises code,
// minus those that cannot kill a mutant of src/rules or src/workflow and only cost time — type
// tests, documentation checks (they type-check and never run the code), the command line and the
// package checks (they run the built dist/, not the mutated sources), and the fuzzing (robustness,
// not rules), and the papers and reports (they are not mutated; LibreOffice is slow). No coverage;
// a generous timeout, since instrumented code on a loaded machine is several times slower.
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [
      ...configDefaults.exclude,
      'test/docs/**',
      'test/cli/**',
      'test/package/**',
      'test/robustness/**',
      'test/documents/**',
      'test/reports/**',
    ],
    testTimeout: 60_000,
    typecheck: { enabled: false },
    coverage: { enabled: false },
  },
});
