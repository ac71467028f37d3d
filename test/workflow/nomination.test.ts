import { describe, expect, it } from 'vitest';
import { REWARD_FORMS } from '../../src/core/codes.js';
import { evaluateNomination } from '../../src/rules/nomination.js';
import { deepFreeze } from '../../src/core/freeze.js';
import {
  createNominationRecord,
  NOMINATION_TRANSITIONS,
  type NominationRecord,
  type NominationTransition,
  nominationEventsAllowed,
  parseNominationEvent,
} from '../../src/workflow/index.js';
import { NOMINATION_EVENT_TYPES, NOMINATION_STATUSES } from '../../src/core/workflow-codes.js';
import {
  applyUnchecked as applyNominationEvent,
  create,
  CREATED_ON,
  decide,
  errorOf,
  EVENTS,
  eventsTo,
  NOMINATIONS,
  NOT_MET,
  okValue,
  recordAt,
  UNKNOWN,
  viaJson,
  walk,
} from './fixtures.js';

const at = (on: string) => ({ ...EVENTS.submit, on });

describe('createNominationRecord', () => {
  it('IV.1.2: starts a draft whose history is the creation, which keeps the nomination', () => {
    const record = okValue(createNominationRecord(NOMINATIONS['director-certificate'], CREATED_ON));
    expect(record).toEqual({
      schemaVersion: 2,
      nomination: NOMINATIONS['director-certificate'],
      status: 'draft',
      history: [{ event: { type: 'CREATE', on: CREATED_ON, nomination: NOMINATIONS['director-certificate'] }, status: 'draft' }],
    });
  });

  it('copies the nomination: a later change to the caller’s object does not reach the record', () => {
    const nomination = structuredClone(NOMINATIONS['director-certificate']);
    const record = okValue(createNominationRecord(nomination, CREATED_ON, {}));
    nomination.id = 'changed';
    expect(record.nomination.id).toBe('SK2023-GK');
    expect(Object.isFrozen(nomination)).toBe(false);
    expect(Object.isFrozen(record.nomination.subject)).toBe(true);
  });

  it.each([
    ['a Date, read as the Vietnamese day (RULES reading 7)', new Date('2023-10-01T20:00:00Z'), '2023-10-02'],
    ['an ISO instant in UTC', '2023-10-01T17:00:00.000Z', '2023-10-02'],
    ['an ISO instant with its offset', '2023-10-02T08:30:00+07:00', '2023-10-02'],
    ['an ISO instant late in the day west of Vietnam', '2023-10-01T16:59:59-00:00', '2023-10-01'],
  ] as const)('takes %s', (_name, on, day) => {
    expect(okValue(createNominationRecord(NOMINATIONS['labor-order'], on)).history[0]?.event.on).toBe(day);
  });

  it.each([
    ['a day that does not exist', '2023-02-29', 'invalid_format'],
    ['a Vietnamese-style day', '02/10/2023', 'invalid_format'],
    ['an instant without its offset (ambiguous)', '2023-10-02T08:30:00', 'invalid_format'],
    ['an instant on a day that does not exist', '2023-02-30T08:30:00Z', 'invalid_format'],
    ['an hour 24', '2023-10-02T24:00:00Z', 'invalid_format'],
    ['an invalid Date', new Date('nope'), 'invalid_format'],
    ['a number', 20231002, 'invalid_type'],
    ['a day before the plan (III.5.1)', '2022-09-25', 'date_outside_window'],
  ] as const)('refuses %s, at path on', (_name, on, code) => {
    const result = createNominationRecord(NOMINATIONS['labor-order'], on as string);
    expect(result.ok ? [] : result.error.map((i) => [i.path.join('.'), i.code])).toEqual([['on', code]]);
  });

  it('accepts the plan’s first day (the day of Kế hoạch 2451/KH-UBND, as the launch does)', () => {
    expect(createNominationRecord(NOMINATIONS['labor-order'], '2022-09-26').ok).toBe(true);
  });

  it('validates the nomination (the issue a stored record would have got on reload)', () => {
    const result = createNominationRecord(
      { ...NOMINATIONS['labor-order'], subject: { ...NOMINATIONS['labor-order'].subject, name: ' ' } },
      CREATED_ON,
    );
    expect(result.ok ? [] : result.error.map((i) => [i.path.join('.'), i.code])).toEqual([['nomination.subject.name', 'invalid_format']]);
  });

  it('keeps the actor, and refuses a blank one', () => {
    const actor = { id: 'u-1', name: 'Nông Văn Sơn' };
    expect(okValue(createNominationRecord(NOMINATIONS['labor-order'], CREATED_ON, { actor })).history[0]?.event).toMatchObject({ actor });
    const bad = createNominationRecord(NOMINATIONS['labor-order'], CREATED_ON, { actor: { id: '', name: 'x' } });
    expect(bad.ok ? [] : bad.error.map((i) => i.path.join('.'))).toEqual(['actor.id']);
  });

  it('refuses a seal key shorter than 32 bytes, and reports every problem at once', () => {
    const result = createNominationRecord(NOMINATIONS['labor-order'], 'hôm nay', { seal: { key: 'short' } });
    expect(result.ok ? [] : result.error.map((i) => `${i.path.join('.')} ${i.code}`)).toEqual([
      'options.seal.key seal_key_invalid',
      'on invalid_format',
    ]);
  });

  it('a record created from new Date().toISOString() reloads (the bug of issue 12)', () => {
    const record = okValue(createNominationRecord(NOMINATIONS['labor-order'], new Date('2023-10-02T03:00:00Z').toISOString()));
    expect(okValue(applyNominationEvent(record, EVENTS.propose)).status).toBe('proposed');
  });
});

