/**
 * Shared data of the workflow tests: nominations of the 2023 preliminary review that evaluate
 * `met`, one per reward form, and the events of a real year that lead a record to each status.
 */
import { expect } from 'vitest';
import type { Nomination } from '../../src/core/inputs.js';
import type { RewardForm } from '../../src/core/codes.js';
import { deepFreeze } from '../../src/core/freeze.js';
import type { CivilDate, DateInput, Result, Text } from '../../src/core/types.js';
import type { ValidationIssue } from '../../src/core/issues.js';
import type { DossierRequirement } from '../../src/guidance/dossier-documents.js';
import type { Finding } from '../../src/rules/evaluation.js';
import {
  applyCampaignEvent,
  applyNominationEvent,
  type CampaignEvent,
  type CampaignOptions,
  type CampaignRecord,
  createCampaignRecord,
  createNominationRecord,
  type EventWindow,
  type NominationCreateOptions,
  type NominationEvent,
  type NominationRecord,
  type WorkflowOptions,
} from '../../src/workflow/index.js';
import type { NominationStatus, TransitionErrorCode } from '../../src/core/workflow-codes.js';

const collectiveMet = { 'III.2.a.1': 'met', 'III.2.a.2': 'met', 'III.2.a.3': 'met' } as const;
const individualMet = { 'III.2.b.1': 'met', 'III.2.b.2': 'met', 'III.2.b.3': 'met' } as const;

/** The 2023 preliminary review: every form is given then (III.3.a, III.3.b, III.3.c). */
export const PRELIMINARY_2023 = deepFreeze({ kind: 'preliminary-review', year: 2023 } as const);

/** One nomination per form, each `met` at the 2023 preliminary review. Deeply frozen. */
export const NOMINATIONS: { readonly [F in RewardForm]: Nomination } = deepFreeze({
  'labor-order': {
    id: 'SK2023-HC',
    subject: { id: 'cc-017', name: 'Nông Thị Hoa', category: 'civil-servant', contributesToPovertyReduction: true },
    form: 'labor-order',
    occasion: PRELIMINARY_2023,
    assessment: individualMet,
    proposingUnit: 'phong-kh-tc',
  },
  'pm-certificate': {
    id: 'SK2023-TTG',
    subject: { id: 'ban-qlda', name: 'Ban Quản lý dự án', category: 'unit', contributesToPovertyReduction: true },
    form: 'pm-certificate',
    occasion: PRELIMINARY_2023,
    assessment: collectiveMet,
    proposingUnit: 'ban-qlda',
  },
  'provincial-certificate': {
    id: 'SK2023-BK',
    subject: { id: 'vc-102', name: 'Hoàng Văn Nam', category: 'public-employee', contributesToPovertyReduction: true },
    form: 'provincial-certificate',
    occasion: PRELIMINARY_2023,
    assessment: individualMet,
    proposingUnit: 'trung-tam-dang-kiem',
  },
  'director-certificate': {
    id: 'SK2023-GK',
    subject: { id: 'dqld', name: 'Đoạn Quản lý đường bộ', category: 'unit', contributesToPovertyReduction: true },
    form: 'director-certificate',
    occasion: PRELIMINARY_2023,
    assessment: collectiveMet,
    proposingUnit: 'doan-quan-ly-duong-bo',
  },
});

/** A nomination that does not pass PROPOSE: the Labour Order is not given at an annual occasion (III.3.a). */
export const NOT_MET: Nomination = deepFreeze({
  ...NOMINATIONS['labor-order'],
  id: 'HN2023-HC',
  occasion: { kind: 'annual', year: 2023 },
});

/** A nomination whose evaluation is unknown: one criterion not assessed (III.2.a.2). */
export const UNKNOWN: Nomination = deepFreeze({
  ...NOMINATIONS['director-certificate'],
  id: 'SK2023-GK-2',
  assessment: { 'III.2.a.1': 'met', 'III.2.a.3': 'met' },
});

/** The day the records of the tests are created. */
export const CREATED_ON = '2023-10-02';

/** The events of the 2023 preliminary review, as a department would record them. */
export const EVENTS = deepFreeze({
  propose: { type: 'PROPOSE', by: 'unit-head', on: '2023-10-10' },
  submit: { type: 'SUBMIT', by: 'unit-head', on: '2023-10-16' },
  returnByOffice: { type: 'RETURN', by: 'department-office', on: '2023-10-20', reason: 'Thiếu báo cáo thành tích' },
  resubmit: { type: 'SUBMIT', by: 'unit-head', on: '2023-10-25' },
  compile: { type: 'COMPILE', by: 'department-council', on: '2023-11-01' },
  select: { type: 'SELECT', by: 'department-council', on: '2023-11-10' },
  forward: { type: 'FORWARD', by: 'department-council', on: '2023-11-15' },
  returnByProvince: { type: 'RETURN', by: 'provincial-council', on: '2023-11-24', reason: 'Bổ sung biên bản họp xét' },
  reforward: { type: 'FORWARD', by: 'department-council', on: '2023-11-28' },
  withdraw: { type: 'WITHDRAW', by: 'unit-head', on: '2023-12-01', reason: 'Đơn vị rút đề nghị' },
} satisfies Record<string, NominationEvent>);

/** DECIDE by a role on a day. */
export function decide(by: NominationEvent['by'], decision: 'award' | 'reject', on = '2023-12-20'): NominationEvent {
  return deepFreeze({ type: 'DECIDE', by, on, decision, reference: '2345/QĐ-UBND' });
}

