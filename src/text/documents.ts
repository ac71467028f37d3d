/**
 * The words of the papers (`./documents`) and of their input issues, in Vietnamese and English.
 * The Vietnamese is the paper; the English is a working translation for readers who do not read
 * Vietnamese.
 *
 * @module
 */
import type { LaborOrderClass, OccasionKind, RewardForm } from '../core/codes.js';
import { FORM_NAMES } from '../plan/names.js';
import type { Activity } from '../core/activity.js';
import type { CivilDate, Lang, Text } from '../core/types.js';
import { ACTIVITY_KIND_NAMES, groupDigits } from './activities.js';
import { MONTHS_EN, shortDayText } from './days.js';

const t = (vi: string, en: string): Text => ({ vi, en });

/** The fixed words of every paper. */
export const PAPER_TEXT = /* @__PURE__ */ (() =>
  ({
    nation: t('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'SOCIALIST REPUBLIC OF VIETNAM'),
    motto: t('Độc lập - Tự do - Hạnh phúc', 'Independence - Freedom - Happiness'),
    recipients: t('Nơi nhận:', 'Recipients:'),
    number: t('STT', 'No.'),
    name: t('Tên tập thể, họ và tên cá nhân', 'Name'),
    position: t('Chức vụ, đơn vị công tác', 'Position and workplace'),
    achievement: t('Tóm tắt thành tích', 'Summary of the achievement'),
    form: t('Hình thức khen thưởng', 'Reward form'),
    amount: t('Số tiền (đồng)', 'Amount (dong)'),
    collectives: t('Tập thể', 'Collectives'),
    individuals: t('Cá nhân', 'Individuals'),
    households: t('Hộ gia đình', 'Households'),
    subtotal: t('Cộng', 'Subtotal'),
    total: t('Tổng cộng', 'Total'),
    signNote: t('(Ký, ghi rõ họ tên)', '(Signature and full name)'),
    sealNote: t('(Ký tên, đóng dấu)', '(Signature and seal)'),
    votes: t('Số phiếu đồng ý / số thành viên', 'Votes in favour / members'),
    share: t('Tỷ lệ', 'Share'),
    result: t('Kết quả', 'Result'),
    passed: t('Đạt', 'Passed'),
    failed: t('Không đạt', 'Not passed'),
    column: t('Nội dung', 'Item'),
  }) as const)();

/** Roman numerals for the parts of a paper (I, II, …). */
export function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = n;
  let out = '';
  for (const [value, numeral] of table) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}

/**
 * A civil day in words: "ngày 15 tháng 12 năm 2025" / "15 December 2025". With `leadingZero`,
 * a day below 10 and a month below 3 take a leading zero ("ngày 05 tháng 01 năm 2026").
 */
export function longDate(day: string, lang: Lang, leadingZero: boolean): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  if (lang === 'en') return `${d} ${MONTHS_EN[m - 1]} ${y}`;
  const dd = leadingZero && d < 10 ? `0${d}` : String(d);
  const mm = leadingZero && m < 3 ? `0${m}` : String(m);
  return `ngày ${dd} tháng ${mm} năm ${y}`;
}

/** "Cao Bằng, ngày 15 tháng 12 năm 2025" / "Cao Bằng, 15 December 2025". */
export function placeDateText(place: string, day: string, lang: Lang, leadingZero: boolean): string {
  return `${place}, ${longDate(day, lang, leadingZero)}`;
}

/** "Số: 125/QĐ-SGTVT" / "No.: 125/QĐ-SGTVT". */
export function referenceText(reference: string, lang: Lang): string {
  return lang === 'vi' ? `Số: ${reference}` : `No.: ${reference}`;
}

/** Capitals as the letterhead prints them (Vietnamese and English alike). */
export function upper(text: string): string {
  return text.toLocaleUpperCase('vi');
}

/** The movement's name in quotes. */
const MOVEMENT = /* @__PURE__ */ t(
  'Phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau”',
  'the emulation movement “For the poor — no one left behind”',
);

/**
 * The occasion as a paper words it: "tổng kết Phong trào thi đua “…” giai đoạn 2021 - 2025" for
 * the final review of the plan's last year, "sơ kết Phong trào thi đua “…” năm 2023", "Phong
 * trào thi đua “…” năm 2024".
 */
