/**
 * The texts of the legal findings, in both languages.
 *
 * @module
 */
import type { LaborOrderClass, RewardForm } from '../core/codes.js';
import type { CivilDate, Text } from '../core/types.js';
import { FORM_NAMES } from '../plan/names.js';

/** How sure a cited text is, as a parenthesis after it (nothing for a confirmed one). */
function sureness(confidence: string): Text {
  switch (confidence) {
    case 'secondary':
      return { vi: ' (nguồn thứ cấp)', en: ' (secondary source)' };
    case 'not-verified':
      return { vi: ' (chưa được xác minh)', en: ' (not verified)' };
    default:
      return { vi: '', en: '' };
  }
}

/** The findings and conflicts worded from the legal regime. */
export const LAW_TEXT = {
  decidedBy: (authority: Text, ref: string, confidence: string): Text => ({
    vi: `${ref}: thẩm quyền quyết định là ${authority.vi}${sureness(confidence).vi}.`,
    en: `${ref}: decided by the ${authority.en}${sureness(confidence).en}.`,
  }),
  oneAchievementRefused: (achievementId: string, others: Text, ref: string, confidence = 'confirmed'): Text => ({
    vi: `${ref}${sureness(confidence).vi}: không khen thưởng nhiều lần, nhiều hình thức cho một thành tích; thành tích "${achievementId}" đã có ${others.vi}.`,
    en: `${ref}${sureness(confidence).en}: one achievement is rewarded once, with one form; achievement "${achievementId}" already has ${others.en}.`,
  }),
  oneAchievementWarned: (achievementId: string, others: Text, ref: string, confidence = 'confirmed'): Text => ({
    vi: `${ref}${sureness(confidence).vi} (cảnh báo): một thành tích chỉ nên được khen thưởng một lần, bằng một hình thức; thành tích "${achievementId}" đã có ${others.vi}.`,
    en: `${ref}${sureness(confidence).en} (warning): one achievement should be rewarded once, with one form; achievement "${achievementId}" already has ${others.en}.`,
  }),
  conflict: (achievementId: string, count: number): Text => ({
    vi: `Thành tích "${achievementId}" có ${count} đề nghị khen thưởng.`,
    en: `Achievement "${achievementId}" has ${count} nominations.`,
  }),
  laborOrderHousehold: (ref: string): Text => ({
    vi: `${ref} (cảnh báo, chưa được xác nhận): không văn bản nào thư viện có xác nhận Huân chương Lao động có thể tặng cho hộ gia đình; cách đọc kế hoạch (III.3.a) không đổi, hãy kiểm tra trước khi đề nghị.`,
    en: `${ref} (warning, not confirmed): no text the library holds confirms that the Labour Order may be given to a household; the plan's reading (III.3.a) is unchanged — check before proposing it.`,
  }),
} satisfies Record<string, (...args: never[]) => Text>;

/** The thematic marks of the three regimes (`LegalRegime.thematicMark.note`). */
export const THEMATIC_TEXT = {
  stateLevel: {
    vi: 'Khen thưởng theo đợt, chuyên đề: không được xem là điều kiện, tiêu chuẩn để đề nghị khen thưởng cấp Nhà nước (Nghị định 91/2017/NĐ-CP, Điều 3 — nguồn thứ cấp, diễn đạt theo một bản tóm tắt tiếng Anh).',
    en: 'A commendation by campaign or theme: not to be considered as conditions and criteria for requesting State-level commendation (Nghị định 91/2017/NĐ-CP, Điều 3 — secondary source, an English summary).',
  },
  higherMerit: {
    vi: 'Khen thưởng phong trào thi đua theo chuyên đề: không là căn cứ để đề nghị khen thưởng cấp trên theo công trạng (Nghị định 98/2023/NĐ-CP, Điều 4 — nguồn thứ cấp).',
    en: 'A thematic emulation award: no basis for proposing higher merit-based commendation (Nghị định 98/2023/NĐ-CP, Điều 4 — secondary source).',
  },
  notVerified: {
    vi: 'Khen thưởng phong trào thi đua theo chuyên đề: đánh dấu không là căn cứ để đề nghị khen thưởng cấp trên theo công trạng; căn cứ chưa được xác minh (chưa tìm thấy Nghị định 152/2025/NĐ-CP có giữ nguyên tắc này hay không).',
    en: 'A thematic emulation award, marked as no basis for proposing higher merit-based commendation; the basis is not verified (whether Nghị định 152/2025/NĐ-CP keeps this principle was not found).',
  },
} as const satisfies Record<string, Text>;

const CLASS_NAMES = {
  first: { vi: 'hạng Nhất', en: 'first class' },
  second: { vi: 'hạng Nhì', en: 'second class' },
  third: { vi: 'hạng Ba', en: 'third class' },
} as const satisfies { readonly [C in LaborOrderClass]: Text };

