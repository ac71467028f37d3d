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
