/**
 * What the papers need beyond the library's records, and its zod schemas: the number and symbol,
 * the place and date, the signer, the recipients, the issuer, the format; and each paper's own
 * inputs. Objects are strict; every missing input a paper cannot do without is an issue.
 *
 * @module
 */
import * as z from 'zod';
import { type Issuer, IssuerSchema } from '../law/issuer.js';
import { LABOR_ORDER_CLASSES, LANGS, REWARD_FORMS, SUBJECT_CLASSES } from '../core/codes.js';
import { NOMINATION_STATUSES } from '../core/workflow-codes.js';
import { NON_BLANK } from '../core/patterns.js';
import { CivilDateSchema, OccasionSchema, SubjectSchema } from '../validation/inputs.js';
import { ActivitySchema } from '../validation/activity.js';
import type { Activity } from '../core/activity.js';

/** The most activities an achievement report reads. */
const MAX_REPORT_ACTIVITIES = 10_000;
import type { CivilDate, Lang } from '../core/types.js';
import type { Orientation } from './model.js';

/** The longest text a paper takes in one field. */
const MAX_TEXT = 20_000;
/** A line of text: not blank, at most `MAX_TEXT` characters. @internal */
export const LineSchema = /* @__PURE__ */ (() => z.string().min(1, { abort: true }).regex(NON_BLANK).max(MAX_TEXT))();
const LinesSchema = /* @__PURE__ */ (() => z.array(LineSchema).max(200))();

/**
 * Who signs a paper: name, title, and the authority when signing for the head (`KT.`, ký thay:
 * a deputy for the head, as the plan itself is signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"; `TL.`, thừa
 * lệnh; `TM.`, thay mặt a collective body, which `for` then names).
 *
 * @example
 * ```ts
 * import type { Signer } from 'thi-dua-vi-nguoi-ngheo/documents';
 * const deputy: Signer = { name: 'Lê Văn Định', title: 'Phó Giám đốc', authority: 'KT.' };
 * const council: Signer = { name: 'Nguyễn Văn An', title: 'Chủ tịch', authority: 'TM.', for: 'Hội đồng' };
 * ```
 */
export type Signer = {
  /** The signer's full name. */
  name: string;
  /** The signer's own title, e.g. 'Phó Giám đốc'. */
  title: string;
  /** Signing for someone else: `KT.`, `TL.` or `TM.`. */
  authority?: 'KT.' | 'TL.' | 'TM.';
  /** Whom the signer signs for; default the issuer's head title (required with `TM.`). */
  for?: string;
};

/**
 * The format options a caller may set, within what Nghị định 30/2020 allows (docs/documents.md):
 * margins top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm; the Quốc hiệu 12–13 pt, the
 * Tiêu ngữ 13–14 pt, page numbers 13–14 pt; the other sizes are the template's (8–16 pt). With
 * `leadingZero` (default true), days below 10 and months below 3 take a leading zero in dates.
 *
 * @example
 * ```ts
 * import type { FormatOptions } from 'thi-dua-vi-nguoi-ngheo/documents';
 * const format: FormatOptions = { margins: { top: 25, left: 35 }, sizes: { nation: 13, motto: 14 } };
 * ```
 */
export type FormatOptions = {
  /** Margins, mm. */
  margins?: {
    /** 20–25 mm. */
    top?: number;
    /** 20–25 mm. */
    bottom?: number;
    /** 30–35 mm. */
    left?: number;
    /** 15–20 mm. */
    right?: number;
  };
  /** Text sizes, pt. */
  sizes?: {
    /** Body text, 8–16 pt. */
    body?: number;
    /** The Quốc hiệu, 12–13 pt. */
    nation?: number;
    /** The Tiêu ngữ, 13–14 pt. */
    motto?: number;
    /** The issuing body, 8–16 pt. */
    issuer?: number;
    /** The type and summary, 8–16 pt. */
    title?: number;
    /** Tables, 8–16 pt. */
    table?: number;
    /** The recipients' items, 8–16 pt. */
    recipients?: number;
    /** Page numbers, 13–14 pt. */
    pageNumber?: number;
  };
  /** Leading zeros in dates ("ngày 05 tháng 01"); default true. */
  leadingZero?: boolean;
};

