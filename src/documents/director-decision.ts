/**
 * III.3.c — the Director's decision awarding the Giấy khen (Quyết định tặng Giấy khen), with the
 * list attached: the legal bases of its date, Điều 1 (who), Điều 2 (the money), Điều 3 (who carries
 * it out).
 *
 * @module
 */
import type { ValidationIssue } from '../core/issues.js';
import type { Result } from '../core/types.js';
import { plan } from '../plan/plan.js';
import {
  classesPhrase,
  countsPhrase,
  DECISION_TEXT,
  DOCUMENT_ISSUE_TEXT,
  ENTRY_WORDS,
  formName,
  longDate,
  occasionPhrase,
  upper,
} from '../text/documents.js';
import type { ProposalList } from '../workflow/proposals.js';
import { amountBasisText, coefficientNote, type DecisionAmounts, decisionAmounts } from './amounts.js';
import { cleanLine } from './clean.js';
import { byClass, centred, countsOf, legalBases, letterhead, para, settingsOf, signatures, title } from './common.js';
import { guard } from './guard.js';
import { type DirectorDecisionInput, DirectorDecisionInputSchema, ProposalListSchema } from './inputs.js';
import { parseBoth } from './issues.js';
import type { Block, PaperDocument } from './model.js';
import { entriesTable, isStanding } from './proposal-list.js';
import { moneyInFigures, moneyInWords } from './words.js';

/** Điều 2's first sentence: each kind of recipient's amount, with its coefficient, and the citations. */
function moneySentence(amounts: DecisionAmounts, lang: 'vi' | 'en'): string {
  const who = {
    collectives: { vi: 'tập thể', en: 'collective' },
    individuals: { vi: 'cá nhân', en: 'individual' },
    households: { vi: 'hộ gia đình', en: 'household' },
  } as const;
  const parts = (['collectives', 'individuals', 'households'] as const).flatMap((c) => {
    const perKind = amounts.perKind[c];
    if (perKind === undefined) return [];
    return [DECISION_TEXT.each(who[c], `${moneyInFigures(perKind.amount, lang) as string} (${coefficientNote(perKind, lang)})`)[lang]];
  });
  return DECISION_TEXT.article2(parts.join(lang === 'vi' ? '; ' : '; '), amountBasisText(amounts))[lang];
}

/**
 * The Director's decision awarding the Giấy khen of the occasion (*Quyết định tặng Giấy khen*):
 * the letterhead with its number; the title; the decider ("GIÁM ĐỐC SỞ …", the issuer's head);
 * the *Căn cứ* — the caller's organisation decision when given, the law and the decree in force
 * on the decision's date (`legalRegimeOn`), the plan (its number when given), the caller's further
 * bases — and the council's proposal; Điều 1: the Giấy khen to N collectives, M individuals and K
 * households, the list attached; Điều 2: the money per recipient from `rewardAmountOf` on the
 * decision's date, the total in figures ("1.053.000 đồng") and in words ("Một triệu không trăm
 * năm mươi ba nghìn đồng"), the fund it comes from; Điều 3: in force on signature, who carries it
 * out; the recipients and the signature; then, on a new page, the list with each recipient's
 * amount and the total.
 *
 * The entries are the list's Giấy khen entries neither rejected nor withdrawn. Never throws.
 * Issues: the input's (number, signer, recipients, executors and fund are required), `no_entries`,
 * and `amount_not_known` with what the law leaves to the caller (e.g. the coefficient of a
 * collective's Giấy khen under Nghị định 152/2025: `amounts.coefficients.collective`).
 *
 * @param list - the council's list (`compileProposalList`)
 * @param input - the decision's context and inputs
 * @returns the paper, or every issue found
 * @example
 * ```ts
 * import { compileProposalList } from 'thi-dua-vi-nguoi-ngheo';
 * import { directorDecisionDocument } from 'thi-dua-vi-nguoi-ngheo/documents';
 * const list = compileProposalList([], { kind: 'final-review', year: 2025 });
 * const paper = directorDecisionDocument(list, { date: '2025-12-15' } as never);
 * if (!paper.ok) paper.error.map((i) => i.path.join('.'));
 * //=> ['reference', 'signer', 'recipients', 'executors', 'fund']
 * ```
 */
