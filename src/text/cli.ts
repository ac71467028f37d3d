/**
 * The texts of the `thi-dua` command-line program, in both languages.
 *
 * @module
 */
import type { Text } from '../core/types.js';

/** The largest whole-file JSON input the program reads (10 MiB); a larger one is refused with a message. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/** The longest line of a JSON Lines input (1 MiB); the input stops at a longer line, with a message. */
export const MAX_LINE_BYTES = 1024 * 1024;

/** `1 collective`, `2 collectives`: English counts agree with their number; Vietnamese nouns do not change. */
function count(n: number, vi: string, one: string, many: string): Text {
  return { vi: `${n} ${vi}`, en: `${n} ${n === 1 ? one : many}` };
}

/** The lines of the overview (`thi-dua --help`) around the list of commands, which comes from the commands themselves. */
export const USAGE_TEXT = {
  head: { vi: 'Cách dùng: thi-dua <lệnh> [tùy chọn]\n\nLệnh:', en: 'Usage: thi-dua <command> [options]\n\nCommands:' },
  foot: {
    vi: `Tùy chọn chung:
  --lang vi|en   ngôn ngữ của kết quả và thông báo (mặc định: vi)
  --help, -h     cách dùng (của một lệnh: thi-dua <lệnh> --help)
  --version      phiên bản của chương trình

FILE là tệp JSON (tối đa 10 MiB), tệp JSON Lines (.ndjson, .jsonl hoặc --ndjson: đọc từng dòng,
không giới hạn số dòng, mỗi dòng tối đa 1 MiB), hoặc - để đọc từ đầu vào chuẩn.

Mã thoát: 0 mọi dữ liệu hợp lệ; 1 có dữ liệu không hợp lệ; 2 dùng sai lệnh.
Xem thêm: thi-dua <lệnh> --help`,
    en: `Global options:
  --lang vi|en   the language of the results and messages (default: vi)
  --help, -h     usage (of one command: thi-dua <command> --help)
  --version      the program's version

FILE is a JSON file (at most 10 MiB), a JSON Lines file (.ndjson, .jsonl or --ndjson: read line by
line, any number of lines, each at most 1 MiB), or - to read standard input.

Exit codes: 0 every input valid; 1 an input is invalid; 2 usage error.
See also: thi-dua <command> --help`,
  },
} as const satisfies Record<string, Text>;

const INPUT_HELP: Text = {
  vi: `FILE là tệp JSON (UTF-8, có hoặc không có BOM, tối đa 10 MiB = ${MAX_INPUT_BYTES} byte), hoặc tệp JSON Lines
(tên kết thúc bằng .ndjson hoặc .jsonl, hoặc với --ndjson): mỗi dòng một mục, đọc và xử lý lần lượt từng
dòng, không giới hạn số dòng, mỗi dòng tối đa 1 MiB; dòng trống được bỏ qua. FILE là - để đọc từ đầu vào
chuẩn (JSON, hoặc JSON Lines với --ndjson).`,
  en: `FILE is a JSON file (UTF-8, with or without BOM, at most 10 MiB = ${MAX_INPUT_BYTES} bytes), or a JSON Lines file
(named .ndjson or .jsonl, or with --ndjson): one entry per line, read and processed line by line, any
number of lines, each at most 1 MiB; blank lines are skipped. FILE is - to read standard input (JSON,
or JSON Lines with --ndjson).`,
};

/**
 * Each command's line in the overview (`thi-dua --help`): the same in both languages, as the
 * command and its options are typed.
 */
export const CLI_SYNOPSES = {
  check: 'check FILE [--ndjson] [--format table|json|ndjson] [--lang vi|en]',
  proposals: 'proposals FILE --occasion annual:2024 [--issuer ISSUER.json] [--ndjson] [--format md|csv|json] [--lang vi|en]',
  report:
    'report FILE [--ndjson] [--format md|html|json] [--occasion final-review:2025] [--as-of YYYY-MM-DD] [--campaign CAMPAIGN.json] [--activities ACTIVITIES.json] [--lang vi|en]',
  timeline: 'timeline [--on YYYY-MM-DD] [--format table|json] [--lang vi|en]',
  activities: 'activities FILE [--ndjson] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format table|json|md|csv] [--lang vi|en]',
  demo: 'demo [--format table|json|ndjson] [--lang vi|en]',
} as const satisfies Record<string, string>;

