/**
 * The texts of the `thi-dua` command-line program, in both languages.
 *
 * @module
 */
import type { Text } from '../core/types.js';

/** The largest input file the program reads (10 MiB); a larger file is refused with a message. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/** Every fixed text of the program. */
export const CLI_TEXT = {
  usage: {
    vi: `Cách dùng: thi-dua <lệnh> [tùy chọn]

Lệnh:
  check FILE.json [--lang vi|en] [--format table|json]
      kiểm tra và đánh giá các đề nghị khen thưởng trong tệp
  proposals FILE.json --occasion annual:2024 [--format md|csv|json] [--lang vi|en]
      danh sách đề nghị khen thưởng của Hội đồng TĐKT Sở (IV.3.1) từ các hồ sơ đề nghị
  report FILE.json [--format md|html|json] [--occasion final-review:2025] [--lang vi|en]
      số liệu báo cáo sơ kết, tổng kết (III.5) từ các hồ sơ đề nghị; html: trang có biểu đồ
  timeline [--on YYYY-MM-DD] [--lang vi|en] [--format table|json]
      các mốc tiến độ (III.5) và các dịp khen thưởng (III.3)
  activities FILE.json [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format table|json|md|csv] [--lang vi|en]
      kết quả thực hiện phong trào (II, IV.4): tổng hợp các hoạt động theo loại, năm, đơn vị
  demo [--lang vi|en]
      đánh giá các đề nghị khen thưởng mẫu có sẵn
  documents RECORDS.json --occasion final-review:2025 --context CONTEXT.json --out THƯ_MỤC [--format docx|html]
      ghi các văn bản của dịp khen thưởng (danh sách, biên bản, quyết định, tờ trình, báo cáo thành tích)

Mã thoát: 0 mọi dữ liệu hợp lệ; 1 có dữ liệu không hợp lệ; 2 dùng sai lệnh.
Xem thêm: thi-dua <lệnh> --help`,
    en: `Usage: thi-dua <command> [options]

Commands:
  check FILE.json [--lang vi|en] [--format table|json]
      validate and evaluate the nominations in a file
  proposals FILE.json --occasion annual:2024 [--format md|csv|json] [--lang vi|en]
      the council's list of proposals (IV.3.1) from nomination records
  report FILE.json [--format md|html|json] [--occasion final-review:2025] [--lang vi|en]
      the statistics of a review (III.5) from nomination records; html: a page with charts
  timeline [--on YYYY-MM-DD] [--lang vi|en] [--format table|json]
      the milestones (III.5) and the reward occasions (III.3)
  activities FILE.json [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format table|json|md|csv] [--lang vi|en]
      the movement's results (II, IV.4): activities totalled by kind, year and unit
  demo [--lang vi|en]
      evaluate the built-in sample nominations
  documents RECORDS.json --occasion final-review:2025 --context CONTEXT.json --out DIR [--format docx|html]
      write the occasion's papers (list, minutes, decision, submission, achievement reports)

Exit codes: 0 every input valid; 1 an input is invalid; 2 usage error.
See also: thi-dua <command> --help`,
  },
  checkHelp: {
    vi: `Cách dùng: thi-dua check FILE.json [--lang vi|en] [--format table|json]

Đọc FILE.json (UTF-8, có hoặc không có BOM, tối đa 10 MiB): một mảng đề nghị khen thưởng hoặc
{ "nominations": [...] }. Kiểm tra từng đề nghị; đề nghị hợp lệ được đánh giá theo kế hoạch
(III.1, III.2, III.3), đề nghị không hợp lệ được báo kèm vị trí và đường dẫn trường.
Mã thoát: 0 mọi đề nghị hợp lệ (dù kết quả thế nào); 1 có đề nghị hoặc tệp không hợp lệ; 2 dùng sai lệnh.`,
    en: `Usage: thi-dua check FILE.json [--lang vi|en] [--format table|json]

Reads FILE.json (UTF-8, with or without BOM, at most 10 MiB): an array of nominations or
{ "nominations": [...] }. Validates each; valid ones are evaluated against the plan (III.1, III.2,
III.3), invalid ones are reported with their position and field path.
Exit codes: 0 every nomination valid (whatever the outcomes); 1 a nomination or the file is invalid; 2 usage error.`,
  },
  proposalsHelp: {
    vi: `Cách dùng: thi-dua proposals FILE.json --occasion LOẠI:NĂM [--format md|csv|json] [--lang vi|en]

Đọc FILE.json: một mảng hồ sơ đề nghị (NominationRecord, như applyNominationEvent trả về) hoặc
{ "records": [...] }. In danh sách đề nghị khen thưởng của Hội đồng TĐKT Sở (IV.3.1) cho dịp đã
chọn (LOẠI: annual, preliminary-review, final-review), nhóm theo hình thức khen thưởng.
Mã thoát: 0 mọi hồ sơ hợp lệ; 1 có hồ sơ hoặc tệp không hợp lệ; 2 dùng sai lệnh.`,
    en: `Usage: thi-dua proposals FILE.json --occasion KIND:YEAR [--format md|csv|json] [--lang vi|en]

Reads FILE.json: an array of nomination records (NominationRecord, as applyNominationEvent returns
them) or { "records": [...] }. Prints the council's list of proposals (IV.3.1) for the occasion
(KIND: annual, preliminary-review, final-review), grouped by reward form.
Exit codes: 0 every record valid; 1 a record or the file is invalid; 2 usage error.`,
  },
  timelineHelp: {
    vi: `Cách dùng: thi-dua timeline [--on YYYY-MM-DD] [--lang vi|en] [--format table|json]

In các mốc tiến độ của kế hoạch (III.5) với trạng thái so với ngày --on (mặc định: hôm nay theo giờ
Việt Nam), các mốc đang diễn ra vào ngày đó, và các dịp khen thưởng của năm đó với các hình thức
được xét (III.3).`,
    en: `Usage: thi-dua timeline [--on YYYY-MM-DD] [--lang vi|en] [--format table|json]

Prints the plan's milestones (III.5) with their state on the day --on (default: today in Vietnam),
the milestones running that day, and that year's reward occasions with the forms given (III.3).`,
  },
  demoHelp: {
    vi: `Cách dùng: thi-dua demo [--lang vi|en]

Đánh giá các đề nghị khen thưởng mẫu có sẵn, như lệnh check, rồi tổng hợp các hoạt động mẫu như lệnh activities.`,
    en: `Usage: thi-dua demo [--lang vi|en]

Evaluates the built-in sample nominations, as the check command does, then totals the sample activities as the activities command does.`,
  },
  demoTitle: {
    vi: 'Đánh giá các đề nghị khen thưởng mẫu — Phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau”, Sở GTVT Cao Bằng',
    en: 'Evaluating the sample nominations — emulation movement “For the poor — no one left behind”, Department of Transport, Cao Bằng',
  },
  outcome: { vi: 'Kết quả', en: 'Outcome' },
  missing: { vi: 'Còn thiếu để kết luận', en: 'Still missing to decide' },
  invalid: { vi: 'không hợp lệ', en: 'invalid' },
  root: { vi: '(gốc)', en: '(root)' },
  entry: { vi: 'Mục', en: 'Entry' },
  milestonesOnDay: { vi: 'Các mốc đang diễn ra', en: 'Milestones running' },
  occasionsOfYear: { vi: 'Các dịp khen thưởng trong năm', en: "The year's reward occasions" },
  none: { vi: '(không có)', en: '(none)' },
  timelineTitle: { vi: 'Tiến độ thực hiện (III.5)', en: 'Timeline (III.5)' },
  past: { vi: 'đã qua', en: 'past' },
  current: { vi: 'đang diễn ra', en: 'running' },
  upcoming: { vi: 'sắp tới', en: 'upcoming' },
  listTitle: { vi: 'Danh sách đề nghị khen thưởng', en: 'List of reward proposals' },
  collectives: { vi: 'tập thể', en: 'collectives' },
  individuals: { vi: 'cá nhân', en: 'individuals' },
  decidedBy: { vi: 'Thẩm quyền quyết định', en: 'Decided by' },
  proposingUnit: { vi: 'Đơn vị đề nghị', en: 'Proposing unit' },
  status: { vi: 'Trạng thái', en: 'Status' },
  subject: { vi: 'Đối tượng', en: 'Subject' },
  subjectClass: { vi: 'Tập thể/cá nhân', en: 'Collective/individual' },
  category: { vi: 'Loại đối tượng', en: 'Category' },
  form: { vi: 'Hình thức', en: 'Form' },
  nomination: { vi: 'Đề nghị', en: 'Nomination' },
  emptyList: { vi: 'Không có đề nghị nào đã được tổng hợp cho dịp này.', en: 'No nomination has been compiled for this occasion.' },
} as const satisfies Record<string, Text>;