export function occasionPhrase(kind: OccasionKind, year: number, period: { from: number; to: number }): Text {
  switch (kind) {
    case 'final-review':
      return year === period.to
        ? t(
            `tổng kết ${MOVEMENT.vi} giai đoạn ${period.from} - ${period.to}`,
            `the final review of ${MOVEMENT.en}, ${period.from}–${period.to}`,
          )
        : t(`tổng kết ${MOVEMENT.vi} năm ${year}`, `the final review of ${MOVEMENT.en}, ${year}`);
    case 'preliminary-review':
      return t(`sơ kết ${MOVEMENT.vi} năm ${year}`, `the preliminary review of ${MOVEMENT.en}, ${year}`);
    case 'annual':
      return t(`${MOVEMENT.vi} năm ${year}`, `${MOVEMENT.en}, ${year}`);
    /* v8 ignore next 2 -- @preserve: unreachable, the switch is exhaustive */
    default:
      return kind satisfies never;
  }
}

/** The classes a paper counts. */
export type CountedClass = 'collectives' | 'individuals' | 'households';

/** "02 tập thể, 03 cá nhân và 01 hộ gia đình" — the classes with at least one, in this order. */
export function countsPhrase(counts: { readonly [C in CountedClass]: number }, lang: Lang): string {
  const words: { readonly [C in CountedClass]: Text } = {
    collectives: t('tập thể', 'collective'),
    individuals: t('cá nhân', 'individual'),
    households: t('hộ gia đình', 'household'),
  };
  const parts = (['collectives', 'individuals', 'households'] as const)
    .filter((c) => counts[c] > 0)
    .map((c) => {
      const n = counts[c];
      if (lang === 'vi') return `${n < 10 ? `0${n}` : n} ${words[c].vi}`;
      return `${n} ${words[c].en}${n === 1 ? '' : 's'}`;
    });
  if (parts.length <= 1) return parts[0] ?? '';
  const and = lang === 'vi' ? ' và ' : ' and ';
  return `${parts.slice(0, -1).join(', ')}${and}${parts.at(-1)}`;
}

/** "tập thể, cá nhân và hộ gia đình" — the classes with at least one, in this order. */
export function classesPhrase(counts: { readonly [C in CountedClass]: number }, lang: Lang): string {
  const words: { readonly [C in CountedClass]: Text } = {
    collectives: t('tập thể', 'collectives'),
    individuals: t('cá nhân', 'individuals'),
    households: t('hộ gia đình', 'households'),
  };
  const parts = (['collectives', 'individuals', 'households'] as const).filter((c) => counts[c] > 0).map((c) => words[c][lang]);
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')}${lang === 'vi' ? ' và ' : ' and '}${parts.at(-1)}`;
}

/** The class of the Labour Order, as the papers name it. */
export const LABOR_ORDER_CLASS_TEXT = /* @__PURE__ */ (() =>
  ({
    first: t('hạng Nhất', 'First Class'),
    second: t('hạng Nhì', 'Second Class'),
    third: t('hạng Ba', 'Third Class'),
  }) as const)();

/** A form's name on a paper: the Giấy khen named after the issuer's head and name; the Labour Order with its class when known. */
export function formName(
  form: RewardForm,
  lang: Lang,
  issuer: { readonly headTitle: string; readonly shortName: string },
  laborOrderClass?: LaborOrderClass,
): string {
  if (form === 'director-certificate') {
    return lang === 'vi'
      ? `Giấy khen của ${issuer.headTitle} ${issuer.shortName}`
      : `Certificate of Commendation of the ${issuer.headTitle} of the ${issuer.shortName}`;
  }
  if (form === 'labor-order' && laborOrderClass !== undefined)
    return `${FORM_NAMES[form][lang]} ${LABOR_ORDER_CLASS_TEXT[laborOrderClass][lang]}`;
  return FORM_NAMES[form][lang];
}

