/**
 * Invariants of summarizeAwards over random records: nominations of every category, form and
 * occasion, led through the workflow by random rows of its table (each by its own role, dated
 * forward), some saved twice (an earlier save of the same nomination), in random order.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { OCCASION_KINDS, REWARD_FORMS, SUBJECT_CATEGORIES, SUBJECT_CLASSES } from '../../src/core/codes.js';
import { NOMINATION_STATUSES } from '../../src/core/workflow-codes.js';
import { summarizeAwards, summaryTableRows, summaryToHtml, type AwardSummary, HOUSEHOLD_CATEGORIES } from '../../src/reports/index.js';
import { makeNomination, makeSubject } from '../../src/testing/factories.js';
import { applyNominationEvent, createNominationRecord, NOMINATION_TRANSITIONS } from '../../src/workflow/index.js';
import type { NominationEvent, NominationRecord } from '../../src/workflow/index.js';

const addDays = (day: string, n: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** A record: a nomination, then up to `steps.length` rows of the table that apply to it. */
function recordOf(spec: RecordSpec): NominationRecord[] {
  const subject = makeSubject({ id: `s${spec.subject}`, name: `Chủ thể ${spec.subject}`, category: spec.category });
  const { proposingUnit: _default, ...made } = makeNomination({
    id: `n${spec.id}`,
    subject,
    form: spec.form,
    occasion: { kind: spec.kind, year: spec.year },
  });
  const nomination = spec.unit === undefined ? made : { ...made, proposingUnit: `u${spec.unit}` };
  const created = createNominationRecord(nomination, addDays('2023-01-01', spec.created));
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  let record = created.value;
  const saves: NominationRecord[] = [];
  for (const [pick, days, decision] of spec.steps) {
    const rows = NOMINATION_TRANSITIONS.filter(
      (row) =>
        row.from === record.status && row.forms.includes(nomination.form) && (row.decision === undefined || row.decision === decision),
    );
    // WITHDRAW ends a run: one step in eight, so that records also get far.
    const onward = rows.filter((r) => r.event !== 'WITHDRAW' && r.event !== 'AMEND');
    const row = pick % 8 === 0 || onward.length === 0 ? rows.find((r) => r.event === 'WITHDRAW') : onward[pick % onward.length];
    if (row === undefined) break;
    const on = addDays(record.history.at(-1)!.event.on, days);
    const event = {
      type: row.event,
      by: row.by,
      on,
      ...(row.event === 'RETURN' || row.event === 'WITHDRAW' ? { reason: 'Lý do' } : {}),
      ...(row.event === 'DECIDE' ? { decision } : {}),
    } as NominationEvent;
    const next = applyNominationEvent(record, event);
    if (!next.ok) break;
    record = next.value;
  }
  saves.push(record);
  if (spec.earlierSave > 0 && spec.earlierSave < record.history.length) {
    const history = record.history.slice(0, spec.earlierSave);
    saves.push({ ...record, history, status: history.at(-1)!.status });
  }
  return saves;
}

type RecordSpec = {
  id: number;
  subject: number;
  category: (typeof SUBJECT_CATEGORIES)[number];
  form: (typeof REWARD_FORMS)[number];
  kind: (typeof OCCASION_KINDS)[number];
  year: number;
  unit: number | undefined;
  created: number;
  steps: [number, number, 'award' | 'reject'][];
  earlierSave: number;
};

const specArb: fc.Arbitrary<RecordSpec> = fc.record({
  id: fc.integer({ min: 1, max: 12 }),
  subject: fc.integer({ min: 1, max: 6 }),
  category: fc.constantFrom(...SUBJECT_CATEGORIES),
  form: fc.constantFrom(...REWARD_FORMS),
  kind: fc.constantFrom(...OCCASION_KINDS),
  year: fc.integer({ min: 2023, max: 2025 }),
  unit: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
  created: fc.integer({ min: 0, max: 900 }),
  steps: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 40 }), fc.constantFrom('award' as const, 'reject' as const)), {
    maxLength: 9,
  }),
  earlierSave: fc.integer({ min: 0, max: 6 }),
});

const recordsArb = fc.array(specArb, { maxLength: 14 }).map((specs) => specs.flatMap(recordOf));
const asOfArb = fc.option(
  fc.integer({ min: 0, max: 1200 }).map((n) => addDays('2023-01-01', n)),
  { nil: undefined },
);

