/**
 * Issue 10, item 1: `./testing` (factories, scenarios, samples) loads in an app without the
 * optional peer fast-check, in ESM, CommonJS and the types; only `./testing/arbitraries` needs it.
 * Read from the built files (`dist/`, which `npm test` builds first): every module that
 * `dist/testing.js` / `dist/testing.cjs` / `dist/testing.d.ts` reach, chunks included, and every
 * bare specifier they import or require.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["']([^"']+)["']/g;

/** The bare specifiers reachable from a built file, following its relative imports. */
function reachable(entry: string): { files: string[]; bare: Set<string> } {
  const files: string[] = [];
  const bare = new Set<string>();
  const visit = (file: string): void => {
    if (files.includes(file)) return;
    files.push(file);
    for (const match of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
      const specifier = match[1] as string;
      if (!specifier.startsWith('.')) bare.add(specifier);
      // A declaration file names its neighbours by their JavaScript names (`./codes-….js`).
      else if (file.endsWith('.d.ts')) visit(resolve(dirname(file), specifier.replace(/\.js$/, '.d.ts')));
      else if (file.endsWith('.d.cts')) visit(resolve(dirname(file), specifier.replace(/\.c?js$/, '.d.cts')));
      else visit(resolve(dirname(file), specifier));
    }
  };
  visit(join(ROOT, entry));
  return { files, bare };
}

const fastCheck = (bare: Set<string>) => [...bare].filter((s) => s === 'fast-check' || s.startsWith('fast-check/'));

describe('./testing without fast-check (issue 10, item 1)', () => {
  it('the build is there (npm test runs tsup first)', () => {
    expect(existsSync(join(ROOT, 'dist/testing.js'))).toBe(true);
  });

  it.each(['dist/testing.js', 'dist/testing.cjs', 'dist/testing.d.ts', 'dist/testing.d.cts'])('%s reaches no fast-check', (entry) => {
    const { files, bare } = reachable(entry);
    expect(files.length).toBeGreaterThan(entry.endsWith('.js') ? 1 : 0);
    expect(fastCheck(bare)).toEqual([]);
    // The whole text, not only the import statements (a require hidden in a helper would show).
    for (const file of files) expect(readFileSync(file, 'utf8')).not.toMatch(/["']fast-check["']/);
  });

  it.each(['dist/testing/arbitraries.js', 'dist/testing/arbitraries.cjs', 'dist/testing/arbitraries.d.ts'])(
    '%s does import fast-check (the check can see it)',
    (entry) => {
      expect(fastCheck(reachable(entry).bare)).toEqual(['fast-check']);
    },
  );

  it('./testing still has the factories, scenarios and samples, and gains sampleNominations', async () => {
    const testing = await import(join(ROOT, 'dist/testing.js'));
    expect(Object.keys(testing).sort()).toEqual([
      'exampleGuidance',
      'makeNomination',
      'makeSubject',
      'sampleActivities',
      'sampleEvidence',
      'sampleNominations',
      'scenarios',
    ]);
    const root = await import(join(ROOT, 'dist/index.js'));
    expect(root.sampleNominations).toBeUndefined();
  });

  it('package.json maps ./testing/arbitraries in exports and typesVersions', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.exports['./testing/arbitraries']).toEqual({
      import: { types: './dist/testing/arbitraries.d.ts', default: './dist/testing/arbitraries.js' },
      require: { types: './dist/testing/arbitraries.d.cts', default: './dist/testing/arbitraries.cjs' },
    });
    expect(pkg.typesVersions['*']['testing/arbitraries']).toEqual(['./dist/testing/arbitraries.d.ts']);
  });
});
