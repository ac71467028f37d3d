/**
 * Property tests of the nomination workflow over random sequences of up to 30 events, valid and
 * invalid: steps chosen from the table's rows (sometimes by the wrong role, on the wrong form, or
 * dated backwards) mixed with arbitrary data.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type { Nomination } from '../../src/core/inputs.js';
import { REWARD_FORMS, ROLES, type RewardForm } from '../../src/core/codes.js';
import type { Result } from '../../src/core/types.js';
import { deepFreeze } from '../../src/core/freeze.js';
import {
  NOMINATION_TRANSITIONS,
  type NominationRecord,
  type WorkflowOptions,
  nominationEventsAllowed,
  parseNominationEvent,
  parseNominationRecord,
} from '../../src/workflow/index.js';
import {
  type AnyTransitionError,
  applyUnchecked as applyNominationEvent,
  create,
  NOMINATIONS,
  NOT_MET,
  SEALED,
  UNKNOWN,
  viaJson,
} from './fixtures.js';
import { evaluateNomination } from '../../src/rules/nomination.js';
import { DECISIONS, FINAL_NOMINATION_STATUSES, NOMINATION_EVENT_TYPES, type NominationStatus } from '../../src/core/workflow-codes.js';

/** A step: a row of the table to follow (maybe by another role, maybe dated backwards), or raw data. */
type Command =
  | {
      readonly kind: 'row';
      readonly pick: number;
      readonly role: number;
      readonly days: number;
      readonly decision: 'award' | 'reject';
      /** Whether WITHDRAW may be picked (rarely: it ends the run). */
      readonly withdraw: boolean;
      /** Whether a row for another form may be picked (DECIDE or SELECT on the wrong form). */
      readonly anyForm: boolean;
      /** For AMEND: which amendment (see {@link amendmentOf}). */
      readonly amend: number;
    }
  | { readonly kind: 'raw'; readonly event: unknown };

