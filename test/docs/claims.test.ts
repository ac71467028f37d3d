/**
 * What the docs say of the library is so (issue 10, item 10): the glossary's notes on `label`,
 * the decisions and the compliance statuses; `EvaluationOptions` is no longer "reserved"; recipe
 * 2's table lists every code a transition can return; getting-started's CLI paths are what the
 * CLI prints; the top-level `--help` lists `demo --format`.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as library from '../../src/index.js';
import { COMPLIANCE_STATUSES, DECISIONS, label, TRANSITION_ERROR_CODES } from '../../src/index.js';
import { overview } from '../../src/cli/program.js';
import { COMMANDS } from '../../src/cli/registry.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const doc = (name: string): string => readFileSync(join(ROOT, 'docs', name), 'utf8');

describe('the glossary', () => {
  const glossary = doc('glossary.md');

  it('decisions and compliance statuses are codes of label, and their lists are exported', () => {
    expect(label('award', 'vi')).toBe('Khen thưởng');
    expect(label('overdue', 'en')).toBe('Overdue');
    expect(library.DECISIONS).toEqual(['award', 'reject']);
    expect(library.COMPLIANCE_STATUSES).toEqual(['done', 'due', 'overdue', 'upcoming']);
    for (const code of [...DECISIONS, ...COMPLIANCE_STATUSES]) expect(library.LABELS[code].vi).not.toBe('');
    expect(glossary).not.toMatch(/does not compile/);
    expect(glossary).not.toMatch(/not exported/);
    expect(glossary).not.toMatch(/`label` does not accept/);
    expect(glossary).toContain("label('award', 'vi')");
  });

  it('EvaluationOptions is not "reserved" anywhere', () => {
    for (const name of ['glossary.md', 'interpretations.md'])
      expect(doc(name), name).not.toMatch(/EvaluationOptions`? \(reserved\)|reserved/i);
  });
});

describe('recipe 2', () => {
  it('the error table lists every code of TRANSITION_ERROR_CODES', () => {
    const recipe = doc('recipes.md');
    const section = recipe.slice(recipe.indexOf('## 2.'), recipe.indexOf('## 3.'));
    const listed = [...section.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
    expect(listed).toEqual([...TRANSITION_ERROR_CODES]);
  });
});

describe('getting-started', () => {
  it('shows field paths as the CLI prints them (#N then the path), never [i].path', () => {
    const guide = doc('getting-started.md');
    expect(guide).not.toMatch(/\[\d+\]\.\w/);
    expect(guide).toContain('#2 HN2024-018 — không hợp lệ\n    subject.category: ');
  });
});

describe('the top-level --help', () => {
  it('lists every command with its options, demo --format included', () => {
    for (const lang of ['vi', 'en'] as const) {
      const text = overview(COMMANDS, lang);
      expect(text).toContain('demo [--format table|json|ndjson]');
      for (const command of COMMANDS) expect(text).toContain(command.synopsis);
    }
  });
});
