/**
 * `thi-dua demo`: `check` on the built-in sample nominations, then the summary of the sample
 * activities (as `thi-dua activities`). With `--format json` or `ndjson` only JSON is printed (no
 * title; the activities' summary under the key `activities`), so that the output can be piped to
 * a JSON reader.
 *
 * @module
 */
import { summarizeActivities } from '../../activities/summary.js';
import { sampleNominations } from '../../testing/sample.js';
import { sampleActivities } from '../../testing/activities.js';
import { ACTIVITY_SUMMARY_TEXT } from '../../text/activities.js';
import { CLI_SYNOPSES, CLI_TEXT } from '../../text/cli.js';
import { type CommandContext, defineCommand } from '../command.js';
import { arrayItems } from '../input.js';
import { renderActivities } from './activities.js';
import { CHECK_FORMATS, checkFormatOf, streamCheck } from './check.js';

const options = { format: { type: 'string', choices: CHECK_FORMATS } } as const;

/** `thi-dua demo [--format table|json|ndjson]`. */
export const demoCommand = defineCommand({
  name: 'demo',
  synopsis: CLI_SYNOPSES.demo,
  summary: CLI_TEXT.demoSummary,
  help: CLI_TEXT.demoHelp,
  options,
  positionals: 0,
  run: async (context: CommandContext<typeof options>) => {
    const format = checkFormatOf(context.options.format);
    if (format === 'table') await context.io.out(`${CLI_TEXT.demoTitle[context.lang]}\n`);
    const activities = summarizeActivities(sampleActivities);
    const after = {
      key: 'activities',
      value: activities,
      text: renderActivities(activities, context.lang, 'table', ACTIVITY_SUMMARY_TEXT.sampleTitle),
    };
    return streamCheck({ format: 'json', items: arrayItems(sampleNominations) }, context.io, context.lang, format, after);
  },
});
