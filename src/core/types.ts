/**
 * The basic types shared by every part of the library.
 *
 * @module
 */

/**
 * A language the library speaks: Vietnamese (`vi`) or English (`en`).
 *
 * @example
 * ```ts
 * import type { Lang } from 'thi-dua-vi-nguoi-ngheo';
 * const lang: Lang = 'vi';
 * ```
 */
export type Lang = 'vi' | 'en';

/**
 * A text that a person reads, in both languages. Vietnamese text is NFC with full diacritics.
 *
 * @example
 * ```ts
 * import type { Text } from 'thi-dua-vi-nguoi-ngheo';
 * const title: Text = { vi: 'Khen thưởng', en: 'Rewards' };
 * ```
 */
export type Text = {
  /** The Vietnamese text (the plan's language, the one that counts). */
  readonly vi: string;
  /** The English text, a translation for readers of English. */
  readonly en: string;
};

/**
 * A three-valued outcome: the rule is `met`, `not-met`, or `unknown` because an input is missing
 * (docs/interpretations.md reading 5).
 *
 * @example
 * ```ts
 * import type { Outcome } from 'thi-dua-vi-nguoi-ngheo';
 * const outcome: Outcome = 'unknown';
 * ```
 */
export type Outcome = 'met' | 'not-met' | 'unknown';

/**
 * The result of an operation that may fail on user data: the library returns it instead of
 * throwing.
 *
 * @typeParam T - the value on success
 * @typeParam E - the error on failure
 * @example
 * ```ts
 * import { parseSubject } from 'thi-dua-vi-nguoi-ngheo';
 * const result = parseSubject({ id: 'u1', name: 'Phòng Kế hoạch', category: 'unit' });
 * if (result.ok) console.log(result.value.name);
 * else console.log(result.error.map((issue) => issue.message.vi));
 * ```
 */
export type Result<T, E> =
  | {
      /** `true`: the operation succeeded and `value` holds its result. */
      ok: true;
      /** The result. */
      value: T;
    }
  | {
      /** `false`: the operation failed and `error` says why. */
      ok: false;
      /** Why it failed (for the parsers, the `ValidationIssue`s of the input). */
      error: E;
    };

/**
 * A calendar day in Vietnam (Asia/Ho_Chi_Minh), written `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import type { CivilDate } from 'thi-dua-vi-nguoi-ngheo';
 * const issued: CivilDate = '2022-10-01';
 * ```
 */
export type CivilDate = string;

/**
 * A date as callers may give it: a {@link CivilDate} string, or a JavaScript `Date`, which is
 * read as the Vietnamese calendar day of that instant (docs/interpretations.md reading 7).
 *
 * @example
 * ```ts
 * import { milestonesOn } from 'thi-dua-vi-nguoi-ngheo';
 * // 20:00 UTC on 31 December 2022 is already 1 January 2023 in Vietnam.
 * milestonesOn(new Date('2022-12-31T20:00:00Z'));
 * //=> ['preliminary-review', 'annual-inspection']
 * ```
 */
export type DateInput = CivilDate | Date;
