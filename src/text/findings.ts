/**
 * The texts of the evaluators' findings, in both languages. The rules decide; this module only
 * words what they saw, so every message of a finding comes from here.
 *
 * @module
 */
import type { CriterionId, OccasionKind, RewardForm, SubjectCategory } from '../core/codes.js';
import type { Outcome, Text } from '../core/types.js';
// The names come from the small tables of plan/names.ts, not from LABELS: a bundle that only
// evaluates then carries the names it words and not the whole label table.
import { CATEGORY_NAMES, CRITERION_NAMES, FORM_NAMES } from '../plan/names.js';
import { PLAN_YEARS } from '../plan/schedule.js';

const lower = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** "khen thưởng hằng năm 2024" / "the annual reward of 2024". */
export function occasionText(kind: OccasionKind, year: number): Text {
  switch (kind) {
    case 'annual':
      return { vi: `khen thưởng hằng năm ${year}`, en: `the annual reward of ${year}` };
    case 'preliminary-review':
      return { vi: `sơ kết phong trào thi đua năm ${year}`, en: `the preliminary review of ${year}` };
    case 'final-review':
      return { vi: `tổng kết phong trào thi đua năm ${year}`, en: `the final review of ${year}` };
    /* v8 ignore next 2 -- @preserve: unreachable, the switch is exhaustive */
    default:
      return kind satisfies never;
  }
}

/** III.1: the contribution condition of a unit or an individual. */
export function contributionText(category: SubjectCategory, rule: string, outcome: Outcome): Text {
  const who = CATEGORY_NAMES[category];
  switch (outcome) {
    case 'met':
      return {
        vi: `${rule}: ${who.vi} có đóng góp vì mục tiêu giảm nghèo của tỉnh nên là đối tượng khen thưởng.`,
        en: `${rule}: the ${lower(who.en)} has contributed to the province's poverty-reduction goal, and so is among those who may be rewarded.`,
      };
    case 'not-met':
      return {
        vi: `${rule}: ${who.vi} không có đóng góp vì mục tiêu giảm nghèo của tỉnh nên không thuộc đối tượng khen thưởng.`,
        en: `${rule}: the ${lower(who.en)} has not contributed to the province's poverty-reduction goal, and so is not among those who may be rewarded.`,
      };
    case 'unknown':
      return {
        vi: `${rule}: chưa có thông tin ${lower(who.vi)} có đóng góp vì mục tiêu giảm nghèo của tỉnh hay không.`,
        en: `${rule}: it is not stated whether the ${lower(who.en)} has contributed to the province's poverty-reduction goal.`,
      };
    /* v8 ignore next 2 -- @preserve: unreachable, the switch is exhaustive */
    default:
      return outcome satisfies never;
  }
}

/** III.1.1 for a household: its status on the official list is taken as given (reading 3). */
export function householdStatusText(category: SubjectCategory): Text {
  const who = CATEGORY_NAMES[category];
  return {
    vi: `III.1.1: ${who.vi} là đối tượng khen thưởng theo tình trạng trong danh sách chính thức của năm xét (thư viện không kiểm tra danh sách).`,
    en: `III.1.1: a ${lower(who.en)} may be rewarded by its status on the official list of the year (the library does not check the list).`,
  };
}

/** The word for an outcome inside a sentence (criteria of the plan and of the guidance). */
export const OUTCOME_PHRASE: { readonly [O in Outcome]: Text } = {
  met: { vi: 'đạt', en: 'met' },
  'not-met': { vi: 'không đạt', en: 'not met' },
  unknown: { vi: 'chưa được đánh giá', en: 'not assessed yet' },
};

/** III.2: one criterion and its assessed outcome. */
export function criterionText(id: CriterionId, outcome: Outcome): Text {
  const name = CRITERION_NAMES[id];
  const phrase = OUTCOME_PHRASE[outcome];
  return {
    vi: `${id}: tiêu chí «${name.vi}»: ${phrase.vi}.`,
    en: `${id}: criterion “${name.en}”: ${phrase.en}.`,
  };
}

