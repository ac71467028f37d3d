/**
 * The nomination workflow's transition table as data (docs/workflow.md, section IV of
 * the plan, docs/interpretations.md reading 6). The machine, `nominationEventsAllowed`, the record parser, the
 * diagram and the tests all read this one table.
 *
 * @module
 */
import type { ClauseId } from '../../plan/clauses.js';
import { REWARD_FORMS, type RewardForm, type Role } from '../../core/codes.js';
import { rewardClauseOf } from '../../rules/rewards.js';
import { deepFreeze } from '../../core/freeze.js';
import {
  NOMINATION_STATUSES,
  FINAL_NOMINATION_STATUSES,
  type NominationStatus,
  type NominationEventType,
  type Decision,
  type NominationGuard,
} from '../../core/workflow-codes.js';
import { decidingAuthorityCitation, decidingAuthorityOf } from '../../law/deciders.js';
import type { LegalRegime } from '../../law/regime.js';
import type { Citation } from '../../core/citation.js';
import type { DateInput } from '../../core/types.js';

/**
 * One row of the nomination table: in status `from`, the role `by` may apply `event` to a
 * nomination of one of `forms`, which moves it to `to`. A `DECIDE` row holds for one `decision`.
 * `clause` is the plan's clause behind the row; `reading` the docs/interpretations.md reading the row follows, if
 * any. A DECIDE row's legal basis depends on the day of the decision: {@link decisionLawOf}.
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
  /** The status the record must be in. */
  readonly from: NominationStatus;
  /** The event the row lets through. */
  readonly event: NominationEventType;
  /** The role that may apply it (section IV). */
  readonly by: Role;
  /** The status the record moves to. */
  readonly to: NominationStatus;
  /** The forms of nomination the row holds for (the Director's forms and the province's part at IV.3, docs/interpretations.md reading 6). */
  readonly forms: readonly RewardForm[];
  /** For a `DECIDE` row: the decision it holds for (award → awarded, reject → rejected). */
  readonly decision?: Decision;
  /** A check the row makes before it lets the event through (`nomination-met`, `dossier-complete`). */
  readonly guard?: NominationGuard;
  /** The plan's clause behind the row (docs/plan.md). */
  readonly clause: ClauseId;
  /** The number of the reading the row follows in docs/interpretations.md, if any. */
  readonly reading?: number;
};

/** Every form: the rows that do not depend on the form. */
const ALL_FORMS: readonly RewardForm[] = REWARD_FORMS;
/** The forms within the Director's own authority: decided inside the Sở (docs/interpretations.md reading 6). */
const SO_FORMS: readonly RewardForm[] = /* @__PURE__ */ (() => REWARD_FORMS.filter((form) => decidingAuthorityOf(form) === 'director'))();
/** The other forms: selected by the Sở's council and forwarded to the province (IV.3.2). */
const PROVINCIAL_FORMS: readonly RewardForm[] = /* @__PURE__ */ (() =>
  REWARD_FORMS.filter((form) => decidingAuthorityOf(form) !== 'director'))();

/** Two rows for a decision: award → awarded, reject → rejected. */
function decideRows(from: NominationStatus, by: Role, forms: readonly RewardForm[], clause: ClauseId): NominationTransition[] {
  return [
    { from, event: 'DECIDE', by, to: 'awarded', forms, decision: 'award', clause },
    { from, event: 'DECIDE', by, to: 'rejected', forms, decision: 'reject', clause },
  ];
}

