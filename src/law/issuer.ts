/**
 * Who issues and signs the department's papers: the plan's department by default, or its
 * successor as the caller says (docs/law.md "The issuer"). The plan was issued by Sở Giao thông vận
 * tải tỉnh Cao Bằng; in the 2025 restructuring the province merged it into the Sở Xây dựng
 * (secondary; the decision and its date were not found), so the issuer is an input and the
 * library holds no merger date.
 *
 * @module
 */
import * as z from 'zod';
import type { Result, Text } from '../core/types.js';
import { issuerHeadText } from '../text/law.js';
import type { ValidationIssue } from '../core/issues.js';
import { deepFreeze } from '../core/freeze.js';
import { NonBlankStringSchema } from '../validation/inputs.js';
import { parseWith } from '../validation/issues.js';

/**
 * The English names of an issuer, for the English side of the library's texts. Absent, the
 * English texts name the issuer by its Vietnamese names.
 *
 * @example
 * ```ts
 * import type { IssuerEnglish } from 'thi-dua-vi-nguoi-ngheo';
 * const en: IssuerEnglish = {
 *   name: 'Department of Construction of Cao Bằng province',
 *   shortName: 'Department of Construction',
 *   headTitle: 'Director',
 *   councilName: 'Emulation and Reward Council of the Department of Construction',
 * };
 * ```
 */
export interface IssuerEnglish {
  /** The full name, as in a heading: `Department of Transport of Cao Bằng province`. */
  readonly name: string;
  /** The name in running text: `Department of Transport`. */
  readonly shortName: string;
  /** The head's title: `Director`. */
  readonly headTitle: string;
  /** The council's name: `Emulation and Reward Council of the Department of Transport`. */
  readonly councilName: string;
}

/**
 * Who issues and signs the department's papers, and whose head decides the Giấy khen (Luật Thi
 * đua, khen thưởng 06/2022/QH15, Điều 80 khoản 1: the head of a provincial specialised agency).
 * The plan's values ({@link PLAN_ISSUER}) are the defaults; a decision worded for the successor
 * department passes its own.
 *
 * @example
 * ```ts
 * import { type Issuer, PLAN_ISSUER } from 'thi-dua-vi-nguoi-ngheo';
 * const successor: Issuer = {
 *   ...PLAN_ISSUER,
 *   name: 'Sở Xây dựng tỉnh Cao Bằng',
 *   shortName: 'Sở Xây dựng',
 *   symbol: 'SXD',
 *   councilName: 'Hội đồng Thi đua - Khen thưởng Sở Xây dựng',
 *   en: undefined,
 * };
 * ```
 */
export interface Issuer {
  /** The full name, as in a document's heading: `Sở Giao thông vận tải tỉnh Cao Bằng`. */
  readonly name: string;
  /** The name in running text ("Giám đốc Sở …"): `Sở Giao thông vận tải`. */
  readonly shortName: string;
  /** The superior body printed above the name in a heading: `UBND TỈNH CAO BẰNG`. */
  readonly parent: string;
  /** The symbol in document numbers (`125/QĐ-SGTVT`): `SGTVT`. No space and no `/`. */
  readonly symbol: string;
  /** The head's title: `Giám đốc`. */
  readonly headTitle: string;
  /** The place name (địa danh) in dates: `Cao Bằng`. */
  readonly place: string;
  /** The council's name: `Hội đồng Thi đua - Khen thưởng Sở Giao thông vận tải`. */
  readonly councilName: string;
  /** The English names, for the English side of texts; absent, the Vietnamese names are used. */
  readonly en?: IssuerEnglish | undefined;
}

/**
 * The plan's issuer, in the plan's own wording: "Sở Giao thông vận tải tỉnh Cao Bằng" (its
 * opening and closing sentences), "Giám đốc" (III.3.c "Giấy khen của Giám đốc Sở GTVT", the
 * signature "KT. GIÁM ĐỐC"), the council of IV.3 "Hội đồng Thi đua - Khen thưởng Sở GTVT" with the
 * plan's abbreviation GTVT written out as the plan writes the department's name; the symbol
 * `SGTVT` is the one the department's numbers carry (`…/QĐ-SGTVT`); the superior body "UBND TỈNH
 * CAO BẰNG" (the plan implements the province's Kế hoạch 2451/KH-UBND). Deeply frozen.
 *
 * @example
 * ```ts
 * import { PLAN_ISSUER } from 'thi-dua-vi-nguoi-ngheo';
 * `${PLAN_ISSUER.headTitle} ${PLAN_ISSUER.shortName}`; //=> 'Giám đốc Sở Giao thông vận tải'
 * `125/QĐ-${PLAN_ISSUER.symbol}`; //=> '125/QĐ-SGTVT'
 * ```
 */
