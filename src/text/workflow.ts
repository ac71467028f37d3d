/**
 * Every text of the workflow (the nomination machine, the campaign record, their record parsers
 * and the council's list), in Vietnamese and English. The machines decide; this module only words
 * what they saw.
 *
 * @module
 */
import type { RewardForm, Role } from '../core/codes.js';
import type { CivilDate, Outcome, Text } from '../core/types.js';
import { LABELS } from './labels.js';
import type {
  CampaignEventType,
  CampaignStatus,
  DaySpan,
  ComplianceStatus,
  TransitionErrorCode,
  Decision,
  NominationEventType,
  NominationGuard,
  NominationStatus,
} from '../core/workflow-codes.js';
import type { ValidationIssue } from '../core/issues.js';
import { PLAN_YEARS } from '../plan/schedule.js';

/** Which machine a message is about. */
export type Machine = 'nomination' | 'campaign';

const quoteVi = (s: string): string => `«${s}»`;
const quoteEn = (s: string): string => `“${s}”`;
/** "2022-09-26" → "26/9/2022", the Vietnamese way of writing a day in figures. */
const dayInFigures = (day: CivilDate): string => `${Number(day.slice(8, 10))}/${Number(day.slice(5, 7))}/${day.slice(0, 4)}`;

/** What each transition error code means, in general (the docs' list of checks). */
export const TRANSITION_ERROR_TEXTS: { readonly [C in TransitionErrorCode]: Text } = /* @__PURE__ */ (() => ({
  INVALID_EVENT: {
    vi: 'Sự kiện sai dạng: loại hoặc vai trò không có, thiếu trường hoặc trường để trống, có trường không thuộc loại sự kiện đó, hoặc ngày không có thật.',
    en: 'The event has the wrong shape: an unknown type or role, a missing or empty field, a key its type does not have, or a day that does not exist.',
  },
  INVALID_RECORD: {
    vi: 'Hồ sơ được đưa vào không nhất quán hoặc đã bị sửa ngoài thư viện (trạng thái khác mục cuối của lịch sử, đề nghị khác với lịch sử, dấu niêm phong không khớp, hồ sơ có niêm phong mà không có khóa…); kèm danh sách lỗi như khi nạp lại hồ sơ.',
    en: 'The record given is inconsistent or was changed outside the library (a status that is not its last entry’s, a nomination its history does not give, seals that do not verify, a sealed record and no key…); the issues come with the error, as a reload reports them.',
  },
  EVENT_NOT_ALLOWED: {
    vi: 'Bảng chuyển trạng thái không có dòng nào cho sự kiện này ở trạng thái hiện tại (và với hình thức khen thưởng của hồ sơ); với kế hoạch: sơ kết lần thứ hai, hoặc kiểm tra lần thứ hai trong một năm.',
    en: 'The transition table has no row for this event at the current status (and, for a nomination, its reward form); for the campaign also a second preliminary review, or a second inspection in one year.',
  },
  ROLE_NOT_ALLOWED: {
    vi: 'Bảng có dòng cho sự kiện này nhưng dành cho vai trò khác.',
    en: 'The table has a row for this event, but for another role.',
  },
  DATE_BEFORE_PREVIOUS: {
    vi: 'Sự kiện có ngày trước ngày của mục cuối trong lịch sử (cùng ngày thì được; việc lập hồ sơ là mục đầu tiên).',
    en: 'The event is dated before the last entry of the history (the same day is fine; the creation is the first entry).',
  },
  DATE_OUTSIDE_WINDOW: {
    vi: `Sự kiện có ngày trước khi có kế hoạch (${dayInFigures(PLAN_YEARS.firstDay)}, III.5.1), việc bình xét, đề nghị có ngày trước năm của dịp khen thưởng (IV.1.2), hoặc sự kiện của kế hoạch có ngày nằm ngoài khung thời gian của dòng đó (III.5).`,
    en: `The event is dated before the plan (${PLAN_YEARS.firstDay}, III.5.1), a proposal is dated before its occasion's year (IV.1.2), or a campaign event is dated outside its row's window (III.5).`,
  },
  NOMINATION_NOT_MET: {
    vi: 'Đề nghị chưa đạt khi đánh giá theo kế hoạch (evaluateNomination không phải «Đạt») nên chưa thể bình xét, đề nghị (hoặc, đã đề nghị rồi, không thể sửa đổi thành như vậy); kèm các phát hiện của đánh giá.',
    en: 'The nomination does not evaluate as met (evaluateNomination is not “met”), so it cannot be proposed (nor, once proposed, be amended into it); the evaluation’s findings come with the error.',
  },
  DOSSIER_INCOMPLETE: {
    vi: 'Hồ sơ chưa đủ thành phần theo hướng dẫn (hoặc theo quy định mặc định của luật, khi được yêu cầu) nên chưa thể gửi; kèm danh sách tài liệu còn thiếu.',
    en: 'The dossier lacks documents that the guidance (or, when asked for, the law’s default) requires, so it cannot be submitted; the missing documents come with the error.',
  },
}))();

