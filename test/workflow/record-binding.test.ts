/**
 * The nomination bound to its history (AMEND, IV.1.2), the dates of the plan (III.5.1) and of a
 * proposal (IV.1.2 "Trong năm"), the guidance a record remembers, the actors, and what the
 * machines check of the record they are given (INVALID_RECORD, seals).
 */
import { describe, expect, it } from 'vitest';
import { defineGuidance } from '../../src/guidance/guidance.js';
import {
  applyNominationEvent,
  createCampaignRecord,
  parseCampaignRecord,
  parseNominationRecord,
  type NominationRecord,
} from '../../src/workflow/index.js';
import {
  applyCampaignUnchecked,
  applyUnchecked,
  CAMPAIGN_EVENTS,
  create,
  createCampaign,
  decide,
  errorOf,
  EVENTS,
  KEY,
  NOMINATIONS,
  NOT_MET,
  okValue,
  recordAt,
  SEALED,
  viaJson,
  walk,
  walkCampaign,
} from './fixtures.js';

const fieldsOf = (record: NominationRecord) => {
  const { id, ...fields } = record.nomination;
  void id;
  return fields;
};
const amend = (record: NominationRecord, change: (fields: ReturnType<typeof fieldsOf>) => object, on = '2023-10-12') => ({
  type: 'AMEND' as const,
  by: 'unit-head' as const,
  on,
  nomination: change(fieldsOf(record)),
});

describe('AMEND (IV.1.2): the unit head corrects the nomination before it is sent', () => {
  it('in draft: any field but id changes; the entry keeps the version; the record reloads with it', () => {
    const draft = recordAt('draft');
    const event = amend(draft, (f) => ({ ...f, subject: { ...f.subject, name: 'Hoàng Văn Nam (sửa)' }, form: 'labor-order' }));
    const amended = okValue(applyUnchecked(draft, { ...event, reason: 'Sửa tên' }));
    expect(amended.status).toBe('draft');
    expect(amended.nomination).toEqual({ id: draft.nomination.id, ...event.nomination });
    expect(amended.history.at(-1)?.event).toEqual({ ...event, reason: 'Sửa tên' });
    expect(amended.history[0]?.event).toMatchObject({ type: 'CREATE', nomination: draft.nomination });
    expect(okValue(parseNominationRecord(viaJson(amended)))).toEqual(amended);
  });

  it('cannot change the id: an AMEND carrying one is INVALID_EVENT, naming the key', () => {
    const draft = recordAt('draft');
    const error = errorOf(
      applyUnchecked(
        draft,
        amend(draft, (f) => ({ ...f, id: 'other' })),
      ),
    );
    expect(error.code).toBe('INVALID_EVENT');
    expect(error.issues?.[0]).toMatchObject({ path: ['nomination'], code: 'unrecognized_keys', keys: ['id'] });
  });

  it('once proposed, the amended nomination must still evaluate met (NOMINATION_NOT_MET, worded for an amendment)', () => {
    const proposed = recordAt('proposed');
    const error = errorOf(
      applyUnchecked(
        proposed,
        amend(proposed, () => fieldsOf(create(NOT_MET))),
      ),
    );
    expect(error.code).toBe('NOMINATION_NOT_MET');
    expect(error.message.en).toBe('IV.1.2: a proposed nomination cannot be amended into one that does not meet the plan (III.3.a).');
    expect(error.message.vi).toMatch(/^IV\.1\.2: không thể sửa đổi đề nghị đã được bình xét/u);
    // In a draft, the same amendment is fine: nothing is proposed yet.
    expect(
      okValue(
        applyUnchecked(
          recordAt('draft'),
          amend(recordAt('draft'), () => fieldsOf(create(NOT_MET))),
        ),
      ).status,
    ).toBe('draft');
  });

  it('in proposed and returned, a met amendment keeps the status; in submitted and later, none', () => {
    for (const status of ['proposed', 'returned'] as const) {
      const record = recordAt(status);
      expect(
        okValue(
          applyUnchecked(
            record,
            amend(record, (f) => ({ ...f, proposingUnit: 'khac' }), '2023-12-28'),
          ),
        ).status,
      ).toBe(status);
    }
    for (const status of ['submitted', 'compiled', 'selected', 'forwarded', 'awarded'] as const) {
      const record = recordAt(status);
      expect(
        errorOf(
          applyUnchecked(
            record,
            amend(record, (f) => f, '2023-12-28'),
          ),
        ).code,
        status,
      ).toBe('EVENT_NOT_ALLOWED');
    }
    const draft = recordAt('draft');
    expect(errorOf(applyUnchecked(draft, { ...amend(draft, (f) => f), by: 'department-office' })).code).toBe('ROLE_NOT_ALLOWED');
  });

  it('a changed form changes the way: a Giấy khen amended into a Bằng khen goes to the province', () => {
    const draft = create(NOMINATIONS['director-certificate']);
    const amended = okValue(
      applyUnchecked(
        draft,
        amend(draft, (f) => ({ ...f, form: 'provincial-certificate' }), '2023-10-05'),
      ),
    );
    const compiled = walk(amended, [EVENTS.propose, EVENTS.submit, EVENTS.compile]);
    expect(okValue(applyUnchecked(compiled, EVENTS.select)).status).toBe('selected');
    expect(errorOf(applyUnchecked(compiled, decide('director', 'award'))).code).toBe('EVENT_NOT_ALLOWED');
  });

  it('a later SUBMIT’s documents complete the amended version; a reload binds both', () => {
    const proposed = recordAt('proposed');
    const amended = okValue(
      applyUnchecked(
        proposed,
        amend(proposed, (f) => ({ ...f, documents: ['submission'] })),
      ),
    );
    const submitted = okValue(applyUnchecked(amended, { ...EVENTS.submit, documents: ['submission', 'achievement-report'] }));
    expect(submitted.nomination.documents).toEqual(['submission', 'achievement-report']);
    expect(parseNominationRecord(viaJson(submitted)).ok).toBe(true);
    const edited = viaJson(submitted) as { history: { event: { nomination?: { proposingUnit: string } } }[] };
    edited.history[2]!.event.nomination!.proposingUnit = 'khac';
    const result = parseNominationRecord(edited);
    expect(result.ok ? [] : result.error.map((i) => `${i.path.join('.')} ${i.code}`)).toEqual(['nomination nomination_mismatch']);
    expect(result.ok ? '' : result.error[0]?.message.en).toContain('history entry 3');
  });
});