/** The words of the council's list (Danh sách đề nghị khen thưởng). */
export const LIST_TEXT = /* @__PURE__ */ (() =>
  ({
    name: t('DANH SÁCH', 'LIST'),
    summary: (occasion: Text): Text => t(`Đề nghị khen thưởng ${occasion.vi}`, `Proposals for reward: ${occasion.en}`),
    attached: (reference: string, date: string, issuer: string): Text =>
      t(`(Kèm theo ${reference} ${date} của ${issuer})`, `(Attached to ${reference} of ${date} of ${issuer})`),
    empty: t('Không có đề nghị khen thưởng nào.', 'There are no proposals.'),
    formCounts: (counts: string): Text => t(`Tổng số: ${counts}.`, `In all: ${counts}.`),
    grandTotal: (counts: string, amount?: string): Text =>
      t(
        `Tổng cộng: ${counts}${amount === undefined ? '' : `; tổng số tiền thưởng: ${amount}`}.`,
        `In all: ${counts}${amount === undefined ? '' : `; total reward money: ${amount}`}.`,
      ),
  }) as const)();

/** The words of the decision (Quyết định tặng Giấy khen). */
export const DECISION_TEXT = /* @__PURE__ */ (() =>
  ({
    name: t('QUYẾT ĐỊNH', 'DECISION'),
    summary: (form: string, occasion: Text): Text => t(`Về việc tặng ${form} ${occasion.vi}`, `On awarding the ${form}: ${occasion.en}`),
    decider: (headTitle: string, shortName: string): Text =>
      t(upper(`${headTitle} ${shortName}`), upper(`The ${headTitle} of the ${shortName}`)),
    law: (ref: string): Text => t(`Căn cứ ${ref};`, `Pursuant to ${ref};`),
    decree: (ref: string): Text =>
      t(
        `Căn cứ ${ref} của Chính phủ quy định chi tiết Luật Thi đua, khen thưởng;`,
        `Pursuant to ${ref} of the Government detailing the Law on Emulation and Reward;`,
      ),
    basis: (text: string): Text => t(`Căn cứ ${text};`, `Pursuant to ${text};`),
    plan: (planTitle: Text, reference: string | undefined, issuer: Text): Text =>
      t(
        `Căn cứ Kế hoạch ${reference === undefined ? '' : `số ${reference} `}${planTitle.vi.replace(/^Kế hoạch /, '')} của ${issuer.vi};`,
        `Pursuant to the plan ${reference === undefined ? '' : `No. ${reference} `}of the ${issuer.en} for ${planTitle.en.replace(/^Plan for /, '')};`,
      ),
    proposal: (council: string, reference: string | undefined): Text =>
      t(
        `Theo đề nghị của ${council}${reference === undefined ? '' : ` tại ${reference}`}.`,
        `At the proposal of the ${council}${reference === undefined ? '' : ` (${reference})`}.`,
      ),
    decides: t('QUYẾT ĐỊNH:', 'DECIDES:'),
    article: (n: number): Text => t(`Điều ${n}. `, `Article ${n}. `),
    article1: (form: string, counts: string, occasion: Text): Text =>
      t(
        `Tặng ${form} cho ${counts} (có danh sách kèm theo) đã có thành tích xuất sắc trong ${occasion.vi}.`,
        `The ${form} is awarded to ${counts} (list attached) for their outstanding achievements in ${occasion.en}.`,
      ),
    each: (who: Text, amount: string): Text => t(`mỗi ${who.vi} được thưởng ${amount}`, `each ${who.en} receives ${amount}`),
    article2: (each: string, basis: string): Text =>
      t(
        `Kèm theo Giấy khen, ${each}${basis === '' ? '' : ` (${basis})`}.`,
        `With the certificate, ${each}${basis === '' ? '' : ` (${basis})`}.`,
      ),
    totalMoney: (figures: string, words: string): Text =>
      t(`Tổng số tiền thưởng: ${figures} (Bằng chữ: ${words}).`, `Total reward money: ${figures} (in words: ${words}).`),
    fund: (fund: string): Text => t(`Kinh phí khen thưởng được chi từ ${fund}.`, `The reward money is paid from ${fund}.`),
    article3: (executors: string, classes: string): Text =>
      t(
        `Quyết định này có hiệu lực kể từ ngày ký. ${executors} và các ${classes} có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`,
        `This decision takes effect on the day it is signed. ${executors} and the ${classes} named in Article 1 are responsible for carrying it out.`,
      ),
    annexSummary: (classes: string, form: string): Text => t(`Các ${classes} được tặng ${form}`, `The ${classes} awarded the ${form}`),
    annexNote: (reference: string, date: string, decider: string): Text =>
      t(
        `(Kèm theo Quyết định số ${reference} ${date} của ${decider})`,
        `(Attached to Decision No. ${reference} of ${date} of the ${decider})`,
      ),
  }) as const)();

