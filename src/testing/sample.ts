/**
 * A small built-in sample of nominations, as a department might enter them for the 2023
 * preliminary review and the 2024 annual reward. `npm run demo` evaluates them; they also make
 * handy examples.
 *
 * @module
 */
import type { Nomination } from '../core/inputs.js';
import { deepFreeze } from '../core/freeze.js';

const collectiveMet = { 'III.2.a.1': 'met', 'III.2.a.2': 'met', 'III.2.a.3': 'met' } as const;
const individualMet = { 'III.2.b.1': 'met', 'III.2.b.2': 'met', 'III.2.b.3': 'met' } as const;

/**
 * Eight sample nominations covering every outcome: eligible units and individuals, a form given
 * at the wrong occasion, a criterion not met, an unassessed criterion, an unknown contribution
 * and a household (whose criteria wait for the annual guidance, III.4). Deeply frozen.
 *
 * @example
 * ```ts
 * import { evaluateNomination } from 'thi-dua-vi-nguoi-ngheo';
 * import { sampleNominations } from 'thi-dua-vi-nguoi-ngheo/testing';
 * sampleNominations.map((n) => evaluateNomination(n).outcome);
 * //=> ['met', 'met', 'not-met', 'not-met', 'unknown', 'unknown', 'unknown', 'met']
 * ```
 */
export const sampleNominations: readonly Nomination[] = /* @__PURE__ */ (() =>
  deepFreeze([
    {
      id: 'SK2023-01',
      subject: { id: 'ban-qlda', name: 'Ban Quản lý dự án', category: 'unit', contributesToPovertyReduction: true },
      form: 'provincial-certificate',
      occasion: { kind: 'preliminary-review', year: 2023 },
      assessment: collectiveMet,
      proposingUnit: 'ban-qlda',
    },
    {
      id: 'SK2023-02',
      subject: { id: 'cc-017', name: 'Nông Thị Hoa', category: 'civil-servant', contributesToPovertyReduction: true },
      form: 'labor-order',
      occasion: { kind: 'preliminary-review', year: 2023 },
      assessment: individualMet,
      proposingUnit: 'phong-kh-tc',
    },
    {
      id: 'HN2024-01',
      subject: { id: 'vc-102', name: 'Hoàng Văn Nam', category: 'public-employee', contributesToPovertyReduction: true },
      form: 'pm-certificate',
      occasion: { kind: 'annual', year: 2024 },
      assessment: individualMet,
      proposingUnit: 'trung-tam-dang-kiem',
    },
    {
      id: 'HN2024-02',
      subject: { id: 'ld-233', name: 'Lục Văn Sình', category: 'worker', contributesToPovertyReduction: true },
      form: 'director-certificate',
      occasion: { kind: 'annual', year: 2024 },
      assessment: { 'III.2.b.1': 'met', 'III.2.b.2': 'not-met', 'III.2.b.3': 'met' },
      proposingUnit: 'doan-quan-ly-duong-bo',
    },
    {
      id: 'HN2024-03',
      subject: { id: 'phong-vt', name: 'Phòng Quản lý vận tải', category: 'unit', contributesToPovertyReduction: true },
      form: 'director-certificate',
      occasion: { kind: 'annual', year: 2024 },
      assessment: { 'III.2.a.1': 'met', 'III.2.a.3': 'met' },
      proposingUnit: 'phong-vt',
    },
    {
      id: 'HN2024-04',
      subject: { id: 'cc-044', name: 'Bế Thị Thu', category: 'civil-servant' },
      form: 'provincial-certificate',
      occasion: { kind: 'annual', year: 2024 },
      assessment: individualMet,
      proposingUnit: 'van-phong-so',
    },
    {
      id: 'HN2024-05',
      subject: { id: 'ho-nong-van-pao', name: 'Hộ ông Nông Văn Páo (xã Quang Long)', category: 'escaped-poverty-household' },
      form: 'director-certificate',
      occasion: { kind: 'annual', year: 2024 },
      assessment: {},
      proposingUnit: 'doan-quan-ly-duong-bo',
    },
    {
      id: 'HN2024-06',
      subject: { id: 'dqld', name: 'Đoạn Quản lý đường bộ', category: 'unit', contributesToPovertyReduction: true },
      form: 'director-certificate',
      occasion: { kind: 'annual', year: 2024 },
      assessment: collectiveMet,
      proposingUnit: 'doan-quan-ly-duong-bo',
    },
  ]))();
