/**
 * Who decides each reward form: the one table read by the evaluators, the workflow, the law layer
 * and the docs (III.3.a, III.3.b and III.3.c name the forms, IV.3 the path; the deciding authorities of the law, see docs/law.md).
 *
 * @module
 */
import type { RewardForm, Role } from '../core/codes.js';



/**
 * Who decides a form (LAW.md "Who decides each form"): the State President for the Labour Order,
 * the Prime Minister for his Bằng khen, the provincial chairman for his, the Director of the Sở for
 * the Giấy khen (Luật Thi đua, khen thưởng 2022, Điều 80 khoản 1).
 *
 * @param form - a reward form
 * @returns the deciding role
 * @example
 * ```ts
 * import { decidingAuthorityOf } from 'thi-dua-vi-nguoi-ngheo';
 * decidingAuthorityOf('director-certificate'); //=> 'director'
 * decidingAuthorityOf('labor-order'); //=> 'president'
 * ```
 */
export function decidingAuthorityOf(form: RewardForm): Role {
  switch (form) {
    case 'labor-order':
      return 'president';
    case 'pm-certificate':
      return 'prime-minister';
    case 'provincial-certificate':
      return 'provincial-chairman';
    case 'director-certificate':
      return 'director';
    /* v8 ignore next 2 -- @preserve: unreachable, the switch is exhaustive */
    default:
      return form satisfies never;
  }
}