/**
 * What every paper may take: the issuer (default `PLAN_ISSUER`), the number and symbol, the place
 * (default the issuer's) and date, the signer, the recipients, the language (default `vi`) and
 * the format. Each paper says which of these it cannot do without.
 *
 * @example
 * ```ts
 * import type { PaperContext } from 'thi-dua-vi-nguoi-ngheo/documents';
 * const context: PaperContext = {
 *   reference: '125/QĐ-SGTVT',
 *   date: '2025-12-15',
 *   signer: { name: 'Lê Văn Định', title: 'Phó Giám đốc', authority: 'KT.' },
 *   recipients: ['Như Điều 3', 'Lưu: VT, VP (TĐKT)'],
 * };
 * ```
 */
export type PaperContext = {
  /** Who issues the paper; default `PLAN_ISSUER`. */
  issuer?: Issuer;
  /** The number and symbol (số, ký hiệu), e.g. '125/QĐ-SGTVT'. */
  reference?: string;
  /** The place name before the date; default the issuer's. */
  place?: string;
  /** The day the paper is signed. */
  date: CivilDate;
  /** Who signs it. */
  signer?: Signer;
  /** The recipients (Nơi nhận), in order; the last is usually the file copy ("Lưu: VT, …"). */
  recipients?: string[];
  /** The language; default `vi` (the paper), `en` a working translation. */
  lang?: Lang;
  /** Format options. */
  format?: FormatOptions;
  /** The proposing units' names by the ids the nominations use: printed beside a person without a profile. */
  units?: Record<string, string>;
};

/**
 * The council's list: the context, and a one-line summary of each entry's achievement (by
 * nomination id: when one is given, every entry needs one), an italic note under the title, the
 * orientation (default landscape: the table has six columns), and the money when asked for.
 *
 * @example
 * ```ts
 * import type { ProposalListInput } from 'thi-dua-vi-nguoi-ngheo/documents';
 * const input: ProposalListInput = { date: '2025-11-20', summaries: { 'TK25-04': 'Hỗ trợ xây 3 nhà đại đoàn kết' } };
 * ```
 */
export type ProposalListInput = PaperContext & {
  /** One-line summaries of the achievements, by nomination id. */
  summaries?: Record<string, string>;
  /** An italic note under the title, e.g. '(Kèm theo Tờ trình số 45/TTr-SGTVT ngày 20 tháng 11 năm 2025)'. */
  note?: string;
  /** The pages' orientation; default `landscape`. */
  orientation?: Orientation;
  /**
   * Print each entry's reward money where `rewardAmountOf` knows it, worked out for the day
   * `decidedOn` (the expected decision's; default the list's date) with these options. Absent: no
   * money on the list.
   */
  amounts?: AmountOptions & {
    /** The day of the expected decision the amounts are worked out for; default the list's date. */
    decidedOn?: CivilDate;
  };
};

/**
 * A council member as the minutes name them.
 *
 * @example
 * ```ts
 * import type { CouncilMember } from 'thi-dua-vi-nguoi-ngheo/documents';
 * const m: CouncilMember = { name: 'Hoàng Văn Nam', title: 'Chánh Văn phòng Sở, Phó Chủ tịch Hội đồng', present: true };
 * ```
 */
export type CouncilMember = {
  /** Full name. */
  name: string;
  /** Title and role in the council. */
  title: string;
  /** Whether the member attended. */
  present: boolean;
  /** Why an absent member was absent. */
  reason?: string;
};

/**
 * The share of votes in favour a proposal needs, of all members or of the members present, with
 * what sets it. The law fixes none for this plan's forms (docs/documents.md): it is the caller's.
 *
 * @example
 * ```ts
 * import type { VoteThreshold } from 'thi-dua-vi-nguoi-ngheo/documents';
 * const t: VoteThreshold = { percent: 50, basis: 'all-members', source: 'Quy chế hoạt động của Hội đồng' };
 * ```
 */
export type VoteThreshold = {
  /** The share needed, in percent (above 0, at most 100); a proposal passes at or above it. */
  percent: number;
  /** What the share is of. */
  basis: 'all-members' | 'present-members';
  /** What sets the threshold (printed), e.g. the council's rules. */
  source?: string;
};

