import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLAUSE_IDS, CLAUSES, type Clause, type ClauseId } from '../../src/plan/clauses.js';

/**
 * RULES.md "verbatim", applied to a whole text: Unicode NFC, and each run of white space that
 * contains a line break (blank lines, spaces at line ends and at line starts) becomes one space.
 * Runs of white space inside a line are kept as they are.
 */
function normalise(source: string): string {
  return source.normalize('NFC').replace(/\s*\n\s*/gu, ' ');
}

const SOURCE_URL = new URL('../../source/ke-hoach-thi-dua-vi-nguoi-ngheo-2021-2025.txt', import.meta.url);
const source = readFileSync(SOURCE_URL, 'utf8');
const text = normalise(source);

/**
 * Where a clause sits in the normalised source: `marker` is the text right before the clause that
 * is dropped (the list marker, or for III.2.b the sub-heading "b) Đối với cá nhân: "), `start` the
 * clause's first words, `end` its last words. The clause is `start` through the first `end` after
 * it. `marker + start` must occur exactly once from the search position; the search moves on in
 * reading order.
 */
interface Anchor {
  readonly id: ClauseId;
  readonly marker: string;
  readonly start: string;
  readonly end: string;
}

const ANCHORS: readonly Anchor[] = [
  { id: 'I.1.1', marker: '- ', start: 'Đẩy mạnh công tác tuyên truyền', end: 'của Tỉnh.' },
  { id: 'I.1.2', marker: '- ', start: 'Cụ thể hóa việc triển khai', end: 'thiết thực, hiệu quả.' },
  {
    id: 'I.1.3',
    marker: '- ',
    start: 'Tạo sự chuyển biến mạnh mẽ',
    end: 'cho phát triển bền vững.',
  },
  {
    id: 'I.2.1',
    marker: '- ',
    start: 'Phong trào thi đua được triển khai sâu rộng',
    end: 'trong quá trình triển khai thực hiện.',
  },
  {
    id: 'I.2.2',
    marker: '- ',
    start: 'Việc thực hiện phong trào thi đua phải trở thành',
    end: 'của cơ quan, đơn vị.',
  },
  {
    id: 'I.2.3',
    marker: '- ',
    start: 'Kịp thời phát hiện, bồi dưỡng',
    end: 'trong thực hiện phong trào thi đua.',
  },
  {
    id: 'II.1.a',
    marker: 'a) ',
    start: 'Tuyên truyền, vận động công chức',
    end: 'chương trình mục tiêu quốc gia giảm nghèo bền vững.',
  },
  {
    id: 'II.1.b',
    marker: 'b) ',
    start: 'Tổ chức triển khai thực hiện phong trào thi đua',
    end: 'vùng đặc biệt khó khăn.',
  },
  { id: 'II.1.c', marker: 'c) ', start: 'Thi đua đoàn kết giúp nhau', end: 'cùng thoát nghèo.' },
  { id: 'II.1.d', marker: 'd) ', start: 'Tùy theo tình hình thực tế', end: 'khó khăn, biên giới.' },
  {
    id: 'II.2.a',
    marker: 'a) ',
    start: 'Tăng cường sự lãnh đạo',
    end: 'xuất sắc trong phong trào thi đua.',
  },
  {
    id: 'II.2.b',
    marker: 'b) ',
    start: 'Đẩy mạnh công tác quán triệt',
    end: 'về công tác giảm nghèo.',
  },
  {
    id: 'II.2.c',
    marker: 'c) ',
    start: 'Thường xuyên cập nhật đầy đủ',
    end: 'và cộng đồng xã hội.',
  },
  {
    id: 'II.2.d',
    marker: 'd) ',
    start: 'Các tổ chức đoàn thể, các phòng',
    end: 'để thực hiện phong trào thi đua.',
  },
  { id: 'III.1.1', marker: '- ', start: 'Tập thể:', end: 'hộ mới thoát nghèo.' },
  { id: 'III.1.2', marker: '- ', start: 'Cá nhân:', end: 'giảm nghèo của tỉnh.' },
  {
    id: 'III.2.a.1',
    marker: '- ',
    start: 'Đề ra các nội dung',
    end: 'hoàn thành mục tiêu giảm nghèo bền vững.',
  },
  {
    id: 'III.2.a.2',
    marker: '- ',
    start: 'Thực hiện, phối hợp thực hiện',
    end: 'cơ quan quản lý cấp trên.',
  },
  {
    id: 'III.2.a.3',
    marker: '- ',
    start: 'Tích cực tham gia hưởng ứng',
    end: 'hằng năm hoàn thành kế hoạch, nhiệm vụ được giao.',
  },
  {
    id: 'III.2.b',
    marker: 'b) Đối với cá nhân: ',
    start: 'Nỗ lực công tác',
    end: 'hoàn thành xuất sắc nhiệm vụ được giao.',
  },
  {
    id: 'III.3.a',
    marker: 'a) ',
    start: 'Huân chương Lao động',
    end: 'tổng kết phong trào thi đua.',
  },
  {
    id: 'III.3.b',
    marker: 'b) ',
    start: 'Bằng khen của Chủ tịch',
    end: 'tổng kết phong trào thi đua.',
  },
  {
    id: 'III.3.c',
    marker: 'c) ',
    start: 'Giấy khen của Giám đốc',
    end: 'tổng kết phong trào thi đua.',
  },
  { id: 'III.4', marker: '4. ', start: 'Tiêu chuẩn:', end: '(Ban Thi đua - Khen thưởng).' },
  {
    id: 'III.5.1',
    marker: '- ',
    start: 'Tháng 10 năm 2022:',
    end: 'tổ chức thực hiện phong trào thi đua.',
  },
  { id: 'III.5.2', marker: '- ', start: 'Năm 2023:', end: 'trình khen thưởng theo thẩm quyền.' },
  { id: 'III.5.3', marker: '- ', start: 'Năm 2025:', end: 'trình khen thưởng theo thẩm quyền.' },
  {
    id: 'III.5.4',
    marker: '- ',
    start: 'Hằng năm, Hội đồng',
    end: 'thực hiện phong trào thi đua.',
  },
  {
    id: 'IV.1.1',
    marker: '- ',
    start: 'Nghiêm túc quán triệt',
    end: 'tích cực hưởng ứng, tham gia.',
  },
  {
    id: 'IV.1.2',
    marker: '- ',
    start: 'Trong năm, tiến hành họp',
    end: '(qua Văn phòng Sở) để tổng hợp.',
  },
  {
    id: 'IV.2',
    marker: '2. ',
    start: 'Văn phòng Sở:',
    end: 'hiệu quả công tác tuyên truyền.',
  },
  {
    id: 'IV.3.1',
    marker: '- ',
    start: 'Chủ trì hướng dẫn',
    end: 'khen thưởng theo thẩm quyền.',
  },
  {
    id: 'IV.3.2',
    marker: '- ',
    start: 'Tham mưu họp xét chọn',
    end: 'khen thưởng theo quy định.',
  },
  {
    id: 'IV.4',
    marker: '4. ',
    start: 'Đề nghị các tổ chức đoàn thể:',
    end: 'trên địa bàn tỉnh....',
  },
];

