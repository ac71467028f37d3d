/**
 * The names of the codes the evaluators word in their findings — subject categories, reward
 * forms, criteria — in both languages. `LABELS` (src/text/labels.ts) holds the same names among
 * those of every other code; these small tables exist so that an application that only evaluates
 * bundles the names it shows and not the whole label table (workflow statuses, roles, events).
 * A test keeps both tables equal, entry for entry.
 *
 * @module
 */
import type { Text } from '../core/types.js';
import type { CriterionId, HouseholdClass, RewardForm, Role, SubjectCategory } from '../core/codes.js';

const name = (vi: string, en: string): Text => Object.freeze({ vi, en });

/** The names of the subject categories of III.1. */
export const CATEGORY_NAMES: { readonly [C in SubjectCategory]: Text } = /* @__PURE__ */ Object.freeze({
  unit: /* @__PURE__ */ name('Phòng, ban, đơn vị', 'Division, board or unit of the Department'),
  'poor-household': /* @__PURE__ */ name('Hộ gia đình nghèo', 'Poor household'),
  'near-poor-household': /* @__PURE__ */ name('Hộ cận nghèo', 'Near-poor household'),
  'escaped-poverty-household': /* @__PURE__ */ name('Hộ mới thoát nghèo', 'Newly escaped-poverty household'),
  'civil-servant': /* @__PURE__ */ name('Công chức', 'Civil servant'),
  'public-employee': /* @__PURE__ */ name('Viên chức', 'Public employee'),
  worker: /* @__PURE__ */ name('Người lao động', 'Worker'),
});

/** The names of the reward forms of III.3, exactly as the plan gives them. */
export const FORM_NAMES: { readonly [F in RewardForm]: Text } = /* @__PURE__ */ Object.freeze({
  'labor-order': /* @__PURE__ */ name('Huân chương Lao động', 'Labour Order'),
  'pm-certificate': /* @__PURE__ */ name('Bằng khen của Thủ tướng Chính phủ', 'Certificate of Merit of the Prime Minister'),
  'provincial-certificate': /* @__PURE__ */ name(
    'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    "Certificate of Merit of the Chairman of the Provincial People's Committee",
  ),
  'director-certificate': /* @__PURE__ */ name(
    'Giấy khen của Giám đốc Sở Giao thông vận tải',
    'Certificate of Commendation of the Director of the Department of Transport',
  ),
});

/** The short names of the criteria of III.2. */
export const CRITERION_NAMES: { readonly [Id in CriterionId]: Text } = /* @__PURE__ */ Object.freeze({
  'III.2.a.1': /* @__PURE__ */ name(
    'Đề ra nội dung, giải pháp thiết thực thực hiện có hiệu quả mục tiêu, nhiệm vụ giảm nghèo bền vững được giao',
    'Sets out practical contents and solutions to carry out the assigned sustainable poverty-reduction targets and tasks',
  ),
  'III.2.a.2': /* @__PURE__ */ name(
    'Thực hiện, phối hợp cung cấp số liệu, tổng hợp, báo cáo định kỳ, đột xuất theo yêu cầu của cơ quan quản lý cấp trên',
    'Supplies data and makes periodic and ad-hoc reports as the superior managing agency requires',
  ),
  'III.2.a.3': /* @__PURE__ */ name(
    'Tích cực hưởng ứng các phong trào, huy động nguồn lực giảm nghèo và hằng năm hoàn thành kế hoạch, nhiệm vụ được giao',
    'Responds actively to the movements, mobilises resources for poverty reduction and completes the assigned plan every year',
  ),
  'III.2.b.1': /* @__PURE__ */ name('Nỗ lực công tác', 'Strives at work'),
  'III.2.b.2': /* @__PURE__ */ name(
    'Có sáng kiến trong xây dựng, tham mưu cơ chế, chính sách, hướng dẫn và tháo gỡ khó khăn trong thực hiện chương trình giảm nghèo',
    'Has initiatives in building or advising on mechanisms, policies and guidance, and in removing obstacles to the poverty-reduction programme',
  ),
  'III.2.b.3': /* @__PURE__ */ name('Hoàn thành xuất sắc nhiệm vụ được giao', 'Completes the assigned tasks excellently'),
});

/** The names of the roles: who proposes, compiles, selects and decides. */
export const ROLE_NAMES: { readonly [R in Role]: Text } = /* @__PURE__ */ Object.freeze({
  'unit-head': /* @__PURE__ */ name('Trưởng phòng, ban, đơn vị', 'Head of a division, board or unit'),
  'department-office': /* @__PURE__ */ name('Văn phòng Sở', 'Office of the Department'),
  'department-council': /* @__PURE__ */ name(
    'Hội đồng Thi đua - Khen thưởng Sở Giao thông vận tải',
    'Emulation and Reward Council of the Department of Transport',
  ),
  director: /* @__PURE__ */ name('Giám đốc Sở Giao thông vận tải', 'Director of the Department of Transport'),
  'mass-organization': /* @__PURE__ */ name('Tổ chức đoàn thể', 'Mass organisation'),
  'provincial-council': /* @__PURE__ */ name('Hội đồng Thi đua - Khen thưởng tỉnh', 'Provincial Emulation and Reward Council'),
  'provincial-chairman': /* @__PURE__ */ name('Chủ tịch Ủy ban nhân dân tỉnh', "Chairman of the Provincial People's Committee"),
  'prime-minister': /* @__PURE__ */ name('Thủ tướng Chính phủ', 'Prime Minister'),
  president: /* @__PURE__ */ name('Chủ tịch nước', 'State President'),
});

/** The names of the classes of the poverty standard. */
export const HOUSEHOLD_CLASS_NAMES: { readonly [C in HouseholdClass]: Text } = /* @__PURE__ */ Object.freeze({
  poor: /* @__PURE__ */ name('Hộ nghèo', 'Poor household'),
  'near-poor': /* @__PURE__ */ name('Hộ cận nghèo', 'Near-poor household'),
  'average-living-standard': /* @__PURE__ */ name('Hộ có mức sống trung bình', 'Household of average living standard'),
  'above-average': /* @__PURE__ */ name('Hộ có mức sống trên trung bình', 'Household above the average living standard'),
});