describe('DATE_OUTSIDE_WINDOW for a nomination', () => {
  it('IV.1.2 "Trong năm": a PROPOSE before its occasion’s year begins', () => {
    const record = create({ ...NOMINATIONS['director-certificate'], occasion: { kind: 'annual', year: 2024 } });
    const error = errorOf(applyUnchecked(record, EVENTS.propose));
    expect(error).toMatchObject({ code: 'DATE_OUTSIDE_WINDOW', windows: [{ from: '2024-01-01' }] });
    expect(error.message.en).toBe(
      'IV.1.2: the proposal (PROPOSE) for an occasion of 2024 is made within that year; 2023-10-10 is before 2024 begins.',
    );
    expect(okValue(applyUnchecked(record, { ...EVENTS.propose, on: '2024-01-01' })).status).toBe('proposed');
  });

  it('an AMEND of a proposal onto a later occasion, dated before its year', () => {
    const proposed = recordAt('proposed', 'director-certificate');
    const event = amend(proposed, (f) => ({ ...f, occasion: { kind: 'annual', year: 2024 } }));
    expect(errorOf(applyUnchecked(proposed, event)).code).toBe('DATE_OUTSIDE_WINDOW');
    expect(okValue(applyUnchecked(recordAt('draft', 'director-certificate'), event)).status).toBe('draft');
  });

  it('an occasion past 9999 has no day to propose on; one before the plan, the plan’s first day', () => {
    const far = create({ ...NOMINATIONS['director-certificate'], occasion: { kind: 'annual', year: 12024 } });
    expect(errorOf(applyUnchecked(far, EVENTS.propose))).toMatchObject({ code: 'DATE_OUTSIDE_WINDOW', windows: [] });
    const old = create({ ...NOMINATIONS['director-certificate'], occasion: { kind: 'annual', year: 2021 } }, '2022-09-26');
    expect(errorOf(applyUnchecked(old, { ...EVENTS.propose, on: '2022-09-26' })).code).toBe('NOMINATION_NOT_MET');
  });

  it('III.5.1: a saved history dated before the plan is refused on reload', () => {
    const saved = viaJson(recordAt('proposed')) as { history: { event: { on: string } }[] };
    saved.history[0]!.event.on = '2022-01-10';
    saved.history[1]!.event.on = '2022-01-11';
    const result = parseNominationRecord(saved);
    expect(result.ok ? [] : result.error.map((i) => `${i.path.join('.')} ${i.code}`)).toEqual([
      'history.0.event.on date_outside_window',
      'history.1.event.on date_outside_window',
    ]);
  });
});

