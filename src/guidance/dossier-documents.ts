/**
 * The documents of a commendation dossier (hồ sơ) that the library knows by code, and the law's
 * default dossier by regime (docs/law.md "Dossiers", secondary).
 *
 * @module
 */
import type { LegalRegimeId, SubjectCategory, SubjectClass } from '../core/codes.js';
import type { Text } from '../core/types.js';
import { deepFreeze } from '../core/freeze.js';

/**
 * The documents of the law's dossier (Luật 2022 Điều 84 khoản 2, secondary): `submission` (tờ
 * trình đề nghị), `achievement-report` (báo cáo thành tích, Mẫu 02 for a collective, Mẫu 03 for an
 * individual — Nghị định 98/2023 Phụ lục I), `review-minutes` (biên bản xét khen thưởng),
 * `certification` (xác nhận of a competent agency, where the achievement needs one).
 *
 * @example
 * ```ts
 * import { DOSSIER_DOCUMENTS } from 'thi-dua-vi-nguoi-ngheo';
 * DOSSIER_DOCUMENTS; //=> ['submission', 'achievement-report', 'review-minutes', 'certification']
 * ```
 */
export const DOSSIER_DOCUMENTS = /* @__PURE__ */ Object.freeze([
  'submission',
  'achievement-report',
  'review-minutes',
  'certification',
] as const);

/**
 * A document the library knows by code.
 *
 * @example
 * ```ts
 * import type { DossierDocument } from 'thi-dua-vi-nguoi-ngheo';
 * const d: DossierDocument = 'achievement-report';
 * ```
 */
export type DossierDocument = (typeof DOSSIER_DOCUMENTS)[number];

/**
 * One required document: its id (a {@link DossierDocument} or a guidance's own id), its name,
 * what it cites, and whom it applies to — subject classes and/or categories (absent: everyone).
 *
 * @example
 * ```ts
 * import type { DossierRequirement } from 'thi-dua-vi-nguoi-ngheo';
 * const r: DossierRequirement = {
 *   id: 'submission',
 *   label: { vi: 'Tờ trình đề nghị khen thưởng', en: 'Submission proposing the reward' },
 *   cites: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 84 khoản 2 điểm a',
 * };
 * ```
 */
export type DossierRequirement = {
  /** The document's id: a `DossierDocument`, or a guidance's own id; matched against `Nomination.documents`. */
  readonly id: string;
  /** The document's name, in both languages. */
  readonly label: Text;
  /** The text that requires it, e.g. 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 84 khoản 2'. */
  readonly cites: string;
  /** The subject classes it is required of (collective, individual); absent: every class. */
  readonly classes?: readonly SubjectClass[];
  /** The subject categories it is required of; absent: every category. */
  readonly categories?: readonly SubjectCategory[];
};

const ART_84 = 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 84 khoản 2';
const ND91_ANNEX = 'Nghị định 91/2017/NĐ-CP, Phụ lục';
/** A province's procedure for a thematic Bằng khen (confirmed practice; not dated). */
const PROVINCIAL_PROCEDURE = 'Thủ tục "Bằng khen của Chủ tịch UBND tỉnh theo chuyên đề" của một tỉnh (thực tiễn)';
/** That a household's report is made by the household: one province's old-regime procedure, not the law. */
const HOUSEHOLD_PRACTICE = 'Thủ tục khen thưởng của một tỉnh theo chế độ cũ (thực tiễn, nguồn thứ cấp)';
const HOUSEHOLDS: readonly SubjectCategory[] = ['poor-household', 'near-poor-household', 'escaped-poverty-household'];

const SUBMISSION_LABEL: Text = { vi: 'Tờ trình đề nghị xét tặng hình thức khen thưởng', en: 'Submission proposing the reward form' };
const MINUTES_LABEL: Text = { vi: 'Biên bản xét khen thưởng', en: 'Minutes of the reward review' };
const HOUSEHOLD_REPORT: Text = {
  vi: 'Báo cáo thành tích của hộ gia đình (do hộ gia đình lập)',
  en: "The household's achievement report (made by the household)",
};

/**
 * The law's default dossier in each regime, as data the caller can replace (secondary): tờ trình,
 * báo cáo thành tích, biên bản xét khen thưởng. The achievement report follows the regime:
 * Nghị định 91/2017's Mẫu số 07 (the report for commendation by campaign or theme — this movement)
 * before 2024, with the household's report on Mẫu số 8 as one province's procedure had it;
 * Nghị định 98/2023 Phụ lục I's Mẫu 02 for a unit and Mẫu 03 for an individual from 2024-01-01 to
 * 2025-06-30; from 2025-07-01 the templates of Nghị định 152/2025 were not found, so the report is
 * named generically. A household's report is made by the household: one province's practice
 * (secondary), not Luật 2022 Điều 84 khoản 2 điểm b, which speaks of individuals and collectives.
 * Certifications (point d) are needed only where the achievement needs them, which the library
 * cannot tell: they are not in the default; a guidance may require them. Deeply frozen.
 *
 * @example
 * ```ts
 * import { LAW_DEFAULT_DOSSIERS } from 'thi-dua-vi-nguoi-ngheo';
 * LAW_DEFAULT_DOSSIERS['law-2003'][1]?.label.vi;
 * //=> 'Báo cáo thành tích theo đợt thi đua hoặc chuyên đề (Mẫu số 07)'
 * ```
 */
