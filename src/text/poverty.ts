/**
 * The texts of the poverty module, in both languages.
 *
 * @module
 */
import { HOUSEHOLD_CLASS_NAMES } from '../plan/names.js';
import type { Text } from '../core/types.js';
import { deepFreeze } from '../core/freeze.js';

/**
 * The names of the 12 indicators (Nghị định 07/2021/NĐ-CP), the 4 classes and the 2 areas, in
 * both languages.
 *
 * @example
 * ```ts
 * import { POVERTY_LABELS } from 'thi-dua-vi-nguoi-ngheo/poverty';
 * POVERTY_LABELS['domestic-water'].vi; //=> 'Nguồn nước sinh hoạt'
 * ```
 */
export const POVERTY_LABELS = /* @__PURE__ */ (() =>
  deepFreeze({
    employment: { vi: 'Việc làm', en: 'Employment' },
    dependants: { vi: 'Người phụ thuộc trong hộ gia đình', en: 'Dependants in the household' },
    nutrition: { vi: 'Dinh dưỡng', en: 'Nutrition' },
    'health-insurance': { vi: 'Bảo hiểm y tế', en: 'Health insurance' },
    'adult-education': { vi: 'Trình độ giáo dục của người lớn', en: 'Education level of adults' },
    'school-attendance': { vi: 'Tình trạng đi học của trẻ em', en: 'School attendance of children' },
    'housing-quality': { vi: 'Chất lượng nhà ở', en: 'Housing quality' },
    'housing-area': { vi: 'Diện tích nhà ở bình quân đầu người', en: 'Housing area per person' },
    'domestic-water': { vi: 'Nguồn nước sinh hoạt', en: 'Domestic water source' },
    sanitation: { vi: 'Nhà tiêu hợp vệ sinh', en: 'Hygienic latrine' },
    telecommunication: { vi: 'Sử dụng dịch vụ viễn thông', en: 'Use of telecommunication services' },
    'information-access': { vi: 'Phương tiện phục vụ tiếp cận thông tin', en: 'Means of access to information' },
    ...HOUSEHOLD_CLASS_NAMES,
    rural: { vi: 'nông thôn', en: 'rural' },
    urban: { vi: 'thành thị', en: 'urban' },
  } as const satisfies Record<string, Text>))();

const dong = (n: number): string => `${n.toLocaleString('vi-VN')} đồng`;

/** The findings and errors of `classifyHousehold` and `householdStatusFromReviews`. */
export const POVERTY_TEXT = {
  incomeAtOrBelow: (income: number, line: number, area: Text, source: string): Text => ({
    vi: `${source}: thu nhập bình quân ${dong(income)}/người/tháng không vượt chuẩn nghèo ${dong(line)} khu vực ${area.vi}.`,
    en: `${source}: an income of ${income} đồng per person per month is at or below the ${area.en} poverty line of ${line} đồng.`,
  }),
  incomeAbove: (income: number, line: number, area: Text, source: string): Text => ({
    vi: `${source}: thu nhập bình quân ${dong(income)}/người/tháng cao hơn chuẩn nghèo ${dong(line)} khu vực ${area.vi}.`,
    en: `${source}: an income of ${income} đồng per person per month is above the ${area.en} poverty line of ${line} đồng.`,
  }),
  deprivations: (count: number, min: number, source: string): Text => ({
    vi: `${source}: thiếu hụt ${count}/12 chỉ số dịch vụ xã hội cơ bản (hộ nghèo khi thiếu hụt từ ${min} chỉ số trở lên).`,
    en: `${source}: deprived in ${count} of the 12 indicators of basic social services (poor from ${min} upwards).`,
  }),
  averageLine: (income: number, line: number, within: boolean, source: string, confidence: string): Text => ({
    vi: `${source} (${confidence === 'secondary' ? 'nguồn thứ cấp' : confidence === 'caller' ? 'do bên gọi cung cấp' : 'đã xác nhận'}): thu nhập ${dong(income)} ${within ? 'không vượt' : 'vượt'} mức sống trung bình ${dong(line)}.`,
    en: `${source} (${confidence}): an income of ${income} đồng is ${within ? 'at or below' : 'above'} the average-living-standard line of ${line} đồng.`,
  }),
  noStandard: (year: number): Text => ({
    vi: `Thư viện không có chuẩn nghèo cho năm ${year} (có: 2022–2025 theo Nghị định 07/2021/NĐ-CP, 2026 theo Nghị định 351/2025/NĐ-CP áp dụng chuẩn của Nghị định 07/2021/NĐ-CP, 2027–2030 theo Nghị định 351/2025/NĐ-CP); hãy cung cấp chuẩn qua tùy chọn lines.`,
    en: `The library holds no poverty standard for ${year} (it has 2022–2025 from Nghị định 07/2021/NĐ-CP, 2026 from Nghị định 351/2025/NĐ-CP applying the lines of Nghị định 07/2021/NĐ-CP, and 2027–2030 from Nghị định 351/2025/NĐ-CP); supply one through the lines option.`,
  }),
  noAverageLine: (year: number, area: Text): Text => ({
    vi: `Chưa biết mức sống trung bình khu vực ${area.vi} năm ${year}: thu nhập vượt chuẩn nghèo nên cần mức này để phân loại; hãy cung cấp qua tùy chọn lines.`,
    en: `The ${area.en} average-living-standard line of ${year} is not known: the income is above the poverty line, so that line is needed; supply it through the lines option.`,
  }),
  invalidInput: (problems: readonly Text[]): Text => ({
    vi: `Dữ liệu hộ gia đình không hợp lệ: ${problems.map((p) => p.vi).join(' ')}`,
    en: `The household's data is not valid: ${problems.map((p) => p.en).join(' ')}`,
  }),
  reviewsOutOfOrder: (): Text => ({
    vi: 'Kết quả rà soát trước phải thuộc năm trước năm rà soát hiện tại.',
    en: 'The previous review must be of a year before the current one.',
  }),
  escaped: (previous: number, current: number): Text => ({
    vi: `Hộ nghèo theo rà soát năm ${previous}, không còn là hộ nghèo theo rà soát năm ${current}: hộ mới thoát nghèo.`,
    en: `Poor in the ${previous} review and no longer poor in the ${current} review: newly escaped poverty.`,
  }),
  tooOld: (previous: number, current: number, window: number): Text => ({
    vi: `Rà soát năm ${previous} cách năm ${current} quá ${window} năm nên không xác định được hộ "mới" thoát nghèo.`,
    en: `The ${previous} review is more than ${window} year(s) before ${current}, so "newly" escaped cannot be told.`,
  }),
  currentStatus: (label: Text, current: number): Text => ({
    vi: `Theo rà soát năm ${current}: ${label.vi.toLowerCase()}.`,
    en: `By the ${current} review: ${label.en.toLowerCase()}.`,
  }),
  notACategory: (label: Text): Text => ({
    vi: `${label.vi} không phải đối tượng hộ gia đình của kế hoạch (III.1.1).`,
    en: `A ${label.en.toLowerCase()} is not one of the plan's household subjects (III.1.1).`,
  }),
} satisfies Record<string, (...args: never[]) => Text>;
