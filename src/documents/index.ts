/**
 * `thi-dua-vi-nguoi-ngheo/documents` — the papers of the process as documents in the state's
 * format (Nghị định 30/2020, docs/documents.md): the council's list, the minutes of its meeting,
 * the Director's decision awarding the Giấy khen, the submission to the provincial chairman and
 * the achievement reports; a generic table annex; a plain document model, rendered as a Word file
 * (`toDocx`, with the optional peer dependency `docx`) or a standalone HTML page (`toHtml`); money
 * in figures and in Vietnamese words.
 *
 * @packageDocumentation
 */
export {
  type Alignment,
  type Block,
  DEFAULT_FORMAT,
  type DocumentFormat,
  type DocumentSection,
  type HeadingBlock,
  type LetterheadBlock,
  type LetterheadLine,
  type Orientation,
  PAPER_KINDS,
  type PaperDocument,
  type PaperKind,
  type ParagraphBlock,
  type Signature,
  type SignaturesBlock,
  type TableBlock,
  type TableColumn,
  type TableRow,
  type TextRun,
  type TitleBlock,
} from './model.js';
export type {
  AchievementReportInput,
  AmountOptions,
  CouncilMember,
  CouncilMinutesInput,
  DirectorDecisionInput,
  FormatOptions,
  PaperContext,
  ProposalListInput,
  Signer,
  SubmissionInput,
  TableAnnexInput,
  VoteThreshold,
} from './inputs.js';
export { proposalListDocument } from './proposal-list.js';
export { councilMinutesDocument } from './council-minutes.js';
export { directorDecisionDocument } from './director-decision.js';
export { submissionDocument } from './submission.js';
export { achievementReportDocument } from './achievement-report.js';
export { tableAnnexDocument } from './table-annex.js';
export { type OccasionContext, type OccasionPaper, type OccasionPapers, occasionPapers } from './occasion.js';
export { toHtml } from './html.js';
export { DOCX_MISSING_MESSAGE, type DocxOptions, toDocx } from './docx.js';
export { formatAmount, moneyInFigures, moneyInWords, numberInEnglishWords, numberInWords, type WordsOptions } from './words.js';
export { type Issuer, IssuerSchema, PLAN_ISSUER } from '../law/issuer.js';
