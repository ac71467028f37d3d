import { describe, expect, it } from 'vitest';
import { CRITERION_IDS, LABELS, REWARD_FORMS, SUBJECT_CATEGORIES } from '../../src/index.js';
import { CATEGORY_NAMES, CRITERION_NAMES, FORM_NAMES } from '../../src/plan/names.js';

// The evaluators word their findings with the small name tables of src/plan/names.ts (so that a
// bundle that only evaluates does not carry the whole label table); they must say what LABELS says.
describe('the name tables of the findings are the labels', () => {
  it.each([
    ['categories', SUBJECT_CATEGORIES, CATEGORY_NAMES],
    ['reward forms', REWARD_FORMS, FORM_NAMES],
    ['criteria', CRITERION_IDS, CRITERION_NAMES],
  ] as const)('%s: one name per code, equal to LABELS, frozen', (_, codes, names) => {
    expect(Object.keys(names)).toEqual([...codes]);
    for (const code of codes) {
      const name = (names as Record<string, { vi: string; en: string }>)[code];
      expect(name).toEqual(LABELS[code]);
      expect(Object.isFrozen(name)).toBe(true);
    }
    expect(Object.isFrozen(names)).toBe(true);
  });
});
