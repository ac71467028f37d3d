/**
 * The texts of the review's statistics (`./reports`): the report page, its tables and charts, and
 * the `thi-dua report` command, in both languages.
 *
 * @module
 */
import { plan } from '../plan/plan.js';
import type { CivilDate, Lang, Text } from '../core/types.js';
import { MONTHS_EN } from './days.js';

export { shortDayText } from './days.js';

/** A civil day in words: "ngày 31 tháng 12 năm 2025" / "31 December 2025". */
export function dayText(day: CivilDate): Text {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return {
    vi: `ngày ${String(date).padStart(2, '0')} tháng ${String(month).padStart(2, '0')} năm ${year}`,
    en: `${date} ${MONTHS_EN[month - 1]} ${year}`,
  };
}

/** A whole number with the language's group separator: 1.234.567 / 1,234,567. */
export function integerText(n: number): Text {
  const sign = n < 0 ? '-' : '';
  const digits = String(Math.abs(Math.trunc(n)));
  const grouped = (sep: string): string => sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return { vi: grouped('.'), en: grouped(',') };
}

/** A share in per cent with one decimal: 33,3% / 33.3%; "—" when the whole is 0. */
export function shareText(part: number, whole: number): Text {
  if (whole === 0) return { vi: '—', en: '—' };
  const tenths = Math.round((part * 1000) / whole);
  const text = `${Math.trunc(tenths / 10)}${tenths % 10 === 0 ? '' : `.${tenths % 10}`}`;
  return { vi: `${text.replace('.', ',')}%`, en: `${text}%` };
}

/** The fixed texts of the report. */
export const REPORT_TEXT = {
  title: { vi: 'Báo cáo số liệu thi đua, khen thưởng', en: 'Emulation and reward statistics' },
  movement: {
    vi: `Phong trào thi đua “${plan.movement.vi}” giai đoạn ${plan.period.from} - ${plan.period.to}`,
    en: `The emulation movement “${plan.movement.en}”, ${plan.period.from}–${plan.period.to}`,
  },
  allOccasions: { vi: 'Mọi dịp khen thưởng', en: 'All occasions' },
  annex: { vi: 'Phụ lục', en: 'Annex' },
  annexSummary: { vi: 'Số liệu thi đua, khen thưởng', en: 'Emulation and reward statistics' },
  noOccasion: { vi: 'Không có dịp khen thưởng nào', en: 'No occasion' },
  keyFigures: { vi: 'Số liệu chính', en: 'Key figures' },
  nominations: { vi: 'Số đề nghị khen thưởng', en: 'Nominations' },
  awarded: { vi: 'Được khen thưởng', en: 'Awarded' },
  householdsHonoured: { vi: 'Hộ gia đình được khen thưởng', en: 'Households honoured' },
  unitsProposing: { vi: 'Đơn vị có đề nghị', en: 'Units that proposed' },
  byOccasion: { vi: 'Theo dịp khen thưởng', en: 'By occasion' },
  byForm: { vi: 'Theo hình thức khen thưởng (III.3)', en: 'By reward form (III.3)' },
  byCategory: { vi: 'Theo đối tượng khen thưởng (III.1)', en: 'By subject (III.1)' },
  byUnit: { vi: 'Theo đơn vị đề nghị (IV.1.2)', en: 'By proposing unit (IV.1.2)' },
  byStatus: { vi: 'Theo tình trạng hồ sơ', en: 'By status of the record' },
  byEvent: { vi: 'Các bước xét duyệt (mục IV)', en: 'Steps of the review (section IV)' },
  households: { vi: 'Hộ gia đình (III.1.1)', en: 'Households (III.1.1)' },
  milestones: { vi: 'Tiến độ thực hiện kế hoạch (III.5)', en: 'Milestones of the plan (III.5)' },
  records: { vi: 'Hồ sơ đã đọc', en: 'Records read' },
  occasion: { vi: 'Dịp khen thưởng', en: 'Occasion' },
  form: { vi: 'Hình thức khen thưởng', en: 'Reward form' },
  clause: { vi: 'Căn cứ', en: 'Clause' },
  subjectClass: { vi: 'Loại đối tượng', en: 'Class' },
  category: { vi: 'Đối tượng', en: 'Subject' },
  unit: { vi: 'Đơn vị đề nghị', en: 'Proposing unit' },
  noUnit: { vi: '(không ghi đơn vị)', en: '(no unit given)' },
  status: { vi: 'Tình trạng', en: 'Status' },
  step: { vi: 'Bước', en: 'Step' },
  total: { vi: 'Tổng số', en: 'Total' },
  share: { vi: 'Tỷ lệ', en: 'Share' },
  inProgress: { vi: 'Đang xét', en: 'In progress' },
  decidedAward: { vi: 'Quyết định khen thưởng', en: 'Decided: award' },
  decidedReject: { vi: 'Quyết định không khen thưởng', en: 'Decided: reject' },
  nominationsReached: { vi: 'Số hồ sơ', en: 'Nominations' },
  eventsRecorded: { vi: 'Số lượt', en: 'Times' },
  householdStatus: { vi: 'Tình trạng hộ', en: 'Household status' },
  householdNominations: { vi: 'Số đề nghị', en: 'Nominations' },
  householdCount: { vi: 'Số hộ', en: 'Households' },
  awardedNominations: { vi: 'Đề nghị được khen thưởng', en: 'Nominations awarded' },
  awardedHouseholds: { vi: 'Hộ được khen thưởng', en: 'Households honoured' },
  withoutOfficialList: { vi: 'Hộ chưa ghi danh sách chính thức', en: 'Households without an official list' },
  classDisagrees: { vi: 'Hộ có phân loại khác tình trạng', en: 'Households whose classification disagrees' },
  milestone: { vi: 'Mốc', en: 'Milestone' },
  year: { vi: 'Năm', en: 'Year' },
  window: { vi: 'Thời hạn', en: 'Window' },
  recordedOn: { vi: 'Ngày thực hiện', en: 'Recorded on' },
  timing: { vi: 'Đánh giá', en: 'Standing' },
  asOfMark: { vi: 'Ngày báo cáo', en: 'Report day' },
  empty: { vi: 'Không có đề nghị khen thưởng nào.', en: 'No nominations.' },
  chartByForm: { vi: 'Số đề nghị theo hình thức khen thưởng', en: 'Nominations by reward form' },
  chartByUnit: { vi: 'Số đề nghị theo đơn vị đề nghị', en: 'Nominations by proposing unit' },
  chartByStatus: { vi: 'Tỷ lệ hồ sơ theo tình trạng', en: 'Share of the records by status' },
  chartMilestones: { vi: 'Các mốc tiến độ trên trục thời gian', en: 'The milestones on a timeline' },
  money: { vi: 'Tiền thưởng', en: 'Reward money' },
  moneyAwarded: { vi: 'Số được khen thưởng', en: 'Awarded' },
  moneyKnown: { vi: 'Đã xác định số tiền', en: 'With an amount' },
  moneyAmount: { vi: 'Số tiền (đồng)', en: 'Amount (đồng)' },
  moneyUnknown: { vi: 'Chưa xác định số tiền', en: 'Without an amount' },
  moneyMissing: { vi: 'Còn thiếu', en: 'Missing' },
  invalidAmount: { vi: 'dữ liệu không hợp lệ', en: 'invalid input' },
  moneyTotal: { vi: 'Tổng tiền thưởng đã xác định (đồng)', en: 'Reward money known (đồng)' },
  noCampaign: {
    vi: 'Không có hồ sơ tiến độ phong trào (CampaignRecord) nên không đánh giá được các mốc.',
    en: 'No campaign record was given, so the milestones are not assessed.',
  },
} as const satisfies Record<string, Text>;

