/**
 * The layers of `src/`, bottom to top (docs/architecture.md): each folder imports only from the
 * folders below it — type-only imports included — and no module imports itself through a cycle.
 * A folder that is not listed fails the test, so a new folder must be given its place.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

/** The rank of each top-level folder of `src/` (the entry points at its root are the top). */
export const LAYERS: Readonly<Record<string, number>> = {
  core: 0, // basic types, civil dates, freeze, code lists, citations, issue type
  plan: 1, // the plan as data: clauses, names, plan metadata
  text: 2, // every message and label, vi + en
  validation: 3, // zod schemas of the inputs and the issue machinery
  guidance: 4, // the optional layers: the annual guidance (III.4) …
  law: 4, // … and the law around the plan
  rules: 5, // the evaluators, and the one place that applies the optional layers
  workflow: 6, // the nomination workflow and the campaign record
  poverty: 7,
  testing: 7,
  activities: 7,
  documents: 8,
  reports: 9,
  '.': 10, // entry points (index.ts, schemas.ts, json-schema.ts)
  cli: 11,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]!);
  return specifiers.map((s) => resolve(dirname(file), s.replace(/\.js$/, '.ts')));
}

const folderOf = (file: string): string => {
  const rel = relative(SRC, file);
  return rel.includes('/') ? rel.slice(0, rel.indexOf('/')) : '.';
};

const files = sourceFiles(SRC);
const graph = new Map(files.map((file) => [file, importsOf(file)]));

describe('layers of src/', () => {
  it('every folder has a rank', () => {
    const unranked = [...new Set(files.map(folderOf))].filter((folder) => !(folder in LAYERS));
    expect(unranked).toEqual([]);
  });

  it('no folder imports from its own rank or above (other than itself)', () => {
    const upward: string[] = [];
    for (const [file, imports] of graph) {
      const from = folderOf(file);
      for (const target of imports) {
        const to = folderOf(target);
        if (to === from) continue;
        if ((LAYERS[to] ?? Infinity) >= (LAYERS[from] ?? -1)) upward.push(`${relative(SRC, file)} → ${relative(SRC, target)}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('no import cycle between modules', () => {
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, stack: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...stack.slice(stack.indexOf(file)), file].map((f) => relative(SRC, f)).join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const target of graph.get(file) ?? []) visit(target, [...stack, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('the walk sees the imports (guards against a test that cannot fail)', () => {
    expect(graph.get(join(SRC, 'rules/nomination.ts'))).toContain(join(SRC, 'rules/evaluation.ts'));
    expect(folderOf(join(SRC, 'index.ts'))).toBe('.');
  });
});
