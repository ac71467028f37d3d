/**
 * docs/workflow.md is partly generated: the diagrams, the tables of rows, the statuses and the
 * order of the errors sit between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`, and
 * this test checks them against the tables. To rewrite them after changing a table:
 *
 *     UPDATE_DOCS=1 npx vitest run test/workflow/docs.test.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REWARD_FORMS } from '../../src/core/codes.js';
import { LABELS } from '../../src/text/labels.js';
import { GUARD_TEXTS, ONCE_TEXTS, TRANSITION_ERROR_TEXTS } from '../../src/text/workflow.js';
import {
  CAMPAIGN_TRANSITIONS,
  campaignDiagram,
  campaignWindowsOf,
  decisionLawOf,
  NOMINATION_TRANSITIONS,
  nominationDiagram,
} from '../../src/workflow/index.js';
import { LEGAL_REGIMES } from '../../src/law/regime.js';
import { CAMPAIGN_STATUSES, NOMINATION_STATUSES, TRANSITION_ERROR_CODES } from '../../src/core/workflow-codes.js';

const DOC = new URL('../../docs/workflow.md', import.meta.url);

const fence = (diagram: string): string => ['```mermaid', diagram, '```'].join('\n');

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

const code = (s: string): string => `\`${s}\``;

function formsCell(forms: readonly string[]): string {
  return forms.length === REWARD_FORMS.length ? 'all' : forms.map(code).join(', ');
}

/** A DECIDE row's law by the decision's day: each citation with the days it applies. */
function lawByDay(row: (typeof NOMINATION_TRANSITIONS)[number]): string {
  const spans: { ref: string; confidence: string; from: string | undefined; to: string | undefined }[] = [];
  for (const regime of LEGAL_REGIMES) {
    const citation = decisionLawOf(row, row.forms[0]!, regime.from ?? regime.to!);
    if (citation === undefined) continue;
    const last = spans[spans.length - 1];
    if (last !== undefined && last.ref === citation.ref) last.to = regime.to;
    else spans.push({ ref: citation.ref, confidence: citation.confidence, from: regime.from, to: regime.to });
  }
  const days = (s: (typeof spans)[number]): string =>
    s.from === undefined ? (s.to === undefined ? 'any day' : `to ${s.to}`) : s.to === undefined ? `from ${s.from}` : `${s.from}..${s.to}`;
  return `decided ${spans.map((s) => `${days(s)}: ${s.ref} (${s.confidence})`).join('; ')}`;
}

function nominationRows(): string {
  return table(
    ['from', 'event', 'by', 'to', 'forms', 'clause', 'notes'],
    NOMINATION_TRANSITIONS.map((row) => {
      const notes = [
        ...(row.guard === undefined ? [] : [GUARD_TEXTS[row.guard].en]),
        ...(row.reading === undefined ? [] : [`reading ${row.reading} (docs/interpretations.md)`]),
        ...(row.event === 'DECIDE' ? [lawByDay(row)] : []),
      ];
      return [
        code(row.from),
        code(row.decision === undefined ? row.event : `${row.event} ${row.decision}`),
        code(row.by),
        code(row.to),
        formsCell(row.forms),
        row.clause,
        notes.join('; '),
      ];
    }),
  );
}

function campaignRows(): string {
  return table(
    ['from', 'event', 'by', 'to', 'window', 'milestone', 'clause', 'notes'],
    CAMPAIGN_TRANSITIONS.map((row) => [
      code(row.from),
      code(row.event),
      code(row.by),
      code(row.to),
      campaignWindowsOf(row)
        .map((w) => `${w.from}..${w.to}`)
        .join(', '),
      code(row.milestone),
      row.clause,
      [
        ...(row.once === undefined ? [] : [ONCE_TEXTS[row.once].en]),
        ...(row.reading === undefined ? [] : [`reading ${row.reading} (docs/interpretations.md)`]),
      ].join('; '),
    ]),
  );
}

function statuses(): string {
  return table(
    ['machine', 'status', 'Vietnamese', 'English'],
    [
      ...NOMINATION_STATUSES.map((s) => ['nomination', code(s), LABELS[s].vi, LABELS[s].en]),
      ...CAMPAIGN_STATUSES.map((s) => ['campaign', code(s), LABELS[s].vi, LABELS[s].en]),
    ],
  );
}

function errors(): string {
  return TRANSITION_ERROR_CODES.map((c, i) => `${i + 1}. ${code(c)} — ${TRANSITION_ERROR_TEXTS[c].en}`).join('\n');
}

const REGIONS: Readonly<Record<string, () => string>> = {
  'nomination-diagram': () => fence(nominationDiagram()),
  'nomination-table': nominationRows,
  'campaign-diagram': () => fence(campaignDiagram()),
  'campaign-table': campaignRows,
  statuses,
  errors,
};

function region(name: string): RegExp {
  return new RegExp(`(<!-- generated:${name} -->)([\\s\\S]*?)(<!-- /generated:${name} -->)`, 'u');
}

describe('docs/workflow.md', () => {
  it('has its generated parts up to date with the tables (UPDATE_DOCS=1 rewrites them)', () => {
    let text = readFileSync(DOC, 'utf8');
    for (const [name, generate] of Object.entries(REGIONS)) {
      const pattern = region(name);
      expect(text, `region ${name}`).toMatch(pattern);
      if (process.env.UPDATE_DOCS === '1')
        text = text.replace(pattern, (_all, open: string, _old: string, close: string) => `${open}\n${generate()}\n${close}`);
      else
        expect(pattern.exec(text)?.[2], `region ${name} (run UPDATE_DOCS=1 npx vitest run test/workflow/docs.test.ts)`).toBe(
          `\n${generate()}\n`,
        );
    }
    if (process.env.UPDATE_DOCS === '1') writeFileSync(DOC, text);
  });

  it('each diagram has one arrow per group of rows, labelled with event, role and clause', () => {
    const lines = nominationDiagram().split('\n');
    expect(lines[0]).toBe('stateDiagram-v2');
    for (const row of NOMINATION_TRANSITIONS) {
      const event = row.decision === undefined ? row.event : `${row.event} ${row.decision}`;
      const arrow = lines.find((l) => l.startsWith(`    ${row.from} --> ${row.to} : ${event} · `));
      expect(arrow, `${row.from} ${event} ${row.to}`).toBeDefined();
      expect(arrow).toContain(row.by);
      expect(arrow).toContain(row.clause);
    }
    expect(lines.filter((l) => l.endsWith('--> [*]'))).toEqual(['    awarded --> [*]', '    rejected --> [*]', '    withdrawn --> [*]']);
    for (const row of CAMPAIGN_TRANSITIONS) {
      expect(campaignDiagram()).toContain(`    ${row.from} --> ${row.to} : ${row.event} · ${row.by} · ${row.clause}`);
    }
    // Mermaid reads a colon in a label as a separator: the labels have none.
    for (const line of [...lines, ...campaignDiagram().split('\n')]) expect(line.split(' : ')[1] ?? '').not.toMatch(/[:;]/u);
  });
});
