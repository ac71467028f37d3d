import { describe, expect, it } from 'vitest';
import { clause } from '../../src/plan/plan.js';
import { MILESTONE_IDS } from '../../src/core/codes.js';
import { MILESTONE_WINDOWS } from '../../src/rules/timeline.js';
import { deepFreeze } from '../../src/core/freeze.js';
import {
  CAMPAIGN_TRANSITIONS,
  type CampaignRecord,
  campaignCompliance,
  campaignEventsAllowed,
  campaignWindowsOf,
  createCampaignRecord,
  LAUNCH_WINDOW,
  parseCampaignEvent,
  parseCampaignRecord,
} from '../../src/workflow/index.js';
import { applyCampaignUnchecked as applyCampaignEvent, CAMPAIGN_EVENTS, errorOf, okValue, viaJson, walkCampaign } from './fixtures.js';

const { launch, inspect2022, preliminary, inspect2023, inspect2024, final, inspect2025 } = CAMPAIGN_EVENTS;
const running = walkCampaign([launch]);
const closed = walkCampaign([launch, final]);
const launchedEarly = walkCampaign([{ ...launch, on: '2022-09-26' }]);

describe('the campaign table (API.md "Campaign record")', () => {
  it('is exactly API.md’s table', () => {
    expect(
      CAMPAIGN_TRANSITIONS.map((row) => [
        row.from,
        row.event,
        row.by,
        row.to,
        row.milestone,
        row.once,
        row.clause,
        campaignWindowsOf(row).map((w) => `${w.from}..${w.to}`),
      ]),
    ).toEqual([
      ['planned', 'LAUNCH', 'director', 'running', 'plan-issuance', undefined, 'III.5.1', ['2022-09-26..2025-12-31']],
      [
        'running',
        'HOLD_PRELIMINARY_REVIEW',
        'director',
        'running',
        'preliminary-review',
        'campaign',
        'III.5.2',
        ['2023-01-01..2023-12-31'],
      ],
      [
        'running',
        'RECORD_INSPECTION',
        'department-council',
        'running',
        'annual-inspection',
        'year',
        'III.5.4',
        ['2022-10-01..2022-12-31', '2023-01-01..2023-12-31', '2024-01-01..2024-12-31', '2025-01-01..2025-12-31'],
      ],
      [
        'closed',
        'RECORD_INSPECTION',
        'department-council',
        'closed',
        'annual-inspection',
        'year',
        'III.5.4',
        ['2022-10-01..2022-12-31', '2023-01-01..2023-12-31', '2024-01-01..2024-12-31', '2025-01-01..2025-12-31'],
      ],
      ['running', 'HOLD_FINAL_REVIEW', 'director', 'closed', 'final-review', undefined, 'III.5.3', ['2025-01-01..2025-12-31']],
    ]);
  });

  it('reuses MILESTONE_WINDOWS (the same objects) and cites clauses the plan has', () => {
    const inspection = CAMPAIGN_TRANSITIONS.find((row) => row.event === 'RECORD_INSPECTION')!;
    expect(campaignWindowsOf(inspection)).toEqual(MILESTONE_WINDOWS.filter((w) => w.milestone === 'annual-inspection'));
    expect(campaignWindowsOf(inspection)[0]).toBe(MILESTONE_WINDOWS[1]);
    for (const row of CAMPAIGN_TRANSITIONS) expect(clause(row.clause)).toBeDefined();
    expect(LAUNCH_WINDOW).toEqual({ from: '2022-09-26', to: '2025-12-31' });
  });
});

describe('createCampaignRecord', () => {
  it('III.5: a planned campaign with an empty history, frozen', () => {
    const record = createCampaignRecord();
    expect(record).toEqual({ schemaVersion: 1, status: 'planned', history: [] });
    expect(Object.isFrozen(record.history)).toBe(true);
  });
});

describe('every row, with the dates of the real years', () => {
  it.each([
    ['III.5.1: planned LAUNCH by director → running', createCampaignRecord(), launch, 'running'],
    ['III.5.2: running HOLD_PRELIMINARY_REVIEW by director → running', running, preliminary, 'running'],
    ['III.5.4: running RECORD_INSPECTION by department-council → running', running, inspect2022, 'running'],
    ['III.5.4: closed RECORD_INSPECTION by department-council → closed', closed, inspect2025, 'closed'],
    ['III.5.3: running HOLD_FINAL_REVIEW by director → closed', running, final, 'closed'],
  ] as const)('%s', (_name, record, event, status) => {
    const after = okValue(applyCampaignEvent(record, event));
    expect(after.status).toBe(status);
    expect(after.history).toEqual([...record.history, { event, status }]);
  });

  it('the whole campaign as the Sở ran it', () => {
    const record = walkCampaign([launch, inspect2022, preliminary, inspect2023, inspect2024, final, inspect2025]);
    expect(record.status).toBe('closed');
    expect(record.history.map((h) => h.status)).toEqual(['running', 'running', 'running', 'running', 'running', 'closed', 'closed']);
  });
});