export const LAW_DEFAULT_DOSSIERS: { readonly [R in LegalRegimeId]: readonly DossierRequirement[] } = /* @__PURE__ */ (() =>
  deepFreeze({
    'law-2003': [
      { id: 'submission', label: SUBMISSION_LABEL, cites: PROVINCIAL_PROCEDURE },
      {
        id: 'achievement-report',
        label: {
          vi: 'Báo cáo thành tích theo đợt thi đua hoặc chuyên đề (Mẫu số 07)',
          en: 'Achievement report for a campaign or thematic commendation (Form 07)',
        },
        cites: `${ND91_ANNEX}, Mẫu số 07`,
        categories: ['unit', 'civil-servant', 'public-employee', 'worker'],
      },
      {
        id: 'achievement-report',
        label: {
          vi: 'Báo cáo thành tích của hộ gia đình (do hộ gia đình lập, Mẫu số 8)',
          en: "The household's achievement report (made by the household, Form 8)",
        },
        cites: HOUSEHOLD_PRACTICE,
        categories: HOUSEHOLDS,
      },
      { id: 'review-minutes', label: MINUTES_LABEL, cites: PROVINCIAL_PROCEDURE },
    ],
    'law-2022-decree-98': [
      { id: 'submission', label: SUBMISSION_LABEL, cites: `${ART_84} điểm a` },
      {
        id: 'achievement-report',
        label: { vi: 'Báo cáo thành tích của tập thể (Mẫu số 02)', en: "The collective's achievement report (Form 02)" },
        cites: `${ART_84} điểm b; Nghị định 98/2023/NĐ-CP, Phụ lục I, Mẫu số 02`,
        categories: ['unit'],
      },
      {
        id: 'achievement-report',
        label: { vi: 'Báo cáo thành tích của cá nhân (Mẫu số 03)', en: "The individual's achievement report (Form 03)" },
        cites: `${ART_84} điểm b; Nghị định 98/2023/NĐ-CP, Phụ lục I, Mẫu số 03`,
        classes: ['individual'],
      },
      { id: 'achievement-report', label: HOUSEHOLD_REPORT, cites: HOUSEHOLD_PRACTICE, categories: HOUSEHOLDS },
      { id: 'review-minutes', label: MINUTES_LABEL, cites: `${ART_84} điểm c` },
    ],
    'law-2022-decree-152': [
      { id: 'submission', label: SUBMISSION_LABEL, cites: `${ART_84} điểm a` },
      {
        id: 'achievement-report',
        label: { vi: 'Báo cáo thành tích của tập thể', en: "The collective's achievement report" },
        cites: `${ART_84} điểm b (mẫu của Nghị định 152/2025/NĐ-CP: chưa tìm thấy)`,
        categories: ['unit'],
      },
      {
        id: 'achievement-report',
        label: { vi: 'Báo cáo thành tích của cá nhân', en: "The individual's achievement report" },
        cites: `${ART_84} điểm b (mẫu của Nghị định 152/2025/NĐ-CP: chưa tìm thấy)`,
        classes: ['individual'],
      },
      { id: 'achievement-report', label: HOUSEHOLD_REPORT, cites: HOUSEHOLD_PRACTICE, categories: HOUSEHOLDS },
      { id: 'review-minutes', label: MINUTES_LABEL, cites: `${ART_84} điểm c` },
    ],
  } satisfies { readonly [R in LegalRegimeId]: readonly DossierRequirement[] }))();

/**
 * The law's default dossier when no regime is given: that of the latest regime (the law as it
 * stands, `law-2022-decree-152`), whose documents are named without a template. Pass
 * `options.legal` to get the dossier of the decision's regime ({@link LAW_DEFAULT_DOSSIERS}).
 *
 * @example
 * ```ts
 * import { LAW_DEFAULT_DOSSIER } from 'thi-dua-vi-nguoi-ngheo';
 * LAW_DEFAULT_DOSSIER.map((r) => r.id);
 * //=> ['submission', 'achievement-report', 'achievement-report', 'achievement-report', 'review-minutes']
 * ```
 */
export const LAW_DEFAULT_DOSSIER: readonly DossierRequirement[] = /* @__PURE__ */ (() => LAW_DEFAULT_DOSSIERS['law-2022-decree-152'])();
