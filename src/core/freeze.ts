/**
 * Freezes a value and everything it holds, so that shared data cannot be changed by a caller.
 *
 * @param value - plain data (objects, arrays, primitives)
 * @returns the same value, frozen all the way down
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/**
 * Freezes parsed data all the way down, entering objects that are already frozen: zod's
 * `readonly()` freezes the arrays it outputs but not what they hold, and {@link deepFreeze} stops
 * at a frozen object. For data just parsed, whose frozen parts are zod's own.
 *
 * @param value - plain data (objects, arrays, primitives), without cycles
 * @returns the same value, frozen all the way down
 */
export function freezeParsed<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) freezeParsed((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}