/** The events that lead a new record of `form` to `status` (the shortest way, dated in 2023). */
export function eventsTo(status: NominationStatus, form: RewardForm): NominationEvent[] {
  const { propose, submit, returnByOffice, compile, select, forward, withdraw } = EVENTS;
  const toCompiled = [propose, submit, compile];
  const provincial = form !== 'director-certificate';
  const authority = {
    'labor-order': 'president',
    'pm-certificate': 'prime-minister',
    'provincial-certificate': 'provincial-chairman',
    'director-certificate': 'director',
  } as const;
  switch (status) {
    case 'draft':
      return [];
    case 'proposed':
      return [propose];
    case 'submitted':
      return [propose, submit];
    case 'returned':
      return [propose, submit, returnByOffice];
    case 'compiled':
      return toCompiled;
    case 'selected':
      return [...toCompiled, select];
    case 'forwarded':
      return [...toCompiled, select, forward];
    case 'awarded':
      return provincial ? [...toCompiled, select, forward, decide(authority[form], 'award')] : [...toCompiled, decide('director', 'award')];
    case 'rejected':
      return provincial
        ? [...toCompiled, select, forward, decide(authority[form], 'reject')]
        : [...toCompiled, decide('director', 'reject')];
    case 'withdrawn':
      return [withdraw];
    default:
      return status satisfies never;
  }
}

/** The value of a result that must be ok. */
export function okValue<T, E>(result: Result<T, E>): T {
  if (!result.ok) expect.fail(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Every field any member of the error union may carry, for tests that read them after checking `code`. */
export type AnyTransitionError = {
  readonly code: TransitionErrorCode;
  readonly message: Text;
  readonly issues?: readonly ValidationIssue[];
  readonly findings?: readonly Finding[];
  readonly missingDocuments?: readonly DossierRequirement[];
  readonly allowed?: readonly string[];
  readonly roles?: readonly string[];
  readonly previousOn?: CivilDate;
  readonly windows?: readonly EventWindow[];
};

/** The error of a result that must fail. */
export function errorOf<T>(result: Result<T, AnyTransitionError>): AnyTransitionError {
  if (result.ok) expect.fail('expected an error, got ok');
  return result.error;
}

/**
 * `applyNominationEvent` with an event of any type: the tests of run-time validation give it data
 * that the public signature would refuse to compile.
 */
export function applyUnchecked(
  record: NominationRecord,
  event: unknown,
  options?: WorkflowOptions,
): Result<NominationRecord, AnyTransitionError> {
  return applyNominationEvent(record, event as NominationEvent, options);
}

/** `applyCampaignEvent` with an event of any type (see {@link applyUnchecked}). */
export function applyCampaignUnchecked(
  record: CampaignRecord,
  event: unknown,
  options?: CampaignOptions,
): Result<CampaignRecord, AnyTransitionError> {
  return applyCampaignEvent(record, event as CampaignEvent, options);
}

/** A new record that must be created (`createNominationRecord`'s value). */
export function create(nomination: Nomination, on: DateInput = CREATED_ON, options?: NominationCreateOptions): NominationRecord {
  return okValue(createNominationRecord(nomination, on, options));
}

/** A new campaign record, sealed with the options' key when given. */
export function createCampaign(options?: CampaignOptions): CampaignRecord {
  return options === undefined ? createCampaignRecord() : okValue(createCampaignRecord(options));
}

/** Applies events one by one; each must be accepted. */
export function walk(record: NominationRecord, events: readonly unknown[], options?: WorkflowOptions): NominationRecord {
  return events.reduce<NominationRecord>((r, e) => okValue(applyUnchecked(r, e, options)), record);
}

/** A new record of `form` (or of a given nomination) led to `status`. */
export function recordAt(
  status: NominationStatus,
  form: RewardForm = 'provincial-certificate',
  nomination?: Nomination,
  options?: WorkflowOptions,
): NominationRecord {
  return walk(create(nomination ?? NOMINATIONS[form], CREATED_ON, options), eventsTo(status, nomination?.form ?? form), options);
}

/** A seal key for the tests (32 bytes and more). */
export const KEY = 'test key: 0123456789abcdef0123456789abcdef';

/** The options that seal with {@link KEY}. */
export const SEALED = deepFreeze({ seal: { key: KEY } });

/** The campaign as the Sở ran it: launch in October 2022, an inspection every year, both reviews. */
export const CAMPAIGN_EVENTS = deepFreeze({
  launch: { type: 'LAUNCH', by: 'director', on: '2022-10-05' },
  inspect2022: { type: 'RECORD_INSPECTION', by: 'department-council', on: '2022-12-15' },
  preliminary: { type: 'HOLD_PRELIMINARY_REVIEW', by: 'director', on: '2023-12-20' },
  inspect2023: { type: 'RECORD_INSPECTION', by: 'department-council', on: '2023-12-22' },
  inspect2024: { type: 'RECORD_INSPECTION', by: 'department-council', on: '2024-11-12' },
  final: { type: 'HOLD_FINAL_REVIEW', by: 'director', on: '2025-11-20' },
  inspect2025: { type: 'RECORD_INSPECTION', by: 'department-council', on: '2025-12-10' },
} satisfies Record<string, CampaignEvent>);

/** Applies campaign events one by one; each must be accepted. */
export function walkCampaign(
  events: readonly unknown[],
  record: CampaignRecord = createCampaignRecord(),
  options?: CampaignOptions,
): CampaignRecord {
  return events.reduce<CampaignRecord>((r, e) => okValue(applyCampaignUnchecked(r, e, options)), record);
}

/** A JSON round trip, as an application saves and loads a record. */
export function viaJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}
