/**
 * A realistic register of the movement's activities (II, IV.4), 2021–2025, for the units and
 * people of the scenarios and for the Department's trade union and youth union (the mass
 * organisations of IV.4), with the evidence some of the scenarios' nominations name.
 *
 * @module
 */
import type { Activity } from '../core/activity.js';
import type { Evidence } from '../core/inputs.js';
import { deepFreeze } from '../core/freeze.js';

/**
 * Thirty-three activities of 2021–2025, valid, ids unique, in the order a clerk enters them (by
 * year). Units: `ban-qlda`, `doan-qldb-1`, `doan-qldb-2`, `trung-tam-dang-kiem`, `van-phong-so`,
 * `phong-qlvt`, `phong-kcht`, `phong-kh-tc`; people: `cc-nong-van-dung` (phòng Kế hoạch - Tài
 * chính), `ld-luc-van-sinh` (Đoạn Quản lý đường bộ I), `ld-trieu-van-phong` (Đoạn II),
 * `cc-be-thi-thu` (Văn phòng Sở); mass organisations: `cong-doan-so` (Công đoàn cơ sở GTVT),
 * `doan-thanh-nien-so` (Đoàn Thanh niên CSHCM Sở). Some figures are left unstated on purpose (the
 * value of some gifts and support, the households of a visit to pupils). Deeply frozen.
 *
 * @example
 * ```ts
 * import { parseActivities, summarizeActivities } from 'thi-dua-vi-nguoi-ngheo/activities';
 * import { sampleActivities } from 'thi-dua-vi-nguoi-ngheo/testing';
 * parseActivities(sampleActivities).ok; //=> true
 * summarizeActivities(sampleActivities).total.count; //=> 33
 * ```
 */