describe('the guidance a record was evaluated under', () => {
  const guidance = okValue(
    defineGuidance({
      issuer: { vi: 'Sở Nội vụ tỉnh Cao Bằng', en: 'Department of Home Affairs' },
      number: '05/HD-SNV',
      date: '2023-03-01',
      occasions: [{ kind: 'preliminary-review', year: 2023 }],
      criteria: [
        {
          id: 'HD.1',
          label: { vi: 'Tiêu chí của hướng dẫn', en: 'A criterion of the guidance' },
          item: 'mục 1',
          categories: ['public-employee'],
        },
      ],
    }),
  );
  const options = { guidance };
  const nomination = {
    ...NOMINATIONS['provincial-certificate'],
    assessment: { ...NOMINATIONS['provincial-certificate'].assessment, 'HD.1': 'met' as const },
  };

  it('is remembered (number and date) by the entries whose step read it', () => {
    const proposed = walk(create(nomination, undefined, options), [EVENTS.propose], options);
    expect(proposed.history.map((h) => h.guidance)).toEqual([
      [{ number: '05/HD-SNV', date: '2023-03-01' }],
      [{ number: '05/HD-SNV', date: '2023-03-01' }],
    ]);
    expect(parseNominationRecord(viaJson(proposed), options)).toEqual({ ok: true, value: proposed });
  });

  it('a reload without it says which guidance it needs (first), then what the shape lacks', () => {
    const saved = viaJson(walk(create(nomination, undefined, options), [EVENTS.propose], options));
    const result = parseNominationRecord(saved);
    expect(result.ok ? [] : result.error.map((i) => i.code)).toEqual(['guidance_required', 'unrecognized_keys', 'unrecognized_keys']);
    expect(result.ok ? '' : result.error[0]?.message.en).toBe(
      'The record was evaluated under the guidance 05/HD-SNV (2023-03-01); pass it in options.guidance to reload the record.',
    );
    // Without criteria of its own in the assessment, only the guidance is missing.
    const plain = viaJson(create(NOMINATIONS['provincial-certificate'], undefined, options));
    const other = parseNominationRecord(plain);
    expect(other.ok ? [] : other.error.map((i) => `${i.path.join('.')} ${i.code}`)).toEqual(['history.0.guidance guidance_required']);
  });
});

describe('who acted', () => {
  it('every event may name its actor; the history keeps it, and a seal covers it', () => {
    const actor = { id: 'tp-07', name: 'Nông Văn Sơn' };
    const record = walk(
      create(NOMINATIONS['provincial-certificate'], undefined, { ...SEALED, actor }),
      [{ ...EVENTS.propose, actor }],
      SEALED,
    );
    expect(record.history.map((h) => h.event.actor)).toEqual([actor, actor]);
    const saved = viaJson(record) as { history: { event: { actor: { name: string } } }[] };
    saved.history[1]!.event.actor.name = 'Người khác';
    expect(parseNominationRecord(saved).ok).toBe(true);
    expect(parseNominationRecord(saved, SEALED).ok).toBe(false);
  });

  it('an actor must have an id and a name', () => {
    const error = errorOf(applyUnchecked(recordAt('draft'), { ...EVENTS.propose, actor: { id: 'x' } }));
    expect(error.code).toBe('INVALID_EVENT');
    expect(error.issues?.[0]?.path).toEqual(['actor', 'name']);
    expect(errorOf(applyCampaignUnchecked(createCampaign(), { ...CAMPAIGN_EVENTS.launch, actor: { id: '', name: 'x' } })).code).toBe(
      'INVALID_EVENT',
    );
  });
});

