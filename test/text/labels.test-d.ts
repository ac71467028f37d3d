import { describe, expectTypeOf, it } from 'vitest';
import { type Code, label } from '../../src/index.js';

describe('label: types (issue 10, item 6)', () => {
  it('a known code gives a string', () => {
    expectTypeOf(label('labor-order', 'vi')).toEqualTypeOf<string>();
    const code: Code = 'submitted';
    expectTypeOf(label(code, 'en')).toEqualTypeOf<string>();
  });

  it('any other string gives string | undefined', () => {
    const stale: string = 'archived';
    expectTypeOf(label(stale, 'vi')).toEqualTypeOf<string | undefined>();
  });

  it('the language stays checked', () => {
    // @ts-expect-error 'fr' is not a Lang
    label('unit', 'fr');
  });
});
