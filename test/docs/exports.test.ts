/**
 * Every name that the package's entry points export carries a TSDoc comment with an `@example`
 * (the examples themselves are compiled by `examples.test.ts`).
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ENTRY_POINTS = [
  'src/index.ts',
  'src/schemas.ts',
  'src/testing/index.ts',
  'src/testing/arbitraries.ts',
  'src/poverty/index.ts',
  'src/activities/index.ts',
  'src/reports/index.ts',
  'src/documents/index.ts',
];

const program = ts.createProgram(
  ENTRY_POINTS.map((f) => join(ROOT, f)),
  {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  },
);
const checker = program.getTypeChecker();

function exportsWithoutExample(entry: string): string[] {
  const source = program.getSourceFile(join(ROOT, entry));
  if (source === undefined) throw new Error(`no source ${entry}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) throw new Error(`no module ${entry}`);
  const missing: string[] = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const tags = symbol.getJsDocTags(checker);
    if (!tags.some((tag) => tag.name === 'example')) missing.push(exported.getName());
  }
  return missing;
}

describe('every public export has an @example', () => {
  it.each(ENTRY_POINTS)('%s', (entry) => {
    expect(exportsWithoutExample(entry)).toEqual([]);
  });
});
