/**
 * The plan's code lists, each a readonly array in the plan's order,
 * with its literal union type.
 *
 * @module
 */

/**
 * The subject categories of III.1, collectives first (III.1.1), then individuals (III.1.2).
 *
 * @example
 * ```ts
 * import { SUBJECT_CATEGORIES } from 'thi-dua-vi-nguoi-ngheo';
 * SUBJECT_CATEGORIES.includes('worker'); //=> true
 * ```
 */
export const SUBJECT_CATEGORIES = /* @__PURE__ */ Object.freeze([
  'unit',
  'poor-household',
  'near-poor-household',
  'escaped-poverty-household',
  'civil-servant',
  'public-employee',
  'worker',
] as const);

/**
 * Who may be rewarded (III.1): `unit` (phòng, ban, đơn vị), the three household statuses, and
 * the three kinds of individual (công chức, viên chức, người lao động).
 *
 * @example
 * ```ts
 * import type { SubjectCategory } from 'thi-dua-vi-nguoi-ngheo';
 * const category: SubjectCategory = 'near-poor-household';
 * ```
 */
export type SubjectCategory = (typeof SUBJECT_CATEGORIES)[number];

/**
 * The two classes of subject in III.1: `collective` (tập thể) and `individual` (cá nhân).
 *
 * @example
 * ```ts
 * import { SUBJECT_CLASSES } from 'thi-dua-vi-nguoi-ngheo';
 * SUBJECT_CLASSES; //=> ['collective', 'individual']
 * ```
 */
export const SUBJECT_CLASSES = /* @__PURE__ */ Object.freeze(['collective', 'individual'] as const);

/**
 * A subject's class: collective (III.1.1) or individual (III.1.2).
 *
 * @example
 * ```ts
 * import type { SubjectClass } from 'thi-dua-vi-nguoi-ngheo';
 * const subjectClass: SubjectClass = 'collective';
 * ```
 */
export type SubjectClass = (typeof SUBJECT_CLASSES)[number];

/**
 * The reward forms of III.3, from the highest to the Sở's own.
 *
 * @example
 * ```ts
 * import { REWARD_FORMS } from 'thi-dua-vi-nguoi-ngheo';
 * REWARD_FORMS[0]; //=> 'labor-order'
 * ```
 */
export const REWARD_FORMS = /* @__PURE__ */ Object.freeze([
  'labor-order',
  'pm-certificate',
  'provincial-certificate',
  'director-certificate',
] as const);

/**
 * A reward form of III.3: Huân chương Lao động (`labor-order`), Bằng khen của Thủ tướng Chính
 * phủ (`pm-certificate`), Bằng khen của Chủ tịch UBND tỉnh (`provincial-certificate`), Giấy khen
 * của Giám đốc Sở GTVT (`director-certificate`).
 *
 * @example
 * ```ts
 * import type { RewardForm } from 'thi-dua-vi-nguoi-ngheo';
 * const form: RewardForm = 'director-certificate';
 * ```
 */
export type RewardForm = (typeof REWARD_FORMS)[number];

/**
 * The kinds of occasion at which rewards are given (III.3): every year, the preliminary review
 * (sơ kết) and the final review (tổng kết).
 *
 * @example
 * ```ts
 * import { OCCASION_KINDS } from 'thi-dua-vi-nguoi-ngheo';
 * OCCASION_KINDS; //=> ['annual', 'preliminary-review', 'final-review']
 * ```
 */
export const OCCASION_KINDS = /* @__PURE__ */ Object.freeze(['annual', 'preliminary-review', 'final-review'] as const);

/**
 * A kind of occasion (III.3).
 *
 * @example
 * ```ts
 * import type { OccasionKind } from 'thi-dua-vi-nguoi-ngheo';
 * const kind: OccasionKind = 'preliminary-review';
 * ```
 */
export type OccasionKind = (typeof OCCASION_KINDS)[number];

/**
 * The criteria of III.2: three for collectives (III.2.a.1–3) and three for individuals
 * (III.2.b.1–3, the library's split of one sentence, docs/interpretations.md reading 4).
 *
 * @example
 * ```ts
 * import { CRITERION_IDS } from 'thi-dua-vi-nguoi-ngheo';
 * CRITERION_IDS.length; //=> 6
 * ```
 */
export const CRITERION_IDS = /* @__PURE__ */ Object.freeze([
  'III.2.a.1',
  'III.2.a.2',
  'III.2.a.3',
  'III.2.b.1',
  'III.2.b.2',
  'III.2.b.3',
] as const);

/**
 * The id of a criterion of III.2, which is also its clause id.
 *
 * @example
 * ```ts
 * import type { CriterionId } from 'thi-dua-vi-nguoi-ngheo';
 * const id: CriterionId = 'III.2.b.3';
 * ```
 */
export type CriterionId = (typeof CRITERION_IDS)[number];

/**
 * The roles that act in the plan (section IV) and the authorities that decide (law).
 *
 * @example
 * ```ts
 * import { ROLES } from 'thi-dua-vi-nguoi-ngheo';
 * ROLES.includes('director'); //=> true
 * ```
 */
export const ROLES = /* @__PURE__ */ Object.freeze([
  'unit-head',
  'department-office',
  'department-council',
  'director',
  'mass-organization',
  'provincial-council',
  'provincial-chairman',
  'prime-minister',
  'president',
] as const);