const dayArb = fc.oneof(
  fc
    .date({ min: new Date('2022-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2023-02-29', '2023-13-01', '', 'hôm nay'),
);

const rawEventArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.record(
    {
      type: fc.constantFrom(...NOMINATION_EVENT_TYPES, 'CREATE', 'APPROVE'),
      by: fc.constantFrom(...ROLES, 'minister'),
      on: dayArb,
      reason: fc.constantFrom('Lý do', '', ' '),
      decision: fc.constantFrom(...DECISIONS, 'defer'),
      reference: fc.constantFrom('12/QĐ', ''),
      extra: fc.constant(1),
    },
    { requiredKeys: [] },
  ),
  fc.anything({ maxDepth: 1 }),
);

const commandArb: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('row' as const),
      pick: fc.nat(),
      // mostly the row's own role; otherwise any role (index into ROLES + 1)
      role: fc.oneof({ weight: 5, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: ROLES.length }) }),
      days: fc.oneof(
        { weight: 6, arbitrary: fc.integer({ min: 0, max: 20 }) },
        { weight: 1, arbitrary: fc.integer({ min: -30, max: -1 }) },
      ),
      decision: fc.constantFrom(...DECISIONS),
      withdraw: fc.oneof({ weight: 15, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
      anyForm: fc.oneof({ weight: 6, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
      amend: fc.nat(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('raw' as const), event: rawEventArb }) },
);

/** Mostly nominations that pass PROPOSE (so that runs go deep), sometimes one that does not. */
const nominationArb: fc.Arbitrary<Nomination> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom<Nomination>(...Object.values(NOMINATIONS)) },
  { weight: 1, arbitrary: fc.constantFrom<Nomination>(NOT_MET, UNKNOWN) },
);
const commandsArb = fc.array(commandArb, { maxLength: 30, size: 'medium' });

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * An amendment of the record's nomination: a corrected name, another proposing unit, another
 * form (another nomination's fields), or a nomination that is not (or not yet) met.
 */
function amendmentOf(pick: number, nomination: Nomination): Omit<Nomination, 'id'> {
  const fieldsOf = ({ id, ...fields }: Nomination): Omit<Nomination, 'id'> => {
    void id;
    return fields;
  };
  const choices = [
    () => ({ ...fieldsOf(nomination), subject: { ...nomination.subject, name: `${nomination.subject.name} (sửa)` } }),
    () => ({ ...fieldsOf(nomination), proposingUnit: 'don-vi-khac' }),
    () => fieldsOf(Object.values(NOMINATIONS)[pick % 4]!),
    () => fieldsOf(NOT_MET),
    () => fieldsOf(UNKNOWN),
  ];
  return choices[pick % choices.length]!();
}

/** The event a command stands for, on a record (deeply frozen: the machine must not mutate it). */
function eventOf(command: Command, record: NominationRecord): unknown {
  if (command.kind === 'raw') return deepFreeze(command.event);
  const fromHere = NOMINATION_TRANSITIONS.filter((row) => row.from === record.status);
  const preferred = fromHere.filter(
    (row) => (command.withdraw || row.event !== 'WITHDRAW') && (command.anyForm || row.forms.includes(record.nomination.form)),
  );
  const rows = preferred.length > 0 ? preferred : fromHere.length > 0 ? fromHere : NOMINATION_TRANSITIONS;
  const row = rows[command.pick % rows.length]!;
  const by = command.role === 0 ? row.by : ROLES[command.role - 1]!;
  const on = addDays(record.history.at(-1)!.event.on, command.days);
  const base = { type: row.event, by, on };
  if (row.event === 'DECIDE') return deepFreeze({ ...base, decision: row.decision ?? command.decision });
  if (row.event === 'RETURN' || row.event === 'WITHDRAW') return deepFreeze({ ...base, reason: 'Lý do' });
  if (row.event === 'AMEND') return deepFreeze({ ...base, nomination: amendmentOf(command.amend, record.nomination) });
  return deepFreeze(base);
}

type Step = { before: NominationRecord; event: unknown; result: Result<NominationRecord, AnyTransitionError> };

/** Runs the commands from a record, and returns every step. */
function run(start: NominationRecord, commands: readonly Command[], options?: WorkflowOptions): Step[] {
  const steps: Step[] = [];
  let record = start;
  for (const command of commands) {
    const event = eventOf(command, record);
    const result = applyNominationEvent(record, event, options);
    steps.push({ before: record, event, result });
    if (result.ok) record = result.value;
  }
  return steps;
}

const finalOf = (start: NominationRecord, steps: readonly Step[]): NominationRecord => {
  const last = steps.at(-1);
  if (last === undefined) return start;
  return last.result.ok ? last.result.value : last.before;
};

const REACHABLE: ReadonlyMap<RewardForm, ReadonlySet<NominationStatus>> = new Map(
  REWARD_FORMS.map((form) => {
    const reached = new Set<NominationStatus>(['draft']);
    for (let grew = true; grew; ) {
      grew = false;
      for (const row of NOMINATION_TRANSITIONS) {
        if (row.forms.includes(form) && reached.has(row.from) && !reached.has(row.to)) {
          reached.add(row.to);
          grew = true;
        }
      }
    }
    return [form, reached];
  }),
);

describe('the nomination machine, on random sequences of up to 30 events', () => {
  test.prop([nominationArb, commandsArb], { numRuns: 200 })(
    'the status is always reachable, the last entry’s, and history grows by one per accepted event with dates that never decrease',
    (nomination, commands) => {
      const start = create(nomination);
      for (const { before, result } of run(start, commands)) {
        if (!result.ok) continue;
        const after = result.value;
        expect(REACHABLE.get(after.nomination.form)!.has(after.status)).toBe(true);
        expect(after.status).toBe(after.history.at(-1)!.status);
        expect(after.history).toHaveLength(before.history.length + 1);
        after.history.slice(0, -1).forEach((entry, i) => expect(entry).toBe(before.history[i]));
        expect(after.history.at(-1)!.event.on >= before.history.at(-1)!.event.on).toBe(true);
      }
    },
  );

  test.prop([nominationArb, commandsArb])(
    'a refused event leaves the record identical; inputs are never mutated',
    (nomination, commands) => {
      const frozen = deepFreeze(structuredClone(nomination));
      const start = create(frozen);
      for (const { before, event, result } of run(start, commands)) {
        const snapshot = JSON.stringify(before);
        const eventSnapshot = JSON.stringify(event);
        const again = applyNominationEvent(before, event);
        expect(again).toEqual(result);
        expect(JSON.stringify(before)).toBe(snapshot);
        expect(JSON.stringify(event)).toBe(eventSnapshot);
      }
      expect(frozen).toEqual(nomination);
    },
  );

  test.prop([nominationArb, commandsArb])('a final record accepts no event and allows none', (nomination, commands) => {
    const start = create(nomination);
    for (const { before, result } of run(start, commands)) {
      if (!(FINAL_NOMINATION_STATUSES as readonly string[]).includes(before.status)) continue;
      expect(result.ok).toBe(false);
      expect(nominationEventsAllowed(before)).toEqual([]);
    }
  });

  test.prop([nominationArb, commandsArb, fc.nat(), fc.boolean()], { numRuns: 200 })(
    'save → reload → continue equals continuing, with and without a key, AMENDs in the mix',
    (nomination, commands, cut, sealed) => {
      const options = sealed ? SEALED : undefined;
      const at = cut % (commands.length + 1);
      const start = create(nomination, undefined, options);
      const head = run(start, commands.slice(0, at), options);
      const middle = finalOf(start, head);
      const reloaded = parseNominationRecord(viaJson(middle), options);
      expect(reloaded.ok).toBe(true);
      if (!reloaded.ok) return;
      expect(reloaded.value).toEqual(middle);
      const direct = run(middle, commands.slice(at), options);
      const fromSaved = run(reloaded.value, commands.slice(at), options);
      expect(fromSaved.map((s) => s.result)).toEqual(direct.map((s) => s.result));
      const final = finalOf(reloaded.value, fromSaved);
      expect(final).toEqual(finalOf(middle, direct));
      // The end of the run reloads too, sealed as it was made: and a copy of it continues like it.
      expect(parseNominationRecord(viaJson(final), options)).toEqual({ ok: true, value: final });
      if (sealed) expect(final.history.every((entry) => entry.seal !== undefined) && final.seal !== undefined).toBe(true);
    },
  );

  test.prop([nominationArb, commandsArb])(
    'AMEND: the history keeps each version, and the record’s nomination is the last one’s',
    (nomination, commands) => {
      const start = create(nomination);
      for (const { before, event, result } of run(start, commands)) {
        if (!result.ok) continue;
        const after = result.value;
        const last = after.history.at(-1)!.event;
        if (last.type === 'AMEND') {
          expect(after.nomination).toEqual({ id: before.nomination.id, ...(event as { nomination: object }).nomination });
          if (before.status !== 'draft') expect(evaluateNomination(after.nomination).outcome).toBe('met');
        } else if (last.type !== 'SUBMIT' || last.documents === undefined) expect(after.nomination).toBe(before.nomination);
        expect(after.nomination.id).toBe(nomination.id);
      }
    },
  );

  test.prop([nominationArb, commandsArb])(
    'each error is the first check that applies, consistent with nominationEventsAllowed',
    (nomination, commands) => {
      const start = create(nomination);
      for (const { before, event, result } of run(start, commands)) {
        const parsed = parseNominationEvent(event);
        if (!parsed.ok) {
          expect(result.ok ? 'ok' : result.error.code).toBe('INVALID_EVENT');
          continue;
        }
        const { type, by, on } = parsed.value;
        const allowed = nominationEventsAllowed(before);
        if (!allowed.includes(type)) {
          expect(result.ok ? 'ok' : result.error.code).toBe('EVENT_NOT_ALLOWED');
          continue;
        }
        if (result.ok) {
          expect(nominationEventsAllowed(before, by)).toContain(type);
          continue;
        }
        const { code } = result.error;
        if (code === 'ROLE_NOT_ALLOWED') expect(nominationEventsAllowed(before, by)).not.toContain(type);
        if (code === 'DATE_BEFORE_PREVIOUS') expect(on < before.history.at(-1)!.event.on).toBe(true);
        if (code === 'NOMINATION_NOT_MET') {
          expect(['PROPOSE', 'AMEND']).toContain(type);
          expect(result.error.findings?.length).toBeGreaterThan(0);
        }
        expect(['ROLE_NOT_ALLOWED', 'DATE_BEFORE_PREVIOUS', 'DATE_OUTSIDE_WINDOW', 'NOMINATION_NOT_MET']).toContain(code);
      }
    },
  );

  test.prop([nominationArb, commandsArb])(
    'every record the machine makes reloads, and a forged status does not',
    (nomination, commands) => {
      const start = create(nomination);
      const record = finalOf(start, run(start, commands));
      expect(parseNominationRecord(viaJson(record))).toEqual({ ok: true, value: record });
      const other = record.status === 'draft' ? 'awarded' : 'draft';
      const forged = parseNominationRecord({ ...(viaJson(record) as object), status: other });
      expect(forged.ok ? [] : forged.error.map((i) => i.code)).toEqual(['status_mismatch']);
    },
  );
});