/** What an amount may lack (`AmountMissingInput`), as a report names it. */
export const MISSING_INPUT_TEXT = {
  coefficient: { vi: 'hệ số mức tiền thưởng', en: 'the coefficient' },
  'labor-order-class': { vi: 'hạng Huân chương Lao động', en: "the Labour Order's class" },
  'base-salary': { vi: 'mức lương cơ sở', en: 'the base salary' },
} as const satisfies Record<string, Text>;

/** How sure a legal figure is (`LegalConfidence`), as a report says it. */
export const CONFIDENCE_TEXT = {
  confirmed: { vi: 'đã đối chiếu văn bản', en: 'checked against the text' },
  secondary: { vi: 'theo nguồn thứ cấp', en: 'from a secondary source' },
  'not-verified': { vi: 'chưa kiểm chứng', en: 'not verified' },
} as const satisfies Record<string, Text>;

/** The note under the money table: how the amounts were computed, on what texts. */
export function moneyNoteText(refs: readonly string[], confidence: Text | undefined): Text {
  const list = refs.join('; ');
  return {
    vi: `Số tiền của mỗi khen thưởng tính theo hệ số và mức lương cơ sở áp dụng tại ngày quyết định khen thưởng${refs.length === 0 ? '' : `; căn cứ: ${list}`}${confidence === undefined ? '' : ` (${confidence.vi})`}. Khen thưởng chưa xác định được số tiền không được tính vào tổng (không tính bằng 0).`,
    en: `Each award's amount is its coefficient times the base salary in force on the day of its decision${refs.length === 0 ? '' : `; on: ${list}`}${confidence === undefined ? '' : ` (${confidence.en})`}. Awards without an amount are left out of the total (never counted as zero).`,
  };
}

