/**
 * Who acted, in both machines' events.
 *
 * @module
 */

/**
 * Who acted: the person behind the role of an event (`by`), as the application identifies them —
 * the minutes and the decision name people. Kept in the history, and sealed with the entry. The
 * role table still decides what may be done; the actor is recorded, not checked.
 *
 * @example
 * ```ts
 * import type { Actor } from 'thi-dua-vi-nguoi-ngheo';
 * const actor: Actor = { id: 'u-0042', name: 'Nông Văn Sơn' };
 * ```
 */
export type Actor = {
  /** The person's identifier in the application (non-blank). */
  readonly id: string;
  /** The person's name, as the papers print it (non-blank). */
  readonly name: string;
};
