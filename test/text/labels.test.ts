import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_KINDS,
  COMPLIANCE_STATUSES,
  DECISIONS,
  CAMPAIGN_EVENT_TYPES,
  CAMPAIGN_STATUSES,
  NOMINATION_EVENT_TYPES,
  NOMINATION_STATUSES,
  type Code,
  CRITERION_IDS,
  LABELS,
  LANGS,
  label,
  MILESTONE_IDS,
  OCCASION_KINDS,
  OUTCOMES,
  REWARD_FORMS,
  ROLES,
  SUBJECT_CATEGORIES,
  SUBJECT_CLASSES,
} from '../../src/index.js';

const ALL_CODES: readonly Code[] = [
  ...SUBJECT_CATEGORIES,
  ...SUBJECT_CLASSES,
  ...REWARD_FORMS,
  ...OCCASION_KINDS,
  ...CRITERION_IDS,
  ...ROLES,
  ...MILESTONE_IDS,
  ...OUTCOMES,
  ...LANGS,
  ...NOMINATION_STATUSES,
  'CREATE',
  ...NOMINATION_EVENT_TYPES,
  ...CAMPAIGN_STATUSES,
  ...CAMPAIGN_EVENT_TYPES,
  ...DECISIONS,
  ...COMPLIANCE_STATUSES,
  ...ACTIVITY_KINDS,
];

// Vietnamese text must carry its diacritics: a name with none of these letters is suspect.
const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

describe('labels', () => {
  it.each(ALL_CODES)('%s has a Vietnamese and an English name', (code) => {
    const vi = label(code, 'vi');
    const en = label(code, 'en');
    expect(vi.trim()).toBe(vi);
    expect(en.trim()).toBe(en);
    expect(vi.length).toBeGreaterThan(0);
    expect(en.length).toBeGreaterThan(0);
    expect(vi).toBe(vi.normalize('NFC'));
    expect(vi).toMatch(VIETNAMESE_LETTER);
  });

  it('API.md: the Vietnamese names of the reward forms are exact', () => {
    expect(REWARD_FORMS.map((f) => label(f, 'vi'))).toEqual([
      'Huân chương Lao động',
      'Bằng khen của Thủ tướng Chính phủ',
      'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
      'Giấy khen của Giám đốc Sở Giao thông vận tải',
    ]);
  });

  it('a code in two lists has one name', () => {
    expect(label('preliminary-review', 'vi')).toBe('Sơ kết phong trào thi đua');
    expect(label('final-review', 'en')).toBe('Final review of the movement');
  });

  it('the table has exactly the codes, and is frozen', () => {
    expect(Object.keys(LABELS).sort()).toEqual([...new Set(ALL_CODES)].sort());
    expect(Object.isFrozen(LABELS)).toBe(true);
    expect(Object.isFrozen(LABELS.unit)).toBe(true);
  });

  it('names differ between codes of the same list', () => {
    for (const list of [
      SUBJECT_CATEGORIES,
      REWARD_FORMS,
      ROLES,
      CRITERION_IDS,
      MILESTONE_IDS,
      NOMINATION_STATUSES,
      NOMINATION_EVENT_TYPES,
      CAMPAIGN_STATUSES,
      CAMPAIGN_EVENT_TYPES,
      ACTIVITY_KINDS,
    ]) {
      for (const lang of LANGS) {
        const names = list.map((c) => label(c, lang));
        expect(new Set(names).size).toBe(names.length);
      }
    }
  });
});

describe('label of a string that is not a code (issue 10, item 6)', () => {
  // A downstream app reads a status saved by another version from its database: a stale or
  // unknown string must give a typed answer (`undefined`), never a throw.
  it.each(['archived', '', 'LABOR-ORDER', '__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'label(%j) is undefined in both languages',
    (stale) => {
      expect(label(stale, 'vi')).toBeUndefined();
      expect(label(stale, 'en')).toBeUndefined();
    },
  );

  it('a code read as a plain string still has its name', () => {
    const fromDatabase: string = 'submitted';
    expect(label(fromDatabase, 'vi')).toBe('Đã gửi Hội đồng Thi đua - Khen thưởng Sở');
    expect(label(fromDatabase, 'vi') ?? fromDatabase).toBe('Đã gửi Hội đồng Thi đua - Khen thưởng Sở');
  });

  it('a language that is not vi or en gives undefined', () => {
    expect(label('unit', 'fr' as never)).toBeUndefined();
  });
});
