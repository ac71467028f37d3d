import { describe, expect, it } from 'vitest';
import { clause } from '../../src/plan/plan.js';
import { REWARD_FORMS, ROLES } from '../../src/core/codes.js';
import { rewardClauseOf } from '../../src/rules/rewards.js';
import { decisionLawOf, NOMINATION_TRANSITIONS } from '../../src/workflow/index.js';
import {
  DECISIONS,
  FINAL_NOMINATION_STATUSES,
  NOMINATION_EVENT_TYPES,
  NOMINATION_STATUSES,
  type NominationStatus,
} from '../../src/core/workflow-codes.js';
import { decidingAuthorityOf } from '../../src/law/deciders.js';
import type { NominationRecord } from '../../src/workflow/index.js';
import { applyUnchecked, errorOf, recordAt } from './fixtures.js';

const OTHER_FORMS = REWARD_FORMS.filter((f) => f !== 'director-certificate');

/**
 * API.md's table, written out by hand as the oracle: from, event, by, to, the forms it holds for
 * ('all', 'director' = director-certificate only, 'others' = the other three) and the clause.
 */
const API_ROWS = [
  ['draft', 'PROPOSE', 'unit-head', 'proposed', 'all', 'IV.1.2'],
  ['proposed', 'SUBMIT', 'unit-head', 'submitted', 'all', 'IV.1.2'],
  ['returned', 'SUBMIT', 'unit-head', 'submitted', 'all', 'IV.1.2'],
  ['submitted', 'RETURN', 'department-office', 'returned', 'all', 'IV.1.2'],
  ['submitted', 'RETURN', 'department-council', 'returned', 'all', 'IV.3.1'],
  ['submitted', 'COMPILE', 'department-council', 'compiled', 'all', 'IV.3.1'],
  ['compiled', 'DECIDE award', 'director', 'awarded', 'director', 'IV.3.1'],
  ['compiled', 'DECIDE reject', 'director', 'rejected', 'director', 'IV.3.1'],
  ['compiled', 'SELECT', 'department-council', 'selected', 'others', 'IV.3.2'],
  ['selected', 'FORWARD', 'department-council', 'forwarded', 'others', 'IV.3.2'],
  ['forwarded', 'RETURN', 'provincial-council', 'selected', 'others', 'IV.3.2'],
  ['forwarded', 'DECIDE award', 'president', 'awarded', 'labor-order', 'III.3.a'],
  ['forwarded', 'DECIDE reject', 'president', 'rejected', 'labor-order', 'III.3.a'],
  ['forwarded', 'DECIDE award', 'prime-minister', 'awarded', 'pm-certificate', 'III.3.a'],
  ['forwarded', 'DECIDE reject', 'prime-minister', 'rejected', 'pm-certificate', 'III.3.a'],
  ['forwarded', 'DECIDE award', 'provincial-chairman', 'awarded', 'provincial-certificate', 'III.3.b'],
  ['forwarded', 'DECIDE reject', 'provincial-chairman', 'rejected', 'provincial-certificate', 'III.3.b'],
  ...['draft', 'proposed', 'submitted', 'returned', 'compiled', 'selected', 'forwarded'].map((from) => [
    from,
    'WITHDRAW',
    'unit-head',
    'withdrawn',
    'all',
    'IV.1.2',
  ]),
  ['draft', 'AMEND', 'unit-head', 'draft', 'all', 'IV.1.2'],
  ['proposed', 'AMEND', 'unit-head', 'proposed', 'all', 'IV.1.2'],
  ['returned', 'AMEND', 'unit-head', 'returned', 'all', 'IV.1.2'],
] as const;

function formsOf(kind: string): readonly string[] {
  if (kind === 'all') return REWARD_FORMS;
  if (kind === 'director') return ['director-certificate'];
  if (kind === 'others') return OTHER_FORMS;
  return [kind];
}