function rowName(row: NominationTransition): string {
  const event = row.decision === undefined ? row.event : `${row.event} ${row.decision}`;
  return `${row.clause}: ${row.from} ${event} by ${row.by} → ${row.to} (${row.forms[0]})`;
}

describe('every row of the table, on the 2023 preliminary review', () => {
  it.each(NOMINATION_TRANSITIONS.map((row): [string, NominationTransition] => [rowName(row), row]))('%s', (_name, row) => {
    const form = row.forms[0]!;
    const before = recordAt(row.from, form);
    const on = '2023-12-28';
    const { id, ...fields } = before.nomination;
    void id;
    const event =
      row.event === 'DECIDE'
        ? { type: 'DECIDE', by: row.by, on, decision: row.decision }
        : row.event === 'RETURN' || row.event === 'WITHDRAW'
          ? { type: row.event, by: row.by, on, reason: 'Lý do' }
          : row.event === 'AMEND'
            ? { type: 'AMEND', by: row.by, on, nomination: { ...fields, proposingUnit: 'amended-unit' } }
            : { type: row.event, by: row.by, on };
    const after = okValue(applyNominationEvent(before, event));
    expect(after.status).toBe(row.to);
    expect(after.history).toHaveLength(before.history.length + 1);
    expect(after.history.at(-1)).toEqual({ event: row.event === 'AMEND' ? { ...event } : event, status: row.to });
    expect(after.history.slice(0, -1)).toEqual(before.history);
  });
});

describe('the whole way of a nomination in 2023', () => {
  it('IV.1.2 → IV.3.1 → IV.3.2 → III.3.b: a Bằng khen of the provincial chairman, returned by the Office and by the province, then awarded', () => {
    const { propose, submit, returnByOffice, resubmit, compile, select, forward, returnByProvince, reforward } = EVENTS;
    const record = walk(create(NOMINATIONS['provincial-certificate']), [
      propose,
      submit,
      returnByOffice,
      resubmit,
      compile,
      select,
      forward,
      returnByProvince,
      reforward,
      decide('provincial-chairman', 'award'),
    ]);
    expect(record.history.map((h) => h.status)).toEqual([
      'draft',
      'proposed',
      'submitted',
      'returned',
      'submitted',
      'compiled',
      'selected',
      'forwarded',
      'selected',
      'forwarded',
      'awarded',
    ]);
    expect(record.history.at(-1)?.event).toEqual({
      type: 'DECIDE',
      by: 'provincial-chairman',
      on: '2023-12-20',
      decision: 'award',
      reference: '2345/QĐ-UBND',
    });
  });

  it('IV.3.1: the Director’s Giấy khen is decided inside the Sở right after compilation', () => {
    const record = recordAt('compiled', 'director-certificate');
    expect(okValue(applyNominationEvent(record, decide('director', 'reject', '2023-11-30'))).status).toBe('rejected');
  });
});

