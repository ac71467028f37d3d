/**
 * Property tests of the campaign record over random sequences of up to 30 events: steps chosen
 * from the table's rows on random days from 2022 to 2026 (so inside and outside the windows,
 * forwards and backwards), sometimes by another role, mixed with arbitrary data.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { ROLES } from '../../src/core/codes.js';
import type { Result } from '../../src/core/types.js';
import { MILESTONE_WINDOWS } from '../../src/rules/timeline.js';
import { deepFreeze } from '../../src/core/freeze.js';
import {
  CAMPAIGN_TRANSITIONS,
  type CampaignOptions,
  type CampaignRecord,
  campaignCompliance,
  campaignEventsAllowed,
  campaignWindowsOf,
  createCampaignRecord,
  parseCampaignEvent,
  parseCampaignRecord,
} from '../../src/workflow/index.js';
import { type AnyTransitionError, applyCampaignUnchecked as applyCampaignEvent, createCampaign, SEALED, viaJson } from './fixtures.js';
import { CAMPAIGN_EVENT_TYPES } from '../../src/core/workflow-codes.js';

type Command =
  | { readonly kind: 'row'; readonly pick: number; readonly role: number; readonly days: number }
  | { readonly kind: 'raw'; readonly event: unknown };

const dayArb = fc
  .date({ min: new Date('2022-09-01T00:00:00Z'), max: new Date('2026-03-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const commandArb: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('row' as const),
      pick: fc.nat(),
      role: fc.oneof({ weight: 6, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: ROLES.length }) }),
      // how far the test's clock moves before this step: mostly forward, sometimes back
      days: fc.oneof(
        { weight: 8, arbitrary: fc.integer({ min: 0, max: 200 }) },
        { weight: 1, arbitrary: fc.integer({ min: -60, max: -1 }) },
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('raw' as const),
      event: fc.oneof(
        fc.record(
          {
            type: fc.constantFrom(...CAMPAIGN_EVENT_TYPES, 'PARTY'),
            by: fc.constantFrom(...ROLES, 'nobody'),
            on: fc.oneof(dayArb, fc.constantFrom('2023-02-29', 'x')),
            extra: fc.constant(true),
          },
          { requiredKeys: [] },
        ),
        fc.anything({ maxDepth: 1 }),
      ),
    }),
  },
);
const commandsArb = fc.array(commandArb, { maxLength: 30, size: 'medium' });

/** The event a command stands for, on a record, on the test clock's day. */
function eventOf(command: Command, record: CampaignRecord, today: string): unknown {
  if (command.kind === 'raw') return deepFreeze(command.event);
  const fromHere = CAMPAIGN_TRANSITIONS.filter((row) => row.from === record.status);
  const rows = fromHere.length > 0 ? fromHere : CAMPAIGN_TRANSITIONS;
  const row = rows[command.pick % rows.length]!;
  return deepFreeze({ type: row.event, by: command.role === 0 ? row.by : ROLES[command.role - 1]!, on: today });
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

type Step = { before: CampaignRecord; event: unknown; result: Result<CampaignRecord, AnyTransitionError> };

function run(start: CampaignRecord, commands: readonly Command[], options?: CampaignOptions): Step[] {
  const steps: Step[] = [];
  let record = start;
  // The test's clock: it starts before the provincial plan and moves with every command, so that a
  // run sweeps the whole period whether its events are accepted or not.
  let today = '2022-09-15';
  for (const command of commands) {
    if (command.kind === 'row') today = addDays(today, command.days);
    const event = eventOf(command, record, today);
    const result = applyCampaignEvent(record, event, options);
    steps.push({ before: record, event, result });
    if (result.ok) record = result.value;
  }
  return steps;
}

const finalOf = (start: CampaignRecord, steps: readonly Step[]): CampaignRecord => {
  const last = steps.at(-1);
  if (last === undefined) return start;
  return last.result.ok ? last.result.value : last.before;
};

describe('the campaign record, on random sequences of up to 30 events', () => {
  test.prop([commandsArb], { numRuns: 200 })(
    'every accepted event follows a row, inside its window, once where the row says so; history grows by one; dates never decrease',
    (commands) => {
      for (const { before, result } of run(createCampaignRecord(), commands)) {
        if (!result.ok) continue;
        const after = result.value;
        const entry = after.history.at(-1)!;
        const row = CAMPAIGN_TRANSITIONS.find((r) => r.from === before.status && r.event === entry.event.type && r.by === entry.event.by);
        expect(row).toBeDefined();
        expect(after.status).toBe(row!.to);
        expect(campaignWindowsOf(row!).some((w) => w.from <= entry.event.on && entry.event.on <= w.to)).toBe(true);
        expect(after.history).toHaveLength(before.history.length + 1);
        after.history.slice(0, -1).forEach((e, i) => expect(e).toBe(before.history[i]));
        const previous = before.history.at(-1);
        if (previous !== undefined) expect(entry.event.on >= previous.event.on).toBe(true);
      }
      const record = finalOf(createCampaignRecord(), run(createCampaignRecord(), commands));
      const types = record.history.map((h) => h.event.type);
      expect(types.filter((t) => t === 'LAUNCH').length).toBeLessThanOrEqual(1);
      expect(types.filter((t) => t === 'HOLD_PRELIMINARY_REVIEW').length).toBeLessThanOrEqual(1);
      expect(types.filter((t) => t === 'HOLD_FINAL_REVIEW').length).toBeLessThanOrEqual(1);
      const years = record.history.filter((h) => h.event.type === 'RECORD_INSPECTION').map((h) => h.event.on.slice(0, 4));
      expect(new Set(years).size).toBe(years.length);
    },
  );

  test.prop([commandsArb])('a refused event leaves the record identical; events are never mutated', (commands) => {
    for (const { before, event, result } of run(createCampaignRecord(), commands)) {
      const snapshot = JSON.stringify(before);
      const eventSnapshot = JSON.stringify(event);
      expect(applyCampaignEvent(before, event)).toEqual(result);
      expect(JSON.stringify(before)).toBe(snapshot);
      expect(JSON.stringify(event)).toBe(eventSnapshot);
    }
  });

  test.prop([commandsArb])('each error is the first check that applies', (commands) => {
    for (const { before, event, result } of run(createCampaignRecord(), commands)) {
      const parsed = parseCampaignEvent(event);
      if (!parsed.ok) {
        expect(result.ok ? 'ok' : result.error.code).toBe('INVALID_EVENT');
        continue;
      }
      if (!campaignEventsAllowed(before).includes(parsed.value.type)) {
        expect(result.ok ? 'ok' : result.error.code).toBe('EVENT_NOT_ALLOWED');
      }
      if (!result.ok && result.error.code === 'DATE_OUTSIDE_WINDOW') {
        const previous = before.history.at(-1);
        if (previous !== undefined) expect(parsed.value.on >= previous.event.on).toBe(true);
      }
      if (!result.ok) expect(result.error.code).not.toBe('NOMINATION_NOT_MET');
    }
  });

  test.prop([commandsArb, fc.nat(), fc.boolean()])(
    'save → reload → continue equals continuing, with and without a key',
    (commands, cut, sealed) => {
      const options = sealed ? SEALED : undefined;
      const at = cut % (commands.length + 1);
      const start = createCampaign(options);
      const middle = finalOf(start, run(start, commands.slice(0, at), options));
      const reloaded = parseCampaignRecord(viaJson(middle), options);
      expect(reloaded).toEqual({ ok: true, value: middle });
      if (!reloaded.ok) return;
      const direct = run(middle, commands.slice(at), options);
      const fromSaved = run(reloaded.value, commands.slice(at), options);
      expect(fromSaved.map((s) => s.result)).toEqual(direct.map((s) => s.result));
      const final = finalOf(middle, direct);
      expect(parseCampaignRecord(viaJson(final), options)).toEqual({ ok: true, value: final });
      if (sealed && final.history.length > 0) {
        // Dropping the last entry (and the status it gave) is seen with the key.
        const dropped = viaJson(final) as { status: string; history: { status: string }[] };
        dropped.history.pop();
        dropped.status = dropped.history.at(-1)?.status ?? 'planned';
        expect(parseCampaignRecord(dropped, options).ok).toBe(false);
      }
    },
  );

  test.prop([commandsArb, dayArb])(
    'campaignCompliance: one row per window; done exactly when recorded, else by the day',
    (commands, asOf) => {
      const record = finalOf(createCampaignRecord(), run(createCampaignRecord(), commands));
      const rows = campaignCompliance(record, asOf);
      expect(rows.map((r) => [r.milestone, r.year])).toEqual(MILESTONE_WINDOWS.map((w) => [w.milestone, w.year]));
      for (const row of rows) {
        const recorded = record.history.some((h) => {
          const r = CAMPAIGN_TRANSITIONS.find((t) => t.event === h.event.type)!;
          return r.milestone === row.milestone && (r.once !== 'year' || h.event.on.startsWith(String(row.year)));
        });
        const expected = recorded ? 'done' : asOf < row.from ? 'upcoming' : asOf > row.to ? 'overdue' : 'due';
        expect(row.status).toBe(expected);
      }
    },
  );
});
