/**
 * Bad input to the papers: no entries, no signer, an unknown form, control characters, names of
 * 10,000 characters, hostile values — a clear error or a paper that still opens, never a throw,
 * never a corrupt file.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { compileProposalList, type NominationRecord } from '../../src/index.js';
import {
  achievementReportDocument,
  councilMinutesDocument,
  directorDecisionDocument,
  type PaperDocument,
  proposalListDocument,
  submissionDocument,
  tableAnnexDocument,
  toDocx,
  toHtml,
} from '../../src/documents/index.js';
import { DECISION, richRecords } from './fixtures.js';
import { paragraphsOf, unzipDocx, xmlCharsOk } from './support.js';

const FINAL_2025 = { kind: 'final-review', year: 2025 } as const;

function renamed(records: readonly NominationRecord[], name: string): NominationRecord[] {
  return records.map((r) => ({ ...r, nomination: { ...r.nomination, subject: { ...r.nomination.subject, name } } }));
}

async function opens(document: PaperDocument): Promise<string[]> {
  const html = toHtml(document);
  expect(xmlCharsOk(html)).toBe(true);
  const parts = unzipDocx(await toDocx(document));
  for (const [name, text] of Object.entries(parts)) if (name.endsWith('.xml')) expect(xmlCharsOk(text)).toBe(true);
  return paragraphsOf(parts['word/document.xml'] as string);
}

describe('bad input', () => {
  it('a list with no entries: a clear error from every paper', () => {
    const empty = compileProposalList([], FINAL_2025);
    const results = [
      proposalListDocument(empty, { date: '2025-11-20' }),
      directorDecisionDocument(empty, DECISION),
      submissionDocument(empty, { reference: '45/TTr-SGTVT', date: '2025-11-28', signer: DECISION.signer, recipients: ['Như trên'] }),
    ];
    for (const result of results) {
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error[0]?.code).toBe('no_entries');
        expect(result.error[0]?.message.vi).not.toBe('');
        expect(result.error[0]?.message.en).not.toBe('');
      }
    }
  });

  it('a decision with no signer: the signer is a missing input', () => {
    const { signer: _, ...rest } = DECISION;
    const result = directorDecisionDocument(compileProposalList(richRecords(), FINAL_2025), rest as never);
    expect(result.ok ? [] : result.error.map((i) => [i.code, i.path.join('.')])).toEqual([['missing_input', 'signer']]);
    const half = directorDecisionDocument(compileProposalList(richRecords(), FINAL_2025), {
      ...DECISION,
      signer: { name: 'Lê Văn Định' },
    } as never);
    expect(half.ok ? [] : half.error.map((i) => [i.code, i.path.join('.')])).toEqual([['missing_input', 'signer.title']]);
    const tm = directorDecisionDocument(compileProposalList(richRecords(), FINAL_2025), {
      ...DECISION,
      signer: { name: 'A', title: 'Chủ tịch', authority: 'TM.' },
    });
    expect(tm.ok ? [] : tm.error.map((i) => [i.code, i.path.join('.')])).toEqual([['authority_for', 'signer.for']]);
  });

  it('an unknown form: an issue, not a paper with a blank', () => {
    const list = compileProposalList(richRecords(), FINAL_2025);
    const bad = { ...list, groups: list.groups.map((g, i) => (i === 0 ? { ...g, form: 'bang-khen' } : g)) };
    const result = proposalListDocument(bad as never, { date: '2025-11-20' });
    expect(result.ok ? [] : result.error.map((i) => [i.code, i.path.join('.')])).toEqual([['invalid_value', 'list.groups.0.form']]);
  });

  it('unknown fields and values out of the law’s ranges are issues', () => {
    const list = compileProposalList(richRecords(), FINAL_2025);
    const result = proposalListDocument(list, {
      date: '2025-11-20',
      format: { margins: { left: 20 }, sizes: { nation: 16 } },
      colour: 'red',
    } as never);
    expect(result.ok ? [] : result.error.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['too_small', 'format.margins.left'],
      ['too_big', 'format.sizes.nation'],
      ['unrecognized_keys', ''],
    ]);
  });

  it('control characters are taken out, and the file still opens', async () => {
    const name = 'Nông\u0000 Thị\u0007 Hoa\u001b[31m\uFFFF\uD800 \u0085end';
    const paper = proposalListDocument(compileProposalList(renamed(richRecords(), name), FINAL_2025), {
      date: '2025-11-20',
      note: 'Ghi chú\u0001\r\n',
    });
    expect(paper.ok).toBe(true);
    if (!paper.ok) return;
    const paragraphs = await opens(paper.value);
    expect(paragraphs).toContain('Nông Thị Hoa[31m\uFFFD end');
  });

  it('a name of 10,000 characters still yields a valid file', async () => {
    const name = 'Nguyễn '.repeat(1429).slice(0, 10_000);
    const longWord = 'X'.repeat(10_000);
    for (const n of [name, longWord]) {
      const records = renamed(richRecords(), n);
      const papers = [
        proposalListDocument(compileProposalList(records, FINAL_2025), { date: '2025-11-20' }),
        directorDecisionDocument(compileProposalList(records, FINAL_2025), DECISION),
        achievementReportDocument((records[0] as NominationRecord).nomination, { date: '2025-11-10' }),
      ];
      for (const paper of papers) {
        expect(paper.ok).toBe(true);
        if (paper.ok) expect((await opens(paper.value)).join('')).toContain(n.trim());
      }
    }
  });

  it('hostile values do not throw: a throwing getter, a list that is not one', () => {
    const hostile = {
      get date(): string {
        throw new Error('boom');
      },
    };
    const list = compileProposalList(richRecords(), FINAL_2025);
    expect(proposalListDocument(list, hostile as never).ok).toBe(false);
    for (const bad of [
      undefined,
      null,
      42,
      'list',
      { groups: 'x' },
      { occasion: FINAL_2025, groups: [{ form: 'director-certificate' }] },
    ]) {
      expect(() => proposalListDocument(bad as never, { date: '2025-11-20' })).not.toThrow();
      expect(proposalListDocument(bad as never, { date: '2025-11-20' }).ok).toBe(false);
      expect(councilMinutesDocument(bad as never, undefined as never).ok).toBe(false);
      expect(submissionDocument(bad as never, null as never).ok).toBe(false);
      expect(achievementReportDocument(bad as never, { date: '2025-11-10' }).ok).toBe(false);
      expect(tableAnnexDocument(bad as never).ok).toBe(false);
    }
  });
});

describe('any text from the caller', () => {
  const list = compileProposalList(richRecords(), FINAL_2025);
  const anyText = fc.string({ unit: fc.constantFrom('grapheme', 'binary'), maxLength: 300 });

  test.prop([anyText, anyText, anyText], { numRuns: 150 })('never throws; a paper or issues, and valid HTML', (name, title, fund) => {
    const records = renamed(richRecords(), name.trim() === '' ? 'x' : name);
    const result = directorDecisionDocument(compileProposalList(records, FINAL_2025), { ...DECISION, signer: { name, title }, fund });
    if (result.ok) expect(xmlCharsOk(toHtml(result.value))).toBe(true);
    else expect(result.error.every((i) => i.message.vi !== '' && i.message.en !== '')).toBe(true);
  });

  test.prop([anyText, anyText], { numRuns: 12 })('the Word file always opens', async (name, note) => {
    const result = proposalListDocument(list, { date: '2025-11-20', ...(note.trim() === '' ? {} : { note }), units: { [name]: name } });
    if (!result.ok) return;
    await opens(result.value);
  });
});