/** The three parts of III.2.b, derived from it rather than located in the source. */
const III_2_B_PARTS = ['III.2.b.1', 'III.2.b.2', 'III.2.b.3'] as const satisfies readonly ClauseId[];

/** A clause cut from the text, or why it could not be cut. */
type Derived = { readonly text: string } | { readonly error: string };

/**
 * Cuts every anchored clause from `normalised`, searching in reading order. A clause must begin at
 * a word boundary (after a space or at the start of the text) and end at one (before a space or
 * at the end of the text).
 */
function deriveAll(normalised: string): ReadonlyMap<ClauseId, Derived> {
  const derived = new Map<ClauseId, Derived>();
  let position = 0;
  for (const { id, marker, start, end } of ANCHORS) {
    const head = marker + start;
    const at = normalised.indexOf(head, position);
    if (at < 0) {
      derived.set(id, { error: `"${head}" not found after offset ${position}` });
      continue;
    }
    if (normalised.indexOf(head, at + 1) >= 0) {
      derived.set(id, { error: `"${head}" is not unique after offset ${position}` });
      continue;
    }
    if (at > 0 && normalised[at - 1] !== ' ') {
      derived.set(id, { error: `"${head}" does not begin at a word boundary` });
      continue;
    }
    const from = at + marker.length;
    const endAt = normalised.indexOf(end, from + start.length);
    if (endAt < 0) {
      derived.set(id, { error: `"${end}" not found after "${head}"` });
      continue;
    }
    const to = endAt + end.length;
    if (to < normalised.length && normalised[to] !== ' ') {
      derived.set(id, { error: `"${end}" does not end at a word boundary` });
      continue;
    }
    derived.set(id, { text: normalised.slice(from, to) });
    position = to;
  }
  return derived;
}