/** The words of the submission (Tờ trình). */
export const SUBMISSION_TEXT = /* @__PURE__ */ (() =>
  ({
    name: t('TỜ TRÌNH', 'SUBMISSION'),
    summary: (forms: string): Text => t(`Về việc đề nghị tặng ${forms}`, `Proposing the award of the ${forms}`),
    to: t('Kính gửi:', 'To:'),
    chairman: (province: string): Text =>
      t(`Chủ tịch Ủy ban nhân dân tỉnh ${province}`, `the Chairman of the People's Committee of ${province} province`),
    through: (province: string): Text =>
      t(
        `(qua Sở Nội vụ tỉnh ${province} - Ban Thi đua - Khen thưởng)`,
        `(through the Department of Home Affairs of ${province} - Emulation and Reward Board)`,
      ),
    done: (issuer: string, occasion: Text, council: string, meeting: string | undefined): Text =>
      t(
        `Thực hiện ${occasion.vi}, ${issuer} đã tổ chức bình xét${meeting === undefined ? '' : `; ${council} đã họp xét ${meeting}`}.`,
        `For ${occasion.en}, the ${issuer} held its review${meeting === undefined ? '' : `; the ${council} met on ${meeting}`}.`,
      ),
    proposes: (issuer: string, province: string): Text =>
      t(
        `${issuer} kính trình Chủ tịch Ủy ban nhân dân tỉnh ${province} xem xét:`,
        `The ${issuer} submits to the Chairman of the People's Committee of ${province} province:`,
      ),
    provincial: (counts: string): Text =>
      t(
        `Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho ${counts};`,
        `to award the Certificate of Merit of the Chairman of the Provincial People's Committee to ${counts};`,
      ),
    pm: (counts: string): Text =>
      t(
        `Trình Thủ tướng Chính phủ tặng Bằng khen cho ${counts};`,
        `to propose to the Prime Minister the Certificate of Merit for ${counts};`,
      ),
    laborOrder: (form: string, counts: string): Text =>
      t(
        `Trình Thủ tướng Chính phủ đề nghị Chủ tịch nước tặng ${form} cho ${counts};`,
        `to propose, through the Prime Minister, that the State President award the ${form} to ${counts};`,
      ),
    attached: t('(Có danh sách và hồ sơ kèm theo)', '(List and dossiers attached)'),
    dossier: (items: string): Text => t(`Hồ sơ kèm theo gồm: ${items}.`, `The dossier holds: ${items}.`),
    closing: (issuer: string, province: string): Text =>
      t(
        `${issuer} kính trình Chủ tịch Ủy ban nhân dân tỉnh ${province} xem xét, quyết định./.`,
        `The ${issuer} respectfully submits this for consideration and decision.`,
      ),
    annexSummary: t('Đề nghị khen thưởng cấp trên', 'Proposals for higher-level reward'),
    annexNote: (reference: string, date: string, issuer: string): Text =>
      t(
        `(Kèm theo Tờ trình số ${reference} ${date} của ${issuer})`,
        `(Attached to Submission No. ${reference} of ${date} of the ${issuer})`,
      ),
  }) as const)();