export const sampleActivities: readonly Activity[] = /* @__PURE__ */ (() =>
  deepFreeze<Activity[]>([
    // 2021: the province's movement is under way before the Department's plan (reading 22).
    {
      id: 'HD-2021-01',
      kind: 'gift-or-visit',
      clause: 'IV.4',
      by: { subjectId: 'doan-thanh-nien-so' },
      on: '2021-01-28',
      households: 10,
      amount: 5_000_000,
      description: 'Thăm, tặng 10 suất quà Tết Tân Sửu cho hộ nghèo xã Đức Hạnh, huyện Bảo Lâm',
    },
    {
      id: 'HD-2021-02',
      kind: 'household-support',
      clause: 'II.1.c',
      by: { subjectId: 'doan-qldb-1' },
      on: '2021-08-15',
      households: 1,
      amount: 20_000_000,
      people: 5,
      description: 'Hỗ trợ xây dựng nhà Đại đoàn kết cho một hộ nghèo xã Quang Long, huyện Hạ Lang',
      documents: ['Biên bản bàn giao nhà ngày 15/8/2021'],
    },
    {
      id: 'HD-2021-03',
      kind: 'fund-contribution',
      clause: 'II.1.a',
      by: { subjectId: 'cong-doan-so' },
      on: '2021-10-20',
      amount: 18_600_000,
      contributors: 93,
      description:
        'Cán bộ, công chức, viên chức, người lao động Sở ủng hộ Quỹ Vì người nghèo tỉnh nhân tháng cao điểm năm 2021 (một ngày lương)',
      documents: ['Giấy xác nhận của Ủy ban MTTQ Việt Nam tỉnh'],
    },
    // 2022
    {
      id: 'HD-2022-01',
      kind: 'gift-or-visit',
      clause: 'IV.4',
      by: { subjectId: 'cong-doan-so' },
      on: '2022-01-20',
      households: 15,
      amount: 7_500_000,
      description: 'Thăm, tặng 15 suất quà Tết Nhâm Dần cho hộ nghèo xã Cốc Pàng, huyện Bảo Lạc',
    },
    {
      id: 'HD-2022-02',
      kind: 'support-model',
      clause: 'II.1.d',
      by: { subjectId: 'ban-qlda' },
      on: '2022-05-10',
      households: 8,
      people: 32,
      description: 'Mô hình nuôi bò sinh sản có sự tham gia của 8 hộ nghèo, cận nghèo xã Đức Hạnh, huyện Bảo Lâm',
    },
    {
      id: 'HD-2022-03',
      kind: 'fund-contribution',
      clause: 'II.1.a',
      by: { subjectId: 'ban-qlda' },
      on: '2022-10-17',
      amount: 10_000_000,
      contributors: 35,
      description: 'Ủng hộ Quỹ Vì người nghèo tỉnh nhân Ngày Vì người nghèo 17/10/2022',
    },
    {
      id: 'HD-2022-04',
      kind: 'fund-contribution',
      clause: 'IV.4',
      by: { subjectId: 'cong-doan-so' },
      on: '2022-10-25',
      amount: 21_300_000,
      contributors: 97,
      description: 'Công đoàn cơ sở vận động đoàn viên ủng hộ Quỹ Vì người nghèo năm 2022',
    },
    {
      id: 'HD-2022-05',
      kind: 'publication',
      clause: 'II.2.c',
      by: { subjectId: 'van-phong-so' },
      on: '2022-10-28',
      description:
        'Đăng Kế hoạch thực hiện Phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2021 - 2025 lên Trang Thông tin điện tử Sở',
    },
    // 2023: the preliminary review (sơ kết)
    {
      id: 'HD-2023-01',
      kind: 'gift-or-visit',
      clause: 'IV.4',
      by: { subjectId: 'doan-thanh-nien-so' },
      on: '2023-01-12',
      people: 45,
      amount: 9_000_000,
      description: 'Tặng quà Tết cho 45 học sinh có hoàn cảnh khó khăn Trường PTDTBT THCS Cốc Pàng, huyện Bảo Lạc',
    },
    {
      id: 'HD-2023-02',
      kind: 'household-support',
      clause: 'II.1.c',
      by: { subjectId: 'doan-qldb-1' },
      on: '2023-03-22',
      households: 3,
      people: 14,
      description: 'Hỗ trợ ngày công sửa chữa nhà ở cho 3 hộ nghèo ven Quốc lộ 4A, huyện Hạ Lang',
    },
    {
      id: 'HD-2023-03',
      kind: 'support-model',
      clause: 'II.1.c',
      by: { subjectId: 'cc-nong-van-dung' },
      on: '2023-04-18',
      households: 12,
      description: 'Đề xuất giải pháp thuê lao động của hộ nghèo địa phương tham gia duy tu, bảo dưỡng thường xuyên đường bộ',
      documents: ['Tờ trình số 112/TTr-KHTC'],
    },
    {
      id: 'HD-2023-04',
      kind: 'support-model',
      clause: 'II.1.d',
      by: { subjectId: 'doan-qldb-1' },
      on: '2023-06-05',
      households: 6,
      people: 6,
      amount: 36_000_000,
      description: 'Thuê 6 lao động hộ nghèo, cận nghèo xã Quang Long phát quang, vệ sinh mặt đường (tiền công năm 2023)',
    },
    {
      id: 'HD-2023-05',
      kind: 'household-support',
      clause: 'II.1.c',
      by: { subjectId: 'ban-qlda' },
      on: '2023-07-14',
      households: 4,
      amount: 40_000_000,
      description: 'Hỗ trợ kinh phí xóa nhà tạm cho 4 hộ nghèo huyện Bảo Lâm',
    },
    {
      id: 'HD-2023-06',
      kind: 'gift-or-visit',
      clause: 'IV.4',
      by: { subjectId: 'cc-be-thi-thu' },
      on: '2023-02-02',
      people: 3,
      description: 'Thăm hỏi, tặng sách vở cho 3 học sinh có hoàn cảnh khó khăn xã Đức Hạnh',
    },
    {
      id: 'HD-2023-07',
      kind: 'fund-contribution',
      clause: 'II.1.a',
      by: { subjectId: 'trung-tam-dang-kiem' },
      on: '2023-10-17',
      amount: 6_000_000,
      contributors: 24,
      description: 'Ủng hộ Quỹ Vì người nghèo tỉnh nhân Ngày Vì người nghèo 17/10/2023',
    },
    {
      id: 'HD-2023-08',
      kind: 'fund-contribution',
      clause: 'II.1.a',
      by: { subjectId: 'phong-kh-tc' },
      on: '2023-10-19',
      amount: 4_000_000,
      contributors: 12,
      description: 'Phòng Kế hoạch - Tài chính ủng hộ Quỹ Vì người nghèo tỉnh năm 2023',
    },
    {
      id: 'HD-2023-09',
      kind: 'fund-contribution',
      clause: 'IV.4',
      by: { subjectId: 'cong-doan-so' },
      on: '2023-10-20',
      amount: 24_500_000,
      contributors: 98,
      description: 'Công đoàn cơ sở vận động đoàn viên ủng hộ Quỹ Vì người nghèo năm 2023 (một ngày lương)',
    },
    {
      id: 'HD-2023-10',
      kind: 'publication',
      clause: 'II.2.c',
      by: { subjectId: 'van-phong-so' },
      on: '2023-11-02',
      description: 'Tin bài “Đoạn Quản lý đường bộ I chung tay vì người nghèo” trên Trang Thông tin điện tử Sở',
    },
    {
      id: 'HD-2023-11',
      kind: 'gift-or-visit',
      clause: 'IV.4',
      by: { subjectId: 'ld-luc-van-sinh' },
      on: '2023-11-10',
      households: 2,
      amount: 1_000_000,
      description: 'Tự nguyện thăm hỏi, tặng gạo cho 2 hộ nghèo xóm Bản Thuộc, xã Quang Long',
    },
    {
      id: 'HD-2023-12',
      kind: 'publication',
      clause: 'IV.2',
      by: { subjectId: 'van-phong-so' },
      on: '2023-12-15',
      description: 'Tuyên truyền gương hộ ông Lý Văn Páo (xã Quang Long) vươn lên thoát nghèo',
    },
    // 2024
    {
      id: 'HD-2024-01',
      kind: 'gift-or-visit',
      clause: 'IV.4',
      by: { subjectId: 'phong-qlvt' },
      on: '2024-01-30',
      households: 12,
      amount: 6_000_000,
      description: 'Thăm, tặng quà Tết Giáp Thìn cho 12 hộ nghèo xã Cốc Pàng, huyện Bảo Lạc',
    },
    {
      id: 'HD-2024-02',
      kind: 'household-support',
      clause: 'II.1.c',
      by: { subjectId: 'doan-qldb-2' },
      on: '2024-03-12',
      households: 2,
      description: 'Hỗ trợ ngày công làm nhà cho 2 hộ nghèo xã Cần Yên, huyện Hà Quảng',
    },
    {
      id: 'HD-2024-03',
      kind: 'support-model',
      clause: 'II.1.d',
      by: { subjectId: 'ld-trieu-van-phong' },
      on: '2024-05-20',
      households: 5,
      people: 20,
      description: 'Hướng dẫn 5 hộ cận nghèo trồng cỏ, nuôi bò nhốt chuồng',
    },
    {
      id: 'HD-2024-04',
      kind: 'gift-or-visit',
      clause: 'IV.4',
      by: { subjectId: 'doan-thanh-nien-so' },
      on: '2024-09-03',
      people: 40,
      description: 'Tặng quà năm học mới cho 40 học sinh có hoàn cảnh khó khăn huyện Bảo Lạc',
    },
    {
      id: 'HD-2024-05',
      kind: 'household-support',
      clause: 'II.1.c',
      by: { subjectId: 'phong-kcht' },
      on: '2024-09-20',
      households: 1,
      amount: 15_000_000,
      description: 'Hỗ trợ một hộ nghèo khắc phục hậu quả cơn bão số 3 (Yagi)',
    },
    {
      id: 'HD-2024-06',
      kind: 'fund-contribution',
      clause: 'IV.4',
      by: { subjectId: 'cong-doan-so' },
      on: '2024-10-18',
      amount: 25_800_000,
      contributors: 101,
      description: 'Công đoàn cơ sở vận động đoàn viên ủng hộ Quỹ Vì người nghèo năm 2024',
    },
    {
      id: 'HD-2024-07',
      kind: 'fund-contribution',
      clause: 'II.1.a',
      by: { subjectId: 'phong-qlvt' },
      on: '2024-10-21',
      amount: 3_500_000,
      contributors: 14,
      description: 'Phòng Quản lý vận tải, phương tiện và người lái ủng hộ Quỹ Vì người nghèo tỉnh năm 2024',
    },
    {
      id: 'HD-2024-08',
      kind: 'publication',
      clause: 'II.2.c',
      by: { subjectId: 'van-phong-so' },
      on: '2024-11-05',
      description: 'Tin bài về tháng cao điểm “Vì người nghèo” năm 2024 của ngành Giao thông vận tải',
    },
    // 2025: the final review (tổng kết)
    {
      id: 'HD-2025-01',
      kind: 'gift-or-visit',
      clause: 'IV.4',
      by: { subjectId: 'cong-doan-so' },
      on: '2025-01-20',
      households: 18,
      amount: 9_000_000,
      description: 'Thăm, tặng 18 suất quà Tết Ất Tỵ cho hộ nghèo xã Quang Long, huyện Hạ Lang',
    },
    {
      id: 'HD-2025-02',
      kind: 'fund-contribution',
      clause: 'II.1.a',
      by: { subjectId: 'phong-kh-tc' },
      on: '2025-03-25',
      amount: 5_000_000,
      contributors: 9,
      description: 'Ủng hộ Chương trình xóa nhà tạm, nhà dột nát trên địa bàn tỉnh Cao Bằng',
    },
    {
      id: 'HD-2025-03',
      kind: 'support-model',
      clause: 'II.1.d',
      by: { subjectId: 'doan-qldb-1' },
      on: '2025-04-15',
      households: 9,
      people: 9,
      amount: 54_000_000,
      description: 'Duy trì thuê 9 lao động hộ nghèo, cận nghèo, hộ mới thoát nghèo duy tu Quốc lộ 4A (tiền công năm 2025)',
    },
    {
      id: 'HD-2025-04',
      kind: 'household-support',
      clause: 'II.1.c',
      by: { subjectId: 'doan-qldb-1' },
      on: '2025-06-10',
      households: 2,
      amount: 30_000_000,
      description: 'Hỗ trợ xóa nhà tạm, nhà dột nát cho 2 hộ nghèo xã Quang Long',
    },
    {
      id: 'HD-2025-05',
      kind: 'publication',
      clause: 'IV.2',
      by: { subjectId: 'van-phong-so' },
      on: '2025-08-12',
      description: 'Tuyên truyền mô hình thuê lao động hộ nghèo duy tu đường bộ của Đoạn Quản lý đường bộ I',
    },
  ]))();

