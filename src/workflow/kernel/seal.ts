/**
 * Tamper evidence: canonical JSON (RFC 8785, the `canonicalize` package), SHA-256 digests and the
 * HMAC-SHA-256 chain of a history (`@noble/hashes`: synchronous, audited, the same code in Node
 * and in a browser). Each entry's seal is the HMAC of the seal before it, the entry's canonical
 * JSON without its seal, and — for a nomination — the digest of the nomination after the entry;
 * the record's seal is the HMAC of the last entry's seal and the number of entries, so that
 * entries dropped from the end or appended are seen too.
 *
 * @module
 */
import { hmac } from '@noble/hashes/hmac';
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import canonicalizeImport from 'canonicalize';
import { sameKey } from './keys.js';

/**
 * canonicalize 2.1 is CommonJS (`module.exports = serialize`) with a declaration file written as
 * an ES module: Node's ESM loader, esbuild (tsup's CJS output, bundlers) and vitest all give the
 * function as the default import, while TypeScript under NodeNext types it as `{ default }`.
 * Take whichever is the function.
 */
const canonicalize: (input: unknown) => string | undefined = /* @__PURE__ */ (() => {
  const imported = canonicalizeImport as unknown;
  return (typeof imported === 'function' ? imported : (imported as { default: unknown }).default) as (input: unknown) => string | undefined;
})();

/**
 * The canonical JSON of JSON-safe data (RFC 8785: keys sorted by UTF-16 code units, numbers and
 * strings as ECMAScript writes them, no white space). `undefined` properties are left out, as
 * `JSON.stringify` does.
 */
export function canonicalJson(value: unknown): string {
  return canonicalize(value) ?? 'null';
}

const digests = new WeakMap<object, string>();

/**
 * The SHA-256 of a value's canonical JSON, in hex. Memoised for frozen objects (the library's
 * records share one frozen nomination between the records of its versions).
 */
export function digestOf(value: object): string {
  const known = digests.get(value);
  if (known !== undefined) return known;
  const digest = bytesToHex(sha256(utf8ToBytes(canonicalJson(value))));
  if (Object.isFrozen(value)) digests.set(value, digest);
  return digest;
}

/** Which chain a seal belongs to: a seal of one machine's record is never valid for the other's. */
export type Chain = 'nomination' | 'campaign';

/** The HMAC-SHA-256 of one key, over the canonical JSON of a list of parts, in hex. */
export type Mac = (parts: readonly unknown[]) => string;

let lastMac: { readonly key: Uint8Array; readonly mac: Mac } | undefined;

/** The MAC of a key (valid: see {@link keyBytes}); the key's HMAC state is computed once and kept for the next call. */
export function macOf(key: Uint8Array): Mac {
  if (lastMac === undefined || !sameKey(lastMac.key, key)) {
    const base = hmac.create(sha256, key);
    const mac: Mac = (parts) =>
      bytesToHex(
        base
          .clone()
          .update(utf8ToBytes(canonicalJson(parts)))
          .digest(),
      );
    lastMac = { key: key.slice(), mac };
  }
  return lastMac.mac;
}

/**
 * The seal of a history entry (given without its `seal`): the chain, the seal before it (`''` for
 * the first), the entry and, for a nomination, the digest of the nomination after it.
 */
export function entrySeal(mac: Mac, chain: Chain, previous: string, entry: object, nominationDigest?: string): string {
  return mac(nominationDigest === undefined ? [`${chain}/entry`, previous, entry] : [`${chain}/entry`, previous, entry, nominationDigest]);
}

/** The seal of a record: the chain, its last entry's seal (`''` for none) and the number of entries. */
export function headSeal(mac: Mac, chain: Chain, last: string, length: number): string {
  return mac([`${chain}/head`, last, length]);
}

/** Whether two seals are equal, in time that does not depend on where they differ. */
export function sameSeal(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}