/** The words of the council's minutes (Biên bản họp Hội đồng Thi đua - Khen thưởng). */
export const MINUTES_TEXT = /* @__PURE__ */ (() =>
  ({
    name: t('BIÊN BẢN', 'MINUTES'),
    summary: (council: string, occasion: Text): Text =>
      t(`Họp ${council} xét đề nghị khen thưởng ${occasion.vi}`, `Meeting of the ${council} on the proposals for ${occasion.en}`),
    time: (time: string, date: string): Text => t(`Thời gian: ${time}, ${date}.`, `Time: ${time}, ${date}.`),
    place: (place: string): Text => t(`Địa điểm: ${place}.`, `Place: ${place}.`),
    attendance: t('I. THÀNH PHẦN', 'I. ATTENDANCE'),
    chair: (who: string): Text => t(`Chủ trì: ${who}.`, `Chair: ${who}.`),
    secretary: (who: string): Text => t(`Thư ký: ${who}.`, `Secretary: ${who}.`),
    present: (present: number, members: number): Text =>
      t(`Thành viên Hội đồng có mặt: ${present}/${members} thành viên, gồm:`, `Council members present: ${present} of ${members}:`),
    absent: (absent: number): Text => t(`Vắng mặt: ${absent} thành viên:`, `Absent: ${absent}:`),
    noneAbsent: t('Vắng mặt: không.', 'Absent: none.'),
    reason: (reason: string): Text => t(` (lý do: ${reason})`, ` (reason: ${reason})`),
    content: t('II. NỘI DUNG', 'II. PROCEEDINGS'),
    agenda: t('1. Chương trình họp:', '1. Agenda:'),
    voting: t('2. Kết quả biểu quyết:', '2. Votes:'),
    threshold: (share: string, basis: Text, source: string | undefined): Text =>
      t(
        `Tỷ lệ phiếu đồng ý cần đạt: từ ${share} ${basis.vi} trở lên${source === undefined ? '' : ` (theo ${source})`}.`,
        `Votes in favour needed: at least ${share} of ${basis.en}${source === undefined ? '' : ` (under ${source})`}.`,
      ),
    allMembers: t('tổng số thành viên Hội đồng', 'all the council members'),
    presentMembers: t('số thành viên có mặt', 'the members present'),
    conclusion: t('III. KẾT LUẬN', 'III. CONCLUSION'),
    agreed: (counts: string, council: string): Text =>
      t(
        `${council} thống nhất đề nghị khen thưởng ${counts} đạt tỷ lệ phiếu đồng ý theo quy định (danh sách tại mục II).`,
        `The ${council} agrees to propose ${counts} who reached the required share of votes (list in part II).`,
      ),
    noneAgreed: (council: string): Text =>
      t(
        `Không có đề nghị nào đạt tỷ lệ phiếu đồng ý cần đạt của ${council}.`,
        `No proposal reached the share of votes the ${council} requires.`,
      ),
    end: (time: string): Text => t(`Cuộc họp kết thúc vào ${time} cùng ngày.`, `The meeting closed at ${time} the same day.`),
    secretaryTitle: t('THƯ KÝ', 'SECRETARY'),
    chairTitle: t('CHỦ TRÌ', 'CHAIR'),
  }) as const)();

/** The words of the achievement report (Báo cáo thành tích). */

/**
 * One activity under a criterion of the achievement report: "– Ngày 30/01/2024, Trao quà, thăm
 * hỏi … (IV.4): Quà Tết; 12 hộ; 5.000.000 đồng." — its day, kind and clause, the caller's
 * description, the figures it gives, its papers, and the unit that carried it out when it is the
 * subject's unit's (`unit`).
 */
function activityText(activity: Activity, description: string, documents: readonly string[], unit: string | undefined): Text {
  const figures = { vi: [] as string[], en: [] as string[] };
  const add = (n: number | undefined, vi: string, en1: string, enN: string): void => {
    if (n === undefined) return;
    figures.vi.push(`${groupDigits(n, 'vi')} ${vi}`);
    figures.en.push(`${groupDigits(n, 'en')} ${n === 1 ? en1 : enN}`);
  };
  const a = activity as Partial<Record<'amount' | 'households' | 'people' | 'contributors', number>>;
  add(a.households, 'hộ', 'household', 'households');
  add(a.people, 'người', 'person', 'people');
  add(a.contributors, 'người đóng góp', 'contributor', 'contributors');
  add(a.amount, 'đồng', 'đồng', 'đồng');
  const kind = ACTIVITY_KIND_NAMES[activity.kind];
  const tail = (lang: Lang): string => {
    const parts = [description.replace(/[.;]+$/u, ''), ...figures[lang]];
    if (documents.length > 0) parts.push(`${lang === 'vi' ? 'tài liệu' : 'papers'}: ${documents.join(', ')}`);
    if (unit !== undefined) parts.push(lang === 'vi' ? `do đơn vị ${unit} thực hiện` : `carried out by the unit ${unit}`);
    return parts.join('; ');
  };
  return t(
    `– Ngày ${shortDayText(activity.on).vi}, ${kind.vi.charAt(0).toLowerCase()}${kind.vi.slice(1)} (${activity.clause}): ${tail('vi')}.`,
    `– On ${activity.on}, ${kind.en.charAt(0).toLowerCase()}${kind.en.slice(1)} (${activity.clause}): ${tail('en')}.`,
  );
}

