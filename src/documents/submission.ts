/**
 * IV.3.2 — the submission (Tờ trình) of the forms the province decides or forwards: Bằng khen of
 * the provincial chairman, Bằng khen of the Prime Minister, Huân chương Lao động; to the Chủ tịch
 * UBND tỉnh through Sở Nội vụ (Ban Thi đua - Khen thưởng), with the list attached.
 *
 * @module
 */
import type { RewardForm } from '../core/codes.js';
import type { ValidationIssue } from '../core/issues.js';
import type { Result } from '../core/types.js';
import { plan } from '../plan/plan.js';
import {
  countsPhrase,
  DOCUMENT_ISSUE_TEXT,
  ENTRY_WORDS,
  formName,
  INPUT_LABELS,
  longDate,
  occasionPhrase,
  roman,
  SUBMISSION_TEXT,
  upper,
} from '../text/documents.js';
import type { ProposalEntry, ProposalList } from '../workflow/proposals.js';
import { cleanLine } from './clean.js';
import { centred, countsOf, legalBases, letterhead, para, settingsOf, signatures, title } from './common.js';
import { guard } from './guard.js';
import { type SubmissionInput, SubmissionInputSchema, ProposalListSchema } from './inputs.js';
import { capIssues, missingInput, parseBoth } from './issues.js';
import type { Block, PaperDocument } from './model.js';
import { entriesTable } from './proposal-list.js';

/** The forms a submission carries, in the plan's order (highest first). */
const SUBMITTED_FORMS: readonly RewardForm[] = ['labor-order', 'pm-certificate', 'provincial-certificate'];

/** Whether an entry is on its way to the province: selected by the council, forwarded, or awarded. */
function isSubmitted(entry: ProposalEntry): boolean {
  return entry.status === 'selected' || entry.status === 'forwarded' || entry.status === 'awarded';
}

/**
 * The submission to the provincial chairman (*Tờ trình*) proposing the forms above the Sở's own:
 * the letterhead with its number; the title naming the forms; *Kính gửi* the Chủ tịch UBND tỉnh
 * (through Sở Nội vụ's Ban Thi đua - Khen thưởng) unless `addressees` say otherwise; the *Căn cứ*
 * of the regime in force on its date (`legalRegimeOn`), the plan and the caller's; what was done
 * (the council's meeting day when given); the proposal per form — Bằng khen of the provincial
 * chairman; the Prime Minister's Bằng khen, through the chairman; the Labour Order, through the
 * Prime Minister to the State President — with the counts of collectives, individuals and
 * households; the dossier; the recipients and signature; and, on a new page, the list (one table
 * per form).
 *
 * Entries count when the council selected them (`selected`, `forwarded`, `awarded`). Never
 * throws. Issues: the input's (number, signer and recipients are required) and `no_entries`.
 *
 * @param list - the council's list (`compileProposalList`)
 * @param input - the context and what else the paper takes
 * @returns the paper, or every issue found
 * @example
 * ```ts
 * import { compileProposalList } from 'thi-dua-vi-nguoi-ngheo';
 * import { submissionDocument } from 'thi-dua-vi-nguoi-ngheo/documents';
 * const list = compileProposalList([], { kind: 'final-review', year: 2025 });
 * const paper = submissionDocument(list, {
 *   reference: '45/TTr-SGTVT', date: '2025-11-28',
 *   signer: { name: 'Lê Văn Định', title: 'Phó Giám đốc', authority: 'KT.' },
 *   recipients: ['Như trên', 'Lưu: VT, VP (TĐKT)'],
 * });
 * if (!paper.ok) paper.error[0]?.code; //=> 'no_entries'
 * ```
 */
