import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { toValidationIssues } from '../../src/validation/issues.js';
import { issueText } from '../../src/text/validation.js';

const issuesFrom = (schema: z.ZodType, input: unknown) => {
  const parsed = schema.safeParse(input, { reportInput: true });
  if (parsed.success) throw new Error('expected a failure');
  return toValidationIssues(parsed.error.issues);
};

describe('validation messages: every zod issue code is worded in both languages', () => {
  it.each([
    ['too_big', z.number().max(3), 9, 'tối đa 3', 'maximum is 3'],
    ['too_small (number)', z.number().min(3), 1, 'tối thiểu 3', 'minimum is 3'],
    ['not_multiple_of', z.number().multipleOf(5), 7, 'bội số của 5', 'multiple of 5'],
    ['invalid_union', z.union([z.string(), z.number()]), true, 'không khớp', 'matches none'],
    ['invalid_format (email)', z.email(), 'x', 'Sai định dạng (email)', 'Invalid format (email)'],
    ['invalid_format (date)', z.iso.date(), '2023-02-29', 'Ngày không hợp lệ', 'Invalid date'],
    ['custom', z.string().refine(() => false), 'x', 'Giá trị không hợp lệ', 'Invalid value'],
    ['invalid_key', z.record(z.string().min(3), z.number()), { ab: 1 }, 'Khóa không hợp lệ', 'Invalid key'],
    ['invalid_type (array)', z.string(), [], 'nhận được mảng', 'received an array'],
    ['invalid_type (NaN)', z.number(), Number.NaN, 'cần số', 'expected a number'],
    ['invalid_type (bigint)', z.string(), 10n, 'nhận được bigint', 'received bigint'],
  ])('%s', (_name, schema, input, vi, en) => {
    const [issue] = issuesFrom(schema as z.ZodType, input);
    expect(issue?.message.vi).toContain(vi);
    expect(issue?.message.en).toContain(en);
  });

  it('plural and singular key lists in English', () => {
    const [issue] = issuesFrom(z.strictObject({}), { a: 1, b: 2 });
    expect(issue?.message.en).toBe('Fields not allowed: "a", "b".');
  });

  it('paths keep numbers as numbers and turn symbols into strings', () => {
    const sym = Symbol('k');
    const issues = toValidationIssues([{ code: 'custom', path: [0, 'a', sym], message: '' }]);
    expect(issues[0]?.path).toEqual([0, 'a', 'Symbol(k)']);
    expect(issueText({ code: 'custom', path: [], message: '' }).vi).toBe('Giá trị không hợp lệ.');
    // zod 4 declares invalid_element (maps, sets) but reports element failures as other codes.
    const element = issueText({ code: 'invalid_element', origin: 'set', key: 'a', issues: [], path: [], message: '' });
    expect(element).toEqual({ vi: 'Phần tử không hợp lệ.', en: 'Invalid element.' });
  });
});