/**
 * The council's minutes: the context, the meeting (start and end time `HH:MM`, venue), the chair,
 * the secretary, every member with attendance, the agenda, the threshold and one vote per
 * proposal on the list (by nomination id).
 *
 * @example
 * ```ts
 * import type { CouncilMinutesInput } from 'thi-dua-vi-nguoi-ngheo/documents';
 * const input: CouncilMinutesInput = {
 *   date: '2025-11-25', startTime: '14:00', venue: 'Phòng họp Sở',
 *   chair: { name: 'Nguyễn Văn An', title: 'Giám đốc Sở, Chủ tịch Hội đồng' },
 *   secretary: { name: 'Bế Thị Thu', title: 'Chuyên viên Văn phòng Sở' },
 *   members: [{ name: 'Nguyễn Văn An', title: 'Chủ tịch Hội đồng', present: true }],
 *   threshold: { percent: 50, basis: 'all-members' },
 *   votes: [{ id: 'TK25-04', agree: 1 }],
 * };
 * ```
 */
export type CouncilMinutesInput = PaperContext & {
  /** When the meeting started, `HH:MM`. */
  startTime: string;
  /** When it closed, `HH:MM`. */
  endTime?: string;
  /** Where it was held. */
  venue: string;
  /** Who chaired it. */
  chair: {
    /** The chair's name. */
    name: string;
    /** The chair's title, as the minutes print it (e.g. 'Giám đốc Sở, Chủ tịch Hội đồng'). */
    title: string;
  };
  /** Who took the minutes. */
  secretary: {
    /** The secretary's name. */
    name: string;
    /** The secretary's title, as the minutes print it. */
    title: string;
  };
  /** Every member of the council, present or not. */
  members: CouncilMember[];
  /** The agenda's items. */
  agenda?: string[];
  /** The share of votes a proposal needs. */
  threshold: VoteThreshold;
  /** The votes in favour of each proposal on the list. */
  votes: {
    /** The nomination id of the proposal. */
    id: string;
    /** How many members voted in favour. */
    agree: number;
  }[];
};

/**
 * How the reward money is worked out when the law leaves a part of it to the caller: a
 * coefficient per kind of recipient, the base salary, the rounding (see `rewardAmountOf`).
 *
 * @example
 * ```ts
 * import type { AmountOptions } from 'thi-dua-vi-nguoi-ngheo/documents';
 * const amounts: AmountOptions = { coefficients: { collective: 0.6 } };
 * ```
 */
export type AmountOptions = {
  /** Coefficients × the base salary, by kind of recipient. */
  coefficients?: {
    /** For an individual. */
    individual?: number;
    /** For a collective (a unit). */
    collective?: number;
    /** For a household. */
    household?: number;
  };
  /** The base salary (lương cơ sở) in force, đồng; default the library's table. */
  baseSalary?: number;
  /** The rounding, where the law's is not known. */
  rounding?: 'up-to-10000' | 'none';
};

/**
 * The Director's decision: the context (number, signer and recipients required), who carries it
 * out (Điều 3), the fund (Điều 2), and the bases the caller holds: the department's organisation
 * decision, the plan's number, the council's proposal, further *Căn cứ*; amount options.
 *
 * @example
 * ```ts
 * import type { DirectorDecisionInput } from 'thi-dua-vi-nguoi-ngheo/documents';
 * const input: DirectorDecisionInput = {
 *   reference: '125/QĐ-SGTVT', date: '2025-12-15',
 *   signer: { name: 'Lê Văn Định', title: 'Phó Giám đốc', authority: 'KT.' },
 *   recipients: ['Như Điều 3', 'Lưu: VT, VP (TĐKT)'],
 *   executors: ['Chánh Văn phòng Sở', 'Trưởng các phòng, ban, đơn vị trực thuộc Sở'],
 *   fund: 'Quỹ Thi đua, khen thưởng của Sở năm 2025',
 * };
 * ```
 */
export type DirectorDecisionInput = PaperContext & {
  /** The decision's number and symbol. */
  reference: string;
  /** Who signs it. */
  signer: Signer;
  /** Its recipients. */
  recipients: string[];
  /** Who carries the decision out (Điều 3), besides those it names. */
  executors: string[];
  /** Where the reward money comes from (Điều 2). */
  fund: string;
  /** The department's organisation decision, as a *Căn cứ* names it. */
  organisationDecision?: string;
  /** The plan's number, e.g. '1234/KH-SGTVT'. */
  planReference?: string;
  /** The council's proposal, e.g. 'Biên bản họp ngày 25 tháng 11 năm 2025'. */
  councilProposal?: string;
  /** Further *Căn cứ*, each as it follows "Căn cứ". */
  bases?: string[];
  /** How the money is worked out where the law leaves it open. */
  amounts?: AmountOptions;
};

