/**
 * Records for the papers' tests: the built-in 2025 final-review scenario taken through the
 * workflow (as `npm run documents` does), and a fuller occasion with profiles, households,
 * rejected and withdrawn entries, under the example guidance.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  applyNominationEvent,
  createNominationRecord,
  type Nomination,
  type NominationEvent,
  type NominationRecord,
  parseNomination,
} from '../../src/index.js';
import type { DirectorDecisionInput, OccasionContext } from '../../src/documents/index.js';
import { exampleGuidance, scenarios } from '../../src/testing/index.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** The sample context of docs/examples. */
export function sampleContext(): OccasionContext {
  return JSON.parse(readFileSync(join(ROOT, 'docs/examples/documents-context-final-review-2025.json'), 'utf8')) as OccasionContext;
}

type Step = { type: string; by: string; on: string; decision?: string; reason?: string };

function record(nomination: Nomination, steps: readonly Step[], withGuidance: boolean): NominationRecord {
  const options = withGuidance ? { guidance: exampleGuidance } : undefined;
  const created = createNominationRecord(nomination, '2025-10-01', options) as NominationRecord | { ok: boolean; value?: NominationRecord };
  let current = ('ok' in created ? created.value : created) as NominationRecord;
  for (const step of steps) {
    const next = applyNominationEvent(current, step as NominationEvent, options);
    if (!next.ok) throw new Error(`${nomination.id}: ${step.type} refused (${next.error.code})`);
    current = next.value;
  }
  return current;
}

const TO_COMPILED: Step[] = [
  { type: 'PROPOSE', by: 'unit-head', on: '2025-10-20' },
  { type: 'SUBMIT', by: 'unit-head', on: '2025-10-27' },
  { type: 'COMPILE', by: 'department-council', on: '2025-11-20' },
];
const SELECTED: Step[] = [...TO_COMPILED, { type: 'SELECT', by: 'department-council', on: '2025-11-25' }];

/** The scenario `tongKet2025` as `npm run documents` takes it: compiled, the province's forms selected, the Labour Order in hạng Ba. */
export function scenarioRecords(): NominationRecord[] {
  const records: NominationRecord[] = [];
  for (const { input } of scenarios.tongKet2025.entries) {
    const parsed = parseNomination(input);
    if (!parsed.ok || parsed.value.occasion.year !== 2025) continue;
    const nomination: Nomination = parsed.value.form === 'labor-order' ? { ...parsed.value, laborOrderClass: 'third' } : parsed.value;
    records.push(record(nomination, nomination.form === 'director-certificate' ? TO_COMPILED : SELECTED, false));
  }
  return records;
}

const occasion = { kind: 'final-review', year: 2025 } as const;
const C3 = { 'III.2.a.1': 'met', 'III.2.a.2': 'met', 'III.2.a.3': 'met' } as const;
const I3 = { 'III.2.b.1': 'met', 'III.2.b.2': 'met', 'III.2.b.3': 'met' } as const;
const H2 = { 'VD-HO.1': 'met', 'VD-HO.2': 'met' } as Nomination['assessment'];
const DOCS = ['submission', 'achievement-report', 'review-minutes'];

function unit(id: string, name: string, form: Nomination['form'], extra: Partial<Nomination> = {}): Nomination {
  return {
    id,
    subject: { id: `u-${id}`, name, category: 'unit', contributesToPovertyReduction: true },
    form,
    occasion,
    assessment: form === 'provincial-certificate' ? ({ ...C3, 'VD-TT.1': 'met' } as Nomination['assessment']) : C3,
    proposingUnit: `u-${id}`,
    documents: DOCS,
    ...extra,
  };
}
function person(
  id: string,
  name: string,
  form: Nomination['form'],
  profile: NonNullable<Nomination['subject']['profile']>,
  extra: Partial<Nomination> = {},
): Nomination {
  return {
    id,
    subject: { id: `p-${id}`, name, category: 'civil-servant', contributesToPovertyReduction: true, profile },
    form,
    occasion,
    assessment: I3,
    proposingUnit: 'van-phong-so',
    documents: DOCS,
    ...extra,
  };
}
function household(id: string, name: string, category: 'poor-household' | 'near-poor-household' | 'escaped-poverty-household'): Nomination {
  return {
    id,
    subject: { id: `h-${id}`, name, category, officialList: { commune: 'Quang Long', year: 2024, decision: '15/QĐ-UBND' } },
    form: 'director-certificate',
    occasion,
    assessment: H2,
    proposingUnit: 'doan-qldb-1',
    documents: [...DOCS, 'commune-confirmation'],
  };
}