describe('INVALID_EVENT (checked first)', () => {
  const record = recordAt('proposed');

  it.each([
    ['null', null, ''],
    ['a number', 5, ''],
    ['a string', 'SUBMIT', ''],
    ['an array', [EVENTS.submit], ''],
    ['an unknown type', { ...EVENTS.submit, type: 'APPROVE' }, 'type'],
    ['a missing type', { by: 'unit-head', on: '2023-10-16' }, 'type'],
    ['an unknown role', { ...EVENTS.submit, by: 'minister' }, 'by'],
    ['a missing role', { type: 'SUBMIT', on: '2023-10-16' }, 'by'],
    ['a missing day', { type: 'SUBMIT', by: 'unit-head' }, 'on'],
    ['a day that does not exist (29 February 2023)', at('2023-02-29'), 'on'],
    ['a month 13', at('2023-13-01'), 'on'],
    ['a day with a time', at('2023-10-16T10:00:00'), 'on'],
    ['a Date instead of a day', { ...EVENTS.submit, on: new Date('2023-10-16') }, 'on'],
    ['a key its type does not have (reason on SUBMIT)', { ...EVENTS.submit, reason: 'x' }, ''],
    ['a missing reason on RETURN', { type: 'RETURN', by: 'department-office', on: '2023-10-20' }, 'reason'],
    ['an empty reason on WITHDRAW', { ...EVENTS.withdraw, reason: '' }, 'reason'],
    ['a blank reason on WITHDRAW', { ...EVENTS.withdraw, reason: '   ' }, 'reason'],
    ['a missing decision', { type: 'DECIDE', by: 'director', on: '2023-12-20' }, 'decision'],
    ['an unknown decision', { ...decide('director', 'award'), decision: 'defer' }, 'decision'],
    ['an empty reference', { ...decide('director', 'award'), reference: '' }, 'reference'],
    ['a reference that is undefined', { ...decide('director', 'award'), reference: undefined }, 'reference'],
  ])('%s', (_name, event, field) => {
    const error = errorOf(applyNominationEvent(record, event));
    expect(error.code).toBe('INVALID_EVENT');
    expect(error.issues?.[0]?.path.join('.')).toBe(field);
    if (field !== '') {
      expect(error.message.vi).toContain(`trường «${field}»`);
      expect(error.message.en).toContain(`field “${field}”`);
    }
  });

  it('names the event types when the type is unknown', () => {
    const error = errorOf(applyNominationEvent(record, { ...EVENTS.submit, type: 'APPROVE' }));
    expect(error.issues?.[0]?.code).toBe('invalid_union');
    expect(error.message.en).toBe(
      'Invalid event (field “type”): Unknown event type: must be one of PROPOSE, SUBMIT, RETURN, COMPILE, SELECT, FORWARD, DECIDE, WITHDRAW, AMEND.',
    );
    expect(error.message.vi).toBe(
      'Sự kiện không hợp lệ (trường «type»): Loại sự kiện không hợp lệ: phải là một trong PROPOSE, SUBMIT, RETURN, COMPILE, SELECT, FORWARD, DECIDE, WITHDRAW, AMEND.',
    );
  });

  it('counts the other problems in the message', () => {
    const error = errorOf(applyNominationEvent(record, { type: 'RETURN', by: 'nobody', on: 'tomorrow' }));
    expect(error.issues).toHaveLength(3);
    expect(error.message.en).toMatch(/\(and 2 more\)$/u);
    expect(error.message.vi).toMatch(/\(và 2 lỗi khác\)$/u);
  });

  it('comes before every other check (an unknown role on a final record)', () => {
    expect(errorOf(applyNominationEvent(recordAt('awarded'), { ...EVENTS.submit, by: 'king' })).code).toBe('INVALID_EVENT');
  });

  it('does not throw on a hostile event whose getter throws', () => {
    const hostile = {
      type: 'SUBMIT',
      by: 'unit-head',
      get on(): string {
        throw new Error('boom');
      },
    };
    const error = errorOf(applyNominationEvent(record, hostile));
    expect(error.code).toBe('INVALID_EVENT');
    expect(error.issues?.[0]?.code).toBe('unreadable_input');
    expect(error.message.vi).toMatch(/^Sự kiện không hợp lệ: /u);
  });

  it('parseNominationEvent returns a new object, equal to the event', () => {
    const parsed = parseNominationEvent(EVENTS.submit);
    expect(parsed).toEqual({ ok: true, value: EVENTS.submit });
    if (parsed.ok) expect(parsed.value).not.toBe(EVENTS.submit);
  });
});

