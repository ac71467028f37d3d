import { expectTypeOf, test } from 'vitest';
import type { Result, Subject, SubjectProfile, ValidationIssue } from '../../src/index.js';
import {
  achievementReportDocument,
  councilMinutesDocument,
  directorDecisionDocument,
  type DirectorDecisionInput,
  moneyInWords,
  type PaperDocument,
  type PaperKind,
  proposalListDocument,
  submissionDocument,
  tableAnnexDocument,
  toDocx,
  toHtml,
} from '../../src/documents/index.js';

test('every builder returns a paper or issues', () => {
  for (const builder of [
    proposalListDocument,
    councilMinutesDocument,
    directorDecisionDocument,
    submissionDocument,
    achievementReportDocument,
  ]) {
    expectTypeOf(builder).returns.toEqualTypeOf<Result<PaperDocument, ValidationIssue[]>>();
  }
  expectTypeOf(tableAnnexDocument).returns.toEqualTypeOf<Result<PaperDocument, ValidationIssue[]>>();
});

test('the renderers', () => {
  expectTypeOf(toDocx).returns.toEqualTypeOf<Promise<Uint8Array>>();
  expectTypeOf(toHtml).returns.toEqualTypeOf<string>();
  expectTypeOf(moneyInWords).returns.toEqualTypeOf<string | undefined>();
});

test('a decision cannot be typed without its number, signer, recipients, executors and fund', () => {
  expectTypeOf<DirectorDecisionInput['reference']>().toEqualTypeOf<string>();
  expectTypeOf<DirectorDecisionInput>().toHaveProperty('fund').toEqualTypeOf<string>();
  // @ts-expect-error the signer is required
  const noSigner: DirectorDecisionInput = { reference: '1', date: '2025-12-15', recipients: [], executors: [], fund: 'x' };
  void noSigner;
});

test('Subject.profile is optional, and the paper kinds are a closed union', () => {
  expectTypeOf<Subject['profile']>().toEqualTypeOf<SubjectProfile | undefined>();
  expectTypeOf<PaperKind>().toEqualTypeOf<
    'proposal-list' | 'council-minutes' | 'director-decision' | 'submission' | 'achievement-report' | 'table-annex'
  >();
});