/**
 * The submission to the provincial chairman: the context (number, signer and recipients
 * required), the province (default the issuer's place), the addressees (default the chairman,
 * through Sở Nội vụ's Ban Thi đua - Khen thưởng), the council's meeting day, the plan's number,
 * further *Căn cứ*, the dossier's documents.
 *
 * @example
 * ```ts
 * import type { SubmissionInput } from 'thi-dua-vi-nguoi-ngheo/documents';
 * const input: SubmissionInput = {
 *   reference: '45/TTr-SGTVT', date: '2025-11-28',
 *   signer: { name: 'Lê Văn Định', title: 'Phó Giám đốc', authority: 'KT.' },
 *   recipients: ['Như trên', 'Lưu: VT, VP (TĐKT)'],
 *   meeting: '2025-11-25',
 * };
 * ```
 */
export type SubmissionInput = PaperContext & {
  /** The submission's number and symbol. */
  reference: string;
  /** Who signs it. */
  signer: Signer;
  /** Its recipients. */
  recipients: string[];
  /** The province's name; default the issuer's place. */
  province?: string;
  /** Whom the submission goes to (Kính gửi), replacing the default. */
  addressees?: string[];
  /** The day the council met on the proposals. */
  meeting?: CivilDate;
  /** The plan's number. */
  planReference?: string;
  /** Further *Căn cứ*. */
  bases?: string[];
  /** The documents of the dossier sent with it. */
  dossier?: string[];
};

/**
 * The achievement report: the context (date required), the caller's text under each heading (by
 * criterion id, or `general` when the subject's class has no criteria), the template's name (to
 * print where the law names none, or to replace the one it names), who confirms it. The form and
 * the occasion are the nomination's.
 *
 * @example
 * ```ts
 * import type { AchievementReportInput } from 'thi-dua-vi-nguoi-ngheo/documents';
 * const input: AchievementReportInput = {
 *   date: '2025-11-10',
 *   body: { 'III.2.b.1': 'Hoàn thành 100% nhiệm vụ được giao.' },
 * };
 * ```
 */
export type AchievementReportInput = PaperContext & {
  /** The caller's text under each heading, by criterion id (or `general`); paragraphs split at line breaks. */
  body?: Record<string, string>;
  /** The template's name, e.g. 'Mẫu số 01'; required where the law names none. */
  template?: string;
  /** Who confirms the report (the superior level), e.g. 'Giám đốc Sở Giao thông vận tải'. */
  confirmedBy?: string;
  /**
   * The register of the movement's activities (sections II and IV.4; `./activities`): those the
   * nomination's `evidence` names for a criterion, and that `checkEvidence` accepts, are listed
   * under that criterion. At most 10,000.
   */
  activities?: Activity[];
  /** The unit each person belongs to (person id → unit id), as for `checkEvidence`. */
  unitOf?: Record<string, string>;
};

/**
 * A generic annex: a titled table of rows, with an optional letterhead (issuer and date) and a note.
 *
 * @example
 * ```ts
 * import type { TableAnnexInput } from 'thi-dua-vi-nguoi-ngheo/documents';
 * const input: TableAnnexInput = {
 *   title: 'TỔNG HỢP KẾT QUẢ KHEN THƯỞNG',
 *   columns: ['Hình thức', 'Tập thể', 'Cá nhân'],
 *   rows: [['Giấy khen', 2, 5]],
 * };
 * ```
 */
export type TableAnnexInput = {
  /** The title (in capitals on the paper). */
  title: string;
  /** Lines under the title. */
  subtitle?: string[];
  /** An italic note under them. */
  note?: string;
  /** The columns: a title, or a title with a relative width and an alignment. */
  columns: (
    | string
    | {
        /** The column's title. */
        title: string;
        /** Its width relative to the other columns'; default from the length of its texts. */
        width?: number;
        /** The alignment of its cells; default the renderer's (left). */
        align?: 'left' | 'center' | 'right';
      }
  )[];
  /** The rows: one cell per column (numbers are written with grouped thousands). */
  rows: (string | number)[][];
  /** With a letterhead: the issuer (default `PLAN_ISSUER`) and the date. */
  heading?: {
    /** Who issues the annex; default `PLAN_ISSUER`. */
    issuer?: Issuer;
    /** The number and symbol (số, ký hiệu). */
    reference?: string;
    /** The place name before the date; default the issuer's. */
    place?: string;
    /** The day of the annex. */
    date: CivilDate;
  };
  /** The orientation; default portrait up to five columns, landscape above. */
  orientation?: Orientation;
  /** The language; default `vi`. */
  lang?: Lang;
  /** Format options. */
  format?: FormatOptions;
};

const SignerSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      name: LineSchema,
      title: LineSchema,
      authority: z.enum(['KT.', 'TL.', 'TM.']).exactOptional(),
      for: LineSchema.exactOptional(),
    })
    .check((ctx) => {
      if (ctx.value.authority === 'TM.' && ctx.value.for === undefined) {
        ctx.issues.push({ code: 'custom', path: ['for'], input: ctx.value, params: { reason: 'authority_for' }, message: 'TM. needs for' });
      }
    }))();

const range = (min: number, max: number) => z.number().min(min).max(max).exactOptional();
/** The format options of every paper. @internal */
export const FormatOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    margins: z.strictObject({ top: range(20, 25), bottom: range(20, 25), left: range(30, 35), right: range(15, 20) }).exactOptional(),
    sizes: z
      .strictObject({
        body: range(8, 16),
        nation: range(12, 13),
        motto: range(13, 14),
        issuer: range(8, 16),
        title: range(8, 16),
        table: range(8, 16),
        recipients: range(8, 16),
        pageNumber: range(13, 14),
      })
      .exactOptional(),
    leadingZero: z.boolean().exactOptional(),
  }))();

const TextMapSchema = /* @__PURE__ */ (() => z.record(z.string().max(200), z.string().max(MAX_TEXT)))();
const contextShape = {
  issuer: IssuerSchema.exactOptional(),
  reference: LineSchema.exactOptional(),
  place: LineSchema.exactOptional(),
  date: CivilDateSchema,
  signer: SignerSchema.exactOptional(),
  recipients: LinesSchema.exactOptional(),
  lang: z.enum(LANGS).exactOptional(),
  format: FormatOptionsSchema.exactOptional(),
  units: TextMapSchema.exactOptional(),
};
/** The context of a paper that cannot do without its number, signer and recipients. */
const signedContextShape = {
  ...contextShape,
  reference: LineSchema,
  signer: SignerSchema,
  recipients: LinesSchema.min(1),
};

const TimeSchema = /* @__PURE__ */ (() => z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/))();
const PersonSchema = /* @__PURE__ */ (() => z.strictObject({ name: LineSchema, title: LineSchema }))();
const AmountOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    coefficients: z
      .strictObject({
        individual: z.number().positive().max(1000).exactOptional(),
        collective: z.number().positive().max(1000).exactOptional(),
        household: z.number().positive().max(1000).exactOptional(),
      })
      .exactOptional(),
    baseSalary: z.int().positive().max(1_000_000_000).exactOptional(),
    rounding: z.enum(['up-to-10000', 'none']).exactOptional(),
  }))();

/** @internal */
export const ProposalListInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    ...contextShape,
    summaries: TextMapSchema.exactOptional(),
    note: LineSchema.exactOptional(),
    orientation: z.enum(['portrait', 'landscape']).exactOptional(),
    amounts: AmountOptionsSchema.extend({ decidedOn: CivilDateSchema.exactOptional() }).exactOptional(),
  }))();

/** @internal */
export const CouncilMinutesInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    ...contextShape,
    startTime: TimeSchema,
    endTime: TimeSchema.exactOptional(),
    venue: LineSchema,
    chair: PersonSchema,
    secretary: PersonSchema,
    members: z
      .array(z.strictObject({ name: LineSchema, title: LineSchema, present: z.boolean(), reason: LineSchema.exactOptional() }))
      .min(1)
      .max(500),
    agenda: LinesSchema.exactOptional(),
    threshold: z.strictObject({
      percent: z.number().gt(0).max(100),
      basis: z.enum(['all-members', 'present-members']),
      source: LineSchema.exactOptional(),
    }),
    votes: z.array(z.strictObject({ id: LineSchema, agree: z.int().min(0) })).max(10_000),
  }))();

