/**
 * Seal keys as bytes: what a key must be, and whether two keys are one. Apart from the seals
 * themselves, so that a module that only compares keys (the registry of records) does not load
 * the hash and canonical-JSON libraries.
 *
 * @module
 */
import { utf8ToBytes } from '@noble/hashes/utils';
import type { SealKey } from './options.js';

/** The shortest key accepted, in bytes: the output size of SHA-256. */
export const MIN_KEY_BYTES = 32;

/** The bytes of a key, or `undefined` when it is not a string or bytes of at least {@link MIN_KEY_BYTES}. */
export function keyBytes(key: SealKey | undefined): Uint8Array | undefined {
  if (key === undefined) return undefined;
  const bytes = typeof key === 'string' ? utf8ToBytes(key) : key instanceof Uint8Array ? key : undefined;
  return bytes !== undefined && bytes.length >= MIN_KEY_BYTES ? bytes : undefined;
}

/** Whether two keys are the same bytes. */
export function sameKey(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= (a[i] as number) ^ (b[i] as number);
  return difference === 0;
}
