/**
 * The guides reach their readers: every page of docs/ is a page of the typed-docs site (with a
 * title in `GUIDES` of scripts/typedoc-categories.mjs, which typedoc.json loads), and the package
 * ships docs/ and the plan's text, so that the README's and the guides' relative links work for
 * a user of the npm package as they do in the repository.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// A plain .mjs (typedoc loads it as a plugin): imported by a path the compiler does not follow.
const PLUGIN: string = '../../scripts/typedoc-categories.mjs';
const { GUIDES } = (await import(PLUGIN)) as { GUIDES: Readonly<Record<string, string>> };

const ROOT = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[] };
const typedoc = readFileSync(join(ROOT, 'typedoc.json'), 'utf8');

const guides = readdirSync(join(ROOT, 'docs'))
  .filter((name) => name.endsWith('.md'))
  .sort();
const pages = ['README.md', ...guides.map((name) => `docs/${name}`)];

/** Whether a path (relative to the root) is in the published package, by package.json `files`. */
function shipped(path: string): boolean {
  const excluded = pkg.files.filter((f) => f.startsWith('!')).map((f) => f.slice(1));
  const included = pkg.files.filter((f) => !f.startsWith('!'));
  const under = (entry: string) => path === entry || path.startsWith(`${entry}/`);
  return included.some(under) && !excluded.some((entry) => !entry.includes('*') && under(entry));
}

/** Every relative link target of a markdown page, as a path from the root (anchors dropped). */
function linksOf(page: string): string[] {
  const text = readFileSync(join(ROOT, page), 'utf8').replace(/```[\s\S]*?```/g, '');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1]!.split('#')[0]!)
    .filter((target) => target !== '' && !/^[a-z]+:/i.test(target))
    .map((target) => relative(ROOT, resolve(dirname(join(ROOT, page)), target)));
}

describe('the guides in the typed docs', () => {
  it('typedoc.json loads the plugin and takes docs/*.md as project documents', () => {
    expect(typedoc).toContain('"./scripts/typedoc-categories.mjs"');
    expect(typedoc).toContain('"projectDocuments": ["docs/*.md"]');
  });

  it('every page of docs/ has its title and place in GUIDES, and GUIDES names no missing page', () => {
    expect(Object.keys(GUIDES).sort()).toEqual(guides);
  });
});

describe('the guides in the package', () => {
  it('package.json ships docs/ (not the generated site) and the plan text', () => {
    expect(shipped('docs/getting-started.md')).toBe(true);
    expect(shipped('docs/examples/reports/tong-ket-2025.vi.html')).toBe(true);
    expect(shipped('docs/api/index.html')).toBe(false);
    expect(shipped('source/ke-hoach-thi-dua-vi-nguoi-ngheo-2021-2025.txt')).toBe(true);
    expect(linksOf('README.md')).toContain('docs/getting-started.md'); // the walk sees the links
  });

  it.each(pages)('every relative link of %s names an existing file', (page) => {
    expect(linksOf(page).filter((target) => !existsSync(join(ROOT, target)))).toEqual([]);
  });

  // The links to the code (docs/plan.md's "Code:" lines, the registers' "where" columns) point
  // into src/, which the package does not ship: they serve readers of the repository.
  it.each(pages)('every relative link of %s outside src/ is to a file the package ships', (page) => {
    expect(linksOf(page).filter((target) => !target.startsWith('src/') && !shipped(target))).toEqual([]);
  });
});
