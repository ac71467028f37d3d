/**
 * The names of every code, in Vietnamese and English: the one table that {@link label} reads.
 *
 * @module
 */
import type { CriterionId, MilestoneId, OccasionKind, RewardForm, Role, SubjectCategory, SubjectClass } from '../core/codes.js';
import type { ActivityKind } from '../plan/activity-kinds.js';
import { CATEGORY_NAMES, CRITERION_NAMES, FORM_NAMES, ROLE_NAMES } from '../plan/names.js';
import { deepFreeze } from '../core/freeze.js';
import type { Lang, Outcome, Text } from '../core/types.js';
import type {
  CampaignEventType,
  CampaignStatus,
  ComplianceStatus,
  Decision,
  NominationEventType,
  NominationStatus,
} from '../core/workflow-codes.js';
import { ACTIVITY_KIND_NAMES } from './activities.js';

/**
 * Any code that has a name: subject categories and classes, reward forms, occasion kinds,
 * criterion ids, roles, milestones, outcomes and languages, and the workflow's statuses and event
 * types (nomination and campaign, with the record's creation `CREATE`), the decisions, the
 * statuses of `campaignCompliance` and the kinds of activity of the movement (`ACTIVITY_KINDS`). A string that stands in two lists
 * (`preliminary-review`, `final-review`) has one name.
 *
 * @example
 * ```ts
 * import type { Code } from 'thi-dua-vi-nguoi-ngheo';
 * const code: Code = 'labor-order';
 * ```
 */
export type Code =
  | SubjectCategory
  | SubjectClass
  | RewardForm
  | OccasionKind
  | CriterionId
  | Role
  | MilestoneId
  | Outcome
  | Lang
  | NominationStatus
  | NominationEventType
  | 'CREATE'
  | CampaignStatus
  | CampaignEventType
  | Decision
  | ComplianceStatus
  | ActivityKind;

/**
 * The name of every {@link Code} in both languages. Deeply frozen.
 *
 * @example
 * ```ts
 * import { LABELS } from 'thi-dua-vi-nguoi-ngheo';
 * LABELS['pm-certificate'].vi; //=> 'Bằng khen của Thủ tướng Chính phủ'
 * ```
 */