describe('EVENT_NOT_ALLOWED (no row for the status, event and form)', () => {
  it('IV.1.2: SUBMIT before PROPOSE', () => {
    const error = errorOf(applyNominationEvent(recordAt('draft'), EVENTS.submit));
    expect(error.code).toBe('EVENT_NOT_ALLOWED');
    expect(error.message.vi).toBe(
      'Không thể «Gửi hồ sơ về Hội đồng Thi đua - Khen thưởng Sở (qua Văn phòng Sở)» (SUBMIT) khi hồ sơ đề nghị (hình thức Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh) đang ở trạng thái «Dự thảo»; các bước có thể: PROPOSE, WITHDRAW, AMEND.',
    );
    expect(error.message.en).toBe(
      "SUBMIT is not possible while the nomination record (form: Certificate of Merit of the Chairman of the Provincial People's Committee) is “Draft”; possible steps: PROPOSE, WITHDRAW, AMEND.",
    );
  });

  it.each(REWARD_FORMS.filter((f) => f !== 'director-certificate'))(
    'IV.3.1: the Director cannot DECIDE a compiled %s (a form outside his authority)',
    (form) => {
      expect(errorOf(applyNominationEvent(recordAt('compiled', form), decide('director', 'award'))).code).toBe('EVENT_NOT_ALLOWED');
    },
  );

  it('IV.3.2: the Giấy khen is never SELECTed for the province', () => {
    const record = recordAt('compiled', 'director-certificate');
    expect(errorOf(applyNominationEvent(record, EVENTS.select)).code).toBe('EVENT_NOT_ALLOWED');
  });

  it.each(['awarded', 'rejected', 'withdrawn'] as const)(
    'a final record (%s) accepts no event, and says there is no step left',
    (status) => {
      const error = errorOf(applyNominationEvent(recordAt(status), { ...EVENTS.withdraw, on: '2023-12-31' }));
      expect(error.code).toBe('EVENT_NOT_ALLOWED');
      expect(error.message.vi).toContain('các bước có thể: không còn bước nào.');
      expect(error.message.en).toContain('possible steps: none.');
    },
  );

  it('comes before the role check (COMPILE by the unit head on a draft)', () => {
    expect(errorOf(applyNominationEvent(recordAt('draft'), { ...EVENTS.compile, by: 'unit-head' })).code).toBe('EVENT_NOT_ALLOWED');
  });
});

describe('ROLE_NOT_ALLOWED (a row exists, but for another role)', () => {
  it('IV.1.2: only the unit head proposes', () => {
    const error = errorOf(applyNominationEvent(recordAt('draft'), { ...EVENTS.propose, by: 'department-council' }));
    expect(error.code).toBe('ROLE_NOT_ALLOWED');
    expect(error.message.vi).toBe(
      'IV.1.2: «Bình xét, đề nghị khen thưởng» (PROPOSE) ở trạng thái «Dự thảo» do Trưởng phòng, ban, đơn vị thực hiện, không phải Hội đồng Thi đua - Khen thưởng Sở Giao thông vận tải.',
    );
  });

  it('IV.1.2, IV.3.1: the Office or the council returns; the Director does not', () => {
    const error = errorOf(applyNominationEvent(recordAt('submitted'), { ...EVENTS.returnByOffice, by: 'director' }));
    expect(error.code).toBe('ROLE_NOT_ALLOWED');
    expect(error.message.en).toBe(
      "IV.1.2, IV.3.1: RETURN at “Submitted to the Department's council” is for “Office of the Department” or “Emulation and Reward Council of the Department of Transport”, not for “Director of the Department of Transport”.",
    );
  });

  it('IV.3.2: only the provincial council returns a forwarded dossier', () => {
    const error = errorOf(applyNominationEvent(recordAt('forwarded'), { ...EVENTS.returnByProvince, by: 'department-council' }));
    expect(error.code).toBe('ROLE_NOT_ALLOWED');
  });

  it.each(REWARD_FORMS.filter((f) => f !== 'director-certificate'))('III.3: a forwarded %s is decided by its authority only', (form) => {
    for (const by of ['director', 'provincial-council', 'department-council'] as const) {
      const error = errorOf(applyNominationEvent(recordAt('forwarded', form), decide(by, 'award')));
      expect(error.code).toBe('ROLE_NOT_ALLOWED');
      expect(error.message.vi).toMatch(/^III\.3\.[ab]: /u);
    }
  });

  it('comes before the date check', () => {
    expect(errorOf(applyNominationEvent(recordAt('draft'), { ...EVENTS.propose, by: 'director', on: '2020-01-01' })).code).toBe(
      'ROLE_NOT_ALLOWED',
    );
  });
});

