/**
 * The issuer of the department's papers (docs/law.md "The issuer after 2025"): the plan's
 * department by default, a successor (such as the Sở Xây dựng after the 2025 restructuring) when
 * the caller says so. The library hard-codes no merger date.
 *
 * @module
 */
import * as z from 'zod';
import { deepFreeze } from '../core/freeze.js';
import { NON_BLANK_PATTERN } from '../core/patterns.js';

/**
 * Who issues and signs the department's papers. The plan's values are the defaults
 * ({@link PLAN_ISSUER}).
 *
 * @example
 * ```ts
 * import type { Issuer } from 'thi-dua-vi-nguoi-ngheo/documents';
 * const successor: Issuer = {
 *   name: 'Sở Xây dựng tỉnh Cao Bằng',
 *   shortName: 'Sở Xây dựng',
 *   parent: 'UBND TỈNH CAO BẰNG',
 *   symbol: 'SXD',
 *   headTitle: 'Giám đốc',
 *   place: 'Cao Bằng',
 *   councilName: 'Hội đồng Thi đua - Khen thưởng Sở Xây dựng',
 * };
 * ```
 */
export interface Issuer {
  /** The full name, e.g. 'Sở Giao thông vận tải tỉnh Cao Bằng'. */
  readonly name: string;
  /** The name in running text and under its superior body, e.g. 'Sở Giao thông vận tải'. */
  readonly shortName: string;
  /** The superior body printed above the name, e.g. 'UBND TỈNH CAO BẰNG'. */
  readonly parent: string;
  /** The symbol in document numbers, e.g. 'SGTVT' (125/QĐ-SGTVT). */
  readonly symbol: string;
  /** The head's title, e.g. 'Giám đốc'. */
  readonly headTitle: string;
  /** The place name (địa danh) written before the date, e.g. 'Cao Bằng'. */
  readonly place: string;
  /** The emulation and reward council's name, e.g. 'Hội đồng Thi đua - Khen thưởng Sở Giao thông vận tải'. */
  readonly councilName: string;
}

/**
 * The plan's issuer: Sở Giao thông vận tải tỉnh Cao Bằng. Deeply frozen.
 *
 * @example
 * ```ts
 * import { PLAN_ISSUER } from 'thi-dua-vi-nguoi-ngheo/documents';
 * PLAN_ISSUER.symbol; //=> 'SGTVT'
 * ```
 */
export const PLAN_ISSUER: Issuer = /* @__PURE__ */ deepFreeze({
  name: 'Sở Giao thông vận tải tỉnh Cao Bằng',
  shortName: 'Sở Giao thông vận tải',
  parent: 'UBND TỈNH CAO BẰNG',
  symbol: 'SGTVT',
  headTitle: 'Giám đốc',
  place: 'Cao Bằng',
  councilName: 'Hội đồng Thi đua - Khen thưởng Sở Giao thông vận tải',
});

/**
 * The schema of an {@link Issuer}: strict, every field a non-blank string.
 *
 * @example
 * ```ts
 * import { IssuerSchema, PLAN_ISSUER } from 'thi-dua-vi-nguoi-ngheo/documents';
 * IssuerSchema.safeParse(PLAN_ISSUER).success; //=> true
 * ```
 */
export const IssuerSchema: z.ZodType<Issuer> = /* @__PURE__ */ (() => {
  const text = z.string().min(1, { abort: true }).regex(NON_BLANK_PATTERN);
  return z.strictObject({
    name: text,
    shortName: text,
    parent: text,
    symbol: text,
    headTitle: text,
    place: text,
    councilName: text,
  });
})();
