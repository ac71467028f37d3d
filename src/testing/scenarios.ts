/**
 * Named, realistic data sets with their expected outcomes, for downstream test suites and for the
 * library's own. Each entry is raw input (as a form or a JSON file would give it) and what the
 * library must say of it.
 *
 * @module
 */
import type { Occasion } from '../core/inputs.js';
import type { Outcome, Text } from '../core/types.js';
import { deepFreeze } from '../core/freeze.js';

/**
 * What the library must say of one scenario entry: a valid nomination's outcome and the rules of
 * its findings that are not met; or, for an entry broken on purpose, the paths of its issues.
 *
 * @example
 * ```ts
 * import type { ScenarioExpectation } from 'thi-dua-vi-nguoi-ngheo/testing';
 * const expected: ScenarioExpectation = { valid: true, outcome: 'not-met', notMet: ['III.3.a'] };
 * ```
 */
export type ScenarioExpectation =
  | {
      /** `true`: the entry parses as a nomination. */
      readonly valid: true;
      /** The outcome `evaluateNomination` must give. */
      readonly outcome: Outcome;
      /** The rules (clause ids) of the findings that are `not-met`; absent: none. */
      readonly notMet?: readonly string[];
    }
  | {
      /** `false`: the entry is broken on purpose and must not parse. */
      readonly valid: false;
      /** The distinct paths of the issues `parseNomination` must report, each joined with dots. */
      readonly issuePaths: readonly string[];
    };

/**
 * One entry of a scenario: raw input and its expectation.
 *
 * @example
 * ```ts
 * import { scenarios, type ScenarioEntry } from 'thi-dua-vi-nguoi-ngheo/testing';
 * const first: ScenarioEntry | undefined = scenarios.soKet2023.entries[0];
 * ```
 */
export type ScenarioEntry = {
  /** The raw input, as an application would receive it (not yet parsed). */
  readonly input: unknown;
  /** What the library must say of it. */
  readonly expected: ScenarioExpectation;
};

/**
 * A named data set: what it is, the occasion it is about, and its entries.
 *
 * @example
 * ```ts
 * import { scenarios, type Scenario } from 'thi-dua-vi-nguoi-ngheo/testing';
 * const s: Scenario = scenarios.soKet2023;
 * s.occasion; //=> { kind: 'preliminary-review', year: 2023 }
 * ```
 */
export type Scenario = {
  /** The scenario's name, in kebab case, e.g. 'so-ket-2023'. */
  readonly name: string;
  /** What the scenario is, in both languages. */
  readonly title: Text;
  /** The occasion its nominations are for. */
  readonly occasion: Occasion;
  /** Its entries, in order. */
  readonly entries: readonly ScenarioEntry[];
};

const C3 = { 'III.2.a.1': 'met', 'III.2.a.2': 'met', 'III.2.a.3': 'met' } as const;
const I3 = { 'III.2.b.1': 'met', 'III.2.b.2': 'met', 'III.2.b.3': 'met' } as const;

type RawSubject = { id: string; name: string; category: string; contributesToPovertyReduction?: boolean };
const unit = (id: string, name: string, contributes = true): RawSubject => ({
  id,
  name,
  category: 'unit',
  contributesToPovertyReduction: contributes,
});
const person = (id: string, name: string, category: string, contributes?: boolean): RawSubject => ({
  id,
  name,
  category,
  ...(contributes === undefined ? {} : { contributesToPovertyReduction: contributes }),
});
const household = (id: string, name: string, category: string): RawSubject => ({ id, name, category });

const soKet: Occasion = { kind: 'preliminary-review', year: 2023 };
const annual2024: Occasion = { kind: 'annual', year: 2024 };
const tongKet: Occasion = { kind: 'final-review', year: 2025 };

const met = (): ScenarioExpectation => ({ valid: true, outcome: 'met' });
const notMet = (...rules: string[]): ScenarioExpectation => ({ valid: true, outcome: 'not-met', notMet: rules });
const unknown = (): ScenarioExpectation => ({ valid: true, outcome: 'unknown' });
const broken = (...issuePaths: string[]): ScenarioExpectation => ({ valid: false, issuePaths });

/**
 * The library's scenarios (deeply frozen):
 * - `soKet2023` — the 2023 preliminary review (sơ kết): fourteen nominations from six units of the
 *   Sở, for units, households and individuals, every form, some eligible, some not, three broken on
 *   purpose;
 * - `hangNam2024` — the 2024 annual reward: the forms of III.3.a refused, households waiting for the
 *   guidance, unassessed criteria;
 * - `tongKet2025` — the 2025 final review, with an occasion the plan does not have.
 *
 * @example
 * ```ts
 * import { evaluateNomination, parseNomination } from 'thi-dua-vi-nguoi-ngheo';
 * import { scenarios } from 'thi-dua-vi-nguoi-ngheo/testing';
 * for (const { input, expected } of scenarios.soKet2023.entries) {
 *   const parsed = parseNomination(input);
 *   if (parsed.ok && expected.valid) console.assert(evaluateNomination(parsed.value).outcome === expected.outcome);
 * }
 * ```
 */