describe('window edges (RULES.md reading 8)', () => {
  it.each([
    ['III.5.1: LAUNCH the day before the provincial plan', createCampaignRecord(), { ...launch, on: '2022-09-25' }, 'DATE_OUTSIDE_WINDOW'],
    ['III.5.1: LAUNCH on the day of the provincial plan (26/9/2022)', createCampaignRecord(), { ...launch, on: '2022-09-26' }, 'running'],
    ['III.5.1: LAUNCH late, on the last day of the period', createCampaignRecord(), { ...launch, on: '2025-12-31' }, 'running'],
    ['III.5.1: LAUNCH after the period', createCampaignRecord(), { ...launch, on: '2026-01-01' }, 'DATE_OUTSIDE_WINDOW'],
    ['III.5.2: preliminary review on 2022-12-31', running, { ...preliminary, on: '2022-12-31' }, 'DATE_OUTSIDE_WINDOW'],
    ['III.5.2: preliminary review on 2023-01-01', running, { ...preliminary, on: '2023-01-01' }, 'running'],
    ['III.5.2: preliminary review on 2023-12-31', running, { ...preliminary, on: '2023-12-31' }, 'running'],
    ['III.5.2: preliminary review on 2024-01-01', running, { ...preliminary, on: '2024-01-01' }, 'DATE_OUTSIDE_WINDOW'],
    [
      'III.5.4: inspection on 2022-10-01 (the 2022 window opens with the plan)',
      launchedEarly,
      { ...inspect2022, on: '2022-10-01' },
      'running',
    ],
    ['III.5.4: inspection on 2025-12-31', running, { ...inspect2022, on: '2025-12-31' }, 'running'],
    ['III.5.4: inspection on 2026-01-01', running, { ...inspect2022, on: '2026-01-01' }, 'DATE_OUTSIDE_WINDOW'],
    ['III.5.3: final review on 2024-12-31', running, { ...final, on: '2024-12-31' }, 'DATE_OUTSIDE_WINDOW'],
    ['III.5.3: final review on 2025-01-01', running, { ...final, on: '2025-01-01' }, 'closed'],
  ] as const)('%s → %s', (_name, record, event, expected) => {
    const result = applyCampaignEvent(record, event);
    if (expected === 'DATE_OUTSIDE_WINDOW') expect(errorOf(result).code).toBe(expected);
    else expect(okValue(result).status).toBe(expected);
  });

  it('III.5.4: an inspection before the 2022 window (launched on 26/9/2022)', () => {
    const error = errorOf(applyCampaignEvent(launchedEarly, { ...inspect2022, on: '2022-09-30' }));
    expect(error.code).toBe('DATE_OUTSIDE_WINDOW');
    expect(error.message.vi).toBe(
      'III.5.4: «Kiểm tra, giám sát việc thực hiện phong trào» chỉ được ghi nhận trong khung thời gian 2022-10-01..2022-12-31, 2023-01-01..2023-12-31, 2024-01-01..2024-12-31, 2025-01-01..2025-12-31; ngày 2022-09-30 nằm ngoài khung đó.',
    );
    expect(error.message.en).toBe(
      'III.5.4: “Record an inspection of the movement” can only be recorded within 2022-10-01..2022-12-31, 2023-01-01..2023-12-31, 2024-01-01..2024-12-31, 2025-01-01..2025-12-31; 2022-09-30 is outside.',
    );
  });
});

