/**
 * Every text a person reads exists in Vietnamese and English: the label table, the CLI's texts and
 * messages, the findings' and validation messages. Vietnamese is NFC with its diacritics.
 */
import { describe, expect, it } from 'vitest';
import * as activities from '../../src/text/activities.js';
import * as cli from '../../src/text/cli.js';
import * as findings from '../../src/text/findings.js';
import * as labels from '../../src/text/labels.js';
import * as poverty from '../../src/text/poverty.js';
import * as workflow from '../../src/text/workflow.js';

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

/** Every `{ vi, en }` found in a value, with where it was found. */
function texts(value: unknown, at: string, out: [string, { vi: unknown; en: unknown }][] = []) {
  if (value === null || typeof value !== 'object') return out;
  const keys = Object.keys(value);
  if (keys.length === 2 && keys.includes('vi') && keys.includes('en')) {
    out.push([at, value as { vi: unknown; en: unknown }]);
    return out;
  }
  for (const [key, v] of Object.entries(value)) texts(v, `${at}.${key}`, out);
  return out;
}

/** Calls every function of a module (message templates) with placeholder arguments. */
function templates(module: Record<string, unknown>, name: string) {
  const out: [string, { vi: unknown; en: unknown }][] = [];
  const visit = (value: unknown, at: string): void => {
    if (typeof value === 'function') {
      const args = Array.from({ length: value.length }, (_, i) => (i === 0 ? 'x' : 7));
      try {
        texts(value(...args), at, out);
      } catch {
        // a template that needs typed arguments is exercised by the evaluators' own tests
      }
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, `${at}.${k}`);
    }
  };
  for (const [k, v] of Object.entries(module)) visit(v, `${name}.${k}`);
  return out;
}

const ALL = [
  ...texts(labels, 'labels'),
  ...texts(cli, 'cli'),
  ...texts(findings, 'findings'),
  ...texts(workflow, 'workflow'),
  ...texts(poverty, 'poverty'),
  ...texts(activities, 'activities'),
  ...templates(activities as Record<string, unknown>, 'activities'),
  ...templates(poverty as Record<string, unknown>, 'poverty'),
  ...templates(cli as Record<string, unknown>, 'cli'),
  ...templates(workflow as Record<string, unknown>, 'workflow'),
];

describe('texts in both languages', () => {
  it('there are texts to check', () => {
    expect(ALL.length).toBeGreaterThan(100);
  });

  it.each(ALL)('%s has a Vietnamese and an English text', (_at, text) => {
    expect(typeof text.vi).toBe('string');
    expect(typeof text.en).toBe('string');
    const vi = text.vi as string;
    const en = text.en as string;
    expect(vi.trim().length).toBeGreaterThan(0);
    expect(en.trim().length).toBeGreaterThan(0);
    expect(vi).toBe(vi.normalize('NFC'));
    // A Vietnamese sentence of several words carries diacritics; codes and numbers need not.
    if (vi.split(' ').length > 2) expect(vi).toMatch(VIETNAMESE);
  });
});
