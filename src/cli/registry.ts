/**
 * Every command of `thi-dua`, in the order the overview lists them. Adding a command is one
 * entry here (and its file in `commands/`): the program parses its options, prints its help and
 * lists it in `thi-dua --help` from its definition alone.
 *
 * @module
 */
import type { AnyCommand } from './command.js';
import { activitiesCommand } from './commands/activities.js';
import { checkCommand } from './commands/check.js';
import { demoCommand } from './commands/demo.js';
import { documentsCommand } from './commands/documents.js';
import { proposalsCommand } from './commands/proposals.js';
import { reportCommand } from './commands/report.js';
import { timelineCommand } from './commands/timeline.js';

/** The commands, in the order of the overview. */
export const COMMANDS: readonly AnyCommand[] = [
  checkCommand,
  proposalsCommand,
  reportCommand,
  timelineCommand,
  activitiesCommand,
  documentsCommand,
  demoCommand,
];