export const PLAN_ISSUER: Issuer = /* @__PURE__ */ (() =>
  deepFreeze({
    name: 'Sở Giao thông vận tải tỉnh Cao Bằng',
    shortName: 'Sở Giao thông vận tải',
    parent: 'UBND TỈNH CAO BẰNG',
    symbol: 'SGTVT',
    headTitle: 'Giám đốc',
    place: 'Cao Bằng',
    councilName: 'Hội đồng Thi đua - Khen thưởng Sở Giao thông vận tải',
    en: {
      name: 'Department of Transport of Cao Bằng province',
      shortName: 'Department of Transport',
      headTitle: 'Director',
      councilName: 'Emulation and Reward Council of the Department of Transport',
    },
  }))();

/** A name of at most 300 characters, not blank. */
const NameSchema = /* @__PURE__ */ (() => NonBlankStringSchema.max(300))();

/**
 * The schema of an {@link Issuer}: strict (an unknown key is an issue), every name non-blank and at
 * most 300 characters, the symbol at most 30 characters without space or `/`.
 *
 * @example
 * ```ts
 * import { IssuerSchema } from 'thi-dua-vi-nguoi-ngheo/schemas';
 * import { PLAN_ISSUER } from 'thi-dua-vi-nguoi-ngheo';
 * IssuerSchema.safeParse(PLAN_ISSUER).success; //=> true
 * IssuerSchema.safeParse({ ...PLAN_ISSUER, symbol: 'QĐ/SXD' }).success; //=> false
 * ```
 */
export const IssuerSchema: z.ZodType<Issuer> = /* @__PURE__ */ (() =>
  z.strictObject({
    name: NameSchema,
    shortName: NameSchema,
    parent: NameSchema,
    symbol: NonBlankStringSchema.max(30).regex(/^[^\s/]+$/u),
    headTitle: NameSchema,
    place: NameSchema,
    councilName: NameSchema,
    en: z.strictObject({ name: NameSchema, shortName: NameSchema, headTitle: NameSchema, councilName: NameSchema }).optional(),
  }))();

/**
 * Validates an issuer from outside (a JSON file, a form): the issuer, or the issues with their
 * paths and messages in both languages. Never throws.
 *
 * @param input - untrusted data
 * @returns the issuer (deeply frozen), or the issues
 * @example
 * ```ts
 * import { parseIssuer, PLAN_ISSUER } from 'thi-dua-vi-nguoi-ngheo';
 * const r = parseIssuer({ ...PLAN_ISSUER, name: 'Sở Xây dựng tỉnh Cao Bằng', shortName: 'Sở Xây dựng', symbol: 'SXD' });
 * if (r.ok) r.value.symbol; //=> 'SXD'
 * const bad = parseIssuer({ ...PLAN_ISSUER, headTitle: '  ' });
 * if (!bad.ok) bad.error[0]?.path; //=> ['headTitle']
 * ```
 */
export function parseIssuer(input: unknown): Result<Issuer, ValidationIssue[]> {
  const parsed = parseWith(IssuerSchema, input);
  return parsed.ok ? { ok: true, value: deepFreeze(parsed.value) } : parsed;
}

/**
 * The head of an issuer as a text that names them ("Giám đốc Sở Giao thông vận tải" / "Director of
 * the Department of Transport"): the one who decides the Giấy khen.
 *
 * @param issuer - the issuer (default the plan's)
 * @returns the head's name in both languages
 * @example
 * ```ts
 * import { issuerHeadName } from 'thi-dua-vi-nguoi-ngheo';
 * issuerHeadName().en; //=> 'Director of the Department of Transport'
 * ```
 */
export function issuerHeadName(issuer: Issuer = PLAN_ISSUER): Text {
  return issuerHeadText(issuer, issuer.en);
}

/**
 * The council of an issuer as a text that names it.
 *
 * @param issuer - the issuer (default the plan's)
 * @returns the council's name in both languages
 * @example
 * ```ts
 * import { issuerCouncilName } from 'thi-dua-vi-nguoi-ngheo';
 * issuerCouncilName().vi; //=> 'Hội đồng Thi đua - Khen thưởng Sở Giao thông vận tải'
 * ```
 */
export function issuerCouncilName(issuer: Issuer = PLAN_ISSUER): Text {
  return { vi: issuer.councilName, en: issuer.en?.councilName ?? issuer.councilName };
}
