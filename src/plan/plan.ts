/**
 * The plan as data: its metadata and its 37 clauses, deeply frozen.
 *
 * @module
 */
import type { CivilDate, Text } from '../core/types.js';
import { CLAUSES, type Clause, type ClauseId } from './clauses.js';
import { deepFreeze } from '../core/freeze.js';
import { PLAN_YEARS } from './schedule.js';

/**
 * The encoded plan: who issued it, on what basis, for which period, who signed it, to whom it was
 * sent, and every clause with its Vietnamese text verbatim and an English rendering.
 *
 * @example
 * ```ts
 * import { plan } from 'thi-dua-vi-nguoi-ngheo';
 * plan.period; //=> { from: 2021, to: 2025 }
 * plan.legalBasis.number; //=> '2451/KH-UBND'
 * ```
 */
export type Plan = {
  /** The plan's title, as it is printed. */
  readonly title: Text;
  /** The movement's name: "Vì người nghèo - Không để ai bị bỏ lại phía sau". */
  readonly movement: Text;
  /** The department that issued the plan: Sở Giao thông vận tải tỉnh Cao Bằng. */
  readonly issuer: Text;
  /** The province: Cao Bằng. */
  readonly province: Text;
  /** The provincial plan that this plan carries out (I). */
  readonly legalBasis: {
    /** Its number: '2451/KH-UBND'. */
    readonly number: string;
    /** Its day: 2022-09-26. */
    readonly date: CivilDate;
    /** Who issued it: the People's Committee of Cao Bằng province. */
    readonly issuer: Text;
    /** Its title. */
    readonly title: Text;
  };
  /** The years of the movement, both included: 2021–2025. */
  readonly period: {
    /** The first year: 2021. */
    readonly from: number;
    /** The last year: 2025. */
    readonly to: number;
  };
  /** Who signed the plan. */
  readonly signer: {
    /** The signer's name. */
    readonly name: string;
    /** The signer's title (Phó Giám đốc). */
    readonly title: Text;
    /** On whose behalf the signer signs (KT. Giám đốc, docs/interpretations.md reading 21). */
    readonly signsFor: Text;
  };
  /** The recipients (Nơi nhận) the plan lists, in its order. */
  readonly recipients: readonly Text[];
  /** Every clause of the plan, in reading order (docs/plan.md). */
  readonly clauses: readonly Clause[];
};

/**
 * The plan of Sở Giao thông vận tải Cao Bằng for the movement "Vì người nghèo - Không để ai bị bỏ
 * lại phía sau" 2021–2025. Deeply frozen: any attempt to change it throws in strict mode.
 *
 * @example
 * ```ts
 * import { plan } from 'thi-dua-vi-nguoi-ngheo';
 * plan.clauses.length; //=> 37
 * plan.signer.name; //=> 'Lê Văn Định'
 * ```
 */
// `@__PURE__`: a bundler may drop the plan when an application does not use it.
export const plan: Plan = /* @__PURE__ */ buildPlan();

/** The plan's metadata; its period and the day of its basis come from `PLAN_SCHEDULE`. */
function buildPlan(): Plan {
  return deepFreeze({
    title: {
      vi: 'Kế hoạch thực hiện Phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2021 - 2025',
      en: 'Plan for carrying out the emulation movement “For the poor — no one left behind”, 2021–2025',
    },
    movement: {
      vi: 'Vì người nghèo - Không để ai bị bỏ lại phía sau',
      en: 'For the poor — no one left behind',
    },
    issuer: { vi: 'Sở Giao thông vận tải tỉnh Cao Bằng', en: 'Department of Transport of Cao Bằng province' },
    province: { vi: 'Cao Bằng', en: 'Cao Bằng' },
    legalBasis: {
      number: '2451/KH-UBND',
      date: PLAN_YEARS.firstDay,
      issuer: { vi: 'Ủy ban nhân dân tỉnh Cao Bằng', en: "People's Committee of Cao Bằng province" },
      title: {
        vi: 'Kế hoạch về việc thực hiện Phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2021 - 2025 trên địa bàn tỉnh Cao Bằng',
        en: 'Plan for carrying out the emulation movement “For the poor — no one left behind”, 2021–2025, in Cao Bằng province',
      },
    },
    period: { ...PLAN_YEARS.period },
    signer: {
      name: 'Lê Văn Định',
      title: { vi: 'Phó Giám đốc', en: 'Deputy Director' },
      signsFor: { vi: 'KT. Giám đốc', en: 'For the Director' },
    },
    recipients: [
      { vi: 'Ban TĐKT, Sở Nội vụ Cao Bằng', en: 'Emulation and Reward Board, Department of Home Affairs of Cao Bằng' },
      { vi: 'Khối Thi đua II', en: 'Emulation Bloc II' },
      { vi: 'Lãnh đạo Sở', en: "The Department's leadership" },
      { vi: 'Các phòng, ban, đơn vị trực thuộc', en: "The Department's rooms, boards and units" },
      { vi: 'Công đoàn cơ sở GTVT', en: "The Department of Transport's grassroots trade union" },
      { vi: 'Đoàn Thanh niên CSHCM Sở', en: "The Department's Hồ Chí Minh Communist Youth Union" },
      { vi: 'Trang Thông tin điện tử Sở GTVT', en: "The Department of Transport's web portal" },
      { vi: 'Lưu: VT, VP (TĐKT)', en: 'Filed: clerical office, Office (emulation and reward)' },
    ],
    clauses: CLAUSES.map((c) => ({ ...c })),
  });
}

const CLAUSE_BY_ID: ReadonlyMap<string, Clause> = /* @__PURE__ */ new Map(/* @__PURE__ */ plan.clauses.map((c) => [c.id, c]));

/**
 * One clause of the plan by its id, or `undefined` for an id the plan does not have.
 *
 * @param id - a clause id such as `III.3.a`
 * @returns the frozen clause `{ id, vi, en }`
 * @example
 * ```ts
 * import { clause } from 'thi-dua-vi-nguoi-ngheo';
 * clause('III.3.c')?.vi;
 * //=> 'Giấy khen của Giám đốc Sở GTVT: thực hiện hằng năm và vào dịp sơ kết, tổng kết phong trào thi đua.'
 * clause('V.1'); //=> undefined
 * ```
 */
export function clause(id: ClauseId | (string & {})): Clause | undefined {
  return CLAUSE_BY_ID.get(id);
}