/** DOSSIER_INCOMPLETE: what the dossier lacks, as IV.1.2 asks units to complete the dossiers. */
export function dossierIncompleteText(detail: Text): Text {
  return {
    vi: `IV.1.2: chưa thể gửi hồ sơ về Hội đồng Thi đua - Khen thưởng Sở. ${detail.vi}`,
    en: `IV.1.2: the dossier cannot be submitted to the Department's council yet. ${detail.en}`,
  };
}

/** The name of each decision. */
export const DECISION_LABELS: { readonly [D in Decision]: Text } = /* @__PURE__ */ (() => ({
  award: LABELS.award,
  reject: LABELS.reject,
}))();

/** The name of each status of a milestone in `campaignCompliance`. */
export const COMPLIANCE_STATUS_LABELS: { readonly [S in ComplianceStatus]: Text } = /* @__PURE__ */ (() => ({
  done: LABELS.done,
  due: LABELS.due,
  overdue: LABELS.overdue,
  upcoming: LABELS.upcoming,
}))();

/** What a guard of the nomination table checks (docs). */
export const GUARD_TEXTS: { readonly [G in NominationGuard]: Text } = {
  'dossier-complete': {
    vi: 'khi có yêu cầu hồ sơ (hướng dẫn, hoặc hồ sơ mặc định của luật): hồ sơ phải đủ, nếu không: DOSSIER_INCOMPLETE',
    en: 'when a dossier is required (guidance, or the law’s default): the dossier must be complete, else DOSSIER_INCOMPLETE',
  },
  'nomination-met': {
    vi: 'evaluateNomination phải «Đạt», nếu không: NOMINATION_NOT_MET kèm các phát hiện',
    en: 'evaluateNomination must be met, else NOMINATION_NOT_MET with its findings',
  },
};

/** What a campaign row's `once` means (docs). */
export const ONCE_TEXTS: { readonly [O in 'campaign' | 'year']: Text } = {
  campaign: { vi: 'một lần', en: 'once' },
  year: { vi: 'mỗi năm một lần', en: 'once a year' },
};

/** The record a machine keeps, as the subject of a sentence. */
function recordWord(machine: Machine): Text {
  switch (machine) {
    case 'nomination':
      return { vi: 'hồ sơ đề nghị', en: 'the nomination record' };
    case 'campaign':
      return { vi: 'phong trào thi đua', en: 'the campaign' };
    /* v8 ignore next 2 -- @preserve: unreachable, the switch is exhaustive */
    default:
      return machine satisfies never;
  }
}

function typeList(types: readonly string[]): string {
  return types.join(', ');
}

/**
 * INVALID_EVENT: the first problem, with the field it is in, and how many more there are.
 *
 * @param issues - the validation issues of the event (at least one)
 */
export function invalidEventText(issues: readonly ValidationIssue[]): Text {
  const [first] = issues;
  if (first === undefined) return TRANSITION_ERROR_TEXTS.INVALID_EVENT;
  const field = first.path.join('.');
  const more = issues.length - 1;
  return {
    vi: `Sự kiện không hợp lệ${field === '' ? '' : ` (trường ${quoteVi(field)})`}: ${first.message.vi}${more > 0 ? ` (và ${more} lỗi khác)` : ''}`,
    en: `Invalid event${field === '' ? '' : ` (field ${quoteEn(field)})`}: ${first.message.en}${more > 0 ? ` (and ${more} more)` : ''}`,
  };
}

