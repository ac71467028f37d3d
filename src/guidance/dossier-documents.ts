/**
 * The documents of a commendation dossier (hồ sơ) that the library knows by code, and the law's
 * default dossier (LAW.md "Dossier", secondary).
 *
 * @module
 */
import type { SubjectCategory, SubjectClass } from '../core/codes.js';
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
export const DOSSIER_DOCUMENTS = ['submission', 'achievement-report', 'review-minutes', 'certification'] as const;

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
  readonly id: string;
  readonly label: Text;
  readonly cites: string;
  readonly classes?: readonly SubjectClass[];
  readonly categories?: readonly SubjectCategory[];
};

const ART_84 = 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 84 khoản 2';

/**
 * The law's default dossier under Luật 2022, as data the caller can replace (secondary): tờ trình,
 * báo cáo thành tích (Mẫu 02 for a unit, Mẫu 03 for an individual, the household's own report
 * for a household — LAW.md names no form for it), biên bản xét khen thưởng. Certifications
 * (point d) are needed only where the achievement needs them, which the library cannot tell: they
 * are not in the default; a guidance may require them.
 *
 * @example
 * ```ts
 * import { LAW_DEFAULT_DOSSIER } from 'thi-dua-vi-nguoi-ngheo';
 * LAW_DEFAULT_DOSSIER.map((r) => r.id);
 * //=> ['submission', 'achievement-report', 'achievement-report', 'achievement-report', 'review-minutes']
 * ```
 */
export const LAW_DEFAULT_DOSSIER: readonly DossierRequirement[] = /* @__PURE__ */ (() =>
  deepFreeze([
    {
      id: 'submission',
      label: { vi: 'Tờ trình đề nghị xét tặng hình thức khen thưởng', en: 'Submission proposing the reward form' },
      cites: `${ART_84} điểm a`,
    },
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
    {
      // LAW.md names no form for a household; its report is made by the household.
      id: 'achievement-report',
      label: { vi: 'Báo cáo thành tích của hộ gia đình (do hộ gia đình lập)', en: "The household's achievement report (made by the household)" },
      cites: `${ART_84} điểm b`,
      categories: ['poor-household', 'near-poor-household', 'escaped-poverty-household'],
    },
    {
      id: 'review-minutes',
      label: { vi: 'Biên bản xét khen thưởng', en: 'Minutes of the reward review' },
      cites: `${ART_84} điểm c`,
    },
  ]))();
