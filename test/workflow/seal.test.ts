/**
 * The seals as docs/workflow.md "Tamper evidence" describes them, recomputed with node:crypto and
 * a sorted-keys JSON written here (RFC 8785 for this data: ASCII keys, strings and integers), so
 * that an application in another language can check a record the same way.
 */
import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createCampaignRecord, createNominationRecord } from '../../src/workflow/index.js';
import { canonicalJson } from '../../src/workflow/kernel/seal.js';
import { CAMPAIGN_EVENTS, EVENTS, okValue, viaJson, walk, walkCampaign } from './fixtures.js';

const KEY = 'smoke key: 0123456789abcdef0123456789abcdef';

/** JSON with every object's keys sorted. */
function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${sortedJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}
const mac = (parts: unknown[]): string => createHmac('sha256', KEY).update(sortedJson(parts), 'utf8').digest('hex');
const digest = (value: unknown): string => createHash('sha256').update(sortedJson(value), 'utf8').digest('hex');

/** The package smoke test's nomination (scripts/smoke-package.mjs pins its seal). */
const SMOKE = {
  id: 'n1',
  subject: { id: 'u1', name: 'Phòng Quản lý vận tải', category: 'unit' as const, contributesToPovertyReduction: true },
  form: 'labor-order' as const,
  occasion: { kind: 'annual' as const, year: 2024 },
  assessment: { 'III.2.a.1': 'met' as const, 'III.2.a.2': 'met' as const, 'III.2.a.3': 'met' as const },
};

describe('the seal chain, recomputed independently', () => {
  it('a created record: the entry’s seal, then the record’s (the value the package smoke test expects)', () => {
    const record = okValue(createNominationRecord(SMOKE, '2024-10-01', { seal: { key: KEY } }));
    const entry = { event: { type: 'CREATE', on: '2024-10-01', nomination: SMOKE }, status: 'draft' };
    const first = mac(['nomination/entry', '', entry, digest(SMOKE)]);
    expect(record.history[0]?.seal).toBe(first);
    expect(record.seal).toBe(mac(['nomination/head', first, 1]));
    expect(record.seal).toBe('c928c537640ef583d76a17c3a1f90a831403677e0d9bd338190963b779ee394c');
  });

  it('each next entry chains on the seal before it; the record seals the last one and the length', () => {
    const met = { ...SMOKE, form: 'director-certificate' as const };
    const created = okValue(createNominationRecord(met, '2024-10-01', { seal: { key: KEY } }));
    const record = walk(
      created,
      [
        { ...EVENTS.propose, on: '2024-10-10' },
        { ...EVENTS.submit, on: '2024-10-16', documents: ['submission'] },
      ],
      { seal: { key: KEY } },
    );
    const saved = viaJson(record) as { history: { seal: string; event: object; status: string; guidance?: unknown }[]; nomination: object };
    let previous = '';
    saved.history.forEach((entry, index) => {
      const { seal, ...rest } = entry;
      const after = index < 2 ? met : { ...met, documents: ['submission'] };
      expect(seal, `entry ${index}`).toBe(mac(['nomination/entry', previous, rest, digest(after)]));
      previous = seal;
    });
    expect(record.seal).toBe(mac(['nomination/head', previous, 3]));
  });

  it('the campaign: no nomination digest, its own chain name, and a seal for the empty history', () => {
    const empty = okValue(createCampaignRecord({ seal: { key: KEY } }));
    expect(empty.seal).toBe(mac(['campaign/head', '', 0]));
    const launched = walkCampaign([CAMPAIGN_EVENTS.launch], empty, { seal: { key: KEY } });
    const entrySeal = mac(['campaign/entry', '', { event: CAMPAIGN_EVENTS.launch, status: 'running' }]);
    expect(launched.history[0]?.seal).toBe(entrySeal);
    expect(launched.seal).toBe(mac(['campaign/head', entrySeal, 1]));
  });

  it('canonical JSON: RFC 8785 order of keys (UTF-16 code units), numbers as ECMAScript writes them', () => {
    expect(canonicalJson({ b: 1, a: [1e21, 0.1, -0], é: 'x', Z: null })).toBe('{"Z":null,"a":[1e+21,0.1,0],"b":1,"é":"x"}');
    expect(canonicalJson({ '\u{1F600}': 1, '\uFFFF': 2 })).toBe('{"\u{1F600}":1,"\uFFFF":2}');
  });
});
