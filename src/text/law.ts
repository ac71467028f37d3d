/**
 * The texts of the legal findings, in both languages.
 *
 * @module
 */
import type { LaborOrderClass, RewardForm } from '../core/codes.js';
import type { CivilDate, Text } from '../core/types.js';
import { FORM_NAMES } from '../plan/names.js';

/** The findings and conflicts worded from the legal regime. */
export const LAW_TEXT = {
  decidedBy: (authority: Text, ref: string, confidence: string): Text => ({
    vi: `${ref}: thẩm quyền quyết định là ${authority.vi}${confidence === 'secondary' ? ' (nguồn thứ cấp)' : ''}.`,
    en: `${ref}: decided by the ${authority.en}${confidence === 'secondary' ? ' (secondary source)' : ''}.`,
  }),
  oneAchievementRefused: (achievementId: string, others: Text, ref: string): Text => ({
    vi: `${ref}: không khen thưởng nhiều lần, nhiều hình thức cho một thành tích; thành tích "${achievementId}" đã có ${others.vi}.`,
    en: `${ref}: one achievement is rewarded once, with one form; achievement "${achievementId}" already has ${others.en}.`,
  }),
  oneAchievementWarned: (achievementId: string, others: Text, ref: string): Text => ({
    vi: `${ref} (cảnh báo): luật năm 2003 không cấm rõ khen nhiều hình thức cho một thành tích, nhưng thành tích "${achievementId}" đã có ${others.vi}.`,
    en: `${ref} (warning): the 2003 law has no explicit ban on several forms for one achievement, but achievement "${achievementId}" already has ${others.en}.`,
  }),
  conflict: (achievementId: string, count: number): Text => ({
    vi: `Thành tích "${achievementId}" có ${count} đề nghị khen thưởng.`,
    en: `Achievement "${achievementId}" has ${count} nominations.`,
  }),
} satisfies Record<string, (...args: never[]) => Text>;

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

/** An amount of đồng as each language writes it: 5.220.000 đồng / 5,220,000 đồng. */
export function dongText(amount: number): Text {
  return { vi: `${amount.toLocaleString('vi-VN')} đồng`, en: `${amount.toLocaleString('en-US')} đồng` };
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
  /** The column of the amount in a list. */
  column: { vi: 'Tiền thưởng (đồng)', en: 'Reward money (đồng)' } satisfies Text,
  /** A list's totals: the known amounts' sum, and how many entries have no known amount. */
  totals: (total: number, counted: number, notKnown: number): Text => {
    const sum = dongText(total);
    return {
      vi: `Tổng tiền thưởng: ${sum.vi} (${counted} mức đã biết${notKnown === 0 ? '' : `; ${notKnown} chưa xác định được, không cộng vào tổng`}).`,
      en: `Reward money in all: ${sum.en} (${counted} known${notKnown === 0 ? '' : `; ${notKnown} not known, not in the total`}).`,
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
