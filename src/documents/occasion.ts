/**
 * The papers of one occasion at once: the council's list, its minutes, the Director's decision,
 * the submission to the province and the achievement reports, from the nomination records and one
 * context (what the `thi-dua documents` command reads).
 *
 * @module
 */
import * as z from 'zod';
import type { ValidationIssue } from '../core/issues.js';
import type { Occasion } from '../core/inputs.js';
import type { Lang, Result } from '../core/types.js';
import { type Issuer, IssuerSchema } from '../law/issuer.js';
import { DOCUMENT_ISSUE_TEXT } from '../text/documents.js';
import type { NominationRecord } from '../workflow/index.js';
import { compileProposalList } from '../workflow/proposals.js';
import { achievementReportDocument } from './achievement-report.js';
import { councilMinutesDocument } from './council-minutes.js';
import { directorDecisionDocument } from './director-decision.js';
import { guard } from './guard.js';
import type {
  AchievementReportInput,
  CouncilMinutesInput,
  DirectorDecisionInput,
  FormatOptions,
  ProposalListInput,
  SubmissionInput,
} from './inputs.js';
import { parseInput } from './issues.js';
import type { PaperDocument } from './model.js';
import { proposalListDocument } from './proposal-list.js';
import { submissionDocument } from './submission.js';

/**
 * The context of an occasion's papers: the issuer, language, format and units' names for every paper, and each
 * paper's own input (a paper whose input is absent is not made; `reports` names the nominations
 * whose achievement report to make). A paper's own `issuer`, `lang` or `format` wins over the
 * shared one.
 *
 * @example
 * ```ts
 * import type { OccasionContext } from 'thi-dua-vi-nguoi-ngheo/documents';
 * const context: OccasionContext = {
 *   list: { date: '2025-11-20' },
 *   reports: [{ nomination: 'TK25-02', date: '2025-11-10' }],
 * };
 * ```
 */
export type OccasionContext = {
  /** The issuer of every paper; default `PLAN_ISSUER`. */
  issuer?: Issuer;
  /** The language of every paper; default `vi`. */
  lang?: Lang;
  /** The format of every paper. */
  format?: FormatOptions;
  /** The proposing units' names, for every paper. */
  units?: Record<string, string>;
  /** The council's list. */
  list?: ProposalListInput;
  /** The council's minutes. */
  minutes?: CouncilMinutesInput;
  /** The Director's decision on the Giấy khen. */
  decision?: DirectorDecisionInput;
  /** The submission to the provincial chairman. */
  submission?: SubmissionInput;
  /** Achievement reports, each of the nomination it names. */
  reports?: (AchievementReportInput & {
    /** The id of the nomination whose achievement report to make. */
    nomination: string;
  })[];
};

/**
 * One paper of an occasion: a file name (without extension) and the paper.
 *
 * @example
 * ```ts
 * import type { OccasionPaper } from 'thi-dua-vi-nguoi-ngheo/documents';
 * const name: OccasionPaper['name'] = '1-danh-sach-de-nghi';
 * ```
 */
export type OccasionPaper = {
  /** A file name for it, e.g. `3-quyet-dinh-giay-khen` or `5-bao-cao-thanh-tich-TK25-02`. */
  readonly name: string;
  /** The paper. */
  readonly document: PaperDocument;
};

/**
 * What {@link occasionPapers} makes: the papers it could make, and for each it could not, its
 * name and issues.
 *
 * @example
 * ```ts
 * import type { OccasionPapers } from 'thi-dua-vi-nguoi-ngheo/documents';
 * const none: OccasionPapers = { papers: [], failures: [] };
 * ```
 */
export type OccasionPapers = {
  /** The papers made, in the order of the process. */
  readonly papers: readonly OccasionPaper[];
  /** The papers that could not be made, each with its issues (paths from the paper's input). */
  readonly failures: readonly {
    /** The file name the paper would have had (as `OccasionPaper.name`). */
    readonly name: string;
    /** Why it could not be made, with paths from the paper's input. */
    readonly issues: readonly ValidationIssue[];
  }[];
};

