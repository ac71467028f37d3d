/**
 * An EXAMPLE of the annual guidance of Sở Nội vụ (III.4), for tests and demonstrations. It is
 * not law: its number, items, criteria, quotas and dossier are invented to show the shape.
 *
 * @module
 */
import type { Guidance } from '../guidance/guidance.js';
import { deepFreeze } from '../core/freeze.js';

/**
 * An example guidance — NOT LAW: invented for tests — for the 2024 annual reward and the 2025
 * final review. It gives households criteria of their own (docs/interpretations.md reading 2), adds one for
 * units for the provincial Bằng khen, caps the provincial Bằng khen at 2 per unit, and requires
 * a dossier like the law's plus a commune's confirmation for households.
 *
 * @example
 * ```ts
 * import { evaluateNomination } from 'thi-dua-vi-nguoi-ngheo';
 * import { exampleGuidance, makeNomination, makeSubject } from 'thi-dua-vi-nguoi-ngheo/testing';
 * const household = makeNomination({
 *   subject: makeSubject({ category: 'escaped-poverty-household', name: 'Hộ ông Lý Văn Páo' }),
 *   assessment: { 'VD-HO.1': 'met', 'VD-HO.2': 'met' } as never,
 * });
 * evaluateNomination(household).outcome; //=> 'unknown' (no guidance: III.4)
 * evaluateNomination(household, { guidance: exampleGuidance }).outcome; //=> 'met'
 * ```
 */
export const exampleGuidance: Guidance = /* @__PURE__ */ (() =>
  deepFreeze({
    issuer: {
      vi: 'Sở Nội vụ tỉnh Cao Bằng (Ban Thi đua - Khen thưởng)',
      en: 'Department of Home Affairs of Cao Bằng (Emulation and Reward Board)',
    },
    number: 'VÍ-DỤ/HD-SNV',
    date: '2024-01-15',
    occasions: [
      { kind: 'annual', year: 2024 },
      { kind: 'final-review', year: 2025 },
    ],
    criteria: [
      {
        id: 'VD-HO.1',
        label: { vi: 'Tự lực vươn lên, có mô hình sinh kế hiệu quả', en: 'Rose by its own effort, with an effective livelihood model' },
        item: 'mục 1.1',
        categories: ['poor-household', 'near-poor-household', 'escaped-poverty-household'],
      },
      {
        id: 'VD-HO.2',
        label: { vi: 'Chấp hành tốt chủ trương, chính sách, pháp luật', en: 'Abides by the policies and the law' },
        item: 'mục 1.2',
        categories: ['poor-household', 'near-poor-household', 'escaped-poverty-household'],
      },
      {
        id: 'VD-TT.1',
        label: { vi: 'Có mô hình giúp đỡ hộ nghèo được nhân rộng', en: 'Has a model of help for poor households that was replicated' },
        item: 'mục 2.1',
        categories: ['unit'],
        forms: ['provincial-certificate'],
      },
    ],
    quotas: [{ form: 'provincial-certificate', maxCount: 2, item: 'mục 3' }],
    dossier: {
      documents: [
        { id: 'submission', label: { vi: 'Tờ trình đề nghị khen thưởng', en: 'Submission proposing the reward' }, cites: 'mục 4 a' },
        { id: 'achievement-report', label: { vi: 'Báo cáo thành tích', en: 'Achievement report' }, cites: 'mục 4 b' },
        { id: 'review-minutes', label: { vi: 'Biên bản họp xét khen thưởng', en: 'Minutes of the reward review' }, cites: 'mục 4 c' },
        {
          id: 'commune-confirmation',
          label: { vi: 'Xác nhận của Ủy ban nhân dân xã', en: "The commune People's Committee's confirmation" },
          cites: 'mục 4 d',
          categories: ['poor-household', 'near-poor-household', 'escaped-poverty-household'],
        },
      ],
    },
    note: 'VÍ DỤ — không phải văn bản pháp luật / EXAMPLE — not law',
  }))();
