/**
 * The texts of the legal findings, in both languages.
 *
 * @module
 */
import type { Text } from '../core/types.js';

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