describe('errors, in API.md’s order', () => {
  it.each([
    ['null', null, ''],
    ['an unknown type', { ...launch, type: 'CELEBRATE' }, 'type'],
    ['a missing type', { by: 'director', on: '2022-10-05' }, 'type'],
    ['an unknown role', { ...launch, by: 'governor' }, 'by'],
    ['a day that does not exist', { ...launch, on: '2022-09-31' }, 'on'],
    ['a key it does not have', { ...launch, reason: 'x' }, ''],
  ])('INVALID_EVENT: %s', (_name, event, field) => {
    const error = errorOf(applyCampaignEvent(createCampaignRecord(), event));
    expect(error.code).toBe('INVALID_EVENT');
    expect(error.issues?.[0]?.path.join('.')).toBe(field);
  });

  it('EVENT_NOT_ALLOWED: no row (a second LAUNCH; a final review before the launch; a review after closing)', () => {
    expect(errorOf(applyCampaignEvent(running, { ...launch, on: '2022-11-01' })).code).toBe('EVENT_NOT_ALLOWED');
    expect(errorOf(applyCampaignEvent(createCampaignRecord(), final)).code).toBe('EVENT_NOT_ALLOWED');
    const error = errorOf(applyCampaignEvent(closed, { ...preliminary, on: '2025-12-01' }));
    expect(error.code).toBe('EVENT_NOT_ALLOWED');
    expect(error.message.vi).toBe(
      'Không thể «Tổ chức sơ kết phong trào thi đua» (HOLD_PRELIMINARY_REVIEW) khi phong trào thi đua đang ở trạng thái «Đã tổng kết»; các bước có thể: RECORD_INSPECTION.',
    );
  });

  it('EVENT_NOT_ALLOWED: III.5.2 a second preliminary review', () => {
    const once = walkCampaign([launch, preliminary]);
    const error = errorOf(applyCampaignEvent(once, { ...preliminary, on: '2023-12-21' }));
    expect(error.code).toBe('EVENT_NOT_ALLOWED');
    expect(error.message.vi).toBe('III.5.2: đã ghi nhận «Tổ chức sơ kết phong trào thi đua» ngày 2023-12-20; kế hoạch chỉ có một lần.');
    expect(error.message.en).toBe('III.5.2: “Hold the preliminary review” was already recorded on 2023-12-20; the plan has it once.');
  });

  it('EVENT_NOT_ALLOWED: III.5.4 a second inspection in one year, before the role check', () => {
    const once = walkCampaign([launch, inspect2023]);
    const error = errorOf(applyCampaignEvent(once, { ...inspect2023, by: 'director', on: '2023-12-30' }));
    expect(error.code).toBe('EVENT_NOT_ALLOWED');
    expect(error.message.en).toBe(
      'III.5.4: “Record an inspection of the movement” was already recorded for 2023 on 2023-12-22; the library records one a year (docs/interpretations.md reading 8).',
    );
    expect(okValue(applyCampaignEvent(once, inspect2024)).history).toHaveLength(3);
  });

  it('ROLE_NOT_ALLOWED: III.5.1 the council cannot launch; III.5.4 the Director does not record the council’s inspection', () => {
    expect(errorOf(applyCampaignEvent(createCampaignRecord(), { ...launch, by: 'department-council' })).code).toBe('ROLE_NOT_ALLOWED');
    const error = errorOf(applyCampaignEvent(running, { ...inspect2022, by: 'director' }));
    expect(error.code).toBe('ROLE_NOT_ALLOWED');
    expect(error.message.vi).toBe(
      'III.5.4: «Kiểm tra, giám sát việc thực hiện phong trào» (RECORD_INSPECTION) ở trạng thái «Đang thực hiện» do Hội đồng Thi đua - Khen thưởng Sở Giao thông vận tải thực hiện, không phải Giám đốc Sở Giao thông vận tải.',
    );
  });

  it('ROLE_NOT_ALLOWED comes before the dates', () => {
    expect(errorOf(applyCampaignEvent(running, { ...inspect2022, by: 'director', on: '2020-01-01' })).code).toBe('ROLE_NOT_ALLOWED');
  });

  it('DATE_BEFORE_PREVIOUS comes before DATE_OUTSIDE_WINDOW', () => {
    const late = walkCampaign([{ ...launch, on: '2023-03-01' }]);
    const error = errorOf(applyCampaignEvent(late, { ...inspect2022, on: '2022-12-15' }));
    expect(error.code).toBe('DATE_BEFORE_PREVIOUS');
    // The same day as the last entry is fine.
    expect(okValue(applyCampaignEvent(late, { ...inspect2023, on: '2023-03-01' })).history).toHaveLength(2);
  });
});

describe('the plan’s order is not enforced beyond the table', () => {
  it('III.5.3: a final review with no preliminary review is accepted; the missed review stays overdue', () => {
    const record = walkCampaign([launch, final]);
    expect(record.status).toBe('closed');
    const row = campaignCompliance(record, '2025-12-31').find((r) => r.milestone === 'preliminary-review');
    expect(row?.status).toBe('overdue');
  });
});