/**
 * A role: who proposes (IV.1.2), receives the dossiers (the Office, IV.1.2), compiles (IV.3.1),
 * selects (IV.3.2) and decides (the law).
 *
 * @example
 * ```ts
 * import type { Role } from 'thi-dua-vi-nguoi-ngheo';
 * const role: Role = 'department-council';
 * ```
 */
export type Role = (typeof ROLES)[number];

/**
 * The campaign's milestones (III.5), then the movement's yearly calendar (II.1.a).
 *
 * @example
 * ```ts
 * import { MILESTONE_IDS } from 'thi-dua-vi-nguoi-ngheo';
 * MILESTONE_IDS.slice(0, 4); //=> ['plan-issuance', 'preliminary-review', 'final-review', 'annual-inspection']
 * ```
 */
export const MILESTONE_IDS = /* @__PURE__ */ Object.freeze([
  'plan-issuance',
  'preliminary-review',
  'final-review',
  'annual-inspection',
  'peak-month',
  'day-for-the-poor',
] as const);

/**
 * A milestone of the campaign's timeline (III.5.1–III.5.4), or of the movement's yearly calendar:
 * the peak month "Vì người nghèo" (17 October – 18 November) in which II.1.a asks units to run the
 * campaign, and its first day, "Ngày Vì người nghèo" (17 October).
 *
 * @example
 * ```ts
 * import type { MilestoneId } from 'thi-dua-vi-nguoi-ngheo';
 * const milestone: MilestoneId = 'annual-inspection';
 * ```
 */
export type MilestoneId = (typeof MILESTONE_IDS)[number];

/**
 * The three outcomes, in the order of their strength in a combination (`not-met` wins, then
 * `unknown`, then `met`).
 *
 * @example
 * ```ts
 * import { OUTCOMES } from 'thi-dua-vi-nguoi-ngheo';
 * OUTCOMES; //=> ['met', 'not-met', 'unknown']
 * ```
 */
export const OUTCOMES = /* @__PURE__ */ Object.freeze(['met', 'not-met', 'unknown'] as const);

/**
 * The two languages, Vietnamese first.
 *
 * @example
 * ```ts
 * import { LANGS } from 'thi-dua-vi-nguoi-ngheo';
 * LANGS; //=> ['vi', 'en']
 * ```
 */
export const LANGS = /* @__PURE__ */ Object.freeze(['vi', 'en'] as const);

/**
 * The classes of the poverty standard, from the poorest (Nghị định 07/2021/NĐ-CP): what
 * `classifyHousehold` of `./poverty` returns.
 *
 * @example
 * ```ts
 * import { HOUSEHOLD_CLASSES } from 'thi-dua-vi-nguoi-ngheo';
 * HOUSEHOLD_CLASSES[0]; //=> 'poor'
 * ```
 */
export const HOUSEHOLD_CLASSES = /* @__PURE__ */ Object.freeze(['poor', 'near-poor', 'average-living-standard', 'above-average'] as const);

/**
 * A household's class under the poverty standard.
 *
 * @example
 * ```ts
 * import type { HouseholdClass } from 'thi-dua-vi-nguoi-ngheo';
 * const c: HouseholdClass = 'near-poor';
 * ```
 */
export type HouseholdClass = (typeof HOUSEHOLD_CLASSES)[number];

/**
 * The classes of the Huân chương Lao động (hạng Nhất, Nhì, Ba). The plan names no class; a
 * Labour Order's reward money depends on it (docs/law.md "Reward money").
 *
 * @example
 * ```ts
 * import { LABOR_ORDER_CLASSES } from 'thi-dua-vi-nguoi-ngheo';
 * LABOR_ORDER_CLASSES; //=> ['first', 'second', 'third']
 * ```
 */
export const LABOR_ORDER_CLASSES = /* @__PURE__ */ Object.freeze(['first', 'second', 'third'] as const);

/**
 * A class of the Huân chương Lao động: `first` (hạng Nhất), `second` (hạng Nhì), `third` (hạng Ba).
 *
 * @example
 * ```ts
 * import type { LaborOrderClass } from 'thi-dua-vi-nguoi-ngheo';
 * const c: LaborOrderClass = 'third';
 * ```
 */
export type LaborOrderClass = (typeof LABOR_ORDER_CLASSES)[number];

/**
 * The ids of the three legal regimes (docs/law.md "The legal regime by date"): the 2003 law with
 * Nghị định 91/2017 (to 2023-12-31), the 2022 law with Nghị định 98/2023 (2024-01-01 …
 * 2025-06-30), the 2022 law with Nghị định 152/2025 (from 2025-07-01).
 *
 * @example
 * ```ts
 * import { LEGAL_REGIME_IDS } from 'thi-dua-vi-nguoi-ngheo';
 * LEGAL_REGIME_IDS; //=> ['law-2003', 'law-2022-decree-98', 'law-2022-decree-152']
 * ```
 */
export const LEGAL_REGIME_IDS = /* @__PURE__ */ Object.freeze(['law-2003', 'law-2022-decree-98', 'law-2022-decree-152'] as const);

/**
 * A regime's id.
 *
 * @example
 * ```ts
 * import type { LegalRegimeId } from 'thi-dua-vi-nguoi-ngheo';
 * const id: LegalRegimeId = 'law-2003';
 * ```
 */
export type LegalRegimeId = (typeof LEGAL_REGIME_IDS)[number];