describe('the nomination table (API.md "Nomination workflow")', () => {
  it('is exactly API.md’s table, row by row, each row citing its clause', () => {
    const actual = NOMINATION_TRANSITIONS.map((row) => [
      row.from,
      row.decision === undefined ? row.event : `${row.event} ${row.decision}`,
      row.by,
      row.to,
      [...row.forms],
      row.clause,
    ]);
    const expected = API_ROWS.map(([from, event, by, to, forms, cites]) => [from, event, by, to, [...formsOf(forms)], cites]);
    expect(actual).toEqual(expected);
  });

  it('cites clauses the plan has', () => {
    for (const row of NOMINATION_TRANSITIONS) expect(clause(row.clause), row.clause).toBeDefined();
  });

  it('IV.1.2: PROPOSE and AMEND once proposed are guarded by the evaluation, SUBMIT by the dossier (only when a dossier is required)', () => {
    expect(NOMINATION_TRANSITIONS.filter((row) => row.guard !== undefined).map((row) => [row.from, row.event, row.guard])).toEqual([
      ['draft', 'PROPOSE', 'nomination-met'],
      ['proposed', 'SUBMIT', 'dossier-complete'],
      ['returned', 'SUBMIT', 'dossier-complete'],
      ['proposed', 'AMEND', 'nomination-met'],
      ['returned', 'AMEND', 'nomination-met'],
    ]);
  });

  it('III.3: DECIDE after forwarding is by decidingAuthorityOf(form), citing rewardClauseOf(form) and the law', () => {
    const rows = NOMINATION_TRANSITIONS.filter((row) => row.from === 'forwarded' && row.event === 'DECIDE');
    for (const row of rows) {
      expect(row.forms).toHaveLength(1);
      const form = row.forms[0]!;
      expect(row.by).toBe(decidingAuthorityOf(form));
      expect(row.clause).toBe(rewardClauseOf(form));
      expect(decisionLawOf(row, form, '2024-06-01')?.ref).toMatch(/Luật|Thủ tục/u);
    }
    expect(rows).toHaveLength(OTHER_FORMS.length * DECISIONS.length);
  });

  it('IV.3.1: the Director decides the Giấy khen inside the Sở, under the law of the decision’s day (RULES.md reading 6)', () => {
    const rows = NOMINATION_TRANSITIONS.filter((row) => row.from === 'compiled' && row.event === 'DECIDE');
    const law = (on: string | Date) => rows.map((r) => [r.by, r.decision, r.reading, decisionLawOf(r, 'director-certificate', on)?.ref]);
    const ARTICLE_80 = 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 80 khoản 1';
    expect(law('2024-01-01')).toEqual([
      ['director', 'award', 6, ARTICLE_80],
      ['director', 'reject', 6, ARTICLE_80],
    ]);
    // the workflow's own example: a Giấy khen decided on 2023-12-15 cites the 2003 law, not a law in force from 2024
    expect(decisionLawOf(rows[0]!, 'director-certificate', '2023-12-15')?.ref).toMatch(/^Luật Thi đua, khen thưởng 15\/2003\/QH11/u);
    expect(decisionLawOf(rows[0]!, 'director-certificate', new Date('2023-12-31T16:59:59Z'))?.ref).toMatch(/15\/2003/u);
    expect(decisionLawOf(rows[0]!, 'director-certificate', new Date('2023-12-31T17:00:00Z'))?.ref).toBe(ARTICLE_80);
    expect(decisionLawOf(rows[0]!, 'director-certificate', '2025-07-01')?.ref).toBe(ARTICLE_80);
    expect(decisionLawOf(rows[0]!, 'labor-order', '2025-07-01')).toBeUndefined();
    expect(decisionLawOf(rows[0]!, 'director-certificate', '2024-02-30')).toBeUndefined();
    const propose = NOMINATION_TRANSITIONS[0]!;
    expect(decisionLawOf(propose, 'director-certificate', '2024-01-01')).toBeUndefined();
  });

  it('every DECIDE row has its twin with the other decision; no other row has a decision', () => {
    for (const row of NOMINATION_TRANSITIONS) {
      if (row.event !== 'DECIDE') {
        expect(row.decision).toBeUndefined();
        continue;
      }
      const twin = NOMINATION_TRANSITIONS.find(
        (other) =>
          other !== row &&
          other.event === 'DECIDE' &&
          other.from === row.from &&
          other.by === row.by &&
          other.forms.join() === row.forms.join(),
      );
      expect(twin?.decision).toBe(row.decision === 'award' ? 'reject' : 'award');
      expect(row.to).toBe(row.decision === 'award' ? 'awarded' : 'rejected');
    }
  });

  it('has no two rows for the same status, event, role, decision and form (the machine is deterministic)', () => {
    const keys = NOMINATION_TRANSITIONS.flatMap((row) =>
      row.forms.map((form) => [row.from, row.event, row.by, row.decision, form].join('|')),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('uses only known statuses, events and roles, and leaves the final statuses without rows', () => {
    for (const row of NOMINATION_TRANSITIONS) {
      expect(NOMINATION_STATUSES).toContain(row.from);
      expect(NOMINATION_STATUSES).toContain(row.to);
      expect(NOMINATION_EVENT_TYPES).toContain(row.event);
      expect(ROLES).toContain(row.by);
      expect(FINAL_NOMINATION_STATUSES as readonly string[]).not.toContain(row.from);
    }
  });

  it.each(REWARD_FORMS)('every status is reachable from draft for %s, except the other path’s', (form) => {
    const reached = new Set<NominationStatus>(['draft']);
    for (let grew = true; grew; ) {
      grew = false;
      for (const row of NOMINATION_TRANSITIONS) {
        if (row.forms.includes(form) && reached.has(row.from) && !reached.has(row.to)) {
          reached.add(row.to);
          grew = true;
        }
      }
    }
    const expected =
      form === 'director-certificate' ? NOMINATION_STATUSES.filter((s) => s !== 'selected' && s !== 'forwarded') : NOMINATION_STATUSES;
    expect([...reached].sort()).toEqual([...expected].sort());
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(NOMINATION_TRANSITIONS)).toBe(true);
    for (const row of NOMINATION_TRANSITIONS) {
      expect(Object.isFrozen(row)).toBe(true);
      expect(Object.isFrozen(row.forms)).toBe(true);
    }
  });
});

/** An event of a type by a role, well formed, dated after every fixture's history (2023-12-28). */
function eventFor(
  type: (typeof NOMINATION_EVENT_TYPES)[number],
  by: (typeof ROLES)[number],
  record: NominationRecord,
  decision: 'award' | 'reject',
): unknown {
  const base = { type, by, on: '2023-12-28' };
  switch (type) {
    case 'RETURN':
    case 'WITHDRAW':
      return { ...base, reason: 'Lý do' };
    case 'DECIDE':
      return { ...base, decision };
    case 'AMEND': {
      const { id, ...fields } = record.nomination;
      void id;
      return { ...base, nomination: { ...fields, proposingUnit: 'amended' } };
    }
    default:
      return base;
  }
}

describe('the role matrix: every status × form × event (× decision) × role, through the machine', () => {
  it.each(REWARD_FORMS)(
    '%s: accepted exactly when the table has the row; otherwise EVENT_NOT_ALLOWED or ROLE_NOT_ALLOWED as it says',
    (form) => {
      let cells = 0;
      for (const status of NOMINATION_STATUSES) {
        // The Giấy khen never reaches the provincial statuses (IV.3.1): there is no record to try.
        if (form === 'director-certificate' && (status === 'selected' || status === 'forwarded')) continue;
        const record = recordAt(status, form);
        for (const type of NOMINATION_EVENT_TYPES) {
          for (const decision of type === 'DECIDE' ? DECISIONS : (['award'] as const)) {
            const rows = NOMINATION_TRANSITIONS.filter(
              (row) =>
                row.from === status &&
                row.event === type &&
                row.forms.includes(form) &&
                (row.decision === undefined || row.decision === decision),
            );
            for (const by of ROLES) {
              cells++;
              const result = applyUnchecked(record, eventFor(type, by, record, decision));
              const row = rows.find((r) => r.by === by);
              const cell = `${status} ${type} ${decision} ${by}`;
              if (row !== undefined) {
                expect(result.ok ? result.value.status : errorOf(result).code, cell).toBe(row.to);
              } else {
                expect(errorOf(result).code, cell).toBe(rows.length === 0 ? 'EVENT_NOT_ALLOWED' : 'ROLE_NOT_ALLOWED');
              }
            }
          }
        }
      }
      const statuses = form === 'director-certificate' ? NOMINATION_STATUSES.length - 2 : NOMINATION_STATUSES.length;
      expect(cells).toBe(statuses * (NOMINATION_EVENT_TYPES.length + 1) * ROLES.length);
    },
  );
});
