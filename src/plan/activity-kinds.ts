/**
 * The kinds of activity the movement asks units, their people and the mass organisations to carry
 * out (sections II and IV.4), each tied to the clauses that ask for it, and the figures each kind
 * records. A code list, like those of `core/codes.ts` (here because it cites the plan's clause ids).
 *
 * @module
 */
import type { ClauseId } from './clauses.js';

/**
 * The kinds of activity, in the plan's order of the clauses that ask for them:
 * - `fund-contribution` — a contribution to the Fund for the Poor (Quỹ Vì người nghèo) or to the
 *   national target programme for sustainable poverty reduction (II.1.a, IV.4);
 * - `household-support` — help given to poor households or areas of special difficulty (II.1.c);
 * - `gift-or-visit` — gifts to, and visits of, poor households and pupils in difficulty (IV.4);
 * - `support-model` — a form of help or a production model with poor, near-poor and newly
 *   escaped households (II.1.d, and the solutions of II.1.c);
 * - `publication` — news items, articles and documents posted on the Department's portal and
 *   website, spreading good examples (II.2.c, IV.2).
 *
 * @example
 * ```ts
 * import { ACTIVITY_KINDS } from 'thi-dua-vi-nguoi-ngheo';
 * ACTIVITY_KINDS[0]; //=> 'fund-contribution'
 * ```
 */
export const ACTIVITY_KINDS = /* @__PURE__ */ Object.freeze([
  'fund-contribution',
  'household-support',
  'gift-or-visit',
  'support-model',
  'publication',
] as const);

/**
 * A kind of activity of the movement (see {@link ACTIVITY_KINDS}).
 *
 * @example
 * ```ts
 * import type { ActivityKind } from 'thi-dua-vi-nguoi-ngheo';
 * const kind: ActivityKind = 'gift-or-visit';
 * ```
 */
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/**
 * The clauses an activity of each kind may cite, the first being the kind's main clause:
 * `fund-contribution` II.1.a (contribute resources to the national programme, the peak month) or
 * IV.4 (the mass organisations' contributions to the Fund for the Poor); `household-support`
 * II.1.c; `gift-or-visit` IV.4; `support-model` II.1.d, or II.1.c (the forms and solutions that
 * support the poor to work and develop production); `publication` II.2.c (the portal and website)
 * or IV.2 (the Office's information work). Deeply frozen.
 *
 * @example
 * ```ts
 * import { ACTIVITY_KIND_CLAUSES } from 'thi-dua-vi-nguoi-ngheo/activities';
 * ACTIVITY_KIND_CLAUSES['fund-contribution']; //=> ['II.1.a', 'IV.4']
 * ```
 */
export const ACTIVITY_KIND_CLAUSES = /* @__PURE__ */ Object.freeze({
  'fund-contribution': /* @__PURE__ */ Object.freeze(['II.1.a', 'IV.4'] as const),
  'household-support': /* @__PURE__ */ Object.freeze(['II.1.c'] as const),
  'gift-or-visit': /* @__PURE__ */ Object.freeze(['IV.4'] as const),
  'support-model': /* @__PURE__ */ Object.freeze(['II.1.d', 'II.1.c'] as const),
  publication: /* @__PURE__ */ Object.freeze(['II.2.c', 'IV.2'] as const),
}) satisfies { readonly [K in ActivityKind]: readonly ClauseId[] };

/**
 * The figures an activity may record, each a whole, non-negative number:
 * - `amount` — money in đồng (a contribution, the value of support or gifts, money put into a model);
 * - `households` — the households reached (helped, visited, taking part in a model);
 * - `people` — the people reached (pupils given gifts, members of households, people trained);
 * - `contributors` — the people who contributed (to a fund).
 *
 * @example
 * ```ts
 * import { ACTIVITY_FIGURES } from 'thi-dua-vi-nguoi-ngheo/activities';
 * ACTIVITY_FIGURES; //=> ['amount', 'households', 'people', 'contributors']
 * ```
 */
export const ACTIVITY_FIGURES = /* @__PURE__ */ Object.freeze(['amount', 'households', 'people', 'contributors'] as const);

/**
 * A figure an activity may record (see {@link ACTIVITY_FIGURES}).
 *
 * @example
 * ```ts
 * import type { ActivityFigure } from 'thi-dua-vi-nguoi-ngheo/activities';
 * const figure: ActivityFigure = 'households';
 * ```
 */
export type ActivityFigure = (typeof ACTIVITY_FIGURES)[number];

/**
 * Which figures each kind records: `required` ones must be given, `optional` ones may be, any other
 * is refused. A contribution states its amount; support states the households it reached; a
 * publication records no figure. An optional figure left out is unknown (the summaries count it
 * apart), never zero. Deeply frozen.
 *
 * @example
 * ```ts
 * import { ACTIVITY_KIND_FIGURES } from 'thi-dua-vi-nguoi-ngheo/activities';
 * ACTIVITY_KIND_FIGURES['household-support'].required; //=> ['households']
 * ACTIVITY_KIND_FIGURES.publication.optional; //=> []
 * ```
 */
export const ACTIVITY_KIND_FIGURES = /* @__PURE__ */ Object.freeze({
  'fund-contribution': /* @__PURE__ */ Object.freeze({
    required: /* @__PURE__ */ Object.freeze(['amount'] as const),
    optional: /* @__PURE__ */ Object.freeze(['contributors'] as const),
  }),
  'household-support': /* @__PURE__ */ Object.freeze({
    required: /* @__PURE__ */ Object.freeze(['households'] as const),
    optional: /* @__PURE__ */ Object.freeze(['amount', 'people'] as const),
  }),
  'gift-or-visit': /* @__PURE__ */ Object.freeze({
    required: /* @__PURE__ */ Object.freeze([] as const),
    optional: /* @__PURE__ */ Object.freeze(['amount', 'households', 'people'] as const),
  }),
  'support-model': /* @__PURE__ */ Object.freeze({
    required: /* @__PURE__ */ Object.freeze([] as const),
    optional: /* @__PURE__ */ Object.freeze(['amount', 'households', 'people'] as const),
  }),
  publication: /* @__PURE__ */ Object.freeze({
    required: /* @__PURE__ */ Object.freeze([] as const),
    optional: /* @__PURE__ */ Object.freeze([] as const),
  }),
}) satisfies {
  readonly [K in ActivityKind]: { readonly required: readonly ActivityFigure[]; readonly optional: readonly ActivityFigure[] };
};