/** Every fixed text of the program. */
export const CLI_TEXT = {
  checkSummary: {
    vi: 'kiểm tra và đánh giá các đề nghị khen thưởng trong tệp (JSON hoặc JSON Lines)',
    en: 'validate and evaluate the nominations in a file (JSON or JSON Lines)',
  },
  checkHelp: {
    vi: `Cách dùng: thi-dua check FILE [--ndjson] [--format table|json|ndjson] [--lang vi|en]

${INPUT_HELP.vi}
Tệp JSON: một mảng đề nghị khen thưởng hoặc { "nominations": [...] }.
Kiểm tra từng đề nghị; đề nghị hợp lệ được đánh giá theo kế hoạch (III.1, III.2, III.3), đề nghị không
hợp lệ được báo kèm vị trí (#N: thứ tự trong mảng, hoặc số dòng trong tệp JSON Lines) và đường dẫn
trường. Kết quả được in ngay khi từng mục được xử lý, dòng tổng hợp ở cuối.
  --format table   văn bản dễ đọc (mặc định)
  --format json    một tài liệu JSON { "entries": [...], "summary": {...} }, mỗi mục một dòng
  --format ndjson  mỗi mục một dòng JSON, dòng cuối { "summary": {...} }
Mã thoát: 0 mọi đề nghị hợp lệ (dù kết quả thế nào); 1 có đề nghị hoặc tệp không hợp lệ; 2 dùng sai lệnh.`,
    en: `Usage: thi-dua check FILE [--ndjson] [--format table|json|ndjson] [--lang vi|en]

${INPUT_HELP.en}
A JSON file: an array of nominations or { "nominations": [...] }.
Validates each; valid ones are evaluated against the plan (III.1, III.2, III.3), invalid ones are
reported with their position (#N: the place in the array, or the line number in JSON Lines) and
field path. Each result is printed as soon as its entry is processed; the summary comes last.
  --format table   readable text (the default)
  --format json    one JSON document { "entries": [...], "summary": {...} }, one entry per line
  --format ndjson  one JSON line per entry, then a last line { "summary": {...} }
Exit codes: 0 every nomination valid (whatever the outcomes); 1 a nomination or the file is invalid; 2 usage error.`,
  },
  proposalsSummary: {
    vi: 'danh sách đề nghị khen thưởng của Hội đồng TĐKT Sở (IV.3.1) từ các hồ sơ đề nghị',
    en: "the council's list of proposals (IV.3.1) from nomination records",
  },
  proposalsHelp: {
    vi: `Cách dùng: thi-dua proposals FILE --occasion LOẠI:NĂM [--issuer ISSUER.json] [--ndjson] [--format md|csv|json] [--lang vi|en]

${INPUT_HELP.vi}
Tệp JSON: một mảng hồ sơ đề nghị (NominationRecord, như applyNominationEvent trả về) hoặc
{ "records": [...] }. In danh sách đề nghị khen thưởng của Hội đồng TĐKT Sở (IV.3.1) cho dịp đã
chọn (LOẠI: annual, preliminary-review, final-review), nhóm theo hình thức khen thưởng; hồ sơ không
hợp lệ được báo trên stderr. CSV có BOM UTF-8 (để Excel đọc đúng tiếng Việt).
--issuer ISSUER.json: cơ quan ban hành (Issuer: name, shortName, parent, symbol, headTitle, place,
councilName, en tùy chọn), ví dụ sở kế nhiệm Sở GTVT; Hội đồng, Giấy khen và người quyết định Giấy
khen được ghi theo cơ quan đó. Mặc định: Sở Giao thông vận tải tỉnh Cao Bằng của kế hoạch.
Mã thoát: 0 mọi hồ sơ hợp lệ; 1 có hồ sơ hoặc tệp không hợp lệ; 2 dùng sai lệnh.`,
    en: `Usage: thi-dua proposals FILE --occasion KIND:YEAR [--issuer ISSUER.json] [--ndjson] [--format md|csv|json] [--lang vi|en]

${INPUT_HELP.en}
A JSON file: an array of nomination records (NominationRecord, as applyNominationEvent returns
them) or { "records": [...] }. Prints the council's list of proposals (IV.3.1) for the occasion
(KIND: annual, preliminary-review, final-review), grouped by reward form; invalid records are
reported on stderr. The CSV begins with a UTF-8 byte-order mark (so that Excel reads Vietnamese).
--issuer ISSUER.json: the issuing department (an Issuer: name, shortName, parent, symbol, headTitle,
place, councilName, optional en), such as the successor of the Department of Transport; the council,
the Giấy khen and who decides it are named after it. Default: the plan's Department of Transport.
Exit codes: 0 every record valid; 1 a record or the file is invalid; 2 usage error.`,
  },
  reportSummary: {
    vi: 'số liệu báo cáo sơ kết, tổng kết (III.5) từ các hồ sơ đề nghị; html: trang có biểu đồ',
    en: 'the statistics of a review (III.5) from nomination records; html: a page with charts',
  },
  timelineSummary: {
    vi: 'các mốc tiến độ (III.5) và các dịp khen thưởng (III.3)',
    en: 'the milestones (III.5) and the reward occasions (III.3)',
  },
  timelineHelp: {
    vi: `Cách dùng: thi-dua timeline [--on YYYY-MM-DD] [--format table|json] [--lang vi|en]

In các mốc tiến độ của kế hoạch (III.5) với trạng thái so với ngày --on (mặc định: hôm nay theo giờ
Việt Nam), các mốc đang diễn ra vào ngày đó, và các dịp khen thưởng của năm đó với các hình thức
được xét (III.3).`,
    en: `Usage: thi-dua timeline [--on YYYY-MM-DD] [--format table|json] [--lang vi|en]

Prints the plan's milestones (III.5) with their state on the day --on (default: today in Vietnam),
the milestones running that day, and that year's reward occasions with the forms given (III.3).`,
  },
  activitiesSummary: {
    vi: 'kết quả thực hiện phong trào (II, IV.4): tổng hợp các hoạt động theo loại, năm, đơn vị',
    en: "the movement's results (II, IV.4): activities totalled by kind, year and unit",
  },
  demoSummary: {
    vi: 'đánh giá các đề nghị khen thưởng mẫu có sẵn',
    en: 'evaluate the built-in sample nominations',
  },
  demoHelp: {
    vi: `Cách dùng: thi-dua demo [--format table|json|ndjson] [--lang vi|en]

Đánh giá các đề nghị khen thưởng mẫu có sẵn, như lệnh check (cùng các dạng --format), rồi tổng hợp
các hoạt động mẫu như lệnh activities. Với --format json hoặc ndjson chỉ in JSON, không có dòng tiêu
đề: tổng hợp hoạt động nằm trong khóa "activities" (json: của tài liệu; ndjson: của dòng cuối).`,
    en: `Usage: thi-dua demo [--format table|json|ndjson] [--lang vi|en]

Evaluates the built-in sample nominations, as the check command does (with the same --format
choices), then totals the sample activities as the activities command does. With --format json or
ndjson only JSON is printed, without the title line: the activities' summary is under the key
"activities" (json: of the document; ndjson: of the last line).`,
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
  stdin: { vi: 'đầu vào chuẩn (stdin)', en: 'standard input (stdin)' },
  milestonesOnDay: { vi: 'Các mốc đang diễn ra', en: 'Milestones running' },
  occasionsOfYear: { vi: 'Các dịp khen thưởng trong năm', en: "The year's reward occasions" },
  none: { vi: '(không có)', en: '(none)' },
  timelineTitle: { vi: 'Tiến độ thực hiện (III.5)', en: 'Timeline (III.5)' },
  past: { vi: 'đã qua', en: 'past' },
  current: { vi: 'đang diễn ra', en: 'running' },
  upcoming: { vi: 'sắp tới', en: 'upcoming' },
  listTitle: { vi: 'Danh sách đề nghị khen thưởng', en: 'List of reward proposals' },
  decidedBy: { vi: 'Thẩm quyền quyết định', en: 'Decided by' },
  proposingUnit: { vi: 'Đơn vị đề nghị', en: 'Proposing unit' },
  status: { vi: 'Trạng thái', en: 'Status' },
  subject: { vi: 'Đối tượng', en: 'Subject' },
  subjectClass: { vi: 'Tập thể/cá nhân', en: 'Collective/individual' },
  category: { vi: 'Loại đối tượng', en: 'Category' },
  form: { vi: 'Hình thức', en: 'Form' },
  nomination: { vi: 'Đề nghị', en: 'Nomination' },
  council: { vi: 'Hội đồng', en: 'Council' },
  emptyList: { vi: 'Không có đề nghị nào đã được tổng hợp cho dịp này.', en: 'No nomination has been compiled for this occasion.' },
  occasionHint: {
    vi: 'LOẠI:NĂM, LOẠI là annual (khen thưởng hằng năm), preliminary-review (sơ kết) hoặc final-review (tổng kết), ví dụ annual:2024',
    en: 'KIND:YEAR, KIND being annual (annual reward), preliminary-review or final-review, e.g. annual:2024',
  },
  dateHint: { vi: 'YYYY-MM-DD, một ngày có thật', en: 'YYYY-MM-DD, a real calendar day' },
} as const satisfies Record<string, Text>;

/**
 * The name of the Giấy khen (III.3.c) for an issuer's head: `head` as `issuerHeadName` gives it;
 * `english` whether the issuer has English names (otherwise the English text keeps the Vietnamese
 * title as a name).
 */
export function directorCertificateText(head: Text, english: boolean): Text {
  return {
    vi: `Giấy khen của ${head.vi}`,
    en: english ? `Certificate of Commendation of the ${head.en}` : `Certificate of Commendation of ${head.en}`,
  };
}

/** "8 mục: 6 hợp lệ (3 đạt, …), 2 không hợp lệ." — "1 entry: …" in English. */
export function checkSummaryText(counts: { total: number; invalid: number; met: number; notMet: number; unknown: number }): Text {
  const valid = counts.total - counts.invalid;
  const total = count(counts.total, 'mục', 'entry', 'entries');
  return {
    vi: `${total.vi}: ${valid} hợp lệ (${counts.met} đạt, ${counts.notMet} không đạt, ${counts.unknown} chưa xác định), ${counts.invalid} không hợp lệ.`,
    en: `${total.en}: ${valid} valid (${counts.met} met, ${counts.notMet} not met, ${counts.unknown} unknown), ${counts.invalid} invalid.`,
  };
}

/** "3: 1 tập thể, 2 cá nhân" — "3: 1 collective, 2 individuals" in English. */
export function proposalCountsText(counts: { total: number; collectives: number; individuals: number }): Text {
  const collectives = count(counts.collectives, 'tập thể', 'collective', 'collectives');
  const individuals = count(counts.individuals, 'cá nhân', 'individual', 'individuals');
  return { vi: `${counts.total}: ${collectives.vi}, ${individuals.vi}`, en: `${counts.total}: ${collectives.en}, ${individuals.en}` };
}

/**
 * What was wrong with a text that is not JSON, as the CLI reads it from `JSON.parse`'s error:
 * where (a character offset, with its line and column), the input ending too soon, an unexpected
 * token, or nothing more precise. `detail` is the parser's own English message.
 */
export type JsonSyntaxError = {
  readonly detail: string;
  readonly at?: { readonly position: number; readonly line: number; readonly column: number };
  readonly endOfInput?: boolean;
  readonly token?: string;
};

function jsonSyntaxVi(error: JsonSyntaxError): string {
  if (error.at !== undefined) {
    return `lỗi cú pháp ở vị trí ${error.at.position} (dòng ${error.at.line}, cột ${error.at.column}).`;
  }
  if (error.endOfInput === true) return 'dữ liệu kết thúc giữa chừng.';
  if (error.token !== undefined) return `gặp ký tự không mong đợi ${error.token}.`;
  return 'lỗi cú pháp.';
}

/** The messages of usage errors and unreadable inputs. */
export const CLI_ERRORS = {
  missingCommand: () => ({ vi: 'Thiếu lệnh.', en: 'Missing command.' }),
  unknownCommand: (name: string) => ({ vi: `Lệnh không có: ${name}.`, en: `Unknown command: ${name}.` }),
  unknownOption: (name: string) => ({ vi: `Tùy chọn không có: ${name}.`, en: `Unknown option: ${name}.` }),
  missingValue: (name: string) => ({ vi: `Tùy chọn ${name} cần một giá trị.`, en: `Option ${name} needs a value.` }),
  noValueAllowed: (name: string) => ({ vi: `Tùy chọn ${name} không nhận giá trị.`, en: `Option ${name} takes no value.` }),
  badValue: (name: string, value: string, allowed: Text) => ({
    vi: `Giá trị không hợp lệ cho ${name}: ${value} (cho phép: ${allowed.vi}).`,
    en: `Invalid value for ${name}: ${value} (allowed: ${allowed.en}).`,
  }),
  missingFile: () => ({ vi: 'Thiếu tên tệp FILE.json.', en: 'Missing the FILE.json argument.' }),
  extraArgument: (value: string) => ({ vi: `Thừa đối số: ${value}.`, en: `Unexpected argument: ${value}.` }),
  missingOccasion: () => ({ vi: 'Thiếu --occasion (ví dụ annual:2024).', en: 'Missing --occasion (e.g. annual:2024).' }),
  fileNotFound: (path: string) => ({ vi: `Không đọc được tệp ${path}.`, en: `Cannot read the file ${path}.` }),
  readFailed: (path: string) => ({
    vi: `Đọc tệp ${path} bị lỗi giữa chừng; các mục trước đó đã được xử lý.`,
    en: `Reading ${path} failed part way; the entries before were processed.`,
  }),
  /** `bytes`: the file's size when it is known (a regular file); otherwise the input was cut at `max + 1` bytes. */
  fileTooLarge: (path: string, bytes: number | undefined, max: number) =>
    bytes === undefined
      ? {
          vi: `Tệp ${path} quá lớn (hơn ${max} byte; tối đa ${max} byte). Tệp lớn hơn: dùng JSON Lines (--ndjson).`,
          en: `The file ${path} is too large (more than ${max} bytes; at most ${max} bytes). For more: use JSON Lines (--ndjson).`,
        }
      : {
          vi: `Tệp ${path} quá lớn (${bytes} byte; tối đa ${max} byte). Tệp lớn hơn: dùng JSON Lines (--ndjson).`,
          en: `The file ${path} is too large (${bytes} bytes; at most ${max} bytes). For more: use JSON Lines (--ndjson).`,
        },
  notUtf8: (path: string) => ({ vi: `Tệp ${path} không phải văn bản UTF-8.`, en: `The file ${path} is not UTF-8 text.` }),
  notJson: (path: string, error: JsonSyntaxError) => ({
    vi: `Tệp ${path} không phải JSON hợp lệ: ${jsonSyntaxVi(error)}`,
    en: `The file ${path} is not valid JSON: ${error.detail}`,
  }),
  wrongShape: (path: string, key: string) => ({
    vi: `Tệp ${path} phải chứa một mảng, hoặc một đối tượng có khóa "${key}" là mảng.`,
    en: `The file ${path} must hold an array, or an object whose "${key}" key is an array.`,
  }),
  lineNotJson: (line: number, error: JsonSyntaxError) => ({
    vi: `Dòng ${line} không phải JSON hợp lệ: ${error.at === undefined ? jsonSyntaxVi(error) : `lỗi cú pháp ở cột ${error.at.column}.`}`,
    en: `Line ${line} is not valid JSON: ${error.detail}`,
  }),
  lineNotUtf8: (line: number) => ({ vi: `Dòng ${line} không phải văn bản UTF-8.`, en: `Line ${line} is not UTF-8 text.` }),
  lineTooLong: (path: string, line: number, max: number) => ({
    vi: `Dòng ${line} của ${path} dài quá ${max} byte; dừng đọc ở đó (các dòng trước đã được xử lý).`,
    en: `Line ${line} of ${path} is longer than ${max} bytes; reading stopped there (the lines before were processed).`,
  }),
} satisfies Record<string, (...args: never[]) => Text>;
