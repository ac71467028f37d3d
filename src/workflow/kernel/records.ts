/**
 * What both record parsers and both machines share about records: the wording of an unknown
 * event type, and the registry of the records the library built (so that a machine checks a
 * record it did not build, and only those). Freezing parsed data is `deepFreeze`
 * (src/core/freeze.ts).
 *
 * @module
 */
import type { ValidationIssue } from '../../core/issues.js';
import { eventTypeIssueText } from '../../text/workflow.js';
import { sameKey } from './keys.js';

/** Rewrites zod's `invalid_union` on an event's `type` into a message that lists the types. */
export function withEventTypeMessages(issues: readonly ValidationIssue[], types: readonly string[]): ValidationIssue[] {
  return issues.map((issue) =>
    issue.code === 'invalid_union' && issue.path.at(-1) === 'type' ? { ...issue, message: eventTypeIssueText(types) } : issue,
  );
}

/**
 * The records the library built or checked, deeply frozen, each with the key its seals were made
 * or checked with (`null`: unsealed). A record found here with the same key cannot have changed
 * since (it is frozen), so a machine need not check it again; any other object is checked whole.
 */
const BUILT = new WeakMap<object, Uint8Array | null>();

/** Registers a deeply frozen record the library built or checked, with its key. */
export function registerRecord<T extends object>(record: T, key: Uint8Array | undefined): T {
  BUILT.set(record, key ?? null);
  return record;
}

/** Whether the library built or checked this very record, with the same key (or both unsealed). */
export function isRegistered(record: unknown, key: Uint8Array | undefined): boolean {
  if (record === null || typeof record !== 'object') return false;
  const known = BUILT.get(record);
  if (known === undefined) return false;
  return known === null ? key === undefined : sameKey(known, key);
}