export const LABELS: { readonly [C in Code]: Text } = /* @__PURE__ */ (() =>
  deepFreeze({
    // III.1 subjects, III.3 reward forms, III.2 criteria: the names of plan/names.ts
    ...CATEGORY_NAMES,
    ...FORM_NAMES,
    ...CRITERION_NAMES,
    collective: { vi: 'Tập thể', en: 'Collective' },
    individual: { vi: 'Cá nhân', en: 'Individual' },
    // III.3 reward forms (names exactly as the plan gives them)
    // III.3 occasions, III.5 milestones
    annual: { vi: 'Khen thưởng hằng năm', en: 'Annual reward' },
    'preliminary-review': { vi: 'Sơ kết phong trào thi đua', en: 'Preliminary review of the movement' },
    'final-review': { vi: 'Tổng kết phong trào thi đua', en: 'Final review of the movement' },
    'plan-issuance': {
      vi: 'Xây dựng, ban hành kế hoạch và tổ chức thực hiện phong trào thi đua',
      en: 'Issuing the plan and organising the movement',
    },
    'peak-month': {
      vi: 'Tháng cao điểm “Vì người nghèo” (17/10 – 18/11)',
      en: 'The “For the poor” peak month (17 October – 18 November)',
    },
    'day-for-the-poor': { vi: 'Ngày “Vì người nghèo” (17/10)', en: 'The “For the poor” day (17 October)' },
    'annual-inspection': {
      vi: 'Kiểm tra, giám sát hằng năm của Hội đồng Thi đua - Khen thưởng Sở',
      en: "The Department council's annual inspection and supervision",
    },
    // III.2 criteria
    // IV roles and the deciding authorities
    ...ROLE_NAMES,
    // outcomes and languages
    met: { vi: 'Đạt', en: 'Met' },
    'not-met': { vi: 'Không đạt', en: 'Not met' },
    unknown: { vi: 'Chưa xác định', en: 'Unknown' },
    vi: { vi: 'Tiếng Việt', en: 'Vietnamese' },
    en: { vi: 'Tiếng Anh', en: 'English' },
    // IV nomination workflow: statuses
    draft: { vi: 'Dự thảo', en: 'Draft' },
    proposed: { vi: 'Đã bình xét, đề nghị', en: 'Proposed' },
    submitted: { vi: 'Đã gửi Hội đồng Thi đua - Khen thưởng Sở', en: "Submitted to the Department's council" },
    returned: { vi: 'Bị trả lại để hoàn chỉnh', en: 'Returned for completion' },
    compiled: { vi: 'Đã tổng hợp vào danh sách đề nghị', en: 'Compiled into the list of proposals' },
    selected: { vi: 'Đã được xét chọn', en: 'Selected' },
    forwarded: { vi: 'Đã gửi Hội đồng Thi đua - Khen thưởng tỉnh', en: 'Forwarded to the provincial council' },
    awarded: { vi: 'Được khen thưởng', en: 'Awarded' },
    rejected: { vi: 'Không được khen thưởng', en: 'Rejected' },
    withdrawn: { vi: 'Đã rút đề nghị', en: 'Withdrawn' },
    // IV nomination workflow: events
    CREATE: { vi: 'Lập hồ sơ đề nghị', en: 'Create the nomination record' },
    PROPOSE: { vi: 'Bình xét, đề nghị khen thưởng', en: 'Propose for a reward' },
    SUBMIT: {
      vi: 'Gửi hồ sơ về Hội đồng Thi đua - Khen thưởng Sở (qua Văn phòng Sở)',
      en: "Submit the dossier to the Department's council (through the Office)",
    },
    RETURN: { vi: 'Trả lại hồ sơ', en: 'Return the dossier' },
    COMPILE: { vi: 'Tổng hợp danh sách đề nghị khen thưởng', en: 'Compile the list of proposals' },
    SELECT: { vi: 'Họp xét chọn', en: 'Select at the selection meeting' },
    FORWARD: {
      vi: 'Gửi hồ sơ về Hội đồng Thi đua - Khen thưởng tỉnh',
      en: 'Forward the dossier to the provincial council',
    },
    DECIDE: { vi: 'Quyết định khen thưởng', en: 'Decide on the reward' },
    WITHDRAW: { vi: 'Rút đề nghị', en: 'Withdraw the nomination' },
    AMEND: { vi: 'Sửa đổi, bổ sung đề nghị', en: 'Amend the nomination' },
    // III.5 campaign: statuses and events
    planned: { vi: 'Chưa triển khai', en: 'Planned' },
    running: { vi: 'Đang thực hiện', en: 'Running' },
    closed: { vi: 'Đã tổng kết', en: 'Closed' },
    LAUNCH: { vi: 'Ban hành kế hoạch, phát động phong trào thi đua', en: 'Issue the plan and launch the movement' },
    HOLD_PRELIMINARY_REVIEW: { vi: 'Tổ chức sơ kết phong trào thi đua', en: 'Hold the preliminary review' },
    RECORD_INSPECTION: { vi: 'Kiểm tra, giám sát việc thực hiện phong trào', en: 'Record an inspection of the movement' },
    HOLD_FINAL_REVIEW: { vi: 'Tổ chức tổng kết phong trào thi đua', en: 'Hold the final review' },
    // decisions (DECIDE) and the statuses of campaignCompliance
    award: { vi: 'Khen thưởng', en: 'Award' },
    reject: { vi: 'Không khen thưởng', en: 'Reject' },
    done: { vi: 'Đã thực hiện', en: 'Done' },
    due: { vi: 'Đang trong thời hạn', en: 'Due' },
    overdue: { vi: 'Quá hạn', en: 'Overdue' },
    upcoming: { vi: 'Chưa đến thời hạn', en: 'Upcoming' },
    // II and IV.4: the kinds of activity of the movement
    ...ACTIVITY_KIND_NAMES,
  } satisfies { readonly [C in Code]: Text }))();

/**
 * The name of a code in the language asked for.
 *
 * @param code - any code of the library's lists
 * @param lang - `vi` or `en`
 * @returns the name, e.g. "Huân chương Lao động"
 * @example
 * ```ts
 * import { label } from 'thi-dua-vi-nguoi-ngheo';
 * label('provincial-certificate', 'vi'); //=> 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh'
 * label('preliminary-review', 'en'); //=> 'Preliminary review of the movement'
 * label('submitted', 'vi'); //=> 'Đã gửi Hội đồng Thi đua - Khen thưởng Sở'
 * ```
 */
export function label(code: Code, lang: Lang): string;
/**
 * The name of a string that may be a code — a status read back from a database, say, that a
 * later or earlier version wrote: its name when it is a {@link Code}, `undefined` when it is not
 * (never a throw), so that the caller chooses what to show instead, e.g. the string itself.
 *
 * @param code - any string
 * @param lang - `vi` or `en`
 * @returns the name, or `undefined` for a string that is not a code
 * @example
 * ```ts
 * import { label } from 'thi-dua-vi-nguoi-ngheo';
 * const saved: string = 'archived'; // not a status of this version
 * label(saved, 'vi'); //=> undefined
 * label(saved, 'vi') ?? saved; //=> 'archived'
 * ```
 */
export function label(code: string, lang: Lang): string | undefined;
export function label(code: string, lang: Lang): string | undefined {
  // Own keys only: `constructor` or `__proto__` are not codes.
  if (!Object.hasOwn(LABELS, code)) return undefined;
  const text = LABELS[code as Code];
  return lang === 'vi' || lang === 'en' ? text[lang] : undefined;
}