export const scenarios: {
  readonly soKet2023: Scenario;
  readonly hangNam2024: Scenario;
  readonly tongKet2025: Scenario;
} = /* @__PURE__ */ (() =>
  deepFreeze({
    soKet2023: {
      name: 'so-ket-2023',
      title: {
        vi: 'Sơ kết phong trào thi đua năm 2023 tại Sở GTVT Cao Bằng',
        en: 'The 2023 preliminary review at the Department of Transport of Cao Bằng',
      },
      occasion: soKet,
      entries: [
        {
          input: {
            id: 'SK23-01',
            subject: unit('ban-qlda', 'Ban Quản lý dự án đầu tư xây dựng công trình giao thông'),
            form: 'pm-certificate',
            occasion: soKet,
            assessment: C3,
            proposingUnit: 'ban-qlda',
          },
          expected: met(),
        },
        {
          input: {
            id: 'SK23-02',
            subject: unit('doan-qldb-1', 'Đoạn Quản lý đường bộ I'),
            form: 'provincial-certificate',
            occasion: soKet,
            assessment: C3,
            proposingUnit: 'doan-qldb-1',
          },
          expected: met(),
        },
        {
          input: {
            id: 'SK23-03',
            subject: unit('trung-tam-dang-kiem', 'Trung tâm Đăng kiểm xe cơ giới', false),
            form: 'director-certificate',
            occasion: soKet,
            assessment: C3,
            proposingUnit: 'trung-tam-dang-kiem',
          },
          expected: notMet('III.1.1'),
        },
        {
          input: {
            id: 'SK23-04',
            subject: unit('thanh-tra-so', 'Thanh tra Sở'),
            form: 'director-certificate',
            occasion: soKet,
            assessment: { ...C3, 'III.2.a.2': 'not-met' },
            proposingUnit: 'thanh-tra-so',
          },
          expected: notMet('III.2.a.2'),
        },
        {
          input: {
            id: 'SK23-05',
            subject: person('cc-nong-van-dung', 'Nông Văn Dũng', 'civil-servant', true),
            form: 'labor-order',
            occasion: soKet,
            assessment: I3,
            proposingUnit: 'phong-kh-tc',
          },
          expected: met(),
        },
        {
          input: {
            id: 'SK23-06',
            subject: person('vc-hoang-thi-mai', 'Hoàng Thị Mai', 'public-employee', true),
            form: 'provincial-certificate',
            occasion: soKet,
            assessment: { 'III.2.b.1': 'met', 'III.2.b.3': 'met' },
            proposingUnit: 'trung-tam-dang-kiem',
          },
          expected: unknown(),
        },
        {
          input: {
            id: 'SK23-07',
            subject: person('ld-luc-van-sinh', 'Lục Văn Sình', 'worker', true),
            form: 'director-certificate',
            occasion: soKet,
            assessment: I3,
            proposingUnit: 'doan-qldb-1',
          },
          expected: met(),
        },
        {
          input: {
            id: 'SK23-08',
            subject: person('cc-be-thi-thu', 'Bế Thị Thu', 'civil-servant'),
            form: 'director-certificate',
            occasion: soKet,
            assessment: I3,
            proposingUnit: 'van-phong-so',
          },
          expected: unknown(),
        },
        {
          input: {
            id: 'SK23-09',
            subject: person('ld-dam-van-hung', 'Đàm Văn Hùng', 'worker', true),
            form: 'pm-certificate',
            occasion: soKet,
            assessment: { ...I3, 'III.2.b.2': 'not-met' },
            proposingUnit: 'doan-qldb-1',
          },
          expected: notMet('III.2.b.2'),
        },
        {
          input: {
            id: 'SK23-10',
            subject: household('ho-ly-van-pao', 'Hộ ông Lý Văn Páo (xã Quang Long, huyện Hạ Lang)', 'escaped-poverty-household'),
            form: 'director-certificate',
            occasion: soKet,
            assessment: {},
            proposingUnit: 'doan-qldb-1',
          },
          expected: unknown(),
        },
        {
          input: {
            id: 'SK23-11',
            subject: household('ho-la-thi-lan', 'Hộ bà La Thị Lan (xã Đức Hạnh, huyện Bảo Lâm)', 'poor-household'),
            form: 'provincial-certificate',
            occasion: soKet,
            assessment: {},
            proposingUnit: 'ban-qlda',
          },
          expected: unknown(),
        },
        {
          input: {
            id: 'SK23-12',
            subject: { id: 'ho-nong-van-sau', name: 'Hộ ông Nông Văn Sáu', category: 'household' },
            form: 'director-certificate',
            occasion: soKet,
            assessment: {},
            proposingUnit: 'ban-qlda',
          },
          expected: broken('subject.category'),
        },
        {
          input: {
            id: 'SK23-13',
            subject: person('vc-luong-thi-hang', 'Lương Thị Hằng', 'public-employee', true),
            form: 'bang-khen',
            occasion: { kind: 'preliminary-review', year: '2023' },
            assessment: I3,
            proposingUnit: 'trung-tam-dang-kiem',
          },
          expected: broken('form', 'occasion.year'),
        },
        {
          input: {
            id: '',
            subject: person('cc-ma-van-khai', 'Ma Văn Khải', 'civil-servant', true),
            form: 'director-certificate',
            occasion: soKet,
            assessment: { ...I3, 'III.2.b.4': 'met' },
            proposingUnit: 'phong-qlvt',
            note: 'đề nghị bổ sung',
          },
          expected: broken('id', 'assessment', ''),
        },
      ],
    },
    hangNam2024: {
      name: 'khen-thuong-hang-nam-2024',
      title: { vi: 'Khen thưởng hằng năm 2024', en: 'The 2024 annual reward' },
      occasion: annual2024,
      entries: [
        {
          input: {
            id: 'HN24-01',
            subject: unit('phong-qlvt', 'Phòng Quản lý vận tải, phương tiện và người lái'),
            form: 'director-certificate',
            occasion: annual2024,
            assessment: C3,
            proposingUnit: 'phong-qlvt',
          },
          expected: met(),
        },
        {
          input: {
            id: 'HN24-02',
            subject: unit('phong-kcht', 'Phòng Quản lý kết cấu hạ tầng giao thông'),
            form: 'labor-order',
            occasion: annual2024,
            assessment: C3,
            proposingUnit: 'phong-kcht',
          },
          expected: notMet('III.3.a'),
        },
        {
          input: {
            id: 'HN24-03',
            subject: person('cc-nong-van-dung', 'Nông Văn Dũng', 'civil-servant', true),
            form: 'pm-certificate',
            occasion: annual2024,
            assessment: I3,
            proposingUnit: 'phong-kh-tc',
          },
          expected: notMet('III.3.a'),
        },
        {
          input: {
            id: 'HN24-04',
            subject: person('ld-trieu-van-phong', 'Triệu Văn Phòng', 'worker', true),
            form: 'provincial-certificate',
            occasion: annual2024,
            assessment: I3,
            proposingUnit: 'doan-qldb-2',
          },
          expected: met(),
        },
        {
          input: {
            id: 'HN24-05',
            subject: household('ho-hoang-van-chu', 'Hộ ông Hoàng Văn Chu (xã Cốc Pàng, huyện Bảo Lạc)', 'near-poor-household'),
            form: 'director-certificate',
            occasion: annual2024,
            assessment: {},
            proposingUnit: 'doan-qldb-2',
          },
          expected: unknown(),
        },
        {
          input: {
            id: 'HN24-06',
            subject: unit('van-phong-so', 'Văn phòng Sở'),
            form: 'director-certificate',
            occasion: annual2024,
            assessment: { 'III.2.a.1': 'met' },
            proposingUnit: 'van-phong-so',
          },
          expected: unknown(),
        },
        {
          input: {
            id: 'HN24-07',
            subject: person('vc-nong-thi-hoa', 'Nông Thị Hoa', 'public-employee', false),
            form: 'director-certificate',
            occasion: annual2024,
            assessment: { ...I3, 'III.2.b.3': 'unknown' },
            proposingUnit: 'trung-tam-dang-kiem',
          },
          expected: notMet('III.1.2'),
        },
      ],
    },
    tongKet2025: {
      name: 'tong-ket-2025',
      title: { vi: 'Tổng kết phong trào thi đua năm 2025', en: 'The 2025 final review' },
      occasion: tongKet,
      entries: [
        {
          input: {
            id: 'TK25-01',
            subject: unit('doan-qldb-1', 'Đoạn Quản lý đường bộ I'),
            form: 'labor-order',
            occasion: tongKet,
            assessment: C3,
            proposingUnit: 'doan-qldb-1',
          },
          expected: met(),
        },
        {
          input: {
            id: 'TK25-02',
            subject: person('cc-nong-van-dung', 'Nông Văn Dũng', 'civil-servant', true),
            form: 'pm-certificate',
            occasion: tongKet,
            assessment: I3,
            proposingUnit: 'phong-kh-tc',
          },
          expected: met(),
        },
        {
          input: {
            id: 'TK25-03',
            subject: person('ld-luc-van-sinh', 'Lục Văn Sình', 'worker', true),
            form: 'provincial-certificate',
            occasion: { kind: 'final-review', year: 2024 },
            assessment: I3,
            proposingUnit: 'doan-qldb-1',
          },
          expected: notMet('III.3.b'),
        },
        {
          input: {
            id: 'TK25-04',
            subject: unit('ban-qlda', 'Ban Quản lý dự án đầu tư xây dựng công trình giao thông'),
            form: 'director-certificate',
            occasion: tongKet,
            assessment: C3,
            proposingUnit: 'ban-qlda',
          },
          expected: met(),
        },
      ],
    },
  }))();
