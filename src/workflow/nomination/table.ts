/**
 * The nomination workflow's transition table as data (API.md "Nomination workflow", section IV of
 * the plan, RULES.md reading 6). The machine, `nominationEventsAllowed`, the record parser, the
 * diagram and the tests all read this one table.
 *
 * @module
 */
import type { ClauseId } from '../../plan/clauses.js';
import { REWARD_FORMS, type RewardForm, type Role } from '../../core/codes.js';
import { rewardClauseOf } from '../../rules/rewards.js';
import { deepFreeze } from '../../core/freeze.js';
import { NOMINATION_STATUSES, FINAL_NOMINATION_STATUSES, type NominationStatus, type NominationEventType, type Decision, type NominationGuard } from '../../core/workflow-codes.js';
import { decidingAuthorityOf } from '../../law/deciders.js';

/**
 * A legal basis beyond the plan (LAW.md), with how sure it is: `confirmed` (read in the legal
 * text) or `secondary` (read in a reputable paraphrase).
 *
 * @example
 * ```ts
 * import type { LegalBasis } from 'thi-dua-vi-nguoi-ngheo';
 * const basis: LegalBasis = { ref: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 80 khoản 1', confidence: 'confirmed' };
 * ```
 */
export type LegalBasis = { readonly ref: string; readonly confidence: 'confirmed' | 'secondary' };

/**
 * One row of the nomination table: in status `from`, the role `by` may apply `event` to a
 * nomination of one of `forms`, which moves it to `to`. A `DECIDE` row holds for one `decision`.
 * `clause` is the plan's clause behind the row; `law` the legal basis of a decision by an
 * authority outside the Sở; `reading` the RULES.md reading the row follows, if any.
 *
 * @example
 * ```ts
 * import { NOMINATION_TRANSITIONS, type NominationTransition } from 'thi-dua-vi-nguoi-ngheo';
 * const first: NominationTransition | undefined = NOMINATION_TRANSITIONS[0];
 * first?.event; //=> 'PROPOSE'
 * first?.clause; //=> 'IV.1.2'
 * ```
 */
export type NominationTransition = {
  readonly from: NominationStatus;
  readonly event: NominationEventType;
  readonly by: Role;
  readonly to: NominationStatus;
  readonly forms: readonly RewardForm[];
  readonly decision?: Decision;
  readonly guard?: NominationGuard;
  readonly clause: ClauseId;
  readonly law?: LegalBasis;
  readonly reading?: number;
};

/** Every form: the rows that do not depend on the form. */
const ALL_FORMS: readonly RewardForm[] = REWARD_FORMS;
/** The forms within the Director's own authority: decided inside the Sở (RULES.md reading 6). */
const SO_FORMS: readonly RewardForm[] = /* @__PURE__ */ (() => REWARD_FORMS.filter((form) => decidingAuthorityOf(form) === 'director'))();
/** The other forms: selected by the Sở's council and forwarded to the province (IV.3.2). */
const PROVINCIAL_FORMS: readonly RewardForm[] = /* @__PURE__ */ (() => REWARD_FORMS.filter((form) => decidingAuthorityOf(form) !== 'director'))();