/** III.4: a household's criteria are set by the annual guidance, which was not supplied. */
export function householdCriteriaText(category: SubjectCategory): Text {
  const who = CATEGORY_NAMES[category];
  return {
    vi: `III.4: Kế hoạch không quy định tiêu chí cho ${lower(who.vi)}; tiêu chuẩn thực hiện theo văn bản hướng dẫn của Sở Nội vụ (Ban Thi đua - Khen thưởng), chưa được cung cấp.`,
    en: `III.4: the plan sets no criteria for a ${lower(who.en)}; the standards follow the guidance of Sở Nội vụ (Emulation and Reward Board), which was not supplied.`,
  };
}

/** The name of the annual guidance that a household's criteria wait for. */
export const GUIDANCE_CRITERIA_LABEL: Text = {
  vi: 'Tiêu chí theo văn bản hướng dẫn hằng năm của Sở Nội vụ',
  en: 'Criteria of the annual guidance of Sở Nội vụ',
};

/** The name of the III.1 contribution input. */
export const CONTRIBUTION_LABEL: Text = {
  vi: 'Có đóng góp vì mục tiêu giảm nghèo của tỉnh',
  en: "Has contributed to the province's poverty-reduction goal",
};

/** When a form is given, as III.3 says it. */
function whenGiven(form: RewardForm): Text {
  switch (form) {
    case 'labor-order':
    case 'pm-certificate':
      return { vi: 'chỉ xét vào dịp sơ kết, tổng kết', en: 'is given only at the preliminary and final reviews' };
    case 'provincial-certificate':
    case 'director-certificate':
      return {
        vi: 'xét hằng năm và vào dịp sơ kết, tổng kết',
        en: 'is given every year and at the preliminary and final reviews',
      };
    /* v8 ignore next 2 -- @preserve: unreachable, the switch is exhaustive */
    default:
      return form satisfies never;
  }
}

/**
 * III.3: when a form is given, and what the occasion is; the outcome (met or not) tells the rest.
 * `inPlan` says whether the plan has the occasion at all (docs/interpretations.md reading 1).
 */
export function timingText(rule: string, form: RewardForm, kind: OccasionKind, year: number, inPlan: boolean): Text {
  const name = FORM_NAMES[form];
  const when = whenGiven(form);
  const occasion = occasionText(kind, year);
  if (inPlan) {
    return {
      vi: `${rule}: ${name.vi} ${when.vi}; dịp này là ${occasion.vi}.`,
      en: `${rule}: the ${name.en} ${when.en}; this occasion is ${occasion.en}.`,
    };
  }
  // The plan's occasions, from its schedule (III.3, III.5.2, III.5.3).
  const { annualYears, preliminaryReviewYear: pre, finalReviewYear: final } = PLAN_YEARS;
  const annual = `${annualYears[0]}–${annualYears[annualYears.length - 1]}`;
  return {
    vi: `${rule}: kế hoạch không có dịp ${occasion.vi} (các dịp của kế hoạch: khen thưởng hằng năm ${annual}, sơ kết năm ${pre}, tổng kết năm ${final}), nên không xét ${name.vi}.`,
    en: `${rule}: the plan has no occasion “${occasion.en}” (its occasions: the annual rewards of ${annual}, the preliminary review of ${pre}, the final review of ${final}), so the ${name.en} is not given.`,
  };
}

/** III.1.1 / reading 3: a supplied classification disagrees with the household's listed status. */
export function householdClassDisagreesText(category: SubjectCategory, householdClass: Text): Text {
  const who = CATEGORY_NAMES[category];
  return {
    vi: `III.1.1 (cảnh báo): phân loại được cung cấp là «${householdClass.vi}», khác với tình trạng «${who.vi}» trong danh sách chính thức; kết quả vẫn theo danh sách chính thức.`,
    en: `III.1.1 (warning): the classification supplied is “${householdClass.en}”, which differs from the listed status “${who.en}”; the official list still decides.`,
  };
}