describe('campaignEventsAllowed', () => {
  it('reads the table', () => {
    expect(campaignEventsAllowed(createCampaignRecord())).toEqual(['LAUNCH']);
    expect(campaignEventsAllowed(running)).toEqual(['HOLD_PRELIMINARY_REVIEW', 'RECORD_INSPECTION', 'HOLD_FINAL_REVIEW']);
    expect(campaignEventsAllowed(running, 'department-council')).toEqual(['RECORD_INSPECTION']);
    expect(campaignEventsAllowed(closed)).toEqual(['RECORD_INSPECTION']);
    expect(campaignEventsAllowed(closed, 'director')).toEqual([]);
  });
});

describe('campaignCompliance (III.5)', () => {
  const status = (record: CampaignRecord, asOf: string | Date) =>
    campaignCompliance(record, asOf).map((row) => `${row.milestone} ${row.year} ${row.status}`);

  it('one row per window of MILESTONE_WINDOWS, in its order', () => {
    const rows = campaignCompliance(createCampaignRecord(), '2022-01-01');
    expect(rows.map((r) => [r.milestone, r.year, r.from, r.to, r.rule])).toEqual(
      MILESTONE_WINDOWS.map((w) => [w.milestone, w.year, w.from, w.to, w.rule]),
    );
    // ordered by window start, then MILESTONE_IDS order
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1]!, rows[i]!];
      expect(a.from < b.from || (a.from === b.from && MILESTONE_IDS.indexOf(a.milestone) < MILESTONE_IDS.indexOf(b.milestone))).toBe(true);
    }
  });

  it('before anything: everything upcoming', () => {
    expect(new Set(campaignCompliance(createCampaignRecord(), '2022-09-30').map((r) => r.status))).toEqual(new Set(['upcoming']));
  });

  it('III.5.1: on the first and last day of October 2022 the issuance is due; the day after, overdue', () => {
    expect(status(createCampaignRecord(), '2022-10-01').slice(0, 2)).toEqual(['plan-issuance 2022 due', 'annual-inspection 2022 due']);
    expect(status(createCampaignRecord(), '2022-10-31')[0]).toBe('plan-issuance 2022 due');
    expect(status(createCampaignRecord(), '2022-11-01')[0]).toBe('plan-issuance 2022 overdue');
  });

  it('III.5.1: a late launch still counts as the issuance (RULES.md reading 8)', () => {
    const late = walkCampaign([{ ...launch, on: '2023-02-01' }]);
    const [issuance] = campaignCompliance(late, '2023-02-01');
    expect(issuance).toMatchObject({ milestone: 'plan-issuance', status: 'done', on: '2023-02-01' });
  });

  it('the whole campaign, on 2024-06-30', () => {
    const record = walkCampaign([launch, inspect2022, preliminary, inspect2023]);
    expect(status(record, '2024-06-30')).toEqual([
      'plan-issuance 2022 done',
      'annual-inspection 2022 done',
      'preliminary-review 2023 done',
      'annual-inspection 2023 done',
      'annual-inspection 2024 due',
      'final-review 2025 upcoming',
      'annual-inspection 2025 upcoming',
    ]);
  });

  it('III.5.4: an inspection counts for its own year only; a missed year is overdue', () => {
    const record = walkCampaign([launch, inspect2023, inspect2024]);
    expect(status(record, '2025-01-01')).toEqual([
      'plan-issuance 2022 done',
      'annual-inspection 2022 overdue',
      'preliminary-review 2023 overdue',
      'annual-inspection 2023 done',
      'annual-inspection 2024 done',
      'final-review 2025 due',
      'annual-inspection 2025 due',
    ]);
    expect(campaignCompliance(record, '2025-01-01')[4]?.on).toBe('2024-11-12');
  });

  it('RULES.md reading 7: a Date is read as its Vietnamese day (20:00 UTC on 31/12/2022 is 1/1/2023 in Hà Nội)', () => {
    expect(status(running, new Date('2022-12-31T20:00:00Z'))).toEqual(status(running, '2023-01-01'));
    expect(status(running, new Date('2022-12-31T16:59:59Z'))).toEqual(status(running, '2022-12-31'));
  });

  it('an invalid day gives [] and never throws', () => {
    expect(campaignCompliance(running, '2023-02-29')).toEqual([]);
    expect(campaignCompliance(running, new Date(Number.NaN))).toEqual([]);
    expect(campaignCompliance(running, 'soon')).toEqual([]);
  });
});

