/**
 * The library's one way of freezing data: every exported list and table, and every record, event
 * and guidance it hands out, is frozen all the way down by {@link deepFreeze}, so that a caller's
 * `SUBJECT_CATEGORIES.sort()` throws (in strict mode) instead of changing what the evaluators
 * answer. `Object.freeze` itself stays where it is already deep: a flat list of strings (the code
 * lists, so that a bundle of the evaluator alone need not carry this function), and the
 * evaluators' fresh results, frozen level by level as they are built. A test walks every export
 * of every entry point (test/robustness/frozen-exports.test.ts).
 *
 * @module
 */

/**
 * Freezes a value and everything it holds, so that shared data cannot be changed by a caller. It
 * enters objects that are already frozen too (zod's `readonly()` outputs frozen arrays whose
 * elements are not; `Object.freeze` of a list freezes the list only), each object once. Only
 * plain data is frozen: an object that is an instance of a class (a zod schema, a regular
 * expression) is left as it is, for its own methods may need to write to it.
 *
 * @param value - plain data (objects, arrays, primitives)
 * @param seen - the objects already entered (each is entered once, so that shared parts cost nothing twice)
 * @returns the same value, frozen all the way down
 */
export function deepFreeze<T>(value: T, seen: Set<unknown> = new Set()): T {
  if (value !== null && typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    // Plain data only — arrays, and objects made by literals or `Object.create(null)` — not the
    // instances of a class (a zod schema, a regular expression), whose methods may write to them.
    const proto: unknown = Object.getPrototypeOf(value);
    if (Array.isArray(value) || proto === Object.prototype || proto === null) {
      for (const child of Object.values(value)) deepFreeze(child, seen);
      Object.freeze(value);
    }
  }
  return value;
}
