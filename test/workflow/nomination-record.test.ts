import { describe, expect, it } from 'vitest';
import { REWARD_FORMS } from '../../src/core/codes.js';
import { parseNominationRecord } from '../../src/workflow/index.js';
import {
  applyUnchecked as applyNominationEvent,
  create,
  decide,
  EVENTS,
  NOMINATIONS,
  NOT_MET,
  okValue,
  recordAt,
  viaJson,
} from './fixtures.js';
import { NOMINATION_STATUSES } from '../../src/core/workflow-codes.js';

/** A saved record, as plain mutable JSON data, to forge. */
type Saved = {
  schemaVersion: number;
  nomination: Record<string, unknown>;
  status: string;
  history: { event: Record<string, unknown>; status: string }[];
  [key: string]: unknown;
};

function saved(
  status: (typeof NOMINATION_STATUSES)[number] = 'forwarded',
  form: (typeof REWARD_FORMS)[number] = 'provincial-certificate',
): Saved {
  return viaJson(recordAt(status, form)) as Saved;
}

function issuesOf(input: unknown): { path: string; code: string; vi: string; en: string }[] {
  const result = parseNominationRecord(input);
  if (result.ok) return expect.fail('expected issues');
  return result.error.map((i) => ({ path: i.path.join('.'), code: i.code, vi: i.message.vi, en: i.message.en }));
}

describe('parseNominationRecord: save, reload, continue', () => {
  it.each(
    REWARD_FORMS.flatMap((form) => NOMINATION_STATUSES.map((status) => [status, form] as const)).filter(
      ([status, form]) => form !== 'director-certificate' || (status !== 'selected' && status !== 'forwarded'),
    ),
  )('a %s record of %s reloads equal to what was saved', (status, form) => {
    const record = recordAt(status, form);
    const reloaded = okValue(parseNominationRecord(viaJson(record)));
    expect(reloaded).toEqual(record);
    expect(Object.isFrozen(reloaded.history[0]?.event)).toBe(true);
  });

  it('continuing a reloaded record gives the same record as continuing the original', () => {
    const record = recordAt('forwarded');
    const reloaded = okValue(parseNominationRecord(viaJson(record)));
    const event = decide('provincial-chairman', 'award');
    expect(okValue(applyNominationEvent(reloaded, event))).toEqual(okValue(applyNominationEvent(record, event)));
  });

  it('IV.1.2: does not re-run the PROPOSE guard (its inputs may have changed since)', () => {
    const proposed = viaJson(okValue(applyNominationEvent(create(NOMINATIONS['labor-order']), EVENTS.propose))) as Saved;
    // The same history, of a nomination that would not pass PROPOSE today (written consistently, without a key).
    const changed = { ...proposed, nomination: viaJson(NOT_MET) as Record<string, unknown> };
    changed.history[0]!.event.nomination = viaJson(NOT_MET);
    expect(parseNominationRecord(changed).ok).toBe(true);
  });

  it('nomination_mismatch: the nomination is not the one its history establishes', () => {
    const record = saved('proposed');
    record.nomination = viaJson(NOT_MET) as Record<string, unknown>;
    expect(issuesOf(record)).toEqual([
      {
        path: 'nomination',
        code: 'nomination_mismatch',
        vi: 'Đề nghị trong hồ sơ khác với đề nghị mà lịch sử xác lập (mục 0 của lịch sử, kể cả danh sách tài liệu của lần gửi sau đó); chỉ được sửa đề nghị bằng sự kiện AMEND.',
        en: "The record's nomination is not the one its history establishes (history entry 0, with the documents of any later SUBMIT); a nomination is changed only by an AMEND event.",
      },
    ]);
  });
});

describe('parseNominationRecord: the shape (zod’s issue codes)', () => {
  it('schemaVersion must be 2 (a version 1 record, without its nomination in the history, does not load)', () => {
    expect(issuesOf({ ...saved(), schemaVersion: 1 })).toEqual([expect.objectContaining({ path: 'schemaVersion', code: 'invalid_value' })]);
  });

  it('unknown keys are rejected, not dropped (record, nomination, entry, event)', () => {
    const record = saved();
    record.extra = 1;
    record.nomination.note = 'x';
    record.history[1]!.event.comment = 'x';
    (record.history[2] as Record<string, unknown>).by = 'x';
    expect(issuesOf(record).map((i) => [i.path, i.code])).toEqual([
      ['nomination', 'unrecognized_keys'],
      ['history.1.event', 'unrecognized_keys'],
      ['history.2', 'unrecognized_keys'],
      ['', 'unrecognized_keys'],
    ]);
  });

  it('an unknown event type in the history names the types, CREATE included', () => {
    const record = saved();
    record.history[1]!.event.type = 'APPROVE';
    const [issue] = issuesOf(record);
    expect(issue).toMatchObject({ path: 'history.1.event.type', code: 'invalid_union' });
    expect(issue?.en).toBe(
      'Unknown event type: must be one of CREATE, PROPOSE, SUBMIT, RETURN, COMPILE, SELECT, FORWARD, DECIDE, WITHDRAW, AMEND.',
    );
  });

  it('a day that does not exist in the history', () => {
    const record = saved();
    record.history[2]!.event.on = '2023-02-29';
    expect(issuesOf(record)).toEqual([expect.objectContaining({ path: 'history.2.event.on', code: 'invalid_format' })]);
  });

  it('not an object, and a hostile input, never throw', () => {
    expect(issuesOf(null)).toEqual([expect.objectContaining({ path: '', code: 'invalid_type' })]);
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        has() {
          throw new Error('boom');
        },
        ownKeys() {
          throw new Error('boom');
        },
      },
    );
    expect(issuesOf(hostile)[0]?.code).toBe('unreadable_input');
  });
});

