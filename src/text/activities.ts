/**
 * The texts of the movement's activities (`./activities`), in both languages: the names of the
 * kinds and figures, the parsers' own issues, the evidence findings, the summary's headings and
 * the `thi-dua activities` command.
 *
 * @module
 */
import type { ActivityFigure, ActivityKind } from '../plan/activity-kinds.js';
import type { OccasionKind, SubjectCategory } from '../core/codes.js';
import { CATEGORY_NAMES } from '../plan/names.js';
import { PLAN_YEARS } from '../plan/schedule.js';
import type { CivilDate, Lang, Text } from '../core/types.js';
import { occasionText } from './findings.js';

const name = (vi: string, en: string): Text => Object.freeze({ vi, en });

/** The names of the kinds of activity (ACTIVITY_KINDS), spread into `LABELS`. */
export const ACTIVITY_KIND_NAMES: { readonly [K in ActivityKind]: Text } = /* @__PURE__ */ Object.freeze({
  'fund-contribution': /* @__PURE__ */ name(
    'Đóng góp, ủng hộ Quỹ Vì người nghèo và chương trình giảm nghèo',
    'Contribution to the Fund for the Poor and the poverty-reduction programme',
  ),
  'household-support': /* @__PURE__ */ name(
    'Giúp đỡ hộ nghèo, địa bàn đặc biệt khó khăn',
    'Help for poor households and areas of special difficulty',
  ),
  'gift-or-visit': /* @__PURE__ */ name(
    'Trao quà, thăm hỏi hộ nghèo, học sinh có hoàn cảnh khó khăn',
    'Gifts to and visits of poor households and pupils in difficulty',
  ),
  'support-model': /* @__PURE__ */ name(
    'Hình thức, mô hình hỗ trợ người nghèo phát triển sản xuất',
    'Form of help or production model for the poor',
  ),
  publication: /* @__PURE__ */ name('Tin bài, tuyên truyền trên Cổng thông tin điện tử Sở', "News and articles on the Department's portal"),
});

/** The names of the figures an activity records (the columns of a summary). */
export const ACTIVITY_FIGURE_NAMES: { readonly [F in ActivityFigure]: Text } = /* @__PURE__ */ Object.freeze({
  amount: /* @__PURE__ */ name('Số tiền (đồng)', 'Amount (đồng)'),
  households: /* @__PURE__ */ name('Số hộ', 'Households'),
  people: /* @__PURE__ */ name('Số người', 'People'),
  contributors: /* @__PURE__ */ name('Số người đóng góp', 'Contributors'),
});

/** A whole, non-negative number with its thousands grouped: `25000000` → "25.000.000" (vi) / "25,000,000" (en). */
export function groupDigits(n: number, lang: Lang): string {
  return BigInt(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/gu, lang === 'vi' ? '.' : ',');
}

/** The messages of the activity parsers' own issues. */
export const ACTIVITY_ISSUE_TEXT = {
  /** An unknown `kind`: the kinds allowed. */
  unknownKind: (kinds: readonly string[]): Text => {
    const list = kinds.map((k) => JSON.stringify(k)).join(', ');
    return {
      vi: `Loại hoạt động không hợp lệ: phải là một trong ${list}.`,
      en: `Invalid kind of activity: must be one of ${list}.`,
    };
  },
  /** `on` outside the plan's period. */
  dateOutsidePeriod: (on: CivilDate, from: CivilDate, to: CivilDate): Text => ({
    vi: `Ngày ${on} nằm ngoài thời gian của kế hoạch (${from}..${to}, giai đoạn ${PLAN_YEARS.period.from} - ${PLAN_YEARS.period.to}).`,
    en: `${on} is outside the plan's period (${from}..${to}, ${PLAN_YEARS.period.from}–${PLAN_YEARS.period.to}).`,
  }),
  /** A repeated `id` in one list. */
  duplicateId: (id: string, firstIndex: number): Text => ({
    vi: `Mã hoạt động ${JSON.stringify(id)} đã dùng ở mục #${firstIndex + 1}: mỗi hoạt động cần một mã riêng.`,
    en: `The activity id ${JSON.stringify(id)} is already used by entry #${firstIndex + 1}: each activity needs its own id.`,
  }),
  /** The list stops being checked after this many issues. */
  tooManyIssues: (shown: number): Text => ({
    vi: `Danh sách hoạt động có quá nhiều lỗi: chỉ báo ${shown} lỗi đầu tiên.`,
    en: `The list of activities has too many problems: only the first ${shown} are reported.`,
  }),
  /** A hostile list: reading it threw. */
  unreadable: (): Text => ({
    vi: 'Không đọc được dữ liệu đầu vào (một thuộc tính gây lỗi khi đọc).',
    en: 'The input could not be read (reading one of its properties failed).',
  }),
  /** The input of `parseActivities` is not an array. */
  notAList: (): Text => ({
    vi: 'Sai kiểu dữ liệu: cần một mảng các hoạt động.',
    en: 'Wrong type: expected an array of activities.',
  }),
} as const;