/**
 * The nomination workflow, row by row (docs/workflow.md), deeply frozen:
 *
 * - `draft` PROPOSE by `unit-head` → `proposed`, if `evaluateNomination` is `met` (IV.1.2);
 * - `proposed` / `returned` SUBMIT by `unit-head` → `submitted` (IV.1.2, through the Office);
 * - `submitted` RETURN by `department-office` or `department-council` → `returned`, and COMPILE by
 *   `department-council` → `compiled` (IV.3.1);
 * - `compiled` DECIDE by `director` → `awarded` / `rejected`, for the Director's Giấy khen only
 *   (IV.3.1, docs/interpretations.md reading 6);
 * - `compiled` SELECT and `selected` FORWARD by `department-council`, for the other forms; the
 *   provincial council's RETURN from `forwarded` goes back to `selected` (IV.3.2, reading 6);
 * - `forwarded` DECIDE by `decidingAuthorityOf(form)` → `awarded` / `rejected`, one pair of rows per
 *   form, citing the form's III.3 clause (`rewardClauseOf`); the law they rest on is that of the
 *   decision's day (`decisionLawOf`);
 * - WITHDRAW by `unit-head` from every status but the final ones → `withdrawn` (IV.1.2);
 * - AMEND by `unit-head` in `draft`, `proposed` and `returned`, keeping the status: the unit
 *   corrects or completes its nomination before it is sent (IV.1.2, docs/interpretations.md
 *   reading 32); once proposed, the amended nomination must still evaluate `met`.
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
    ...decideRows('compiled', 'director', SO_FORMS, 'IV.3.1').map((row) => ({ ...row, reading: 6 })),
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
    ...PROVINCIAL_FORMS.flatMap((form) => decideRows('forwarded', decidingAuthorityOf(form), [form], rewardClauseOf(form))),
    ...NOMINATION_STATUSES.filter((status) => !(FINAL_NOMINATION_STATUSES as readonly NominationStatus[]).includes(status)).map(
      (from): NominationTransition => ({ from, event: 'WITHDRAW', by: 'unit-head', to: 'withdrawn', forms: ALL_FORMS, clause: 'IV.1.2' }),
    ),
    { from: 'draft', event: 'AMEND', by: 'unit-head', to: 'draft', forms: ALL_FORMS, clause: 'IV.1.2', reading: 32 },
    {
      from: 'proposed',
      event: 'AMEND',
      by: 'unit-head',
      to: 'proposed',
      forms: ALL_FORMS,
      guard: 'nomination-met',
      clause: 'IV.1.2',
      reading: 32,
    },
    {
      from: 'returned',
      event: 'AMEND',
      by: 'unit-head',
      to: 'returned',
      forms: ALL_FORMS,
      guard: 'nomination-met',
      clause: 'IV.1.2',
      reading: 32,
    },
  ] satisfies NominationTransition[]))();

/**
 * The legal basis of a DECIDE row for a form decided on a day: the article of the regime in force
 * that day (a `Date` is read in Vietnam) from the one who-decides table (`decidingAuthorityCitation`)
 * — so a Giấy khen decided on 2023-12-15 cites the 2003 law, one decided on 2024-01-02 Luật
 * 06/2022/QH15 Điều 80 khoản 1. `undefined` for a row that is not a DECIDE row of that form, or an
 * invalid day.
 *
 * @param row - a row of {@link NOMINATION_TRANSITIONS}
 * @param form - the nomination's form
 * @param on - the day of the decision (the DECIDE event's `on`)
 * @param regimes - regimes replacing `LEGAL_REGIMES`
 * @returns the citation
 * @example
 * ```ts
 * import { decisionLawOf, NOMINATION_TRANSITIONS } from 'thi-dua-vi-nguoi-ngheo';
 * const row = NOMINATION_TRANSITIONS.find((r) => r.event === 'DECIDE' && r.by === 'director')!;
 * decisionLawOf(row, 'director-certificate', '2024-01-02')?.ref; //=> 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 80 khoản 1'
 * decisionLawOf(row, 'director-certificate', '2023-12-15')?.confidence; //=> 'secondary' (the 2003 law, no article held)
 * ```
 */
export function decisionLawOf(
  row: NominationTransition,
  form: RewardForm,
  on: DateInput,
  regimes?: readonly LegalRegime[],
): Citation | undefined {
  if (row.event !== 'DECIDE' || !row.forms.includes(form)) return undefined;
  return decidingAuthorityCitation(form, on, regimes)?.citation;
}
