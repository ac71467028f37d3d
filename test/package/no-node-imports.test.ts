/**
 * The library's entry points run in a browser bundle: no `node:` module (nor a bare Node built-in)
 * is reachable from `.`, `./schemas`, `./testing` or `./testing/arbitraries`. Only `src/cli/` may import them.
 */
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
const BUILTINS = new Set(builtinModules);

/** Every module reachable from an entry, and every bare specifier they import. */
function graph(entry: string): { files: Set<string>; external: Set<string> } {
  const files = new Set<string>();
  const external = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    // Comments hold examples that import the package by name: they are not imports.
    const text = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    for (const match of text.matchAll(IMPORT)) {
      const specifier = (match[1] ?? match[2]) as string;
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else external.add(specifier);
    }
  };
  visit(join(ROOT, entry));
  return { files, external };
}

describe('no Node built-in is reachable from the library entry points', () => {
  // The seals of the workflow's records: @noble/hashes (SHA-256, HMAC) and canonicalize (RFC 8785).
  const SEALS = ['@noble/hashes', 'canonicalize'];
  it.each([
    ['src/index.ts', ['zod', 'fast-check', ...SEALS]],
    ['src/schemas.ts', ['zod', 'fast-check', ...SEALS]],
    // `./testing` loads without its optional peer fast-check: only `./testing/arbitraries` reaches it.
    ['src/testing/index.ts', ['zod', ...SEALS]],
    ['src/testing/arbitraries.ts', ['zod', 'fast-check', ...SEALS]],
    ['src/poverty/index.ts', ['zod', 'fast-check']],
    ['src/activities/index.ts', ['zod', 'fast-check', '@noble/hashes']],
    ['src/reports/index.ts', ['zod', 'fast-check', ...SEALS]],
    // `./documents` alone may reach its optional peer `docx` (loaded by `toDocx` only).
    ['src/documents/index.ts', ['zod', 'docx', ...SEALS]],
  ] as const)('%s', (entry, allowed) => {
    const { files, external } = graph(entry);
    expect(files.size).toBeGreaterThan(3);
    const node = [...external].filter((s) => s.startsWith('node:') || BUILTINS.has(s.split('/')[0] as string));
    expect(node).toEqual([]);
    expect([...files].filter((f) => f.includes(`${join('src', 'cli')}`))).toEqual([]);
    // What the entry may import at run time: its declared dependencies, nothing else.
    expect([...external].filter((s) => !allowed.some((a) => s === a || s.startsWith(`${a}/`)))).toEqual([]);
  });

  it('docx is reached from ./documents by a dynamic import only', () => {
    const text = readFileSync(join(ROOT, 'src/documents/docx.ts'), 'utf8');
    expect(text).toContain("import('docx')");
    expect(text).not.toMatch(/^import (?!type)[^;]*from 'docx'/m);
    expect([...graph('src/documents/index.ts').external]).toContain('docx');
  });

  it('the walker sees a node: import when there is one (the CLI)', () => {
    expect([...graph('src/cli/main.ts').external].some((s) => s.startsWith('node:'))).toBe(true);
  });
});