export function submissionDocument(list: ProposalList, input: SubmissionInput): Result<PaperDocument, ValidationIssue[]> {
  return guard(() => {
    const parsed = parseBoth('list', ProposalListSchema, list, SubmissionInputSchema, input);
    if (!parsed.ok) return parsed;
    const value = parsed.value.input;
    const settings = settingsOf(value);
    const { lang, issuer } = settings;
    const groups = SUBMITTED_FORMS.map((form) => {
      const group = list.groups.find((g) => g.form === form);
      return { form, entries: group === undefined ? [] : [...group.collectives, ...group.individuals].filter(isSubmitted) };
    }).filter((g) => g.entries.length > 0);
    if (groups.length === 0) {
      return {
        ok: false,
        error: [{ path: [], code: 'no_entries', message: DOCUMENT_ISSUE_TEXT.noEntries(ENTRY_WORDS.provincialEntries) }],
      };
    }
    // The Labour Order is proposed in a class (docs/documents.md): the nomination must name it.
    const classless = groups.flatMap((g) => (g.form === 'labor-order' ? g.entries.filter((e) => e.laborOrderClass === undefined) : []));
    if (classless.length > 0) {
      return {
        ok: false,
        error: capIssues(classless.map((e) => missingInput(['nominations', e.id, 'laborOrderClass'], INPUT_LABELS.laborOrderClass))),
      };
    }
    const province = value.province === undefined ? settings.place : cleanLine(value.province);
    const occasion = occasionPhrase(list.occasion.kind, list.occasion.year, plan.period);
    const forms = groups.map((g) => formName(g.form, lang, issuer));
    const formsText =
      forms.length === 1 ? (forms[0] as string) : `${forms.slice(0, -1).join(', ')}${lang === 'vi' ? ' và ' : ' and '}${forms.at(-1)}`;
    const summary = `${SUBMISSION_TEXT.summary(formsText)[lang]} ${lang === 'vi' ? occasion.vi : `(${occasion.en})`}`;
    const blocks: Block[] = [
      letterhead(settings, { reference: value.reference, date: value.date }),
      title(SUBMISSION_TEXT.name[lang], [summary]),
    ];
    if (value.addressees === undefined) {
      blocks.push(centred(`${SUBMISSION_TEXT.to[lang]} ${SUBMISSION_TEXT.chairman(province)[lang]}`, { keepWithNext: true }));
      blocks.push(centred([{ text: SUBMISSION_TEXT.through(province)[lang], italic: true }]));
    } else {
      const items = value.addressees.map(cleanLine);
      if (items.length === 1) blocks.push(centred(`${SUBMISSION_TEXT.to[lang]} ${items[0]}`));
      else {
        blocks.push(centred(SUBMISSION_TEXT.to[lang], { keepWithNext: true }));
        items.forEach((item, i) => {
          blocks.push(centred(`- ${item}${i === items.length - 1 ? '.' : ';'}`));
        });
      }
    }
    blocks.push(...legalBases(settings, value.date, { planReference: value.planReference, after: value.bases ?? [] }));
    const meeting = value.meeting === undefined ? undefined : longDate(value.meeting, lang, settings.leadingZero);
    blocks.push(para(SUBMISSION_TEXT.done(issuer.name, occasion, issuer.councilName, meeting)[lang]));
    blocks.push(para(SUBMISSION_TEXT.proposes(issuer.shortName, province)[lang], { keepWithNext: true }));
    // The lowest form first, as the path runs: the chairman's own, then what he forwards.
    const proposals: string[] = [];
    for (const group of [...groups].reverse()) {
      const counts = countsPhrase(countsOf(group.entries), lang);
      if (group.form === 'provincial-certificate') proposals.push(SUBMISSION_TEXT.provincial(counts)[lang]);
      else if (group.form === 'pm-certificate') proposals.push(SUBMISSION_TEXT.pm(counts)[lang]);
      else {
        for (const c of ['first', 'second', 'third'] as const) {
          const ofClass = group.entries.filter((e) => e.laborOrderClass === c);
          if (ofClass.length > 0)
            proposals.push(
              SUBMISSION_TEXT.laborOrder(formName('labor-order', lang, issuer, c), countsPhrase(countsOf(ofClass), lang))[lang],
            );
        }
      }
    }
    proposals.forEach((text, i) => {
      blocks.push(para(`${i + 1}. ${text}`));
    });
    blocks.push(para([{ text: SUBMISSION_TEXT.attached[lang], italic: true }]));
    if (value.dossier !== undefined && value.dossier.length > 0) {
      blocks.push(para(SUBMISSION_TEXT.dossier(value.dossier.map(cleanLine).join('; '))[lang]));
    }
    blocks.push(para(SUBMISSION_TEXT.closing(issuer.shortName, province)[lang]));
    blocks.push(signatures(settings, value.signer, value.recipients));

    const annex: Block[] = [
      title(
        upper(lang === 'vi' ? 'Danh sách' : 'List'),
        [`${SUBMISSION_TEXT.annexSummary[lang]} ${lang === 'vi' ? occasion.vi : `(${occasion.en})`}`],
        SUBMISSION_TEXT.annexNote(cleanLine(value.reference), longDate(value.date, lang, settings.leadingZero), issuer.name)[lang],
      ),
    ];
    groups.forEach((group, i) => {
      annex.push({ type: 'heading', level: 1, text: `${roman(i + 1)}. ${upper(formName(group.form, lang, issuer))}` });
      annex.push(
        entriesTable({ settings, entries: group.entries, units: value.units, form: group.form, formColumn: group.form === 'labor-order' }),
      );
    });
    return {
      ok: true,
      value: {
        kind: 'submission',
        lang,
        title: `${SUBMISSION_TEXT.name[lang]} — ${summary}`,
        sections: [
          { orientation: 'portrait', blocks },
          { orientation: 'portrait', blocks: annex },
        ],
        format: settings.format,
      },
    };
  });
}