/**
 * The message of an unknown event type (zod reports `invalid_union` for a discriminated union).
 *
 * @param types - the types allowed there
 */
export function eventTypeIssueText(types: readonly string[]): Text {
  return {
    vi: `Loại sự kiện không hợp lệ: phải là một trong ${typeList(types)}.`,
    en: `Unknown event type: must be one of ${typeList(types)}.`,
  };
}

/**
 * EVENT_NOT_ALLOWED: no row for this status, event (and form), with the steps that are possible.
 */
export function eventNotAllowedText(args: {
  readonly machine: Machine;
  readonly type: NominationEventType | CampaignEventType;
  readonly status: NominationStatus | CampaignStatus;
  readonly form?: RewardForm;
  readonly allowed: readonly string[];
}): Text {
  const { machine, type, status, form, allowed } = args;
  const word = recordWord(machine);
  const formVi = form === undefined ? '' : ` (hình thức ${LABELS[form].vi})`;
  const formEn = form === undefined ? '' : ` (form: ${LABELS[form].en})`;
  return {
    vi: `Không thể ${quoteVi(LABELS[type].vi)} (${type}) khi ${word.vi}${formVi} đang ở trạng thái ${quoteVi(LABELS[status].vi)}; các bước có thể: ${allowed.length === 0 ? 'không còn bước nào' : typeList(allowed)}.`,
    en: `${type} is not possible while ${word.en}${formEn} is ${quoteEn(LABELS[status].en)}; possible steps: ${allowed.length === 0 ? 'none' : typeList(allowed)}.`,
  };
}

/**
 * EVENT_NOT_ALLOWED for a campaign event the table allows only once (per campaign or per year).
 */
export function alreadyRecordedText(args: {
  readonly type: CampaignEventType;
  readonly once: 'campaign' | 'year';
  readonly previousOn: CivilDate;
  readonly year: string;
  readonly clause: string;
}): Text {
  const { type, once, previousOn, year, clause } = args;
  const name = LABELS[type];
  switch (once) {
    case 'campaign':
      return {
        vi: `${clause}: đã ghi nhận ${quoteVi(name.vi)} ngày ${previousOn}; kế hoạch chỉ có một lần.`,
        en: `${clause}: ${quoteEn(name.en)} was already recorded on ${previousOn}; the plan has it once.`,
      };
    case 'year':
      return {
        vi: `${clause}: năm ${year} đã ghi nhận ${quoteVi(name.vi)} ngày ${previousOn}; thư viện ghi nhận mỗi năm một lần (docs/interpretations.md, cách hiểu 8).`,
        en: `${clause}: ${quoteEn(name.en)} was already recorded for ${year} on ${previousOn}; the library records one a year (docs/interpretations.md reading 8).`,
      };
    /* v8 ignore next 2 -- @preserve: unreachable, the switch is exhaustive */
    default:
      return once satisfies never;
  }
}

/**
 * ROLE_NOT_ALLOWED: the row exists, but for other roles.
 */
export function roleNotAllowedText(args: {
  readonly type: NominationEventType | CampaignEventType;
  readonly status: NominationStatus | CampaignStatus;
  readonly by: Role;
  readonly allowed: readonly Role[];
  readonly clauses: readonly string[];
}): Text {
  const { type, status, by, allowed, clauses } = args;
  const cites = clauses.join(', ');
  return {
    vi: `${cites}: ${quoteVi(LABELS[type].vi)} (${type}) ở trạng thái ${quoteVi(LABELS[status].vi)} do ${allowed.map((r) => LABELS[r].vi).join(' hoặc ')} thực hiện, không phải ${LABELS[by].vi}.`,
    en: `${cites}: ${type} at ${quoteEn(LABELS[status].en)} is for ${allowed.map((r) => quoteEn(LABELS[r].en)).join(' or ')}, not for ${quoteEn(LABELS[by].en)}.`,
  };
}

