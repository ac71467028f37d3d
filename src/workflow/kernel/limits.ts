/**
 * The cap on a record parser's issues, alone in its module: other parsers (the activities') reuse
 * it without loading the workflow.
 *
 * @module
 */

/**
 * How many replay issues a record parser reports before it stops with one `too_many_issues`:
 * a record refused for a hundred reasons is refused, and wording a million more would cost seconds.
 */
export const MAX_RECORD_ISSUES = 100;
