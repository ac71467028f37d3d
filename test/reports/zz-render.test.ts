import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { summarizeAwards, summaryToHtml } from '../../src/reports/index.js';
import { campaignOf, finalReviewRecords, preliminaryReviewRecords } from './fixtures.js';
it('renders', () => {
  const records = finalReviewRecords();
  const dup = records.find((r) => r.nomination.id === 'TK25-02')!;
  const early = { ...dup, status: dup.history[3]!.status, history: dup.history.slice(0, 4) };
  const s = summarizeAwards([...records, early], { occasions: [{ kind: 'final-review', year: 2025 }], asOf: '2025-12-15', campaign: campaignOf() });
  if (!s.ok) throw new Error(JSON.stringify(s.error));
  writeFileSync('/tmp/r-vi.html', summaryToHtml(s.value, { lang: 'vi' }));
  writeFileSync('/tmp/r-en.html', summaryToHtml(s.value, { lang: 'en' }));
  writeFileSync('/tmp/r.json', JSON.stringify(s.value, null, 2));
  const p = summarizeAwards(preliminaryReviewRecords(), { campaign: campaignOf(), asOf: '2023-12-31' });
  if (!p.ok) throw new Error('p');
  writeFileSync('/tmp/p-vi.html', summaryToHtml(p.value, { lang: 'vi' }));
});
it('files', () => {
  writeFileSync('/tmp/records-2025.json', JSON.stringify(finalReviewRecords()));
  writeFileSync('/tmp/campaign.json', JSON.stringify(campaignOf()));
});