describe('DATE_BEFORE_PREVIOUS', () => {
  it('IV.1.2: proposing before the record was created (the creation is the first entry)', () => {
    const error = errorOf(applyNominationEvent(recordAt('draft'), { ...EVENTS.propose, on: '2023-10-01' }));
    expect(error.code).toBe('DATE_BEFORE_PREVIOUS');
    expect(error.message.vi).toBe(
      'Ngày 2023-10-01 trước ngày của mục cuối trong lịch sử (2023-10-02); lịch sử chỉ ghi tiếp theo thứ tự thời gian (cùng ngày thì được).',
    );
  });

  it('the same day as the last entry is fine', () => {
    const record = recordAt('proposed');
    expect(okValue(applyNominationEvent(record, at(EVENTS.propose.on))).status).toBe('submitted');
  });

  it('comes before the PROPOSE guard', () => {
    const record = create(NOT_MET);
    expect(errorOf(applyNominationEvent(record, { ...EVENTS.propose, on: '2023-01-01' })).code).toBe('DATE_BEFORE_PREVIOUS');
  });

  it('an (ill-formed) record without history is INVALID_RECORD, not an event with no previous day', () => {
    const empty: NominationRecord = { ...create(NOMINATIONS['labor-order']), history: [] };
    const error = errorOf(applyNominationEvent(empty, EVENTS.propose));
    expect(error.code).toBe('INVALID_RECORD');
    expect(error.issues?.map((i) => i.code)).toEqual(['history_not_replayable']);
  });
});

describe('NOMINATION_NOT_MET (the PROPOSE guard, IV.1.2)', () => {
  it('III.3.a: a Labour Order at an annual occasion cannot be proposed; the error carries the evaluation’s findings', () => {
    const record = create(NOT_MET);
    const error = errorOf(applyNominationEvent(record, EVENTS.propose));
    expect(error.code).toBe('NOMINATION_NOT_MET');
    expect(error.findings).toEqual(evaluateNomination(NOT_MET).findings);
    expect(error.message.vi).toBe('IV.1.2: chưa thể bình xét, đề nghị khen thưởng: đánh giá theo kế hoạch là «Không đạt» (III.3.a).');
    expect(error.message.en).toBe('IV.1.2: the nomination cannot be proposed: it does not meet the plan (III.3.a).');
  });

  it('III.2.a.2: an unassessed criterion makes the evaluation unknown, which is not enough', () => {
    const error = errorOf(applyNominationEvent(create(UNKNOWN), EVENTS.propose, {}));
    expect(error.code).toBe('NOMINATION_NOT_MET');
    expect(error.message.en).toContain('unknown');
    expect(error.message.en).toContain('(III.2.a.2)');
  });

  it('III.4: a household cannot pass PROPOSE without the annual guidance', () => {
    const household = {
      ...NOMINATIONS['director-certificate'],
      subject: { id: 'ho-1', name: 'Hộ ông Nông Văn Páo', category: 'poor-household' as const },
      assessment: {},
    };
    const error = errorOf(applyNominationEvent(create(household), EVENTS.propose));
    expect(error.code).toBe('NOMINATION_NOT_MET');
    expect(error.findings?.some((f) => f.rule === 'III.4')).toBe(true);
  });

  it('the guard is PROPOSE’s only: a not-met nomination can still be withdrawn', () => {
    expect(okValue(applyNominationEvent(create(NOT_MET), EVENTS.withdraw)).status).toBe('withdrawn');
  });
});

