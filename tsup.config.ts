import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library's entry points: `.`, `./schemas`, `./testing`, `./testing/arbitraries`, `./poverty`, `./activities`, `./reports`, `./documents`
    // (whose optional peer `docx` stays external: tsup leaves peer dependencies out of the bundle). Shared code goes into chunks.
    entry: {
      index: 'src/index.ts',
      schemas: 'src/schemas.ts',
      testing: 'src/testing/index.ts',
      // fast-check's arbitraries: their own entry, so that `./testing` loads without fast-check.
      'testing/arbitraries': 'src/testing/arbitraries.ts',
      poverty: 'src/poverty/index.ts',
      activities: 'src/activities/index.ts',
      reports: 'src/reports/index.ts',
      documents: 'src/documents/index.ts',
    },
    format: ['esm', 'cjs'],
    // tsup 8.5.1 injects `baseUrl` into its declaration build; TypeScript 6 reports that as
    // TS5101. Acknowledge it for tsup alone (see TOOLCHAIN.md).
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    sourcemap: true,
    clean: true,
    target: 'es2022',
    treeshake: true,
    splitting: true,
  },
  {
    // The command-line program: the only code that may import `node:` modules.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    clean: false,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