/** What an evidence finding is about (the text module's view of it). */
export type EvidenceTextInput = {
  readonly criterion: string;
  readonly activityId: string;
  readonly subjectName: string;
  readonly occasion: { readonly kind: OccasionKind; readonly year: number };
  readonly period: { readonly from: CivilDate; readonly to: CivilDate } | undefined;
};

const lower = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
const quote = (s: string): Text => ({ vi: `“${s}”`, en: `“${s}”` });

/** The texts of the evidence findings of `checkEvidence`. */
export const EVIDENCE_TEXT = {
  /** The activity exists, is the subject's (or its unit's) and falls in the occasion's period. */
  accepted: (
    e: EvidenceTextInput,
    kind: ActivityKind,
    on: CivilDate,
    period: { readonly from: CivilDate; readonly to: CivilDate },
  ): Text => {
    const occasion = occasionText(e.occasion.kind, e.occasion.year);
    const span = ` (${period.from}..${period.to})`;
    return {
      vi: `${e.criterion}: hoạt động ${e.activityId} (${lower(ACTIVITY_KIND_NAMES[kind].vi)}, ngày ${on}) của ${e.subjectName} thuộc thời gian của ${occasion.vi}${span}; đây là căn cứ để Hội đồng xem xét, việc đạt tiêu chí do Hội đồng đánh giá.`,
      en: `${e.criterion}: activity ${e.activityId} (${lower(ACTIVITY_KIND_NAMES[kind].en)}, ${on}) of ${e.subjectName} falls within ${occasion.en}${span}; it is evidence for the council to weigh, and whether the criterion is met stays the council's judgement.`,
    };
  },
  /** The activity is the unit's of the person nominated, not the person's own. */
  fromUnit: (e: EvidenceTextInput, unitId: string): Text => ({
    vi: `${e.criterion}: hoạt động ${e.activityId} là của đơn vị ${unitId}, nơi ${e.subjectName} công tác, không riêng của cá nhân; Hội đồng xem xét phần đóng góp của cá nhân.`,
    en: `${e.criterion}: activity ${e.activityId} is the activity of unit ${unitId}, where ${e.subjectName} works, not the person's own; the council weighs the person's part in it.`,
  }),
  /** The activity is not among those given. */
  notFound: (e: EvidenceTextInput): Text => ({
    vi: `${e.criterion}: không có hoạt động mã ${quote(e.activityId).vi} trong danh sách hoạt động đã cung cấp.`,
    en: `${e.criterion}: there is no activity with the id ${quote(e.activityId).en} among the activities given.`,
  }),
  /** The activity is another subject's. */
  otherSubject: (e: EvidenceTextInput, by: string, unitId: string | undefined): Text => ({
    vi: `${e.criterion}: hoạt động ${e.activityId} là của ${by}, không phải của ${e.subjectName}${unitId === undefined ? '' : ` hay đơn vị ${unitId}`}.`,
    en: `${e.criterion}: activity ${e.activityId} is by ${by}, not by ${e.subjectName}${unitId === undefined ? '' : ` or unit ${unitId}`}.`,
  }),
  /** The activity falls outside the occasion's period. */
  outsidePeriod: (e: EvidenceTextInput, on: CivilDate, period: { readonly from: CivilDate; readonly to: CivilDate }): Text => {
    const occasion = occasionText(e.occasion.kind, e.occasion.year);
    return {
      vi: `${e.criterion}: hoạt động ${e.activityId} ngày ${on} nằm ngoài thời gian của ${occasion.vi} (${period.from}..${period.to}).`,
      en: `${e.criterion}: activity ${e.activityId} of ${on} is outside the period of ${occasion.en} (${period.from}..${period.to}).`,
    };
  },
  /** The occasion is not the plan's, so it has no period. */
  noPeriod: (e: EvidenceTextInput): Text => {
    const occasion = occasionText(e.occasion.kind, e.occasion.year);
    return {
      vi: `${e.criterion}: ${occasion.vi} không phải là dịp khen thưởng của kế hoạch, nên không có thời gian để đối chiếu hoạt động ${e.activityId}.`,
      en: `${e.criterion}: ${occasion.en} is not an occasion of the plan, so there is no period to check activity ${e.activityId} against.`,
    };
  },
  /** The criterion does not apply to the subject's category. */
  notApplicable: (criterion: string, category: SubjectCategory, activityIds: readonly string[]): Text => ({
    vi: `${criterion}: tiêu chí này không áp dụng cho ${lower(CATEGORY_NAMES[category].vi)}; các hoạt động nêu làm căn cứ (${activityIds.join(', ')}) không được xem xét.`,
    en: `${criterion}: this criterion does not apply to a ${lower(CATEGORY_NAMES[category].en)}; the activities named as its evidence (${activityIds.join(', ')}) are not considered.`,
  }),
} as const;