describe('the record given to a machine (INVALID_RECORD)', () => {
  it('issue 12: a draft of a nomination never met, with its status set to forwarded, is not decided', () => {
    const draft = create(NOT_MET);
    const error = errorOf(applyNominationEvent({ ...draft, status: 'forwarded' }, decide('president', 'award')));
    expect(error.code).toBe('INVALID_RECORD');
    expect(error.issues?.map((i) => `${i.path.join('.')} ${i.code}`)).toEqual(['status status_mismatch']);
    expect(error.message.en).toMatch(/^Invalid record \(field “status”\): /u);
  });

  it('a record of another shape, or with a nomination its history does not give', () => {
    const record = recordAt('submitted');
    expect(errorOf(applyUnchecked({ ...record, schemaVersion: 1 } as unknown as NominationRecord, EVENTS.compile)).code).toBe(
      'INVALID_RECORD',
    );
    const renamed = { ...record, nomination: { ...record.nomination, subject: { ...record.nomination.subject, name: 'X' } } };
    expect(errorOf(applyUnchecked(renamed, EVENTS.compile)).issues?.map((i) => i.code)).toEqual(['nomination_mismatch']);
  });

  it('a sealed record needs the key; a key needs a sealed record; a short key is refused', () => {
    const sealed = recordAt('submitted', 'provincial-certificate', undefined, SEALED);
    expect(errorOf(applyUnchecked(sealed, EVENTS.compile)).issues?.map((i) => i.code)).toEqual(['seal_key_required']);
    expect(errorOf(applyUnchecked(recordAt('submitted'), EVENTS.compile, SEALED)).issues?.map((i) => i.code)).toEqual(['seal_missing']);
    expect(errorOf(applyUnchecked(sealed, EVENTS.compile, { seal: { key: 'short' } })).issues?.map((i) => i.code)).toEqual([
      'seal_key_invalid',
    ]);
    expect(new Set(errorOf(applyUnchecked(sealed, EVENTS.compile, { seal: { key: `${KEY}!` } })).issues?.map((i) => i.code))).toEqual(
      new Set(['seal_mismatch']),
    );
    const next = okValue(applyUnchecked(sealed, EVENTS.compile, SEALED));
    expect(next.history.at(-1)?.seal).toMatch(/^[0-9a-f]{64}$/u);
    expect(next.seal).not.toBe(sealed.seal);
    // The same key as bytes seals the same way.
    const bytes = new TextEncoder().encode(KEY);
    expect(okValue(applyUnchecked(sealed, EVENTS.compile, { seal: { key: bytes } }))).toEqual(next);
  });

  it('a sealed record read without its key can be listed, not continued', () => {
    const sealed = viaJson(recordAt('submitted', 'provincial-certificate', undefined, SEALED));
    const read = okValue(parseNominationRecord(sealed));
    expect(errorOf(applyUnchecked(read, EVENTS.compile)).issues?.map((i) => i.code)).toEqual(['seal_key_required']);
    expect(okValue(applyUnchecked(okValue(parseNominationRecord(sealed, SEALED)), EVENTS.compile, SEALED)).status).toBe('compiled');
  });

  it('the campaign’s key: checked when the record is created, continued or loaded', () => {
    expect(createCampaignRecord({}).ok).toBe(true);
    const short = createCampaignRecord({ seal: { key: 'short' } });
    expect(short.ok ? [] : short.error.map((i) => `${i.path.join('.')} ${i.code}`)).toEqual(['options.seal.key seal_key_invalid']);
    const launched = walkCampaign([CAMPAIGN_EVENTS.launch]);
    expect(
      errorOf(applyCampaignUnchecked(launched, CAMPAIGN_EVENTS.inspect2022, { seal: { key: new Uint8Array(4) } })).issues?.map(
        (i) => i.code,
      ),
    ).toEqual(['seal_key_invalid']);
    expect(errorOf(applyCampaignUnchecked(launched, CAMPAIGN_EVENTS.inspect2022, SEALED)).issues?.map((i) => i.code)).toEqual([
      'seal_missing',
    ]);
    const reload = parseCampaignRecord(viaJson(launched), SEALED);
    expect(reload.ok ? [] : reload.error.map((i) => i.code)).toEqual(['seal_missing']);
    expect(parseCampaignRecord(viaJson(launched), { seal: { key: 'short' } }).ok).toBe(false);
    expect(parseNominationRecord(viaJson(recordAt('draft')), { seal: { key: 42 as unknown as string } }).ok).toBe(false);
  });

  it('the campaign: a forged status, a sealed record without the key, a sealed history continued', () => {
    const launched = walkCampaign([CAMPAIGN_EVENTS.launch]);
    expect(errorOf(applyCampaignUnchecked({ ...launched, status: 'closed' }, CAMPAIGN_EVENTS.inspect2022)).code).toBe('INVALID_RECORD');
    const sealed = walkCampaign([CAMPAIGN_EVENTS.launch], createCampaign(SEALED), SEALED);
    expect(errorOf(applyCampaignUnchecked(sealed, CAMPAIGN_EVENTS.inspect2022)).issues?.map((i) => i.code)).toEqual(['seal_key_required']);
    const next = okValue(applyCampaignUnchecked(viaJson(sealed) as typeof sealed, CAMPAIGN_EVENTS.inspect2022, SEALED));
    expect(next.history.map((h) => h.seal?.length)).toEqual([64, 64]);
  });
});