const OccasionContextSchema = /* @__PURE__ */ (() => {
  const section = z.record(z.string(), z.unknown());
  return z.strictObject({
    issuer: IssuerSchema.exactOptional(),
    lang: z.enum(['vi', 'en']).exactOptional(),
    format: z.record(z.string(), z.unknown()).exactOptional(),
    units: z.record(z.string(), z.unknown()).exactOptional(),
    list: section.exactOptional(),
    minutes: section.exactOptional(),
    decision: section.exactOptional(),
    submission: section.exactOptional(),
    reports: z
      .array(section.and(z.object({ nomination: z.string().min(1) })))
      .max(1000)
      .exactOptional(),
  });
})();

/** A name safe in a file system: letters, digits, dot, dash and underscore. */
function fileSafe(text: string): string {
  const safe = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9._-]+/g, '-');
  return safe.replace(/^[-.]+|-+$/g, '').slice(0, 80) || 'x';
}

/**
 * The papers of an occasion from the nomination records: the council's list (`list`), its
 * minutes (`minutes`), the Director's decision (`decision`), the submission to the province
 * (`submission`) and an achievement report per entry of `reports`, each made when the context
 * holds its input. The list is `compileProposalList(records, occasion)`. Each paper takes the
 * shared issuer, language, format and units' names unless its own input sets them.
 *
 * Never throws: a context that is not an object of these keys is one failure named `context`; a
 * paper that cannot be made is a failure with its issues; the others are still made.
 *
 * @param records - nomination records (valid: `parseNominationRecord` them first)
 * @param occasion - the occasion
 * @param context - the papers' inputs
 * @returns the papers made and the failures
 * @example
 * ```ts
 * import { occasionPapers } from 'thi-dua-vi-nguoi-ngheo/documents';
 * const { papers, failures } = occasionPapers([], { kind: 'final-review', year: 2025 }, { list: { date: '2025-11-20' } });
 * papers.length; //=> 0
 * failures[0]?.issues[0]?.code; //=> 'no_entries'
 * ```
 */
export function occasionPapers(records: readonly NominationRecord[], occasion: Occasion, context: OccasionContext): OccasionPapers {
  const checked = guard(() => parseInput(OccasionContextSchema, context));
  if (!checked.ok) return { papers: [], failures: [{ name: 'context', issues: checked.error }] };
  const list = compileProposalList(records, occasion);
  const shared = {
    ...(context.issuer === undefined ? {} : { issuer: context.issuer }),
    ...(context.lang === undefined ? {} : { lang: context.lang }),
    ...(context.format === undefined ? {} : { format: context.format }),
    ...(context.units === undefined ? {} : { units: context.units }),
  };
  const papers: OccasionPaper[] = [];
  const failures: { name: string; issues: readonly ValidationIssue[] }[] = [];
  const add = (name: string, made: Result<PaperDocument, ValidationIssue[]>): void => {
    if (made.ok) papers.push({ name, document: made.value });
    else failures.push({ name, issues: made.error });
  };
  if (context.list !== undefined) add('1-danh-sach-de-nghi', proposalListDocument(list, { ...shared, ...context.list }));
  if (context.minutes !== undefined) add('2-bien-ban-hop-hoi-dong', councilMinutesDocument(list, { ...shared, ...context.minutes }));
  if (context.decision !== undefined) add('3-quyet-dinh-giay-khen', directorDecisionDocument(list, { ...shared, ...context.decision }));
  if (context.submission !== undefined) add('4-to-trinh', submissionDocument(list, { ...shared, ...context.submission }));
  for (const [i, report] of (context.reports ?? []).entries()) {
    const { nomination: id, ...input } = report;
    const name = `5-bao-cao-thanh-tich-${fileSafe(id)}`;
    const record = records.find((r) => r.nomination.id === id);
    if (record === undefined) {
      failures.push({
        name,
        issues: [{ path: ['reports', i, 'nomination'], code: 'unknown_entry', message: DOCUMENT_ISSUE_TEXT.unknownEntry(id) }],
      });
      continue;
    }
    add(name, achievementReportDocument(record.nomination, { ...shared, ...input }));
  }
  return { papers, failures };
}