/** Splits `s` at the first `separator`; undefined when `separator` is absent. */
function splitOnce(s: string, separator: string): readonly [string, string] | undefined {
  const at = s.indexOf(separator);
  return at < 0 ? undefined : [s.slice(0, at), s.slice(at + separator.length)];
}

/**
 * III.2.b.1–III.2.b.3 from the sentence III.2.b: "<1>, <2>; <3>." (the first comma, then the
 * only semicolon; separators and the final full stop dropped).
 */
function splitIII2b(sentence: string): readonly [string, string, string] | undefined {
  if (!sentence.endsWith('.')) return undefined;
  const body = sentence.slice(0, -1);
  const first = splitOnce(body, ', ');
  if (first === undefined) return undefined;
  const rest = splitOnce(first[1], '; ');
  if (rest === undefined || rest[1].includes('; ')) return undefined;
  return [first[0], rest[0], rest[1]];
}

function textOf(derived: Derived | undefined): string {
  expect(derived).toBeDefined();
  if (derived === undefined) throw new Error('unreachable');
  if ('error' in derived) throw new Error(derived.error);
  return derived.text;
}

function clause(id: ClauseId): Clause {
  const found = CLAUSES.find((c) => c.id === id);
  expect(found, `clause ${id}`).toBeDefined();
  if (found === undefined) throw new Error(`no clause ${id}`);
  return found;
}

const DERIVED = deriveAll(text);

describe('normalise (the verbatim rule)', () => {
  it('collapses each white-space run that contains a line break to one space', () => {
    expect(normalise('a \n\n b')).toBe('a b');
    expect(normalise('a \r\n \t\n  b\nc')).toBe('a b c');
  });

  it('keeps white space inside a line and "...."', () => {
    expect(normalise('a  b')).toBe('a  b');
    expect(normalise('tỉnh....nhằm')).toBe('tỉnh....nhằm');
  });

  it('normalises to NFC', () => {
    const decomposed = 'Tie\u0302u chua\u0302\u0309n';
    expect(normalise(decomposed)).toBe('Tiêu chuẩn');
    expect(normalise(decomposed)).toBe(normalise(decomposed).normalize('NFC'));
  });
});

describe('the clause list', () => {
  it('has 37 clauses and 37 ids', () => {
    expect(CLAUSE_IDS).toHaveLength(37);
    expect(CLAUSES).toHaveLength(37);
  });

  it('has unique ids, in the order of CLAUSE_IDS', () => {
    expect(new Set(CLAUSE_IDS).size).toBe(CLAUSE_IDS.length);
    expect(CLAUSES.map((c) => c.id)).toEqual([...CLAUSE_IDS]);
  });

  it('checks every clause against the source (anchors plus III.2.b parts cover all ids)', () => {
    const checked = [...ANCHORS.map((a) => a.id), ...III_2_B_PARTS];
    expect([...checked].sort()).toEqual([...CLAUSE_IDS].sort());
    expect(new Set(checked).size).toBe(checked.length);
  });

  it('finds the anchored clauses in reading order (the order of CLAUSE_IDS)', () => {
    const order = CLAUSE_IDS.filter((id) => !(III_2_B_PARTS as readonly ClauseId[]).includes(id));
    expect(ANCHORS.map((a) => a.id)).toEqual(order);
  });
});