const RECIPIENT_NAMES = {
  individual: { vi: 'cá nhân', en: 'an individual' },
  collective: { vi: 'tập thể', en: 'a collective' },
  household: { vi: 'hộ gia đình', en: 'a household' },
} as const satisfies Record<'individual' | 'collective' | 'household', Text>;

/** A number of đồng as each language writes it: 5.220.000 / 5,220,000. */
export function dongNumber(amount: number): Text {
  return { vi: amount.toLocaleString('vi-VN'), en: amount.toLocaleString('en-US') };
}

/** An amount of đồng as each language writes it: 5.220.000 đồng / 5,220,000 đồng. */
export function dongText(amount: number): Text {
  const n = dongNumber(amount);
  return { vi: `${n.vi} đồng`, en: `${n.en} đồng` };
}

/** The texts of reward money (`rewardAmountOf`, the council's list). */
export const AMOUNT_TEXT = {
  invalid: (messages: readonly Text[]): Text => ({
    vi: `Dữ liệu tính tiền thưởng không hợp lệ: ${messages.map((m) => m.vi).join(' ')}`,
    en: `Invalid input for the reward money: ${messages.map((m) => m.en).join(' ')}`,
  }),
  invalidDate: {
    vi: 'Ngày quyết định không hợp lệ: cần một ngày có thật (YYYY-MM-DD) hoặc một Date hợp lệ.',
    en: 'Invalid decision date: expected a real day (YYYY-MM-DD) or a valid Date.',
  } satisfies Text,
  noDecree: (day: CivilDate): Text => ({
    vi: `Không có bảng tiền thưởng cho quyết định ngày ${day} (trước Nghị định 91/2017/NĐ-CP): hãy cung cấp hệ số (options.coefficient).`,
    en: `No reward table for a decision of ${day} (before Nghị định 91/2017/NĐ-CP): supply the coefficient (options.coefficient).`,
  }),
  noCoefficient: (decree: string, form: RewardForm, recipient: keyof typeof RECIPIENT_NAMES, laborOrderClass?: LaborOrderClass): Text => {
    const cls = laborOrderClass === undefined ? undefined : CLASS_NAMES[laborOrderClass];
    return {
      vi: `${decree}: không tìm thấy mức tiền thưởng ${FORM_NAMES[form].vi}${cls === undefined ? '' : ` ${cls.vi}`} cho ${RECIPIENT_NAMES[recipient].vi}; hãy cung cấp hệ số (options.coefficient).`,
      en: `${decree}: the reward money of the ${FORM_NAMES[form].en}${cls === undefined ? '' : `, ${cls.en}`}, for ${RECIPIENT_NAMES[recipient].en} was not found; supply the coefficient (options.coefficient).`,
    };
  },
  noLaborOrderClass: {
    vi: 'Tiền thưởng Huân chương Lao động tùy theo hạng (Nhất, Nhì, Ba), mà kế hoạch không nêu: hãy cho biết hạng (laborOrderClass).',
    en: 'The Labour Order’s reward money depends on its class (first, second, third), which the plan does not name: give the class (laborOrderClass).',
  } satisfies Text,
  noBaseSalary: (day: CivilDate): Text => ({
    vi: `Không có mức lương cơ sở áp dụng ngày ${day}: hãy cung cấp mức lương cơ sở (options.baseSalary hoặc options.baseSalaries).`,
    en: `No base salary applies on ${day}: supply it (options.baseSalary or options.baseSalaries).`,
  }),
  /** The cell of an entry whose amount is not known. */
  notKnownCell: { vi: 'chưa xác định', en: 'not known' } satisfies Text,
  /** The column of the amount in a list. */
  column: { vi: 'Tiền thưởng (đồng)', en: 'Reward money (đồng)' } satisfies Text,
  /** A list's totals: the known amounts' sum, and how many entries have no known amount. */
  totals: (total: number, counted: number, notKnown: number): Text => {
    const sum = dongText(total);
    if (counted === 0 && notKnown > 0) {
      return {
        vi: `Tổng tiền thưởng: chưa xác định được (${notKnown} đề nghị chưa xác định được mức tiền thưởng).`,
        en: `Reward money in all: not known (${notKnown} without a known amount).`,
      };
    }
    return {
      vi: `Tổng tiền thưởng: ${sum.vi}${notKnown === 0 ? '' : ` (${counted} mức đã biết; ${notKnown} chưa xác định được, không cộng vào tổng)`}.`,
      en: `Reward money in all: ${sum.en}${notKnown === 0 ? '' : ` (${counted} known; ${notKnown} not known, not in the total)`}.`,
    };
  },
} as const;

/** The names of a department's head, as its issuer gives them (English: the Vietnamese names when none). */
export function issuerHeadText(
  vi: { readonly headTitle: string; readonly shortName: string },
  en: { readonly headTitle: string; readonly shortName: string } | undefined,
): Text {
  const head = `${vi.headTitle} ${vi.shortName}`;
  return { vi: head, en: en === undefined ? head : `${en.headTitle} of the ${en.shortName}` };
}
