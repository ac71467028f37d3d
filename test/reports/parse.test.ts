/**
 * The boundary of ./reports: parseAwardRecords over untrusted data, and the texts of ./reports in
 * both languages.
 */
import { describe, expect, it } from 'vitest';
import { parseAwardRecords, summarizeAwards } from '../../src/reports/index.js';
import * as texts from '../../src/text/reports.js';
import { finalReviewRecords } from './fixtures.js';

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

describe('parseAwardRecords', () => {
  it('loads saved records, and lists each entry that does not load with its index and issues', () => {
    const saved = JSON.parse(JSON.stringify(finalReviewRecords())) as unknown[];
    const forged = { ...(saved[1] as object), status: 'rejected' };
    const parsed = parseAwardRecords([saved[0], forged, 'not a record', saved[2], saved[3]]);
    if (!parsed.ok) expect.fail('an array');
    expect(parsed.value.records.map((r) => r.nomination.id)).toEqual(['TK25-01', 'TK25-03', 'TK25-04']);
    expect(parsed.value.invalid.map((e) => [e.index, e.issues[0]?.code])).toEqual([
      [1, 'status_mismatch'],
      [2, 'invalid_type'],
    ]);
    expect(Object.isFrozen(parsed.value.records[0])).toBe(true);
    const summary = summarizeAwards(parsed.value.records);
    expect(summary.ok && summary.value.all.total).toBe(3);
  });

  it('refuses what is not an array, with a message in both languages; never throws', () => {
    for (const input of [{ records: [] }, null, 'x', 3]) {
      const parsed = parseAwardRecords(input);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error[0]).toMatchObject({ path: [], code: 'invalid_type' });
    }
    const hostile = new Proxy([], {
      get: () => {
        throw new Error('boom');
      },
    });
    expect(parseAwardRecords(hostile).ok).toBe(false);
  });
});

describe('the texts of ./reports', () => {
  const found: [string, { vi: string; en: string }][] = [];
  const visit = (value: unknown, at: string): void => {
    if (value !== null && typeof value === 'object') {
      const keys = Object.keys(value);
      if (keys.length === 2 && keys.includes('vi') && keys.includes('en')) found.push([at, value as { vi: string; en: string }]);
      else for (const [k, v] of Object.entries(value)) visit(v, `${at}.${k}`);
    }
  };
  visit({ REPORT_TEXT: texts.REPORT_TEXT, TIMING_TEXT: texts.TIMING_TEXT, REPORT_CLI_TEXT: texts.REPORT_CLI_TEXT }, 'reports');
  visit(texts.REPORT_CLI_TEXT.badCampaign('f.json'), 'badCampaign');
  visit(texts.chartTopUnitsText(20), 'chartTopUnits');
  visit(texts.asOfText('2025-12-31'), 'asOf');
  visit(texts.periodText('2025-01-01', '2025-12-31'), 'period');
  visit(texts.periodText('2025-01-01', undefined), 'periodFrom');
  visit(texts.periodText(undefined, '2025-12-31'), 'periodTo');
  visit(texts.duplicateIdsText(['a'], true), 'duplicates');
  visit(texts.periodReversedText('2025-12-31', '2025-01-01'), 'reversed');
  visit(
    texts.recordsText({ read: 9, counted: 4, duplicates: 1, otherOccasion: 1, outsidePeriod: 1, afterAsOf: 1, emptyHistory: 1 }),
    'records',
  );

  it('finds the texts', () => expect(found.length).toBeGreaterThan(60));

  it.each(found)('%s: Vietnamese (NFC, with diacritics) and English', (_at, text) => {
    expect(text.vi.trim().length).toBeGreaterThan(0);
    expect(text.en.trim().length).toBeGreaterThan(0);
    expect(text.vi).toBe(text.vi.normalize('NFC'));
    if (text.vi.split(' ').length > 2) expect(text.vi).toMatch(VIETNAMESE);
  });

  it('days, numbers and shares in each language', () => {
    expect(texts.dayText('2025-03-07')).toEqual({ vi: 'ngày 07 tháng 03 năm 2025', en: '7 March 2025' });
    expect(texts.shortDayText('2025-03-07')).toEqual({ vi: '07/03/2025', en: '2025-03-07' });
    expect(texts.integerText(1234567)).toEqual({ vi: '1.234.567', en: '1,234,567' });
    expect(texts.integerText(-1000)).toEqual({ vi: '-1.000', en: '-1,000' });
    expect(texts.integerText(999)).toEqual({ vi: '999', en: '999' });
    expect(texts.shareText(1, 3)).toEqual({ vi: '33,3%', en: '33.3%' });
    expect(texts.shareText(1, 8)).toEqual({ vi: '12,5%', en: '12.5%' });
    expect(texts.shareText(0, 0)).toEqual({ vi: '—', en: '—' });
    expect(texts.periodText(undefined, undefined)).toEqual({ vi: '', en: '' });
    expect(
      texts.recordsText({ read: 2, counted: 2, duplicates: 0, otherOccasion: 0, outsidePeriod: 0, afterAsOf: 0, emptyHistory: 0 }).en,
    ).toBe('2 records read, 2 nominations counted.');
  });
});