describe('parseCampaignRecord', () => {
  type Saved = { schemaVersion: number; status: string; history: { event: Record<string, string>; status: string }[] };
  const full = walkCampaign([launch, inspect2022, preliminary, inspect2023, inspect2024, final, inspect2025]);
  const saved = (): Saved => viaJson(full) as Saved;
  const issues = (input: unknown) => {
    const result = parseCampaignRecord(input);
    return result.ok ? expect.fail('expected issues') : result.error.map((i) => [i.path.join('.'), i.code]);
  };

  it('reloads what was saved, deeply frozen; continuing gives the same record', () => {
    const partial = walkCampaign([launch, inspect2022]);
    const reloaded = okValue(parseCampaignRecord(viaJson(partial)));
    expect(reloaded).toEqual(partial);
    expect(Object.isFrozen(reloaded.history[0]?.event)).toBe(true);
    expect(okValue(applyCampaignEvent(reloaded, preliminary))).toEqual(okValue(applyCampaignEvent(partial, preliminary)));
    expect(okValue(parseCampaignRecord(viaJson(full)))).toEqual(full);
    expect(okValue(parseCampaignRecord(viaJson(createCampaignRecord())))).toEqual(createCampaignRecord());
  });

  it('the shape: schemaVersion, unknown keys, events (zod’s codes)', () => {
    expect(issues({ ...saved(), schemaVersion: 0 })).toEqual([['schemaVersion', 'invalid_value']]);
    expect(issues({ ...saved(), notes: [] })).toEqual([['', 'unrecognized_keys']]);
    const record = saved();
    record.history[1]!.event.type = 'PARTY';
    expect(issues(record)).toEqual([['history.1.event.type', 'invalid_value']]);
  });

  it('history_not_replayable: no row, a second review, a second inspection in a year, another role', () => {
    const noRow = saved();
    noRow.history.unshift({ event: { ...final }, status: 'closed' });
    expect(issues(noRow)[0]).toEqual(['history.0.event.type', 'history_not_replayable']);

    const twice = saved();
    twice.history.splice(3, 0, { event: { ...preliminary, on: '2023-12-21' }, status: 'running' });
    expect(issues(twice)).toEqual([['history.3.event.type', 'history_not_replayable']]);

    const yearTwice = saved();
    yearTwice.history[3]!.event.on = '2023-12-20';
    yearTwice.history[4]!.event.on = '2023-12-30';
    expect(issues(yearTwice)).toEqual([['history.4.event.type', 'history_not_replayable']]);

    const role = saved();
    role.history[1]!.event.by = 'unit-head';
    expect(issues(role)).toEqual([['history.1.event.by', 'history_not_replayable']]);
  });

  it('dates_out_of_order and date_outside_window', () => {
    const order = saved();
    order.history[1]!.event.on = '2022-10-01';
    expect(issues(order)).toEqual([['history.1.event.on', 'dates_out_of_order']]);
    const outside = saved();
    outside.history[0]!.event.on = '2022-09-01';
    const result = parseCampaignRecord(outside);
    expect(result.ok ? [] : result.error).toEqual([
      {
        path: ['history', 0, 'event', 'on'],
        code: 'date_outside_window',
        message: {
          vi: 'Mục 0 của lịch sử không thể có theo bảng chuyển trạng thái: III.5.1: «Ban hành kế hoạch, phát động phong trào thi đua» chỉ được ghi nhận trong khung thời gian 2022-09-26..2025-12-31; ngày 2022-09-01 nằm ngoài khung đó.',
          en: 'History entry 0 could not have been produced by the transition table: III.5.1: “Issue the plan and launch the movement” can only be recorded within 2022-09-26..2025-12-31; 2022-09-01 is outside.',
        },
      },
    ]);
  });

  it('status_mismatch: an entry, and the record', () => {
    const entry = saved();
    entry.history[5]!.status = 'running';
    // The next entry is checked from the status entry 5 records: from running, an inspection stays running.
    expect(issues(entry)).toEqual([
      ['history.5.status', 'status_mismatch'],
      ['history.6.status', 'status_mismatch'],
    ]);
    expect(issues({ ...saved(), status: 'running' })).toEqual([['status', 'status_mismatch']]);
    expect(issues({ schemaVersion: 1, status: 'running', history: [] })).toEqual([['status', 'status_mismatch']]);
  });
});

describe('purity', () => {
  it('a refused event returns the same record untouched; an accepted one a new record', () => {
    const record = deepFreeze(walkCampaign([launch]));
    const snapshot = structuredClone(record);
    errorOf(applyCampaignEvent(record, { ...launch, on: '2022-11-01' }));
    const after = okValue(applyCampaignEvent(record, inspect2022));
    expect(record).toEqual(snapshot);
    expect(after).not.toBe(record);
    expect(Object.isFrozen(after.history)).toBe(true);
  });

  it('parseCampaignEvent returns a new object', () => {
    const parsed = okValue(parseCampaignEvent(launch));
    expect(parsed).toEqual(launch);
    expect(parsed).not.toBe(launch);
  });
});
