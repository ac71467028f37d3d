/**
 * An activity of the movement as data: what a unit, one of its people or a mass organisation did
 * for the poor (sections II and IV.4), when, under which clause, and the figures it reached.
 * Data from outside goes through `parseActivity` / `parseActivities` first.
 *
 * @module
 */
import type { CivilDate } from './types.js';

/**
 * Who carried out an activity: the id of a subject (a unit, a person) or of a mass organisation,
 * as the caller's system identifies it — the same ids as `Subject.id`.
 *
 * @example
 * ```ts
 * import type { ActivityActor } from 'thi-dua-vi-nguoi-ngheo/activities';
 * const by: ActivityActor = { subjectId: 'doan-qldb-1' };
 * ```
 */
export type ActivityActor = {
  /** The id of the unit, person or organisation that carried the activity out. Non-blank. */
  subjectId: string;
};

/**
 * What every kind of activity has.
 *
 * @example
 * ```ts
 * import type { ActivityCommon } from 'thi-dua-vi-nguoi-ngheo/activities';
 * const common: ActivityCommon = {
 *   id: 'HD-2023-014',
 *   by: { subjectId: 'ban-qlda' },
 *   on: '2023-10-17',
 *   description: 'Ủng hộ Quỹ Vì người nghèo tỉnh nhân Ngày Vì người nghèo',
 * };
 * ```
 */
export type ActivityCommon = {
  /** A non-blank identifier, unique in the caller's register (`parseActivities` refuses a repeat). */
  id: string;
  /** Who carried it out. */
  by: ActivityActor;
  /** The Vietnamese day it took place (or began), `YYYY-MM-DD`, inside the plan's period 2021–2025. */
  on: CivilDate;
  /** What was done, as a clerk writes it in a report. Non-blank, at most 2000 characters. */
  description: string;
  /** The papers that prove it (receipts, the number of a decision, a link to the portal item). */
  documents?: readonly string[];
};

/**
 * A contribution to the Fund for the Poor or to the national target programme (II.1.a, IV.4): the
 * amount is required.
 *
 * @example
 * ```ts
 * import type { FundContribution } from 'thi-dua-vi-nguoi-ngheo/activities';
 * const a: FundContribution = {
 *   id: 'HD-1', kind: 'fund-contribution', clause: 'IV.4', by: { subjectId: 'cong-doan-so' },
 *   on: '2023-10-17', amount: 24_500_000, contributors: 98, description: 'Một ngày lương ủng hộ Quỹ Vì người nghèo',
 * };
 * ```
 */
export type FundContribution = ActivityCommon & {
  /** The kind. */
  kind: 'fund-contribution';
  /** II.1.a (the national programme, the peak month) or IV.4 (the mass organisations). */
  clause: 'II.1.a' | 'IV.4';
  /** The money contributed, in whole đồng. */
  amount: number;
  /** How many people contributed, when known. */
  contributors?: number;
};

/**
 * Help given to poor households or areas of special difficulty (II.1.c): the households reached
 * are required.
 *
 * @example
 * ```ts
 * import type { HouseholdSupport } from 'thi-dua-vi-nguoi-ngheo/activities';
 * const a: HouseholdSupport = {
 *   id: 'HD-2', kind: 'household-support', clause: 'II.1.c', by: { subjectId: 'doan-qldb-1' },
 *   on: '2024-03-12', households: 2, description: 'Hỗ trợ ngày công làm nhà cho 2 hộ nghèo',
 * };
 * ```
 */
export type HouseholdSupport = ActivityCommon & {
  /** The kind. */
  kind: 'household-support';
  /** II.1.c. */
  clause: 'II.1.c';
  /** The households helped. */
  households: number;
  /** The value of the help in whole đồng, when known. */
  amount?: number;
  /** The people reached, when known. */
  people?: number;
};

/**
 * Gifts to, or visits of, poor households and pupils in difficulty (IV.4).
 *
 * @example
 * ```ts
 * import type { GiftOrVisit } from 'thi-dua-vi-nguoi-ngheo/activities';
 * const a: GiftOrVisit = {
 *   id: 'HD-3', kind: 'gift-or-visit', clause: 'IV.4', by: { subjectId: 'doan-thanh-nien-so' },
 *   on: '2024-09-03', people: 40, description: 'Tặng quà năm học mới cho học sinh có hoàn cảnh khó khăn',
 * };
 * ```
 */
export type GiftOrVisit = ActivityCommon & {
  /** The kind. */
  kind: 'gift-or-visit';
  /** IV.4. */
  clause: 'IV.4';
  /** The value of the gifts in whole đồng, when known. */
  amount?: number;
  /** The households visited or given gifts, when known. */
  households?: number;
  /** The people (pupils, household members) visited or given gifts, when known. */
  people?: number;
};

/**
 * A form of help or a production model with poor, near-poor and newly escaped households
 * (II.1.d; II.1.c for the forms and solutions that support the poor to work and produce).
 *
 * @example
 * ```ts
 * import type { SupportModel } from 'thi-dua-vi-nguoi-ngheo/activities';
 * const a: SupportModel = {
 *   id: 'HD-4', kind: 'support-model', clause: 'II.1.d', by: { subjectId: 'ban-qlda' },
 *   on: '2023-04-20', households: 12, description: 'Mô hình nuôi bò sinh sản cho hộ nghèo xã Đức Hạnh',
 * };
 * ```
 */
export type SupportModel = ActivityCommon & {
  /** The kind. */
  kind: 'support-model';
  /** II.1.d, or II.1.c. */
  clause: 'II.1.d' | 'II.1.c';
  /** The money put into the model in whole đồng, when known. */
  amount?: number;
  /** The households taking part, when known. */
  households?: number;
  /** The people taking part or trained, when known. */
  people?: number;
};

/**
 * A news item, article or document posted on the Department's portal or website, spreading good
 * examples (II.2.c, IV.2). It records no figure.
 *
 * @example
 * ```ts
 * import type { Publication } from 'thi-dua-vi-nguoi-ngheo/activities';
 * const a: Publication = {
 *   id: 'HD-5', kind: 'publication', clause: 'II.2.c', by: { subjectId: 'van-phong-so' },
 *   on: '2023-11-02', description: 'Tin bài “Đoạn Quản lý đường bộ I chung tay vì người nghèo”',
 * };
 * ```
 */
export type Publication = ActivityCommon & {
  /** The kind. */
  kind: 'publication';
  /** II.2.c (the portal and website) or IV.2 (the Office's information work). */
  clause: 'II.2.c' | 'IV.2';
};

/**
 * One activity of the movement: a union on `kind`, each kind with the figures it records and the
 * clauses it may cite (`ACTIVITY_KIND_FIGURES`, `ACTIVITY_KIND_CLAUSES`).
 *
 * @example
 * ```ts
 * import type { Activity } from 'thi-dua-vi-nguoi-ngheo/activities';
 * const activity: Activity = {
 *   id: 'HD-2023-014', kind: 'fund-contribution', clause: 'II.1.a', by: { subjectId: 'ban-qlda' },
 *   on: '2023-10-17', amount: 5_000_000, description: 'Ủng hộ Quỹ Vì người nghèo tỉnh',
 * };
 * ```
 */
export type Activity = FundContribution | HouseholdSupport | GiftOrVisit | SupportModel | Publication;
