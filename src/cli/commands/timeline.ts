/**
 * `thi-dua timeline`: the plan's milestones around a day, and that year's occasions.
 *
 * @module
 */
import { isCivilDate, toCivilDate } from '../../core/dates.js';
import type { CivilDate, Lang } from '../../core/types.js';
import { occasionsIn, rewardFormsFor } from '../../rules/rewards.js';
import { MILESTONE_WINDOWS, milestonesOn } from '../../rules/timeline.js';
import { CLI_ERRORS, CLI_SYNOPSES, CLI_TEXT } from '../../text/cli.js';
import { occasionText } from '../../text/findings.js';
import { label } from '../../text/labels.js';
import { type CommandContext, defineCommand, EXIT } from '../command.js';
import { toJson } from '../format.js';

type WindowState = 'past' | 'current' | 'upcoming';

function stateOf(from: CivilDate, to: CivilDate, day: CivilDate): WindowState {
  if (day < from) return 'upcoming';
  return day > to ? 'past' : 'current';
}

/** The timeline as of a Vietnamese civil day, as text or JSON. */
export function renderTimeline(day: CivilDate, lang: Lang, format: 'table' | 'json'): string {
  const year = Number(day.slice(0, 4));
  const windows = MILESTONE_WINDOWS.map((w) => ({ ...w, state: stateOf(w.from, w.to, day) }));
  const running = milestonesOn(day);
  const occasions = occasionsIn(year).map((o) => ({ ...o, forms: rewardFormsFor(o) }));
  if (format === 'json') return toJson({ on: day, milestones: windows, running, occasions });
  const lines = [`${CLI_TEXT.timelineTitle[lang]} — ${day}`];
  for (const w of windows) {
    lines.push(`  ${w.from} … ${w.to}  ${w.rule}  ${label(w.milestone, lang)} (${w.year}) — ${CLI_TEXT[w.state][lang]}`);
  }
  lines.push(
    '',
    `${CLI_TEXT.milestonesOnDay[lang]} (${day}): ${running.length === 0 ? CLI_TEXT.none[lang] : running.map((m) => label(m, lang)).join('; ')}`,
  );
  lines.push(`${CLI_TEXT.occasionsOfYear[lang]} ${year}:${occasions.length === 0 ? ` ${CLI_TEXT.none[lang]}` : ''}`);
  for (const o of occasions) {
    lines.push(`  ${occasionText(o.kind, o.year)[lang]}: ${o.forms.map((f) => label(f, lang)).join('; ')}`);
  }
  return lines.join('\n');
}

const options = {
  on: { type: 'string', check: { test: (value: string) => isCivilDate(value), hint: CLI_TEXT.dateHint } },
  format: { type: 'string', choices: ['table', 'json'] },
} as const;

/** `thi-dua timeline [--on YYYY-MM-DD] [--format table|json]`. */
export const timelineCommand = defineCommand({
  name: 'timeline',
  synopsis: CLI_SYNOPSES.timeline,
  summary: CLI_TEXT.timelineSummary,
  help: CLI_TEXT.timelineHelp,
  options,
  positionals: 0,
  run: async (context: CommandContext<typeof options>) => {
    const day = context.options.on ?? toCivilDate(context.io.now());
    if (day === undefined) return context.usage(CLI_ERRORS.missingValue('--on'));
    await context.io.out(renderTimeline(day, context.lang, context.options.format === 'json' ? 'json' : 'table'));
    return EXIT.ok;
  },
});