export function directorDecisionDocument(list: ProposalList, input: DirectorDecisionInput): Result<PaperDocument, ValidationIssue[]> {
  return guard(() => {
    const parsed = parseBoth('list', ProposalListSchema, list, DirectorDecisionInputSchema, input);
    if (!parsed.ok) return parsed;
    const value = parsed.value.input;
    const settings = settingsOf(value);
    const { lang, issuer } = settings;
    const group = list.groups.find((g) => g.form === 'director-certificate');
    const entries = group === undefined ? [] : [...group.collectives, ...group.individuals].filter(isStanding);
    if (entries.length === 0) {
      return { ok: false, error: [{ path: [], code: 'no_entries', message: DOCUMENT_ISSUE_TEXT.noEntries(ENTRY_WORDS.directorEntries) }] };
    }
    const ordered = byClass(entries);
    const amounts = decisionAmounts([...ordered.collectives, ...ordered.individuals, ...ordered.households], value.date, value.amounts);
    if (!amounts.ok) return amounts;
    const form = formName('director-certificate', lang, issuer);
    const occasion = occasionPhrase(list.occasion.kind, list.occasion.year, plan.period);
    const decider = DECISION_TEXT.decider(issuer.headTitle, issuer.shortName)[lang];
    const counts = countsPhrase(countsOf(entries), lang);
    const total = amounts.value.total;
    const reference = cleanLine(value.reference);
    const blocks: Block[] = [
      letterhead(settings, { reference, date: value.date }),
      title(DECISION_TEXT.name[lang], [DECISION_TEXT.summary(form, occasion)[lang]]),
      centred([{ text: decider, bold: true }], { keepWithNext: true }),
      ...legalBases(settings, value.date, {
        planReference: value.planReference,
        before: value.organisationDecision === undefined ? [] : [value.organisationDecision],
        after: value.bases ?? [],
      }),
      para([
        {
          text: DECISION_TEXT.proposal(
            issuer.councilName,
            value.councilProposal === undefined ? undefined : cleanLine(value.councilProposal),
          )[lang],
          italic: true,
        },
      ]),
      centred([{ text: DECISION_TEXT.decides[lang], bold: true }], { keepWithNext: true }),
      para([{ text: DECISION_TEXT.article(1)[lang], bold: true }, { text: DECISION_TEXT.article1(form, counts, occasion)[lang] }]),
      para([
        { text: DECISION_TEXT.article(2)[lang], bold: true },
        {
          text: `${moneySentence(amounts.value, lang)} ${DECISION_TEXT.totalMoney(moneyInFigures(total, lang) as string, moneyInWords(total, lang) as string)[lang]}`,
        },
      ]),
      para(DECISION_TEXT.fund(cleanLine(value.fund))[lang]),
      para([
        { text: DECISION_TEXT.article(3)[lang], bold: true },
        { text: DECISION_TEXT.article3(value.executors.map(cleanLine).join(', '), classesPhrase(countsOf(entries), lang))[lang] },
      ]),
      signatures(settings, value.signer, value.recipients),
    ];
    const annex: Block[] = [
      title(
        upper(lang === 'vi' ? 'Danh sách' : 'List'),
        [DECISION_TEXT.annexSummary(classesPhrase(countsOf(entries), lang), form)[lang]],
        DECISION_TEXT.annexNote(reference, longDate(value.date, lang, settings.leadingZero), `${issuer.headTitle} ${issuer.shortName}`)[
          lang
        ],
      ),
      entriesTable({
        settings,
        entries,
        units: value.units,
        form: 'director-certificate',
        formColumn: false,
        amounts: amounts.value.byEntry,
      }),
    ];
    return {
      ok: true,
      value: {
        kind: 'director-decision',
        lang,
        title: `${DECISION_TEXT.name[lang]} ${reference} — ${DECISION_TEXT.summary(form, occasion)[lang]}`,
        sections: [
          { orientation: 'portrait', blocks },
          { orientation: 'portrait', blocks: annex },
        ],
        format: settings.format,
      },
    };
  });
}