/** The awards whose amount is not known. */
export function unknownAmountsText(ids: readonly string[], more: boolean): Text {
  const list = ids.join(', ');
  return { vi: `Chưa xác định số tiền: ${list}${more ? ', …' : ''}.`, en: `Without an amount: ${list}${more ? ', …' : ''}.` };
}

/** The names of the report's standing of a milestone (`MilestoneTiming`). */
export const TIMING_TEXT = {
  done: { vi: 'Đã thực hiện đúng hạn', en: 'Done on time' },
  late: { vi: 'Đã thực hiện, quá hạn', en: 'Done late' },
  overdue: { vi: 'Quá hạn, chưa thực hiện', en: 'Overdue' },
  due: { vi: 'Đang trong thời hạn', en: 'Due' },
  upcoming: { vi: 'Chưa đến thời hạn', en: 'Upcoming' },
} as const satisfies Record<string, Text>;

/** The caption of the unit chart when it shows only the units with most nominations. */
export function chartTopUnitsText(count: number): Text {
  return {
    vi: `Số đề nghị của ${count} đơn vị có nhiều đề nghị nhất (bảng dưới liệt kê mọi đơn vị)`,
    en: `Nominations of the ${count} units with most nominations (the table below lists every unit)`,
  };
}

/** "Số liệu tính đến hết ngày …" / "Figures as of the end of …". */
export function asOfText(day: CivilDate): Text {
  const d = dayText(day);
  return { vi: `Số liệu tính đến hết ${d.vi}.`, en: `Figures as of the end of ${d.en}.` };
}

/** The period the records were created in. */
export function periodText(from: CivilDate | undefined, to: CivilDate | undefined): Text {
  if (from !== undefined && to !== undefined) {
    return {
      vi: `Hồ sơ lập từ ${dayText(from).vi} đến ${dayText(to).vi}.`,
      en: `Records created from ${dayText(from).en} to ${dayText(to).en}.`,
    };
  }
  if (from !== undefined) return { vi: `Hồ sơ lập từ ${dayText(from).vi}.`, en: `Records created on or after ${dayText(from).en}.` };
  if (to !== undefined) return { vi: `Hồ sơ lập đến ${dayText(to).vi}.`, en: `Records created on or before ${dayText(to).en}.` };
  return { vi: '', en: '' };
}

/** The records read, counted and left out. */
export function recordsText(counts: {
  readonly read: number;
  readonly counted: number;
  readonly duplicates: number;
  readonly otherOccasion: number;
  readonly outsidePeriod: number;
  readonly afterAsOf: number;
  readonly emptyHistory: number;
}): Text {
  const n = (x: number, lang: Lang): string => integerText(x)[lang];
  const vi = [`Đã đọc ${n(counts.read, 'vi')} hồ sơ, tính ${n(counts.counted, 'vi')} đề nghị`];
  const en = [
    `${n(counts.read, 'en')} record${counts.read === 1 ? '' : 's'} read, ${n(counts.counted, 'en')} nomination${counts.counted === 1 ? '' : 's'} counted`,
  ];
  // English: one record, two records (the plural is the first word's).
  const en1 = (x: number, phrase: string): string => (x === 1 ? phrase.replace(/^records/, 'record') : phrase);
  const parts: [number, string, string][] = [
    [
      counts.duplicates,
      'hồ sơ trùng mã đề nghị (mỗi đề nghị chỉ tính một lần, theo hồ sơ đã đi xa nhất)',
      en1(counts.duplicates, 'records repeating a nomination id (each nomination counts once, by the record that went furthest)'),
    ],
    [counts.otherOccasion, 'hồ sơ của dịp khác', en1(counts.otherOccasion, 'records of another occasion')],
    [counts.outsidePeriod, 'hồ sơ lập ngoài kỳ báo cáo', en1(counts.outsidePeriod, 'records created outside the period')],
    [counts.afterAsOf, 'hồ sơ lập sau ngày báo cáo', en1(counts.afterAsOf, 'records created after the report day')],
    [counts.emptyHistory, 'hồ sơ không có lịch sử', en1(counts.emptyHistory, 'records without a history')],
  ];
  const left = parts.filter(([x]) => x > 0);
  if (left.length > 0) {
    vi.push(`không tính ${left.map(([x, v]) => `${n(x, 'vi')} ${v}`).join('; ')}`);
    en.push(`left out: ${left.map(([x, , e]) => `${n(x, 'en')} ${e}`).join('; ')}`);
  }
  return { vi: `${vi.join('; ')}.`, en: `${en.join('; ')}.` };
}

/** The nomination ids seen more than once. */
export function duplicateIdsText(ids: readonly string[], more: boolean): Text {
  const list = ids.join(', ');
  return {
    vi: `Mã đề nghị có nhiều hồ sơ: ${list}${more ? ', …' : ''}.`,
    en: `Nomination ids with several records: ${list}${more ? ', …' : ''}.`,
  };
}

