/**
 * The texts of the guidance's findings and of dossier checks, in both languages.
 *
 * @module
 */
import type { Outcome, Text } from '../core/types.js';
import { OUTCOME_PHRASE } from './findings.js';

/** Findings worded from a guidance. */
export const GUIDANCE_TEXT = {
  criterion: (number: string, item: string, label: Text, outcome: Outcome): Text => ({
    vi: `Hướng dẫn số ${number}, ${item}: tiêu chí «${label.vi}»: ${OUTCOME_PHRASE[outcome].vi}.`,
    en: `Guidance ${number}, ${item}: criterion “${label.en}”: ${OUTCOME_PHRASE[outcome].en}.`,
  }),
  householdStandards: (numbers: string, category: Text): Text => ({
    vi: `III.4: tiêu chuẩn đối với ${category.vi.toLowerCase()} theo Hướng dẫn số ${numbers}.`,
    en: `III.4: the standards for a ${category.en.toLowerCase()} follow guidance ${numbers}.`,
  }),
  quota: (number: string, item: string, unit: string, form: Text, count: number, max: string): Text => ({
    vi: `Hướng dẫn số ${number}, ${item}: đơn vị ${unit} đề nghị ${count} ${form.vi}, vượt hạn mức ${max}.`,
    en: `Guidance ${number}, ${item}: unit ${unit} proposes ${count} × ${form.en}, over the quota of ${max}.`,
  }),
} satisfies Record<string, (...args: never[]) => Text>;

/** Messages of dossier checks. */
export const DOSSIER_TEXT = {
  notRequired: (): Text => ({
    vi: 'Không có yêu cầu hồ sơ nào được áp dụng (không có hướng dẫn về hồ sơ, không chọn hồ sơ mặc định của luật).',
    en: 'No dossier requirement applies (no guidance dossier, and the law’s default was not asked for).',
  }),
  complete: (): Text => ({ vi: 'Hồ sơ đủ thành phần.', en: 'The dossier is complete.' }),
  incomplete: (missing: readonly Text[]): Text => ({
    vi: `Hồ sơ còn thiếu: ${missing.map((m) => m.vi).join('; ')}.`,
    en: `The dossier lacks: ${missing.map((m) => m.en).join('; ')}.`,
  }),
} satisfies Record<string, (...args: never[]) => Text>;