/** A fuller final review: 3 units, 4 people and 2 households for the Giấy khen (one rejected, one withdrawn besides), and the province's forms. */
export function richRecords(): NominationRecord[] {
  const giayKhen = [
    unit('GK-01', 'Văn phòng Sở', 'director-certificate'),
    unit('GK-02', 'Phòng Quản lý vận tải, phương tiện và người lái', 'director-certificate'),
    unit('GK-03', 'Đoạn Quản lý đường bộ II', 'director-certificate', {
      subject: {
        id: 'u-GK-03',
        name: 'Đoạn Quản lý đường bộ II',
        category: 'unit',
        contributesToPovertyReduction: true,
        profile: { parent: 'Sở Giao thông vận tải tỉnh Cao Bằng' },
      },
    }),
    person('GK-04', 'Nông Thị Hoa', 'director-certificate', {
      position: 'Chuyên viên',
      workplace: 'Văn phòng Sở',
      gender: 'female',
      birthYear: 1985,
    }),
    person('GK-05', 'Hoàng Văn Pao', 'director-certificate', {
      position: 'Phó Trưởng phòng',
      workplace: 'Phòng Kế hoạch - Tài chính',
      gender: 'male',
      birthYear: 1979,
    }),
    person('GK-06', 'Lục Thị Mai', 'director-certificate', { position: 'Kế toán', workplace: 'Đoạn Quản lý đường bộ I' }),
    person('GK-07', 'Bế Văn Tú', 'director-certificate', { position: 'Công nhân', workplace: 'Đoạn Quản lý đường bộ II' }),
    household('GK-08', 'Hộ ông Lý Văn Páo', 'escaped-poverty-household'),
    household('GK-09', 'Hộ bà La Thị Lan', 'near-poor-household'),
  ];
  const records = giayKhen.map((n) => record(n, TO_COMPILED, true));
  records.push(
    record(
      person('GK-10', 'Triệu Văn Phòng', 'director-certificate', { position: 'Lái xe' }),
      [...TO_COMPILED, { type: 'DECIDE', by: 'director', on: '2025-12-01', decision: 'reject' }],
      true,
    ),
    record(
      person('GK-11', 'Ma Văn Khải', 'director-certificate', { position: 'Chuyên viên' }),
      [...TO_COMPILED, { type: 'WITHDRAW', by: 'unit-head', on: '2025-11-22', reason: 'Chuyển công tác' }],
      true,
    ),
    record(unit('BK-01', 'Ban Quản lý dự án đầu tư xây dựng công trình giao thông', 'provincial-certificate'), SELECTED, true),
    record(
      person('BK-02', 'Đàm Văn Hùng', 'provincial-certificate', { position: 'Trưởng phòng', workplace: 'Phòng Kế hoạch - Tài chính' }),
      SELECTED,
      true,
    ),
    record(person('TT-01', 'Nông Văn Dũng', 'pm-certificate', { position: 'Phó Giám đốc Sở' }), SELECTED, true),
    record(unit('HC-01', 'Đoạn Quản lý đường bộ I', 'labor-order', { laborOrderClass: 'third' }), SELECTED, true),
    record(person('HC-02', 'Hoàng Thị Lan', 'labor-order', { position: 'Trưởng phòng' }, { laborOrderClass: 'second' }), SELECTED, true),
    // Compiled but not selected: on the list and in the minutes, not in the submission.
    record(person('BK-03', 'Lương Thị Hằng', 'provincial-certificate', { position: 'Chuyên viên' }), TO_COMPILED, true),
  );
  return records;
}

/** Everything a decision needs, for the rich records. */
export const DECISION: DirectorDecisionInput = {
  reference: '125/QĐ-SGTVT',
  date: '2025-12-15',
  signer: { name: 'Lê Văn Định', title: 'Phó Giám đốc', authority: 'KT.' },
  recipients: ['Như Điều 3', 'Lưu: VT, VP (TĐKT)'],
  executors: ['Chánh Văn phòng Sở'],
  fund: 'Quỹ Thi đua, khen thưởng của Sở năm 2025',
  amounts: { coefficients: { collective: 0.6 } },
};