function summaryOf(records: readonly NominationRecord[], asOf?: string): AwardSummary {
  const r = summarizeAwards(records, asOf === undefined ? {} : { asOf });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

describe('summarizeAwards: the counts add up', () => {
  test('the records reach every status and repeat ids (the generator is not trivial)', () => {
    // Each sample's ids apart, so that the samples do not replace each other's records.
    const records = fc
      .sample(recordsArb, { numRuns: 200, seed: 42 })
      .flatMap((sample, i) => sample.map((r) => ({ ...r, nomination: { ...r.nomination, id: `${i}-${r.nomination.id}` } })));
    const s = summaryOf(records);
    for (const status of NOMINATION_STATUSES) expect(s.all.byStatus[status], status).toBeGreaterThan(0);
    expect(s.records.duplicates).toBeGreaterThan(0);
    expect(s.byUnit.some((u) => u.unit === undefined)).toBe(true);
  });

  test.prop([recordsArb, asOfArb], { numRuns: 80 })(
    'per form, category, class, occasion, unit, cell and status = in all',
    (records, asOf) => {
      const s = summaryOf(records, asOf);
      const total = s.all.total;
      expect(total).toBe(s.records.counted);
      expect(sum(NOMINATION_STATUSES.map((st) => s.all.byStatus[st]))).toBe(total);
      expect(sum(REWARD_FORMS.map((f) => s.byForm[f].total))).toBe(total);
      expect(sum(SUBJECT_CATEGORIES.map((c) => s.byCategory[c].total))).toBe(total);
      expect(sum(SUBJECT_CLASSES.map((c) => s.byClass[c].total))).toBe(total);
      expect(sum(s.byOccasion.map((o) => o.total))).toBe(total);
      expect(sum(s.byUnit.map((u) => u.total))).toBe(total);
      expect(sum(s.cells.map((c) => c.count))).toBe(total);
      expect(s.byDecision.award + s.byDecision.reject + s.byDecision.none).toBe(total);
      expect(s.byDecision.award).toBe(s.all.byStatus.awarded);
      for (const status of NOMINATION_STATUSES) {
        expect(sum(REWARD_FORMS.map((f) => s.byForm[f].byStatus[status]))).toBe(s.all.byStatus[status]);
        expect(sum(s.byUnit.map((u) => u.byStatus[status]))).toBe(s.all.byStatus[status]);
        expect(sum(s.cells.filter((c) => c.status === status).map((c) => c.count))).toBe(s.all.byStatus[status]);
      }
      for (const u of s.byUnit) expect(sum(REWARD_FORMS.map((f) => u.byForm[f]))).toBe(u.total);
      // Money: every awarded nomination is known or unknown, never zero for unknown.
      expect(s.money.total.awarded).toBe(s.all.byStatus.awarded);
      expect(s.money.total.known + s.money.total.unknown).toBe(s.money.total.awarded);
      for (const key of ['awarded', 'known', 'amount', 'unknown', 'invalid'] as const) {
        expect(sum(REWARD_FORMS.map((f) => s.money.byForm[f][key]))).toBe(s.money.total[key]);
      }
      for (const f of REWARD_FORMS) expect(s.money.byForm[f].awarded).toBe(s.byForm[f].byStatus.awarded);
      for (const c of HOUSEHOLD_CATEGORIES) {
        const h = s.households[c];
        expect(h.nominations).toBe(s.byCategory[c].total);
        expect(h.awardedNominations).toBe(s.byCategory[c].byStatus.awarded);
        expect(h.households).toBeLessThanOrEqual(h.nominations);
        expect(h.awardedHouseholds).toBeLessThanOrEqual(h.households);
      }
      const { read, counted, duplicates, otherOccasion, outsidePeriod, afterAsOf, emptyHistory } = s.records;
      expect(read).toBe(records.length);
      expect(counted + duplicates + otherOccasion + outsidePeriod + afterAsOf + emptyHistory).toBe(read);
      expect(counted).toBe(
        new Set(records.filter((r) => asOf === undefined || r.history[0]!.event.on <= asOf).map((r) => r.nomination.id)).size,
      );
    },
  );

  test.prop([recordsArb, asOfArb, fc.integer()], { numRuns: 60 })(
    'the order of the records does not change the summary, nor the page',
    (records, asOf, seed) => {
      const shuffled = fc.sample(fc.shuffledSubarray(records, { minLength: records.length, maxLength: records.length }), {
        numRuns: 1,
        seed,
      })[0]!;
      const a = summaryOf(records, asOf);
      const b = summaryOf(shuffled, asOf);
      expect(b).toEqual(a);
      expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      expect(summaryToHtml(b, { lang: 'vi' })).toBe(summaryToHtml(a, { lang: 'vi' }));
    },
  );

  test.prop([recordsArb], { numRuns: 40 })('an earlier save of a nomination changes nothing but the count of duplicates', (records) => {
    const latest = new Map<string, NominationRecord>();
    for (const r of records) {
      const kept = latest.get(r.nomination.id);
      if (kept === undefined || r.history.length > kept.history.length) latest.set(r.nomination.id, r);
    }
    const once = summaryOf([...latest.values()]);
    const twice = summaryOf(
      [...latest.values()].flatMap((r) =>
        r.history.length > 1 ? [r, { ...r, history: r.history.slice(0, 1), status: 'draft' as const }] : [r],
      ),
    );
    expect({ ...twice, records: undefined, duplicateIds: undefined }).toEqual({ ...once, records: undefined, duplicateIds: undefined });
  });

  test.prop([recordsArb], { numRuns: 40 })('every number of the tables is in the page, and the page is the same twice', (records) => {
    const s = summaryOf(records);
    for (const lang of ['vi', 'en'] as const) {
      const html = summaryToHtml(s, { lang });
      for (const table of summaryTableRows(s, lang)) {
        for (const row of [...table.rows, ...(table.footer === undefined ? [] : [table.footer])]) {
          row.forEach((cell, i) => {
            if (table.numeric[i] !== true) return;
            // The key figures are boxes, every other table a table.
            expect(html).toContain(table.id === 'key-figures' ? `<b>${cell}</b>` : `<td class="n">${cell}</td>`);
          });
        }
      }
      expect(summaryToHtml(s, { lang })).toBe(html);
    }
  });
});
