/**
 * The texts of validation issues, in both languages, keyed by zod's issue codes (and the
 * library's own `not_blank` format). zod's English messages are never shown as they are: every
 * issue is worded here.
 *
 * @module
 */
import type * as z from 'zod';
import type { Text } from '../core/types.js';
import { NON_BLANK } from '../core/patterns.js';
import { MAX_LIST_ENTRIES } from '../core/issues.js';
import { LABELS } from './labels.js';

const TYPE_NAMES: Readonly<Record<string, Text>> = {
  string: { vi: 'chuỗi ký tự', en: 'a string' },
  number: { vi: 'số', en: 'a number' },
  int: { vi: 'số nguyên', en: 'an integer' },
  boolean: { vi: 'giá trị đúng/sai (true/false)', en: 'a boolean (true/false)' },
  object: { vi: 'đối tượng', en: 'an object' },
  array: { vi: 'mảng', en: 'an array' },
  null: { vi: 'null', en: 'null' },
  undefined: { vi: 'không có giá trị', en: 'nothing (undefined)' },
  nan: { vi: 'NaN (không phải là số)', en: 'NaN (not a number)' },
  infinity: { vi: 'số vô hạn', en: 'an infinite number' },
};

/** The library's own refinements, by the `reason` they carry in `params`. */
const CUSTOM_TEXT: Readonly<Record<string, Text>> = {
  duplicate_id: { vi: 'Mã này đã dùng cho một tiêu chí khác.', en: 'This id is already used by another criterion.' },
  reserved_id: {
    vi: 'Mã này trùng tên thuộc tính có sẵn của JavaScript (như toString, constructor).',
    en: 'This id is the name of a built-in JavaScript property (such as toString or constructor).',
  },
  too_many_entries: { vi: `Quá nhiều mục: tối đa ${MAX_LIST_ENTRIES}.`, en: `Too many entries: the maximum is ${MAX_LIST_ENTRIES}.` },
  empty_quota: { vi: 'Hạn mức cần có maxCount hoặc maxShare.', en: 'A quota needs maxCount or maxShare.' },
  plan_criterion_id: {
    vi: 'Mã tiêu chí của hướng dẫn không được trùng mã tiêu chí của kế hoạch (III.2.…).',
    en: "A guidance criterion id must not be one of the plan's criterion ids (III.2.…).",
  },
};

function typeName(type: string): Text {
  return TYPE_NAMES[type] ?? { vi: type, en: type };
}

/** The type of a received value, as a person reads it. */
function receivedType(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isNaN(input)) return 'nan';
  if (typeof input === 'number' && !Number.isFinite(input)) return 'infinity';
  return typeof input;
}

function list(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}

/**
 * The allowed values of a wrong choice as a person reads them: each code that has a name given
 * by its name in the language and the code to write (`«Hộ nghèo» (poor-household)`), any other
 * value as JSON.
 */
function choices(values: readonly unknown[]): Text {
  const one = (v: unknown, open: string, close: string, lang: 'vi' | 'en'): string =>
    typeof v === 'string' && Object.hasOwn(LABELS, v)
      ? `${open}${LABELS[v as keyof typeof LABELS][lang]}${close} (${v})`
      : JSON.stringify(v);
  return {
    vi: values.map((v) => one(v, '«', '»', 'vi')).join(', '),
    en: values.map((v) => one(v, '“', '”', 'en')).join(', '),
  };
}

/** A criterion or a field given for a subject it does not apply to, with the category's names. */
function notApplicableText(reason: 'criterion_not_applicable' | 'field_not_applicable', name: string, category: string): Text {
  const label = Object.hasOwn(LABELS, category) ? LABELS[category as keyof typeof LABELS] : { vi: category, en: category };
  const criterion = reason === 'criterion_not_applicable';
  return {
    vi: `${criterion ? 'Tiêu chí' : 'Trường'} ${name} không áp dụng cho «${label.vi}» (${category}): hãy bỏ đi.`,
    en: `The ${criterion ? 'criterion' : 'field'} ${name} does not apply to “${label.en}” (${category}): remove it.`,
  };
}

/**
 * The last issue of a capped list: so many shown, so many more not.
 *
 * @param shown - the issues reported (`MAX_ISSUES`)
 * @param more - the issues found beyond them
 */
export function tooManyIssuesText(shown: number, more: number): Text {
  return {
    vi: `Dữ liệu có quá nhiều lỗi: chỉ báo ${shown} lỗi đầu tiên, còn ${more} lỗi nữa không được báo.`,
    en: `The input has too many problems: only the first ${shown} are reported, ${more} more ${more === 1 ? 'is' : 'are'} not.`,
  };
}