/** The issue of `from` after `to`. */
export function periodReversedText(from: CivilDate, to: CivilDate): Text {
  return {
    vi: `Ngày bắt đầu (from: ${from}) ở sau ngày kết thúc (to: ${to}) của kỳ báo cáo.`,
    en: `The period's first day (from: ${from}) is after its last day (to: ${to}).`,
  };
}

/** The texts of `thi-dua report`. */
export const REPORT_CLI_TEXT = {
  help: {
    vi: `Cách dùng: thi-dua report FILE.json [--format md|html|json] [--lang vi|en] [--occasion LOẠI:NĂM[,LOẠI:NĂM…]]
                      [--as-of YYYY-MM-DD] [--campaign CAMPAIGN.json] [--activities ACTIVITIES.json] [--ndjson]

Đọc FILE.json (UTF-8, tối đa 10 MiB): một mảng hồ sơ đề nghị (NominationRecord) hoặc { "records": [...] };
hoặc tệp JSON Lines (.ndjson, .jsonl hoặc --ndjson), mỗi dòng một hồ sơ, mỗi dòng tối đa 1 MiB; - là đầu vào chuẩn.
In số liệu báo cáo sơ kết, tổng kết (III.5.2, III.5.3) và kiểm tra hằng năm (III.5.4): số đề nghị theo dịp,
hình thức khen thưởng, đối tượng, đơn vị đề nghị, tình trạng và quyết định; các bước xét duyệt; hộ gia đình
được khen thưởng. Mỗi mã đề nghị chỉ tính một lần (hồ sơ đi xa nhất).
  --format      md (mặc định): các bảng Markdown; html: trang báo cáo có biểu đồ, in được khổ A4; json: số liệu
  --occasion    chỉ tính các dịp này (ví dụ final-review:2025 hoặc preliminary-review:2023,final-review:2025)
  --as-of       đọc hồ sơ như tại cuối ngày này (mặc định: ngày muộn nhất trong các hồ sơ)
  --campaign    hồ sơ tiến độ phong trào (CampaignRecord): thêm các mốc tiến độ (III.5)
  --activities  tệp hoạt động của phong trào (JSON hoặc JSON Lines, như thi-dua activities): thêm phần kết quả
                thực hiện phong trào (II, IV.4), các hoạt động từ đầu giai đoạn đến ngày --as-of
Mã thoát: 0 mọi hồ sơ hợp lệ; 1 có hồ sơ hoặc tệp không hợp lệ (số liệu vẫn in, không tính hồ sơ đó); 2 dùng sai lệnh.`,
    en: `Usage: thi-dua report FILE.json [--format md|html|json] [--lang vi|en] [--occasion KIND:YEAR[,KIND:YEAR…]]
                      [--as-of YYYY-MM-DD] [--campaign CAMPAIGN.json] [--activities ACTIVITIES.json] [--ndjson]

Reads FILE.json (UTF-8, at most 10 MiB): an array of nomination records (NominationRecord) or
{ "records": [...] }; or JSON Lines (.ndjson, .jsonl or --ndjson), one record per line, each line at
most 1 MiB; - is standard input. Prints the statistics of the preliminary and final reviews (III.5.2, III.5.3) and of
the yearly inspection (III.5.4): nominations by occasion, reward form, subject, proposing unit, status and
decision; the steps of the review; the households honoured. Each nomination id counts once (the record
that went furthest).
  --format      md (default): Markdown tables; html: the report page with charts, prints on A4; json: the data
  --occasion    only these occasions (e.g. final-review:2025 or preliminary-review:2023,final-review:2025)
  --as-of       read the records as they stood at the end of this day (default: their latest day)
  --campaign    the campaign record (CampaignRecord): adds the milestones (III.5)
  --activities  a file of the movement's activities (JSON or JSON Lines, as for thi-dua activities): adds
                the results of the movement (II, IV.4), the activities from the start of the period to --as-of
Exit codes: 0 every record valid; 1 a record or a file is invalid (the statistics are still printed,
without it); 2 usage error.`,
  },
  badActivities: (path: string, invalid: number): Text => ({
    vi: `Tệp ${path}: ${invalid} hoạt động không hợp lệ không được tính.`,
    en: `The file ${path}: ${invalid} invalid activit${invalid === 1 ? 'y is' : 'ies are'} not counted.`,
  }),
  badCampaign: (path: string): Text => ({
    vi: `Tệp ${path} không phải hồ sơ tiến độ phong trào (CampaignRecord) hợp lệ:`,
    en: `The file ${path} is not a valid campaign record (CampaignRecord):`,
  }),
} as const;