/** The headings and fixed texts of a summary and of `thi-dua activities`. */
export const ACTIVITY_SUMMARY_TEXT = /* @__PURE__ */ (() =>
  ({
    title: name('Kết quả thực hiện phong trào thi đua (II, IV.4)', 'Results of the movement (II, IV.4)'),
    sampleTitle: name(
      'Kết quả thực hiện phong trào — dữ liệu mẫu của các đơn vị trong các kịch bản',
      "Results of the movement — the sample data of the scenarios' units",
    ),
    period: name('Thời gian', 'Period'),
    total: name('Tổng cộng', 'Total'),
    byKind: name('Theo loại hoạt động', 'By kind of activity'),
    byYear: name('Theo năm', 'By year'),
    bySubject: name('Theo đơn vị, cá nhân', 'By unit or person'),
    kind: name('Loại hoạt động', 'Kind of activity'),
    year: name('Năm', 'Year'),
    subject: name('Đơn vị, cá nhân', 'Unit or person'),
    group: name('Nhóm', 'Group'),
    key: name('Mục', 'Item'),
    count: name('Số hoạt động', 'Activities'),
    unknown: name('chưa rõ', 'not stated'),
    stated: name('số hoạt động có ghi', 'activities stating it'),
    /** The note under every summary: what "not stated" means. */
    unknownNote: name(
      '“chưa rõ”: số hoạt động không ghi số liệu này; các hoạt động đó không được tính là 0.',
      '“not stated”: the activities that do not give this figure; they are not counted as 0.',
    ),
    none: name('Không có hoạt động nào trong thời gian này.', 'No activity in this period.'),
    invalidCount: (n: number): Text => ({
      vi: `${n} hoạt động không hợp lệ không được tính.`,
      en: `${n} invalid activit${n === 1 ? 'y is' : 'ies are'} not counted.`,
    }),
    fromAfterTo: (from: CivilDate, to: CivilDate): Text => ({
      vi: `Ngày --from ${from} ở sau ngày --to ${to}.`,
      en: `--from ${from} is after --to ${to}.`,
    }),
    help: name(
      `Cách dùng: thi-dua activities FILE [--ndjson] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format table|json|md|csv] [--lang vi|en]

Đọc FILE: tệp JSON (UTF-8, tối đa 10 MiB) chứa một mảng hoạt động của phong trào (Activity) hoặc
{ "activities": [...] }; hoặc tệp JSON Lines (.ndjson, .jsonl hoặc --ndjson), mỗi dòng một hoạt
động, mỗi dòng tối đa 1 MiB; - là đầu vào chuẩn. In tổng số hoạt động, số tiền (đồng), số hộ, số người và số người đóng góp
theo loại hoạt động, theo năm và theo đơn vị, cá nhân, trong khoảng --from..--to (mặc định: cả giai
đoạn ${PLAN_YEARS.period.from} - ${PLAN_YEARS.period.to}). Số liệu không ghi được đếm riêng (“chưa rõ”), không tính là 0. Hoạt động không
hợp lệ được báo kèm vị trí và đường dẫn trường và không được tính.
Mã thoát: 0 mọi hoạt động hợp lệ; 1 có hoạt động hoặc tệp không hợp lệ; 2 dùng sai lệnh.`,
      `Usage: thi-dua activities FILE [--ndjson] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format table|json|md|csv] [--lang vi|en]

Reads FILE: a JSON file (UTF-8, at most 10 MiB) holding an array of the movement's activities
(Activity) or { "activities": [...] }; or JSON Lines (.ndjson, .jsonl or --ndjson), one activity
per line, each line at most 1 MiB; - is standard input. Prints the number of activities, the money (đồng), households, people and
contributors by kind of activity, by year and by unit or person, within --from..--to (default: the
whole period ${PLAN_YEARS.period.from}–${PLAN_YEARS.period.to}). Figures not given are counted apart ("not stated"), never as 0. Invalid
activities are reported with their position and field path and are not counted.
Exit codes: 0 every activity valid; 1 an activity or the file is invalid; 2 usage error.`,
    ),
  }) as const)();
