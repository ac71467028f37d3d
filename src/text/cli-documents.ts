/**
 * The texts of the `thi-dua documents` command, in both languages.
 *
 * @module
 */
import type { Text } from '../core/types.js';

/** Every fixed text of the command. */
export const DOCUMENTS_CLI_TEXT = {
  help: {
    vi: `Cách dùng: thi-dua documents RECORDS.json --occasion LOẠI:NĂM --context CONTEXT.json --out THƯ_MỤC [--format docx|html] [--lang vi|en]

Đọc RECORDS.json (một mảng hồ sơ đề nghị hoặc { "records": [...] }) và CONTEXT.json (thông tin các văn
bản cần mà hồ sơ không có: số, ký hiệu, ngày, người ký, nơi nhận, kết quả biểu quyết…; các khóa list,
minutes, decision, submission, reports — xem docs/documents.md). Ghi vào THƯ_MỤC các văn bản của dịp
khen thưởng: danh sách đề nghị, biên bản họp Hội đồng, quyết định tặng Giấy khen, tờ trình, báo cáo
thành tích — tệp Word (.docx, mặc định) hoặc HTML, theo thể thức Nghị định 30/2020/NĐ-CP.
Mã thoát: 0 mọi văn bản đã ghi; 1 có hồ sơ, tệp hoặc văn bản không hợp lệ (các văn bản khác vẫn được ghi); 2 dùng sai lệnh.`,
    en: `Usage: thi-dua documents RECORDS.json --occasion KIND:YEAR --context CONTEXT.json --out DIR [--format docx|html] [--lang vi|en]

Reads RECORDS.json (an array of nomination records or { "records": [...] }) and CONTEXT.json (what the
papers need that the records do not hold: numbers, dates, signers, recipients, votes…; keys list,
minutes, decision, submission, reports — see docs/documents.md). Writes the occasion's papers into
DIR: the council's list, its minutes, the Director's decision, the submission and the achievement
reports — Word files (.docx, the default) or HTML pages, in the format of Nghị định 30/2020/NĐ-CP.
Exit codes: 0 every paper written; 1 a record, a file or a paper is invalid (the others are still written); 2 usage error.`,
  },
  missingContext: { vi: 'Thiếu --context CONTEXT.json.', en: 'Missing --context CONTEXT.json.' },
  missingOut: { vi: 'Thiếu --out THƯ_MỤC.', en: 'Missing --out DIR.' },
  notAnObject: (path: string): Text => ({
    vi: `Tệp ${path} phải chứa một đối tượng JSON { … }.`,
    en: `The file ${path} must hold a JSON object { … }.`,
  }),
  written: (path: string): Text => ({ vi: `Đã ghi ${path}`, en: `Wrote ${path}` }),
  paperFailed: (name: string): Text => ({ vi: `Không lập được văn bản ${name}:`, en: `Could not make the paper ${name}:` }),
  cannotWrite: (path: string, detail: string): Text => ({ vi: `Không ghi được ${path}: ${detail}`, en: `Cannot write ${path}: ${detail}` }),
  nothing: { vi: 'CONTEXT.json không yêu cầu văn bản nào.', en: 'CONTEXT.json asks for no paper.' },
} as const;