describe('nominationEventsAllowed (reads the table)', () => {
  it.each([
    ['draft', undefined, ['PROPOSE', 'WITHDRAW', 'AMEND']],
    ['proposed', 'unit-head', ['SUBMIT', 'WITHDRAW', 'AMEND']],
    ['returned', undefined, ['SUBMIT', 'WITHDRAW', 'AMEND']],
    ['submitted', undefined, ['RETURN', 'COMPILE', 'WITHDRAW']],
    ['submitted', 'department-office', ['RETURN']],
    ['submitted', 'department-council', ['RETURN', 'COMPILE']],
    ['compiled', undefined, ['SELECT', 'WITHDRAW']],
    ['forwarded', undefined, ['RETURN', 'DECIDE', 'WITHDRAW']],
    ['forwarded', 'provincial-chairman', ['DECIDE']],
    ['forwarded', 'prime-minister', []],
    ['awarded', undefined, []],
  ] as const)('a provincial-certificate record in %s, for %s: %j', (status, by, expected) => {
    expect(nominationEventsAllowed(recordAt(status), by)).toEqual(expected);
  });

  it('IV.3.1: a compiled Giấy khen allows DECIDE (the Director) and no SELECT', () => {
    expect(nominationEventsAllowed(recordAt('compiled', 'director-certificate'))).toEqual(['DECIDE', 'WITHDRAW']);
  });

  it('lists PROPOSE without running its guard', () => {
    expect(nominationEventsAllowed(create(NOT_MET))).toContain('PROPOSE');
  });

  it.each(REWARD_FORMS)('agrees with the machine for every status and role (%s)', (form) => {
    for (const status of NOMINATION_STATUSES) {
      if (form === 'director-certificate' && (status === 'selected' || status === 'forwarded')) continue;
      const record = recordAt(status, form);
      for (const row of NOMINATION_TRANSITIONS.filter((r) => r.from === status && r.forms.includes(form))) {
        expect(nominationEventsAllowed(record, row.by)).toContain(row.event);
      }
      for (const type of NOMINATION_EVENT_TYPES) {
        const { id, ...fields } = record.nomination;
        void id;
        const event =
          type === 'DECIDE'
            ? decide('director', 'award', '2023-12-31')
            : {
                type,
                by: 'unit-head',
                on: '2023-12-31',
                ...(type === 'RETURN' || type === 'WITHDRAW' ? { reason: 'x' } : {}),
                ...(type === 'AMEND' ? { nomination: fields } : {}),
              };
        const result = applyNominationEvent(record, event);
        const allowed = nominationEventsAllowed(record).includes(type);
        if (!allowed) expect(errorOf(result).code).toBe('EVENT_NOT_ALLOWED');
        else if (!result.ok) expect(result.error.code).not.toBe('EVENT_NOT_ALLOWED');
      }
    }
  });
});

describe('records are never mutated', () => {
  it('an accepted event returns a new frozen record and leaves the old one as it was', () => {
    const before = deepFreeze(recordAt('submitted'));
    const snapshot = structuredClone(before);
    const after = okValue(applyNominationEvent(before, EVENTS.compile));
    expect(before).toEqual(snapshot);
    expect(after).not.toBe(before);
    expect(Object.isFrozen(after)).toBe(true);
    expect(Object.isFrozen(after.history)).toBe(true);
    expect(Object.isFrozen(after.history.at(-1)?.event)).toBe(true);
    expect(after.nomination).toBe(before.nomination);
  });

  it('the event stored is a copy: changing the caller’s object later does not reach the history', () => {
    const event = { ...EVENTS.compile };
    const after = okValue(applyNominationEvent(recordAt('submitted'), event));
    event.on = '2099-01-01';
    expect(after.history.at(-1)?.event.on).toBe('2023-11-01');
  });

  it('a hand-built, unfrozen record is checked whole, and is neither frozen nor shared by the result', () => {
    const record = structuredClone(recordAt('submitted')) as NominationRecord;
    const after = okValue(applyNominationEvent(record, EVENTS.compile));
    expect(Object.isFrozen(record)).toBe(false);
    expect(Object.isFrozen(record.nomination)).toBe(false);
    expect(after.nomination).toEqual(record.nomination);
    expect(after.nomination).not.toBe(record.nomination);
    expect(after.history[0]).not.toBe(record.history[0]);
  });

  it('a record straight from JSON.parse with a SUBMIT listing documents: nothing of the caller’s is frozen or shared', () => {
    const record = viaJson(recordAt('proposed')) as NominationRecord;
    const documents = ['submission', 'achievement-report'];
    const after = okValue(applyNominationEvent(record, { ...EVENTS.submit, documents }));
    expect(Object.isFrozen(record.history)).toBe(false);
    expect(Object.isFrozen(documents)).toBe(false);
    expect(after.nomination.documents).toEqual(documents);
    expect(after.nomination.documents).not.toBe(documents);
    expect(after.nomination.subject).not.toBe(record.nomination.subject);
  });

  it('the paths of the fixtures lead where they say (every status, every form)', () => {
    for (const form of REWARD_FORMS) {
      for (const status of NOMINATION_STATUSES) {
        if (form === 'director-certificate' && (status === 'selected' || status === 'forwarded')) continue;
        expect(recordAt(status, form).status).toBe(status);
        expect(eventsTo(status, form).length).toBeLessThan(8);
      }
    }
  });
});