export const REPORT_TEXT = /* @__PURE__ */ (() =>
  ({
    name: t('BÁO CÁO THÀNH TÍCH', 'ACHIEVEMENT REPORT'),
    summary: (form: string, occasion: Text): Text => t(`Đề nghị tặng ${form} ${occasion.vi}`, `Proposed for the ${form}: ${occasion.en}`),
    template: (number: string, decree: string): Text => t(`Mẫu số ${number} (${decree})`, `Template No. ${number} (${decree})`),
    identity: t('I. SƠ LƯỢC LÝ LỊCH', 'I. PARTICULARS'),
    achievements: t('II. THÀNH TÍCH ĐẠT ĐƯỢC', 'II. ACHIEVEMENTS'),
    noCriteria: t('Thành tích đạt được', 'Achievements'),
    evidence: t('Hoạt động minh chứng (mục II, IV.4 của Kế hoạch):', 'Supporting activities (sections II and IV.4 of the plan):'),
    activity: activityText,
    nameOfCollective: (name: string): Text => t(`Tên tập thể: ${name}.`, `Name of the collective: ${name}.`),
    nameOfHousehold: (name: string): Text => t(`Hộ gia đình: ${name}.`, `Household: ${name}.`),
    nameOfPerson: (name: string): Text => t(`Họ và tên: ${name}.`, `Full name: ${name}.`),
    gender: (gender: 'male' | 'female'): Text =>
      gender === 'male' ? t('Giới tính: Nam.', 'Gender: male.') : t('Giới tính: Nữ.', 'Gender: female.'),
    birthYear: (year: number): Text => t(`Năm sinh: ${year}.`, `Year of birth: ${year}.`),
    position: (position: string): Text => t(`Chức vụ: ${position}.`, `Position: ${position}.`),
    workplace: (workplace: string): Text => t(`Đơn vị công tác: ${workplace}.`, `Workplace: ${workplace}.`),
    parent: (parent: string): Text => t(`Đơn vị cấp trên trực tiếp: ${parent}.`, `Superior body: ${parent}.`),
    officialList: (commune: string, year: number, decision: string): Text =>
      t(
        `Có tên trong danh sách của xã ${commune} năm ${year} (${decision}).`,
        `On the list of ${commune} commune for ${year} (${decision}).`,
      ),
    category: (category: string): Text => t(`Diện: ${category}.`, `Status: ${category}.`),
    criterion: (n: number, label: string, id: string): Text => t(`${n}. ${label} (${id})`, `${n}. ${label} (${id})`),
    reporter: t('NGƯỜI BÁO CÁO THÀNH TÍCH', 'REPORTED BY'),
    head: t('THỦ TRƯỞNG ĐƠN VỊ', 'HEAD OF THE UNIT'),
    householdHead: t('CHỦ HỘ', 'HEAD OF THE HOUSEHOLD'),
    confirmation: (by: string): Text => t(`XÁC NHẬN CỦA ${upper(by)}`, `CONFIRMED BY ${upper(by)}`),
  }) as const)();

/** The words of the input issues the papers report. */
export const DOCUMENT_ISSUE_TEXT = /* @__PURE__ */ (() =>
  ({
    missing: (what: Text): Text =>
      t(`Thiếu ${what.vi}: văn bản không thể thiếu thông tin này.`, `Missing ${what.en}: the paper cannot do without it.`),
    noEntries: (what: Text): Text => t(`Không có ${what.vi} nào để đưa vào văn bản.`, `There is no ${what.en} to put in the paper.`),
    amountNotKnown: (who: string, detail: Text): Text =>
      t(`Chưa xác định được số tiền thưởng của «${who}»: ${detail.vi}`, `The reward amount of “${who}” is not known: ${detail.en}`),
    unknownEntry: (id: string): Text => t(`Không có đề nghị «${id}» trong danh sách.`, `No proposal “${id}” is on the list.`),
    duplicateVote: (id: string): Text => t(`Đề nghị «${id}» có hai lần biểu quyết.`, `The proposal “${id}” is voted on twice.`),
    tooManyVotes: (agree: number, present: number): Text =>
      t(
        `Số phiếu đồng ý (${agree}) lớn hơn số thành viên có mặt (${present}).`,
        `The votes in favour (${agree}) exceed the members present (${present}).`,
      ),
    wrongForm: (form: string): Text => t(`Văn bản này không dùng cho hình thức «${form}».`, `This paper is not for the form “${form}”.`),
    authorityFor: t(
      'Người ký thay mặt một tập thể (TM.) cần ghi rõ tập thể đó (for).',
      'A signer for a collective body (TM.) needs the body named (for).',
    ),
    unreadable: t(
      'Không đọc được dữ liệu đầu vào của văn bản (dữ liệu không đúng dạng hoặc gây lỗi khi đọc).',
      "The paper's input could not be read (it has the wrong shape, or reading it failed).",
    ),
    rowLength: (cells: number, columns: number): Text =>
      t(`Dòng có ${cells} ô nhưng bảng có ${columns} cột.`, `The row has ${cells} cells but the table has ${columns} columns.`),
  }) as const)();