/** @internal */
export const DirectorDecisionInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    ...signedContextShape,
    executors: LinesSchema.min(1),
    fund: LineSchema,
    organisationDecision: LineSchema.exactOptional(),
    planReference: LineSchema.exactOptional(),
    councilProposal: LineSchema.exactOptional(),
    bases: LinesSchema.exactOptional(),
    amounts: AmountOptionsSchema.exactOptional(),
  }))();

/** @internal */
export const SubmissionInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    ...signedContextShape,
    province: LineSchema.exactOptional(),
    addressees: LinesSchema.min(1).exactOptional(),
    meeting: CivilDateSchema.exactOptional(),
    planReference: LineSchema.exactOptional(),
    bases: LinesSchema.exactOptional(),
    dossier: LinesSchema.exactOptional(),
  }))();

/** @internal */
export const AchievementReportInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    ...contextShape,
    body: TextMapSchema.exactOptional(),
    template: LineSchema.exactOptional(),
    confirmedBy: LineSchema.exactOptional(),
    activities: z.array(ActivitySchema).max(MAX_REPORT_ACTIVITIES).exactOptional(),
    unitOf: TextMapSchema.exactOptional(),
  }))();

const CellSchema = /* @__PURE__ */ (() => z.union([z.string().max(MAX_TEXT), z.number()]))();

/** @internal */
export const TableAnnexInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    title: LineSchema,
    subtitle: LinesSchema.exactOptional(),
    note: LineSchema.exactOptional(),
    columns: z
      .array(
        z.union([
          LineSchema,
          z.strictObject({
            title: LineSchema,
            width: z.number().positive().max(100).exactOptional(),
            align: z.enum(['left', 'center', 'right']).exactOptional(),
          }),
        ]),
      )
      .min(1)
      .max(30),
    rows: z.array(z.array(CellSchema).max(30)).max(10_000),
    heading: z
      .strictObject({
        issuer: IssuerSchema.exactOptional(),
        reference: LineSchema.exactOptional(),
        place: LineSchema.exactOptional(),
        date: CivilDateSchema,
      })
      .exactOptional(),
    orientation: z.enum(['portrait', 'landscape']).exactOptional(),
    lang: z.enum(LANGS).exactOptional(),
    format: FormatOptionsSchema.exactOptional(),
  }))();

// The hand-written public types and the schemas must describe the same data, both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShapes: [
  Same<z.output<typeof SignerSchema>, Signer>,
  Same<z.output<typeof FormatOptionsSchema>, FormatOptions>,
  Same<z.output<typeof ProposalListInputSchema>, ProposalListInput>,
  Same<z.output<typeof CouncilMinutesInputSchema>, CouncilMinutesInput>,
  Same<z.output<typeof DirectorDecisionInputSchema>, DirectorDecisionInput>,
  Same<z.output<typeof SubmissionInputSchema>, SubmissionInput>,
  Same<z.output<typeof AchievementReportInputSchema>, AchievementReportInput>,
  Same<z.output<typeof TableAnnexInputSchema>, TableAnnexInput>,
] = [true, true, true, true, true, true, true, true];
void sameShapes;

/**
 * The council's list as the papers read it (`compileProposalList`'s result, or the same data from
 * a file): the occasion and the groups, each entry's subject valid. Not strict, so that a list
 * with fields added later still reads.
 *
 * @internal
 */
export const ProposalListSchema = /* @__PURE__ */ (() => {
  const entry = z.object({
    id: LineSchema,
    subject: SubjectSchema,
    subjectClass: z.enum(SUBJECT_CLASSES),
    proposingUnit: z.string().max(MAX_TEXT).exactOptional(),
    laborOrderClass: z.enum(LABOR_ORDER_CLASSES).exactOptional(),
    status: z.enum(NOMINATION_STATUSES),
    compiledOn: CivilDateSchema,
  });
  return z.object({
    occasion: OccasionSchema,
    groups: z
      .array(z.object({ form: z.enum(REWARD_FORMS), collectives: z.array(entry).max(10_000), individuals: z.array(entry).max(10_000) }))
      .max(REWARD_FORMS.length),
  });
})();

/**
 * A nomination as the achievement report reads it: its subject, form and occasion valid (its
 * assessment is not read).
 *
 * @internal
 */
export const ReportNominationSchema = /* @__PURE__ */ (() =>
  z.object({ id: LineSchema, subject: SubjectSchema, form: z.enum(REWARD_FORMS), occasion: OccasionSchema }))();