/** DATE_BEFORE_PREVIOUS: the event's day and the last entry's day. */
export function dateBeforePreviousText(on: CivilDate, previousOn: CivilDate): Text {
  return {
    vi: `Ngày ${on} trước ngày của mục cuối trong lịch sử (${previousOn}); lịch sử chỉ ghi tiếp theo thứ tự thời gian (cùng ngày thì được).`,
    en: `Dated ${on}, before the last entry of the history (${previousOn}); the history only moves forward in time (the same day is fine).`,
  };
}

/** DATE_OUTSIDE_WINDOW: the event's day and the windows it must fall in. */
export function dateOutsideWindowText(args: {
  readonly type: CampaignEventType;
  readonly on: CivilDate;
  readonly windows: readonly DaySpan[];
  readonly clause: string;
}): Text {
  const { type, on, windows, clause } = args;
  const spans = windows.map((w) => `${w.from}..${w.to}`).join(', ');
  return {
    vi: `${clause}: ${quoteVi(LABELS[type].vi)} chỉ được ghi nhận trong khung thời gian ${spans}; ngày ${on} nằm ngoài khung đó.`,
    en: `${clause}: ${quoteEn(LABELS[type].en)} can only be recorded within ${spans}; ${on} is outside.`,
  };
}

/**
 * NOMINATION_NOT_MET: the evaluation's outcome and the rules that are not met; for an AMEND, of
 * the amended nomination of a proposal.
 */
export function nominationNotMetText(
  outcome: Exclude<Outcome, 'met'>,
  rules: readonly string[],
  type: 'PROPOSE' | 'AMEND' = 'PROPOSE',
): Text {
  const cites = rules.join(', ');
  const amend = type === 'AMEND';
  switch (outcome) {
    case 'not-met':
      return amend
        ? {
            vi: `IV.1.2: không thể sửa đổi đề nghị đã được bình xét thành một đề nghị «Không đạt» khi đánh giá theo kế hoạch (${cites}).`,
            en: `IV.1.2: a proposed nomination cannot be amended into one that does not meet the plan (${cites}).`,
          }
        : {
            vi: `IV.1.2: chưa thể bình xét, đề nghị khen thưởng: đánh giá theo kế hoạch là «Không đạt» (${cites}).`,
            en: `IV.1.2: the nomination cannot be proposed: it does not meet the plan (${cites}).`,
          };
    case 'unknown':
      return amend
        ? {
            vi: `IV.1.2: không thể sửa đổi đề nghị đã được bình xét thành một đề nghị còn «Chưa xác định» khi đánh giá theo kế hoạch (${cites}).`,
            en: `IV.1.2: a proposed nomination cannot be amended into one whose evaluation is unknown (${cites}).`,
          }
        : {
            vi: `IV.1.2: chưa thể bình xét, đề nghị khen thưởng: đánh giá theo kế hoạch còn «Chưa xác định», cần bổ sung thông tin (${cites}).`,
            en: `IV.1.2: the nomination cannot be proposed yet: its evaluation is unknown until more is filled in (${cites}).`,
          };
    /* v8 ignore next 2 -- @preserve: unreachable, the switch is exhaustive */
    default:
      return outcome satisfies never;
  }
}

/** A record parser's issue: the history is empty. */
export function emptyHistoryText(machine: Machine): Text {
  const word = recordWord(machine);
  return {
    vi: `Lịch sử của ${word.vi} không được rỗng: mục đầu tiên là việc lập hồ sơ (CREATE).`,
    en: `The history of ${word.en} must not be empty: its first entry is the creation (CREATE).`,
  };
}

/** A record parser's issue: the first entry is not the creation. */
export function firstEntryNotCreateText(): Text {
  return {
    vi: 'Mục đầu tiên của lịch sử phải là việc lập hồ sơ (CREATE).',
    en: 'The first entry of the history must be the creation (CREATE).',
  };
}

/** A record parser's issue: a creation that is not the first entry. */
export function createNotFirstText(index: number): Text {
  return {
    vi: `Mục ${index} của lịch sử: việc lập hồ sơ (CREATE) chỉ có thể là mục đầu tiên.`,
    en: `History entry ${index}: the creation (CREATE) can only be the first entry.`,
  };
}