/** What each missing input is, as an issue names it. */
export const INPUT_LABELS = /* @__PURE__ */ (() =>
  ({
    reference: t('số, ký hiệu của văn bản (reference)', "the paper's number and symbol (reference)"),
    date: t('ngày ký văn bản (date)', 'the date of the paper (date)'),
    signer: t('người ký (signer: họ tên, chức vụ)', 'the signer (signer: name and title)'),
    'signer.name': t('họ tên người ký (signer.name)', "the signer's name (signer.name)"),
    'signer.title': t('chức vụ người ký (signer.title)', "the signer's title (signer.title)"),
    recipients: t('nơi nhận (recipients)', 'the recipients (recipients)'),
    executors: t('cơ quan, đơn vị thi hành quyết định (executors, Điều 3)', 'who carries out the decision (executors, Article 3)'),
    fund: t('nguồn kinh phí khen thưởng (fund, Điều 2)', 'the fund the reward money comes from (fund, Article 2)'),
    startTime: t('giờ bắt đầu cuộc họp (startTime)', 'the time the meeting started (startTime)'),
    place: t('địa điểm họp (place)', 'the place of the meeting (place)'),
    chair: t('người chủ trì (chair)', 'the chair (chair)'),
    secretary: t('thư ký (secretary)', 'the secretary (secretary)'),
    members: t('danh sách thành viên Hội đồng (members)', "the council's members (members)"),
    threshold: t(
      'tỷ lệ phiếu đồng ý cần đạt (threshold) — luật không quy định cho các hình thức này',
      'the share of votes needed (threshold) — the law sets none for these forms',
    ),
    votes: t('kết quả biểu quyết (votes)', 'the votes (votes)'),
    vote: t('kết quả biểu quyết của đề nghị', 'the vote on a proposal'),
    summary: t('tóm tắt thành tích của đề nghị (summaries)', "a proposal's summary of its achievement (summaries)"),
    form: t('hình thức khen thưởng đề nghị (form)', 'the reward form proposed (form)'),
    subject: t('đối tượng của báo cáo (subject)', 'the subject of the report (subject)'),
    occasion: t('dịp khen thưởng (occasion)', 'the occasion (occasion)'),
    laborOrderClass: t('hạng Huân chương Lao động (laborOrderClass)', 'the class of the Labour Order (laborOrderClass)'),
    coefficient: t('hệ số tiền thưởng (coefficient)', 'the reward coefficient (coefficient)'),
    title: t('tiêu đề (title)', 'the title (title)'),
    columns: t('các cột của bảng (columns)', "the table's columns (columns)"),
  }) as const satisfies Record<string, Text>)();

/** What a paper found none of. */
export const ENTRY_WORDS = /* @__PURE__ */ (() =>
  ({
    proposals: t('đề nghị khen thưởng', 'proposal'),
    directorEntries: t(
      'đề nghị tặng Giấy khen (đã tổng hợp, chưa bị từ chối hay rút)',
      'proposal for the Giấy khen (compiled, neither rejected nor withdrawn)',
    ),
    provincialEntries: t(
      'đề nghị khen thưởng cấp trên đã được Hội đồng chọn (Bằng khen tỉnh, Bằng khen Thủ tướng, Huân chương Lao động)',
      'proposal for a higher form selected by the council (provincial or Prime Minister certificate, Labour Order)',
    ),
  }) as const)();