describe('parseNominationRecord: the replay through the table (the library’s own codes)', () => {
  it('history_not_replayable: an empty history', () => {
    expect(issuesOf({ ...saved(), history: [], status: 'draft' })).toEqual([
      {
        path: 'history',
        code: 'history_not_replayable',
        vi: 'Lịch sử của hồ sơ đề nghị không được rỗng: mục đầu tiên là việc lập hồ sơ (CREATE).',
        en: 'The history of the nomination record must not be empty: its first entry is the creation (CREATE).',
      },
    ]);
  });

  it('history_not_replayable: the first entry is not the creation', () => {
    const record = saved('proposed');
    record.history[0] = { event: { ...EVENTS.propose, on: '2023-10-09' }, status: 'proposed' };
    expect(issuesOf(record)).toEqual([
      {
        path: 'history.0.event.type',
        code: 'history_not_replayable',
        vi: 'Mục đầu tiên của lịch sử phải là việc lập hồ sơ (CREATE).',
        en: 'The first entry of the history must be the creation (CREATE).',
      },
      // The next entry is checked from the status the first one records.
      expect.objectContaining({ path: 'history.1.event.type', code: 'history_not_replayable' }),
    ]);
  });

  it('status_mismatch: the creation must be a draft', () => {
    const record = saved('draft');
    record.history[0]!.status = 'proposed';
    record.status = 'proposed';
    expect(issuesOf(record)).toEqual([
      {
        path: 'history.0.status',
        code: 'status_mismatch',
        vi: 'Mục 0 của lịch sử ghi trạng thái «proposed», nhưng theo bảng chuyển trạng thái phải là «draft» (Dự thảo).',
        en: 'History entry 0 records status “proposed”, but the transition table gives “draft” (Draft).',
      },
    ]);
  });

  it('history_not_replayable: a second creation', () => {
    const record = saved('proposed');
    record.history.push({ event: { type: 'CREATE', on: '2023-10-11', nomination: record.nomination }, status: 'draft' });
    record.status = 'draft';
    expect(issuesOf(record)).toEqual([
      expect.objectContaining({
        path: 'history.2.event.type',
        code: 'history_not_replayable',
        en: 'History entry 2: the creation (CREATE) can only be the first entry.',
      }),
    ]);
  });

  it('history_not_replayable: an event with no row (IV.3.2: SELECT of a Giấy khen)', () => {
    const record = saved('compiled', 'director-certificate');
    record.history.push({ event: { ...EVENTS.select }, status: 'selected' });
    record.status = 'selected';
    const [issue] = issuesOf(record);
    expect(issue).toMatchObject({ path: 'history.4.event.type', code: 'history_not_replayable' });
    expect(issue?.en).toMatch(/^History entry 4 could not have been produced by the transition table: SELECT is not possible/u);
  });

  it('history_not_replayable: an event by a role the row does not have (IV.3.1: COMPILE by the Office)', () => {
    const record = saved('compiled');
    record.history[3]!.event.by = 'department-office';
    expect(issuesOf(record)).toEqual([expect.objectContaining({ path: 'history.3.event.by', code: 'history_not_replayable' })]);
  });

  it('history_not_replayable: DECIDE by the wrong authority (III.3.b)', () => {
    const record = saved('awarded');
    record.history[6]!.event.by = 'prime-minister';
    expect(issuesOf(record)).toEqual([expect.objectContaining({ path: 'history.6.event.by', code: 'history_not_replayable' })]);
  });

  it('dates_out_of_order: an entry dated before the one before it', () => {
    const record = saved('compiled');
    record.history[2]!.event.on = '2023-10-05';
    expect(issuesOf(record)).toEqual([
      expect.objectContaining({
        path: 'history.2.event.on',
        code: 'dates_out_of_order',
        vi: 'Mục 2 của lịch sử không thể có theo bảng chuyển trạng thái: Ngày 2023-10-05 trước ngày của mục cuối trong lịch sử (2023-10-10); lịch sử chỉ ghi tiếp theo thứ tự thời gian (cùng ngày thì được).',
      }),
    ]);
  });

  it('status_mismatch: an entry whose status is not the row’s', () => {
    const record = saved('rejected');
    record.history[6]!.status = 'awarded';
    record.status = 'awarded';
    expect(issuesOf(record)).toEqual([expect.objectContaining({ path: 'history.6.status', code: 'status_mismatch' })]);
  });

  it('status_mismatch: the record’s status is not its last entry’s', () => {
    expect(issuesOf({ ...saved('forwarded'), status: 'awarded' })).toEqual([
      {
        path: 'status',
        code: 'status_mismatch',
        vi: 'Trạng thái của hồ sơ là «awarded», nhưng theo lịch sử phải là «forwarded» (Đã gửi Hội đồng Thi đua - Khen thưởng tỉnh).',
        en: "The record's status is “awarded”, but its history gives “forwarded” (Forwarded to the provincial council).",
      },
    ]);
  });

  it('reports every bad entry, each checked from the status its predecessor records', () => {
    const record = saved('forwarded');
    record.history[2]!.event.by = 'director';
    record.history[4]!.status = 'compiled';
    record.status = 'draft';
    expect(issuesOf(record).map((i) => [i.path, i.code])).toEqual([
      ['history.2.event.by', 'history_not_replayable'],
      ['history.4.status', 'status_mismatch'],
      ['history.5.event.type', 'history_not_replayable'],
      ['status', 'status_mismatch'],
    ]);
  });
});