/** A record parser's issue: an entry the table could not have produced (why: the machine's message). */
export function entryNotReplayableText(index: number, why: Text): Text {
  return {
    vi: `Mục ${index} của lịch sử không thể có theo bảng chuyển trạng thái: ${why.vi}`,
    en: `History entry ${index} could not have been produced by the transition table: ${why.en}`,
  };
}

/** A record parser's issue: an entry whose status is not what the table gives. */
export function entryStatusMismatchText(index: number, expected: NominationStatus | CampaignStatus, found: string): Text {
  return {
    vi: `Mục ${index} của lịch sử ghi trạng thái «${found}», nhưng theo bảng chuyển trạng thái phải là «${expected}» (${LABELS[expected].vi}).`,
    en: `History entry ${index} records status “${found}”, but the transition table gives “${expected}” (${LABELS[expected].en}).`,
  };
}

/** A record parser's issue: the record's status is not its last entry's. */
export function recordStatusMismatchText(expected: NominationStatus | CampaignStatus, found: string): Text {
  return {
    vi: `Trạng thái của hồ sơ là «${found}», nhưng theo lịch sử phải là «${expected}» (${LABELS[expected].vi}).`,
    en: `The record's status is “${found}”, but its history gives “${expected}” (${LABELS[expected].en}).`,
  };
}

/** A record parser stopped after so many issues. */
export function tooManyIssuesText(shown: number): Text {
  return {
    vi: `Hồ sơ có quá nhiều lỗi: chỉ báo ${shown} lỗi đầu tiên.`,
    en: `The record has too many problems: only the first ${shown} are reported.`,
  };
}

/**
 * INVALID_RECORD: the first problem of the record given, with its path, and how many more there are.
 *
 * @param issues - the record's issues (at least one)
 */
export function invalidRecordText(issues: readonly ValidationIssue[]): Text {
  const [first] = issues;
  if (first === undefined) return TRANSITION_ERROR_TEXTS.INVALID_RECORD;
  const field = first.path.join('.');
  const more = issues.length - 1;
  return {
    vi: `Hồ sơ không hợp lệ${field === '' ? '' : ` (trường ${quoteVi(field)})`}: ${first.message.vi}${more > 0 ? ` (và ${more} lỗi khác)` : ''}`,
    en: `Invalid record${field === '' ? '' : ` (field ${quoteEn(field)})`}: ${first.message.en}${more > 0 ? ` (and ${more} more)` : ''}`,
  };
}

/** DATE_OUTSIDE_WINDOW / `date_outside_window`: a day before the plan (III.5.1). */
export function beforePlanText(on: CivilDate, firstDay: CivilDate): Text {
  return {
    vi: `III.5.1: ngày ${on} trước khi có kế hoạch; kế hoạch thực hiện Kế hoạch 2451/KH-UBND ngày ${firstDay}, nên không có sự kiện nào trước ngày đó.`,
    en: `III.5.1: ${on} is before the plan; the plan implements Kế hoạch 2451/KH-UBND of ${firstDay}, so nothing under it can come before that day.`,
  };
}

/** DATE_OUTSIDE_WINDOW / `date_outside_window`: a proposal dated before its occasion's year (IV.1.2 "Trong năm"). */
export function beforeOccasionYearText(type: NominationEventType, on: CivilDate, year: number): Text {
  return {
    vi: `IV.1.2: việc bình xét, đề nghị (${type}) cho dịp khen thưởng năm ${year} diễn ra trong năm; ngày ${on} trước năm ${year}.`,
    en: `IV.1.2: the proposal (${type}) for an occasion of ${year} is made within that year; ${on} is before ${year} begins.`,
  };
}

/** The day given to create a record is not a day, a `Date` or an ISO instant. */
export function creationDateText(): Text {
  return {
    vi: 'Ngày lập hồ sơ không hợp lệ: cần một ngày có thật dạng YYYY-MM-DD, một đối tượng Date hợp lệ, hoặc một thời điểm ISO 8601 có múi giờ (ví dụ 2023-10-02T08:30:00+07:00).',
    en: 'Invalid creation day: expected a real day written YYYY-MM-DD, a valid Date, or an ISO 8601 instant with its offset (e.g. 2023-10-02T08:30:00+07:00).',
  };
}