/** "8 mục: 6 hợp lệ (3 đạt, …), 2 không hợp lệ." */
export function checkSummaryText(counts: {
  total: number;
  invalid: number;
  met: number;
  notMet: number;
  unknown: number;
}): Text {
  const valid = counts.total - counts.invalid;
  return {
    vi: `${counts.total} mục: ${valid} hợp lệ (${counts.met} đạt, ${counts.notMet} không đạt, ${counts.unknown} chưa xác định), ${counts.invalid} không hợp lệ.`,
    en: `${counts.total} entries: ${valid} valid (${counts.met} met, ${counts.notMet} not met, ${counts.unknown} unknown), ${counts.invalid} invalid.`,
  };
}

/** The messages of usage errors and unreadable files. */
export const CLI_ERRORS = {
  missingCommand: () => ({ vi: 'Thiếu lệnh.', en: 'Missing command.' }),
  unknownCommand: (name: string) => ({ vi: `Lệnh không có: ${name}.`, en: `Unknown command: ${name}.` }),
  unknownOption: (name: string) => ({ vi: `Tùy chọn không có: ${name}.`, en: `Unknown option: ${name}.` }),
  missingValue: (name: string) => ({ vi: `Tùy chọn ${name} cần một giá trị.`, en: `Option ${name} needs a value.` }),
  badValue: (name: string, value: string, allowed: string) => ({
    vi: `Giá trị không hợp lệ cho ${name}: ${value} (cho phép: ${allowed}).`,
    en: `Invalid value for ${name}: ${value} (allowed: ${allowed}).`,
  }),
  missingFile: () => ({ vi: 'Thiếu tên tệp FILE.json.', en: 'Missing the FILE.json argument.' }),
  extraArgument: (value: string) => ({ vi: `Thừa đối số: ${value}.`, en: `Unexpected argument: ${value}.` }),
  missingOccasion: () => ({ vi: 'Thiếu --occasion (ví dụ annual:2024).', en: 'Missing --occasion (e.g. annual:2024).' }),
  fileNotFound: (path: string) => ({ vi: `Không đọc được tệp ${path}.`, en: `Cannot read the file ${path}.` }),
  fileTooLarge: (path: string, bytes: number, max: number) => ({
    vi: `Tệp ${path} quá lớn (${bytes} byte; tối đa ${max} byte).`,
    en: `The file ${path} is too large (${bytes} bytes; at most ${max} bytes).`,
  }),
  notUtf8: (path: string) => ({ vi: `Tệp ${path} không phải văn bản UTF-8.`, en: `The file ${path} is not UTF-8 text.` }),
  notJson: (path: string, detail: string) => ({
    vi: `Tệp ${path} không phải JSON hợp lệ: ${detail}`,
    en: `The file ${path} is not valid JSON: ${detail}`,
  }),
  wrongShape: (path: string, key: string) => ({
    vi: `Tệp ${path} phải chứa một mảng, hoặc một đối tượng có khóa "${key}" là mảng.`,
    en: `The file ${path} must hold an array, or an object whose "${key}" key is an array.`,
  }),
} satisfies Record<string, (...args: never[]) => Text>;