/**
 * The evidence (criterion → activity ids of {@link sampleActivities}) that some nominations of
 * the scenarios name, by nomination id — to be set as their `evidence`. Most checks pass; some
 * fail on purpose: `SK23-07` names an activity of another person (`HD-2023-06`), `HN24-01` one
 * of 2023 for the 2024 annual reward, by another unit (`HD-2023-07`), one that does not exist
 * (`HD-2024-99`) and an individual's criterion for a unit (`III.2.b.1`). The person's unit's
 * activities (`SK23-05`, `SK23-07`, `TK25-02`) are accepted with a warning. Deeply frozen.
 *
 * @example
 * ```ts
 * import { checkEvidence } from 'thi-dua-vi-nguoi-ngheo/activities';
 * import { makeNomination, sampleActivities, sampleEvidence } from 'thi-dua-vi-nguoi-ngheo/testing';
 * const nomination = makeNomination({ id: 'HN24-01', evidence: sampleEvidence['HN24-01']! });
 * checkEvidence(nomination, sampleActivities).map((f) => f.outcome);
 * //=> ['unknown', 'met', 'met', 'not-met', 'not-met']
 * ```
 */
export const sampleEvidence: { readonly [nominationId: string]: Evidence } = /* @__PURE__ */ (() =>
  deepFreeze<Record<string, Evidence>>({
    'SK23-01': { 'III.2.a.1': ['HD-2022-02'], 'III.2.a.3': ['HD-2022-03', 'HD-2023-05'] },
    'SK23-05': { 'III.2.b.1': ['HD-2023-08'], 'III.2.b.2': ['HD-2023-03'] },
    'SK23-07': { 'III.2.b.3': ['HD-2023-11', 'HD-2023-02', 'HD-2023-06'] },
    'HN24-01': {
      'III.2.a.1': ['HD-2024-99'],
      'III.2.a.3': ['HD-2024-01', 'HD-2024-07', 'HD-2023-07'],
      'III.2.b.1': ['HD-2024-01'],
    },
    'TK25-01': { 'III.2.a.1': ['HD-2023-04', 'HD-2025-03'], 'III.2.a.3': ['HD-2021-02', 'HD-2023-02', 'HD-2025-04'] },
    'TK25-02': { 'III.2.b.1': ['HD-2025-02'], 'III.2.b.2': ['HD-2023-03'] },
  }))();
