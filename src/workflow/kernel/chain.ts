/**
 * The seal chain of a history, for both records: sealing the next entry, and checking every seal
 * of a reloaded record with the key.
 *
 * @module
 */
import type { ValidationIssue } from '../../core/issues.js';
import { sealKeyInvalidText, sealMismatchText, sealMissingText, tooManyIssuesText } from '../../text/workflow.js';
import { keyBytes } from './keys.js';
import { MAX_ISSUES } from '../../core/issues.js';
import { type Chain, entrySeal, headSeal, macOf, sameSeal } from './seal.js';
import type { SealOptions } from './options.js';

/** An entry as it is sealed: every field but its `seal`. */
export function unsealed<E extends { readonly seal?: string }>(entry: E): Omit<E, 'seal'> {
  const { seal, ...rest } = entry;
  void seal;
  return rest;
}

/** The key of the options, checked: `undefined` (no seal asked for), the bytes, or an issue. */
export function sealKeyOf(
  seal: SealOptions | undefined,
): { readonly ok: true; readonly key: Uint8Array | undefined } | { readonly ok: false; readonly issue: ValidationIssue } {
  if (seal === undefined) return { ok: true, key: undefined };
  const key = keyBytes(seal.key);
  if (key !== undefined) return { ok: true, key };
  return { ok: false, issue: { path: ['options', 'seal', 'key'], code: 'seal_key_invalid', message: sealKeyInvalidText() } };
}

/** What sealing needs from a history: each entry's seal, and the nomination's digest after it (nomination only). */
export type ChainInput = {
  readonly chain: Chain;
  readonly key: Uint8Array;
  readonly history: readonly { readonly seal?: string }[];
  readonly seal: string | undefined;
  /** The digest of the nomination after entry `index` (nomination records), else `undefined`. */
  readonly digestAfter?: (index: number) => string;
};

/** The seal of the next entry after a history, and the record's seal with it. */
export function sealNext(
  chain: Chain,
  key: Uint8Array,
  previous: string | undefined,
  length: number,
  entry: object,
  nominationDigest?: string,
): { readonly entry: string; readonly head: string } {
  const mac = macOf(key);
  const sealed = entrySeal(mac, chain, previous ?? '', entry, nominationDigest);
  return { entry: sealed, head: headSeal(mac, chain, sealed, length + 1) };
}

/** The seal of a record with no entry yet (a new campaign). */
export function sealEmpty(chain: Chain, key: Uint8Array): string {
  return headSeal(macOf(key), chain, '', 0);
}

/**
 * Every seal issue of a history checked with the key: an entry without a seal (`seal_missing`),
 * an entry whose seal is not the HMAC of the seal before it and of its content (`seal_mismatch`:
 * changed, inserted, removed, reordered), a record without its seal or whose seal is not that of
 * its last entry and its length (entries dropped from the end or appended). Each entry is checked
 * after the seal stored before it, so one changed entry is reported once.
 */
export function sealIssues(input: ChainInput): ValidationIssue[] {
  const { chain, key, history, seal, digestAfter } = input;
  const mac = macOf(key);
  const issues: ValidationIssue[] = [];
  let previous = '';
  for (let index = 0; index < history.length; index++) {
    if (issues.length >= MAX_ISSUES) {
      issues.push({ path: ['history', index], code: 'too_many_issues', message: tooManyIssuesText(MAX_ISSUES) });
      return issues;
    }
    const entry = history[index] as { readonly seal?: string };
    const expected = entrySeal(mac, chain, previous, unsealed(entry), digestAfter?.(index));
    if (entry.seal === undefined) {
      issues.push({ path: ['history', index, 'seal'], code: 'seal_missing', message: sealMissingText(index) });
      previous = expected;
    } else {
      if (!sameSeal(entry.seal, expected))
        issues.push({ path: ['history', index, 'seal'], code: 'seal_mismatch', message: sealMismatchText(index) });
      previous = entry.seal;
    }
  }
  if (seal === undefined) issues.push({ path: ['seal'], code: 'seal_missing', message: sealMissingText(undefined) });
  else if (!sameSeal(seal, headSeal(mac, chain, previous, history.length))) {
    issues.push({ path: ['seal'], code: 'seal_mismatch', message: sealMismatchText(undefined) });
  }
  return issues;
}
