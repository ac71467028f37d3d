/**
 * Mermaid state diagrams of both machines, generated from their transition tables (the
 * diagrams in docs/workflow.md are these, checked by a test).
 *
 * @module
 */
import { CAMPAIGN_TRANSITIONS } from './campaign/table.js';
import { NOMINATION_TRANSITIONS } from './nomination/table.js';
import { CAMPAIGN_STATUSES, NOMINATION_STATUSES } from '../core/workflow-codes.js';

/** What an arrow needs from a row of either table. */
type Arrow = {
  readonly from: string;
  readonly to: string;
  readonly event: string;
  readonly by: string;
  readonly clause: string;
  readonly decision?: string;
};

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

/**
 * One arrow per source, target, event (and decision), in the order of the table's rows; rows that
 * share all four (the same step by several roles) share the arrow, which lists their roles and
 * clauses. A label reads `EVENT [decision] · role, role · clause` (no colon, which Mermaid reads
 * as a separator).
 */
function arrows(rows: readonly Arrow[]): string[] {
  const groups = new Map<string, Arrow[]>();
  for (const row of rows) {
    const key = [row.from, row.to, row.event, row.decision ?? ''].join('|');
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [row]);
    else group.push(row);
  }
  return [...groups.values()].map((group) => {
    const [first] = group as [Arrow, ...Arrow[]];
    const event = first.decision === undefined ? first.event : `${first.event} ${first.decision}`;
    const roles = unique(group.map((row) => row.by)).join(', ');
    const clauses = unique(group.map((row) => row.clause)).join(', ');
    return `    ${first.from} --> ${first.to} : ${event} · ${roles} · ${clauses}`;
  });
}

function diagram(initial: string, initialLabel: string | undefined, rows: readonly Arrow[], statuses: readonly string[]): string {
  // A status is final when no row leads out of it to another status.
  const finals = statuses.filter((status) => !rows.some((row) => row.from === status && row.to !== status));
  return [
    'stateDiagram-v2',
    `    [*] --> ${initial}${initialLabel === undefined ? '' : ` : ${initialLabel}`}`,
    ...arrows(rows),
    ...finals.map((status) => `    ${status} --> [*]`),
  ].join('\n');
}

/**
 * The nomination workflow as a Mermaid `stateDiagram-v2`, generated from
 * `NOMINATION_TRANSITIONS`: the creation leads to `draft`; each arrow is labelled with its event
 * (and decision), roles and clauses; the final statuses lead out.
 *
 * @returns the diagram's text, without the Markdown fence
 * @example
 * ```ts
 * import { nominationDiagram } from 'thi-dua-vi-nguoi-ngheo';
 * nominationDiagram().split('\n').slice(0, 3);
 * //=> ['stateDiagram-v2', '    [*] --> draft : CREATE', '    draft --> proposed : PROPOSE · unit-head · IV.1.2']
 * ```
 */
export function nominationDiagram(): string {
  return diagram('draft', 'CREATE', NOMINATION_TRANSITIONS, NOMINATION_STATUSES);
}

/**
 * The campaign record as a Mermaid `stateDiagram-v2`, generated from `CAMPAIGN_TRANSITIONS`;
 * `closed` is final (only inspections, which keep it closed, are recorded there).
 *
 * @returns the diagram's text, without the Markdown fence
 * @example
 * ```ts
 * import { campaignDiagram } from 'thi-dua-vi-nguoi-ngheo';
 * campaignDiagram().split('\n')[2]; //=> '    planned --> running : LAUNCH · director · III.5.1'
 * ```
 */
export function campaignDiagram(): string {
  return diagram('planned', undefined, CAMPAIGN_TRANSITIONS, CAMPAIGN_STATUSES);
}