describe('each clause is verbatim from the source', () => {
  it.each(ANCHORS.map((a) => [a.id] as const))('%s is verbatim from the source', (id) => {
    expect(clause(id).vi).toBe(textOf(DERIVED.get(id)));
  });

  it('III.2.b splits into exactly three parts that rebuild the sentence', () => {
    const sentence = textOf(DERIVED.get('III.2.b'));
    const parts = splitIII2b(sentence);
    expect(parts).toBeDefined();
    if (parts === undefined) return;
    expect(`${parts[0]}, ${parts[1]}; ${parts[2]}.`).toBe(sentence);
    expect(parts[0]).toBe('Nỗ lực công tác');
    expect(parts[2]).toBe('hoàn thành xuất sắc nhiệm vụ được giao');
  });

  it.each(III_2_B_PARTS.map((id, index) => [id, index + 1] as const))('%s is verbatim from the source (part %i of III.2.b)', (id, part) => {
    const parts = splitIII2b(textOf(DERIVED.get('III.2.b')));
    expect(parts).toBeDefined();
    expect(clause(id).vi).toBe(parts?.[part - 1]);
  });
});

describe('each clause is well-formed', () => {
  const LIST_MARKER = /^(?:[-–—•+*]\s|[a-zđ]\)\s|\d+\.\s|[IVX]+\.\s)/u;

  it.each(CLAUSES.map((c) => [c.id, c] as const))('%s has non-empty, trimmed, single-line NFC text without a list marker', (_id, c) => {
    for (const s of [c.vi, c.en]) {
      expect(s.length).toBeGreaterThan(0);
      expect(s).toBe(s.trim());
      expect(s).toBe(s.normalize('NFC'));
      expect(s).not.toMatch(/[\n\r\u2028\u2029]/u);
      expect(s).not.toMatch(LIST_MARKER);
    }
  });
});

describe('the check can fail', () => {
  /** The source with `from` (which must occur exactly once, inside one line) replaced by `to`. */
  function alter(from: string, to: string): string {
    expect(source.split(from)).toHaveLength(2);
    return source.replace(from, to);
  }

  const III_3_A_WORDS = 'và Bằng khen của Thủ tướng Chính phủ';

  it('III.3.a: an extra space inside a line in the source no longer matches', () => {
    const altered = alter(III_3_A_WORDS, 'và Bằng khen của  Thủ tướng Chính phủ');
    expect(textOf(deriveAll(normalise(altered)).get('III.3.a'))).not.toBe(clause('III.3.a').vi);
  });

  it('III.3.a: a changed letter in the source no longer matches', () => {
    const altered = alter(III_3_A_WORDS, 'và Bằng khen của Thủ tướng Chinh phủ');
    expect(textOf(deriveAll(normalise(altered)).get('III.3.a'))).not.toBe(clause('III.3.a').vi);
  });

  it('III.3.a: a new line break (with blank line and indentation) in the source still matches', () => {
    const altered = alter(III_3_A_WORDS, 'và Bằng khen của \n\n   Thủ tướng Chính phủ');
    expect(textOf(deriveAll(normalise(altered)).get('III.3.a'))).toBe(clause('III.3.a').vi);
  });

  it('IV.4: collapsing the double spaces inside a line no longer matches', () => {
    const altered = alter('Vì người  nghèo', 'Vì người nghèo');
    expect(textOf(deriveAll(normalise(altered)).get('IV.4'))).not.toBe(clause('IV.4').vi);
  });
});
