/**
 * The achievement report lists, under each criterion (III.2.a / III.2.b), the activities of the
 * movement (sections II, IV.4) that the nomination's evidence names and `checkEvidence` accepts;
 * refused evidence is left out, and the register is validated like every input.
 */
import { describe, expect, it } from 'vitest';
import { activitiesByCriterion } from '../../src/activities/index.js';
import { achievementReportDocument, toHtml } from '../../src/documents/index.js';
import type { Block, PaperDocument } from '../../src/documents/model.js';
import { parseNomination } from '../../src/rules/parse.js';
import { sampleActivities, sampleEvidence, scenarios } from '../../src/testing/index.js';
import type { Nomination } from '../../src/index.js';

function nomination(id: string): Nomination {
  const entry = [...scenarios.soKet2023.entries, ...scenarios.tongKet2025.entries].find((e) => (e.input as { id?: string }).id === id);
  const parsed = parseNomination({ ...(entry?.input as object), evidence: sampleEvidence[id] });
  if (!parsed.ok) expect.fail(JSON.stringify(parsed.error));
  return parsed.value;
}

const texts = (paper: PaperDocument): string[] =>
  paper.sections
    .flatMap((s) => s.blocks)
    .flatMap((b: Block) => (b.type === 'heading' ? [`# ${b.text}`] : b.type === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : []));

function report(n: Nomination, extra: object = {}): PaperDocument {
  const result = achievementReportDocument(n, { date: '2025-11-10', activities: sampleActivities as never, ...extra });
  if (!result.ok) expect.fail(JSON.stringify(result.error));
  return result.value;
}

describe('achievement report: the activities under the criterion they support', () => {
  it('TK25-01 (a unit, III.2.a): each accepted activity under its criterion, in the evidence’s order', () => {
    const n = nomination('TK25-01');
    const lines = texts(report(n));
    const groups = activitiesByCriterion(n, sampleActivities);
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) {
      const at = lines.findIndex((l) => l.startsWith('# ') && l.includes(`(${group.criterion})`));
      expect(at).toBeGreaterThan(-1);
      const next = lines.findIndex((l, i) => i > at && l.startsWith('# '));
      const section = lines.slice(at, next === -1 ? undefined : next);
      expect(section).toContain('Hoạt động minh chứng (mục II, IV.4 của Kế hoạch):');
      const listed = section.filter((l) => l.startsWith('– Ngày '));
      expect(listed).toHaveLength(group.activities.length);
      group.activities.forEach(({ activity }, i) => {
        const [y, m, d] = activity.on.split('-');
        expect(listed[i]).toContain(`– Ngày ${d}/${m}/${y}, `);
        expect(listed[i]).toContain(`(${activity.clause}): ${activity.description.replace(/[.;]+$/u, '')}`);
        if ('amount' in activity && activity.amount !== undefined)
          expect(listed[i]).toContain(`${activity.amount.toLocaleString('de-DE')} đồng`);
      });
    }
  });

  it('leaves out evidence that checkEvidence refuses (SK23-07: an activity of another person)', () => {
    const n = nomination('SK23-07');
    const all = texts(report(n)).join('\n');
    const accepted = activitiesByCriterion(n, sampleActivities).flatMap((g) => g.activities.map((a) => a.activity.id));
    expect(accepted).not.toContain('HD-2023-06');
    const refused = sampleActivities.find((a) => a.id === 'HD-2023-06')!;
    expect(all).not.toContain(refused.description.replace(/[.;]+$/u, ''));
  });

  it('names the unit when the activity is the person’s unit’s, and writes English', () => {
    const n = nomination('TK25-02');
    const groups = activitiesByCriterion(n, sampleActivities);
    const byUnit = groups.flatMap((g) => g.activities).find((a) => a.unitId !== undefined);
    expect(byUnit).toBeDefined();
    expect(texts(report(n)).join('\n')).toContain(`do đơn vị ${byUnit!.unitId} thực hiện`);
    const en = texts(report(n, { lang: 'en' })).join('\n');
    expect(en).toContain('Supporting activities (sections II and IV.4 of the plan):');
    expect(en).toContain(`carried out by the unit ${byUnit!.unitId}`);
    expect(toHtml(report(n))).toContain('Hoạt động minh chứng');
  });

  it('without a register, or without evidence, the report is as before', () => {
    const n = nomination('TK25-01');
    const without = achievementReportDocument(n, { date: '2025-11-10' });
    expect(without.ok && texts(without.value).some((l) => l.startsWith('Hoạt động minh chứng'))).toBe(false);
    const { evidence: _, ...bare } = n;
    expect(texts(report(bare as Nomination)).some((l) => l.startsWith('Hoạt động minh chứng'))).toBe(false);
  });

  it('refuses a bad register with the path (a negative amount, an unknown kind)', () => {
    const n = nomination('TK25-01');
    const bad = achievementReportDocument(n, {
      date: '2025-11-10',
      activities: [{ ...sampleActivities[0]!, amount: -5 } as never, { ...sampleActivities[1]!, kind: 'party' } as never],
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      const paths = bad.error.map((i) => i.path.join('.'));
      expect(paths.some((p) => p.includes('activities.0'))).toBe(true);
      expect(paths.some((p) => p.includes('activities.1'))).toBe(true);
    }
  });
});