/**
 * The last issue of a list a parser stopped reading: so many issues shown, so many entries left
 * unread.
 *
 * @param shown - the issues reported (`MAX_ISSUES`)
 * @param unread - the entries after the one where the parser stopped
 */
export function stoppedReadingText(shown: number, unread: number): Text {
  return {
    vi: `Dữ liệu có quá nhiều lỗi: chỉ báo ${shown} lỗi đầu tiên; ${unread} mục còn lại không được đọc.`,
    en: `The input has too many problems: only the first ${shown} are reported; the ${unread} entries left were not read.`,
  };
}

/**
 * Words one zod issue in Vietnamese and English.
 *
 * @param issue - a zod issue with its `input` (`toValidationIssues` fills it in from the parsed data)
 * @returns the message
 */
export function issueText(issue: z.core.$ZodIssue): Text {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeName(issue.expected);
      if (issue.input === undefined) {
        // A missing key and a key set to `undefined` look the same here: both lack a value.
        return { vi: `Thiếu giá trị (cần ${expected.vi}).`, en: `Missing value (expected ${expected.en}).` };
      }
      const received = typeName(receivedType(issue.input));
      return {
        vi: `Sai kiểu dữ liệu: cần ${expected.vi}, nhận được ${received.vi}.`,
        en: `Wrong type: expected ${expected.en}, received ${received.en}.`,
      };
    }
    case 'invalid_value': {
      const allowed = choices(issue.values);
      if (issue.input === undefined) {
        return { vi: `Thiếu giá trị: phải là một trong ${allowed.vi}.`, en: `Missing value: must be one of ${allowed.en}.` };
      }
      return { vi: `Giá trị không hợp lệ: phải là một trong ${allowed.vi}.`, en: `Invalid value: must be one of ${allowed.en}.` };
    }
    case 'unrecognized_keys':
      return {
        vi: `Trường không được phép: ${list(issue.keys)}.`,
        en: `Field${issue.keys.length > 1 ? 's' : ''} not allowed: ${list(issue.keys)}.`,
      };
    case 'too_small':
      if (issue.origin === 'string') {
        return { vi: 'Không được để trống.', en: 'Must not be empty.' };
      }
      return {
        vi: `Giá trị quá nhỏ: tối thiểu ${String(issue.minimum)}.`,
        en: `Too small: the minimum is ${String(issue.minimum)}.`,
      };
    case 'too_big':
      if (issue.origin === 'array') {
        return {
          vi: `Danh sách quá dài: tối đa ${String(issue.maximum)} mục.`,
          en: `Too many entries: the maximum is ${String(issue.maximum)}.`,
        };
      }
      return {
        vi: `Giá trị quá lớn: tối đa ${String(issue.maximum)}.`,
        en: `Too big: the maximum is ${String(issue.maximum)}.`,
      };
    case 'invalid_format':
      if (issue.format === 'regex' && issue.pattern === String(NON_BLANK)) {
        return { vi: 'Không được chỉ gồm khoảng trắng.', en: 'Must not be only white space.' };
      }
      if (issue.format === 'date') {
        return {
          vi: 'Ngày không hợp lệ: cần một ngày có thật, dạng YYYY-MM-DD.',
          en: 'Invalid date: expected a real calendar day written YYYY-MM-DD.',
        };
      }
      return { vi: `Sai định dạng (${issue.format}).`, en: `Invalid format (${issue.format}).` };
    case 'not_multiple_of':
      return { vi: `Phải là bội số của ${issue.divisor}.`, en: `Must be a multiple of ${issue.divisor}.` };
    case 'invalid_union':
      return { vi: 'Giá trị không khớp với dạng nào được phép.', en: 'The value matches none of the allowed shapes.' };
    case 'invalid_key':
      return { vi: 'Khóa không hợp lệ.', en: 'Invalid key.' };
    case 'invalid_element':
      return { vi: 'Phần tử không hợp lệ.', en: 'Invalid element.' };
    case 'custom':
      if (issue.params?.['reason'] === 'criterion_not_applicable' || issue.params?.['reason'] === 'field_not_applicable') {
        return notApplicableText(issue.params['reason'], String(issue.params['name']), String(issue.params['category']));
      }
      return CUSTOM_TEXT[String(issue.params?.['reason'])] ?? { vi: 'Giá trị không hợp lệ.', en: 'Invalid value.' };
    /* v8 ignore next 2 -- @preserve: unreachable, the switch is exhaustive */
    default:
      return issue satisfies never;
  }
}
