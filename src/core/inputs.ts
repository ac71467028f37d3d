/**
 * The inputs the evaluators take (docs/getting-started.md). Data from outside goes through
 * {@link parseSubject} / {@link parseNomination} first.
 *
 * @module
 */
import type { CriterionId, HouseholdClass, LaborOrderClass, OccasionKind, RewardForm, SubjectCategory } from './codes.js';
import type { Outcome } from './types.js';

/**
 * Someone or something that may be rewarded (III.1).
 *
 * @example
 * ```ts
 * import type { Subject } from 'thi-dua-vi-nguoi-ngheo';
 * const subject: Subject = {
 *   id: 'cc-042',
 *   name: 'Nông Thị Hoa',
 *   category: 'civil-servant',
 *   contributesToPovertyReduction: true,
 * };
 * ```
 */
export type Subject = {
  /** A non-empty identifier, unique in the caller's system. */
  id: string;
  /** The subject's name: a unit, a household head's name, a person. Non-empty. */
  name: string;
  /** Which kind of subject of III.1 this is. For a household, its status on the official list. */
  category: SubjectCategory;
  /**
   * The III.1 condition for units and individuals: "có đóng góp vì mục tiêu giảm nghèo của
   * tỉnh". Missing means unknown. Ignored for households (docs/interpretations.md reading 3).
   */
  contributesToPovertyReduction?: boolean;
  /**
   * For a household: the official list it is on (docs/interpretations.md reading 3) — the commune, the year of
   * the review and the decision recognising it. Kept with the subject; the library does not check it.
   * On a unit or an individual the parsers refuse it (`field_not_applicable`).
   */
  officialList?: {
    /** The commune (xã, phường, thị trấn) whose list it is. */
    commune: string;
    /** The year of the review (rà soát) that made the list. */
    year: number;
    /** The decision recognising the list, as the caller identifies it (number and date). */
    decision: string;
  };
  /**
   * For a household: a classification the caller computed (e.g. with `classifyHousehold` of
   * `./poverty`). The official status still decides; a classification that disagrees with the
   * category adds a warning. On a unit or an individual the parsers refuse it (`field_not_applicable`).
   */
  householdClass?: HouseholdClass;
  /**
   * What the papers print about the subject (the council's list, the decision's annex, the
   * achievement report): an individual's position, workplace, gender and year of birth; a
   * collective's superior body (`parent`). Optional; the evaluators ignore it. A field of the other
   * class (`parent` on an individual, the others on a collective) is refused (`field_not_applicable`).
   */
  profile?: SubjectProfile;
};

/**
 * A subject's details as the papers print them. Every field is optional.
 *
 * @example
 * ```ts
 * import type { SubjectProfile } from 'thi-dua-vi-nguoi-ngheo';
 * const profile: SubjectProfile = { position: 'Chuyên viên', workplace: 'Phòng Kế hoạch - Tài chính', gender: 'male', birthYear: 1980 };
 * ```
 */
export type SubjectProfile = {
  /** An individual's position (chức vụ), e.g. 'Trưởng phòng'. */
  position?: string;
  /** An individual's workplace (đơn vị công tác), e.g. 'Phòng Kế hoạch - Tài chính'. */
  workplace?: string;
  /** An individual's gender, as the achievement report prints it. */
  gender?: 'male' | 'female';
  /** An individual's year of birth (four digits). */
  birthYear?: number;
  /** A collective's superior body (đơn vị cấp trên), e.g. 'Sở Giao thông vận tải tỉnh Cao Bằng'. */
  parent?: string;
};

/**
 * An assessment of the III.2 criteria: each entry `met`, `not-met` or `unknown`; a missing entry
 * is `unknown`, never `met`.
 *
 * @example
 * ```ts
 * import type { Assessment } from 'thi-dua-vi-nguoi-ngheo';
 * const assessment: Assessment = { 'III.2.b.1': 'met', 'III.2.b.3': 'not-met' };
 * ```
 */
export type Assessment = Partial<Record<CriterionId, Outcome>>;

/**
 * An occasion at which rewards are given (III.3): a kind and the year it falls in.
 *
 * @example
 * ```ts
 * import type { Occasion } from 'thi-dua-vi-nguoi-ngheo';
 * const occasion: Occasion = { kind: 'preliminary-review', year: 2023 };
 * ```
 */
export type Occasion = {
  /** Which occasion of III.3: the annual reward, the preliminary review (sơ kết) or the final review (tổng kết). */
  kind: OccasionKind;
  /** The year the occasion falls in; the plan's are 2022–2025 (docs/interpretations.md reading 1). */
  year: number;
};

/**
 * A proposal to reward one subject with one form at one occasion, with the assessment of its
 * criteria.
 *
 * @example
 * ```ts
 * import type { Nomination } from 'thi-dua-vi-nguoi-ngheo';
 * const nomination: Nomination = {
 *   id: 'n-2024-001',
 *   subject: { id: 'u-vt', name: 'Phòng Quản lý vận tải', category: 'unit', contributesToPovertyReduction: true },
 *   form: 'director-certificate',
 *   occasion: { kind: 'annual', year: 2024 },
 *   assessment: { 'III.2.a.1': 'met', 'III.2.a.2': 'met', 'III.2.a.3': 'met' },
 *   proposingUnit: 'u-vt',
 * };
 * ```
 */
export type Nomination = {
  /** A non-empty identifier, unique in the caller's system. */
  id: string;
  /** Who is proposed (III.1). */
  subject: Subject;
  /** The reward form proposed (III.3). */
  form: RewardForm;
  /** The occasion it is proposed for (III.3). */
  occasion: Occasion;
  /** The assessment of the subject's III.2 criteria; an entry left out is `unknown`. */
  assessment: Assessment;
  /**
   * The unit (phòng, ban, đơn vị) whose head proposes the nomination (IV.1.2), as the caller
   * identifies it. Optional; the council's list groups by it.
   */
  proposingUnit?: string;
  /**
   * The achievement (thành tích) the nomination rewards, as the caller identifies it. Under the
   * 2022 law one achievement gets one form, once (Điều 5 khoản 2): nominations naming the same
   * achievement are checked by `findConflicts` and, with `options.awarded`, by the evaluator.
   */
  achievementId?: string;
  /**
   * The documents of the dossier the nomination carries (`submission`, `achievement-report`,
   * `review-minutes`, `certification`, or a guidance's own ids), checked by `checkDossier`.
   */
  documents?: string[];
  /**
   * For a `labor-order` nomination: the class proposed (hạng Nhất, Nhì, Ba), which the plan does
   * not name and the reward money depends on (`rewardAmountOf`). Optional; ignored for other forms.
   */
  laborOrderClass?: LaborOrderClass;
  /**
   * The activities of the movement that support each criterion (criterion id → activity ids), for
   * `checkEvidence` of `./activities` and the achievement report. Evidence never makes a criterion
   * `met`: the assessment stays the council's judgement (docs/activities.md).
   */
  evidence?: Evidence;
};

/**
 * The activities that support each criterion of a nomination: a criterion id of III.2 (or of the
 * annual guidance, when it is given to `parseNomination`) → the ids of activities of the movement
 * (`./activities`). Unknown criterion ids are refused at the boundary.
 *
 * @example
 * ```ts
 * import type { Evidence } from 'thi-dua-vi-nguoi-ngheo';
 * const evidence: Evidence = { 'III.2.a.3': ['HD-2023-014', 'HD-2023-021'] };
 * ```
 */
export type Evidence = Partial<Record<CriterionId | string, readonly string[]>>;