/** Who decides each form, and on what basis (LAW.md "Who decides each form"). */
function lawOf(form: RewardForm): LegalBasis {
  switch (form) {
    case 'labor-order':
      return { ref: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 77', confidence: 'secondary' };
    case 'pm-certificate':
      return { ref: 'Luật Thi đua, khen thưởng 06/2022/QH15', confidence: 'secondary' };
    case 'provincial-certificate':
      return { ref: 'Thủ tục khen thưởng của tỉnh (Sở Nội vụ, Ban TĐKT)', confidence: 'confirmed' };
    case 'director-certificate':
      return { ref: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 80 khoản 1', confidence: 'confirmed' };
    /* v8 ignore next 2 -- @preserve: unreachable, the switch is exhaustive */
    default:
      return form satisfies never;
  }
}

/** Two rows for a decision: award → awarded, reject → rejected. */
function decideRows(
  from: NominationStatus,
  by: Role,
  forms: readonly RewardForm[],
  clause: ClauseId,
  law: LegalBasis,
): NominationTransition[] {
  return [
    { from, event: 'DECIDE', by, to: 'awarded', forms, decision: 'award', clause, law },
    { from, event: 'DECIDE', by, to: 'rejected', forms, decision: 'reject', clause, law },
  ];
}

/**
 * The nomination workflow, row by row (API.md "Nomination workflow"), deeply frozen:
 *
 * - `draft` PROPOSE by `unit-head` → `proposed`, if `evaluateNomination` is `met` (IV.1.2);
 * - `proposed` / `returned` SUBMIT by `unit-head` → `submitted` (IV.1.2, through the Office);
 * - `submitted` RETURN by `department-office` or `department-council` → `returned`, and COMPILE by
 *   `department-council` → `compiled` (IV.3.1);
 * - `compiled` DECIDE by `director` → `awarded` / `rejected`, for the Director's Giấy khen only
 *   (IV.3.1, RULES.md reading 6);
 * - `compiled` SELECT and `selected` FORWARD by `department-council`, for the other forms; the
 *   provincial council's RETURN from `forwarded` goes back to `selected` (IV.3.2, reading 6);
 * - `forwarded` DECIDE by `decidingAuthorityOf(form)` → `awarded` / `rejected`, one pair of rows per
 *   form, citing the form's III.3 clause (`rewardClauseOf`) and the law;
 * - WITHDRAW by `unit-head` from every status but the final ones → `withdrawn` (IV.1.2);
 * - AMEND by `unit-head` in `draft`, `proposed` and `returned`, keeping the status: the unit
 *   corrects or completes its nomination before it is sent (IV.1.2, docs/interpretations.md
 *   reading 29); once proposed, the amended nomination must still evaluate `met`.
 *
 * @example
 * ```ts
 * import { NOMINATION_TRANSITIONS } from 'thi-dua-vi-nguoi-ngheo';
 * NOMINATION_TRANSITIONS
 *   .filter((row) => row.from === 'forwarded' && row.event === 'DECIDE' && row.decision === 'award')
 *   .map((row) => `${row.by} ${row.clause}`);
 * //=> ['president III.3.a', 'prime-minister III.3.a', 'provincial-chairman III.3.b']
 * ```
 */
export const NOMINATION_TRANSITIONS: readonly NominationTransition[] = /* @__PURE__ */ (() =>
  deepFreeze([
    { from: 'draft', event: 'PROPOSE', by: 'unit-head', to: 'proposed', forms: ALL_FORMS, guard: 'nomination-met', clause: 'IV.1.2' },
    { from: 'proposed', event: 'SUBMIT', by: 'unit-head', to: 'submitted', forms: ALL_FORMS, guard: 'dossier-complete', clause: 'IV.1.2' },
    { from: 'returned', event: 'SUBMIT', by: 'unit-head', to: 'submitted', forms: ALL_FORMS, guard: 'dossier-complete', clause: 'IV.1.2' },
    // The Office receives the dossiers for the council (IV.1.2: "qua Văn phòng Sở"), so its return cites IV.1.2.
    { from: 'submitted', event: 'RETURN', by: 'department-office', to: 'returned', forms: ALL_FORMS, clause: 'IV.1.2' },
    { from: 'submitted', event: 'RETURN', by: 'department-council', to: 'returned', forms: ALL_FORMS, clause: 'IV.3.1' },
    { from: 'submitted', event: 'COMPILE', by: 'department-council', to: 'compiled', forms: ALL_FORMS, clause: 'IV.3.1' },
    ...decideRows('compiled', 'director', SO_FORMS, 'IV.3.1', lawOf('director-certificate')).map((row) => ({ ...row, reading: 6 })),
    { from: 'compiled', event: 'SELECT', by: 'department-council', to: 'selected', forms: PROVINCIAL_FORMS, clause: 'IV.3.2' },
    { from: 'selected', event: 'FORWARD', by: 'department-council', to: 'forwarded', forms: PROVINCIAL_FORMS, clause: 'IV.3.2' },
    {
      from: 'forwarded',
      event: 'RETURN',
      by: 'provincial-council',
      to: 'selected',
      forms: PROVINCIAL_FORMS,
      clause: 'IV.3.2',
      reading: 6,
    },
    ...PROVINCIAL_FORMS.flatMap((form) =>
      decideRows('forwarded', decidingAuthorityOf(form), [form], rewardClauseOf(form), lawOf(form)),
    ),
    ...NOMINATION_STATUSES.filter((status) => !(FINAL_NOMINATION_STATUSES as readonly NominationStatus[]).includes(status)).map(
      (from): NominationTransition => ({ from, event: 'WITHDRAW', by: 'unit-head', to: 'withdrawn', forms: ALL_FORMS, clause: 'IV.1.2' }),
    ),
    { from: 'draft', event: 'AMEND', by: 'unit-head', to: 'draft', forms: ALL_FORMS, clause: 'IV.1.2', reading: 29 },
    { from: 'proposed', event: 'AMEND', by: 'unit-head', to: 'proposed', forms: ALL_FORMS, guard: 'nomination-met', clause: 'IV.1.2', reading: 29 },
    { from: 'returned', event: 'AMEND', by: 'unit-head', to: 'returned', forms: ALL_FORMS, guard: 'nomination-met', clause: 'IV.1.2', reading: 29 },
  ] satisfies NominationTransition[]))();