/** `nomination_mismatch`: the record's nomination is not the one its history establishes. */
export function nominationMismatchText(index: number): Text {
  return {
    vi: `Đề nghị trong hồ sơ khác với đề nghị mà lịch sử xác lập (mục ${index} của lịch sử, kể cả danh sách tài liệu của lần gửi sau đó); chỉ được sửa đề nghị bằng sự kiện AMEND.`,
    en: `The record's nomination is not the one its history establishes (history entry ${index}, with the documents of any later SUBMIT); a nomination is changed only by an AMEND event.`,
  };
}

/** `guidance_required`: the record was evaluated under guidance the options lack. */
export function guidanceRequiredText(guidance: readonly { readonly number: string; readonly date: CivilDate }[]): Text {
  const list = guidance.map((g) => `${g.number} (${g.date})`).join(', ');
  return {
    vi: `Hồ sơ đã được đánh giá theo hướng dẫn ${list}; hãy truyền hướng dẫn đó trong options.guidance khi nạp lại hồ sơ.`,
    en: `The record was evaluated under the guidance ${list}; pass it in options.guidance to reload the record.`,
  };
}

/** `seal_missing`: an entry (or, for `undefined`, the record) carries no seal. */
export function sealMissingText(index: number | undefined): Text {
  return index === undefined
    ? {
        vi: 'Hồ sơ không có dấu niêm phong (seal) trong khi đã có khóa để kiểm tra: hồ sơ được lập không có khóa, hoặc dấu niêm phong đã bị xóa.',
        en: 'The record carries no seal although a key was given to check it: it was made without a key, or its seal was removed.',
      }
    : {
        vi: `Mục ${index} của lịch sử không có dấu niêm phong (seal) trong khi đã có khóa để kiểm tra.`,
        en: `History entry ${index} carries no seal although a key was given to check it.`,
      };
}

/** `seal_mismatch`: an entry's (or, for `undefined`, the record's) seal does not verify. */
export function sealMismatchText(index: number | undefined): Text {
  return index === undefined
    ? {
        vi: 'Dấu niêm phong của hồ sơ không khớp với lịch sử: có mục bị bỏ đi ở cuối hoặc được thêm vào, hoặc hồ sơ được niêm phong bằng khóa khác.',
        en: 'The record’s seal does not match its history: entries were dropped from its end or appended, or it was sealed with another key.',
      }
    : {
        vi: `Dấu niêm phong của mục ${index} không khớp: mục này (hoặc đề nghị sau nó) đã bị sửa, hoặc có mục bị chèn, bỏ hay đổi chỗ trước nó, hoặc được niêm phong bằng khóa khác.`,
        en: `The seal of history entry ${index} does not verify: the entry (or the nomination after it) was changed, an entry before it was inserted, removed or moved, or it was sealed with another key.`,
      };
}

/** `seal_key_required`: a sealed record given to a machine without a key. */
export function sealKeyRequiredText(): Text {
  return {
    vi: 'Hồ sơ đã được niêm phong: cần có khóa (options.seal.key) để niêm phong mục tiếp theo.',
    en: 'The record is sealed: a key (options.seal.key) is needed to seal its next entry.',
  };
}

/** `seal_key_invalid`: the key is not a string or bytes of at least 32 bytes. */
export function sealKeyInvalidText(): Text {
  return {
    vi: 'Khóa niêm phong không hợp lệ: cần một chuỗi hoặc một Uint8Array dài ít nhất 32 byte.',
    en: 'Invalid seal key: expected a string or a Uint8Array of at least 32 bytes.',
  };
}

/** The council's list left a nomination id out: several different records carry it. */
export function proposalConflictText(id: string, records: number): Text {
  return {
    vi: `Đề nghị ${id}: có ${records} hồ sơ khác nhau cùng mã này, nên không đưa vào danh sách; hãy giữ lại một hồ sơ đúng.`,
    en: `Nomination ${id}: ${records} different records carry this id, so it is left out of the list; keep the one that is right.`,
  };
}
