/**
 * The example report pages of docs/reports.md (docs/examples/reports/): the 2025 final review
 * (III.5.3) with its campaign and the sample register of activities (II, IV.4), in both languages, as summaryToHtml writes them. The files must
 * equal the output; regenerate them with `UPDATE_DOCS=1 npx vitest run test/reports/example.test.ts`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarizeAwards, summaryToHtml } from '../../src/reports/index.js';
import { campaignOf, finalReviewRecords } from './fixtures.js';
import { summarizeActivities } from '../../src/activities/index.js';
import { sampleActivities } from '../../src/testing/index.js';

const DIR = resolve(import.meta.dirname, '../../docs/examples/reports');
const UPDATE = process.env.UPDATE_DOCS === '1';

/** The example's summary: the scenario's records, its campaign, the units' names, as of 15 December 2025. */
function exampleSummary() {
  const result = summarizeAwards(finalReviewRecords(), {
    occasions: [{ kind: 'final-review', year: 2025 }],
    asOf: '2025-12-15',
    campaign: campaignOf(),
    unitNames: { 'phong-kh-tc': 'Phòng Kế hoạch - Tài chính' },
  });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

describe('docs/examples/reports', () => {
  it.each(['vi', 'en'] as const)('tong-ket-2025.%s.html is the page summaryToHtml writes', (lang) => {
    const html = summaryToHtml(exampleSummary(), { lang, activities: summarizeActivities(sampleActivities, { to: '2025-12-15' }) });
    const path = join(DIR, `tong-ket-2025.${lang}.html`);
    if (UPDATE) {
      mkdirSync(DIR, { recursive: true });
      writeFileSync(path, html);
    }
    expect(readFileSync(path, 'utf8')).toBe(html);
  });
});
