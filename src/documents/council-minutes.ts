/**
 * IV.3 — the minutes of the council's meeting on the proposals (Biên bản họp Hội đồng Thi đua -
 * Khen thưởng): who attended, the agenda, each proposal's votes against the caller's threshold.
 *
 * @module
 */
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
  MINUTES_TEXT,
  occasionPhrase,
  PAPER_TEXT,
} from '../text/documents.js';
import type { ProposalEntry, ProposalList } from '../workflow/proposals.js';
import { cleanLine } from './clean.js';
import { countsOf, letterhead, para, settingsOf, title } from './common.js';
import { guard } from './guard.js';
import { type CouncilMinutesInput, CouncilMinutesInputSchema, ProposalListSchema } from './inputs.js';
import { capIssues, missingInput, parseBoth } from './issues.js';
import type { Block, PaperDocument, TableRow } from './model.js';
import { isStanding } from './proposal-list.js';

/** "14 giờ 00" / "14:00". */
function timeText(time: string, lang: 'vi' | 'en'): string {
  const [h, m] = time.split(':');
  return lang === 'vi' ? `${h} giờ ${m}` : `${h}:${m}`;
}

/**
 * A share as printed, to two decimals cut, never rounded up ("66,66%" for 2 of 3), so that a share
 * printed at or above the threshold has reached it.
 */
function percentText(value: number, lang: 'vi' | 'en'): string {
  const cut = Math.floor(value * 100 + 1e-9) / 100;
  const text = Number.isInteger(cut) ? String(cut) : cut.toFixed(2).replace(/0$/, '');
  return `${lang === 'vi' ? text.replace('.', ',') : text}%`;
}

/**
 * Whether `agree` votes out of `basis` reach `percent` (in hundredths of a percent at most):
 * agree × 100 ≥ percent × basis, in whole numbers.
 *
 * @internal
 */
export function reaches(agree: number, basis: number, percent: number): boolean {
  return agree * 1_000_000 >= Math.round(percent * 10_000) * basis;
}

/**
 * The minutes of the council's meeting on the list (*Biên bản họp Hội đồng Thi đua - Khen
 * thưởng*): the letterhead (number when given), time and venue; I. attendance (chair, secretary,
 * members present and absent with the reason); II. the agenda and a table of every proposal still
 * standing on the list (name, form, votes in favour / members, share, passed or not) against the
 * threshold the caller gives — the law sets none for these forms (docs/documents.md) — printed with
 * its source; III. the conclusion; the secretary's and chair's signatures.
 *
 * Never throws. Issues: the input's, `no_entries`, `missing_input` for a proposal without a vote,
 * `unknown_entry` for a vote on a proposal not on the list, `duplicate_vote`, and
 * `votes_exceed_present` when a proposal has more votes in favour than members present.
 *
 * @param list - the council's list (`compileProposalList`)
 * @param input - the meeting and its votes
 * @returns the paper, or every issue found
 * @example
 * ```ts
 * import { compileProposalList } from 'thi-dua-vi-nguoi-ngheo';
 * import { councilMinutesDocument } from 'thi-dua-vi-nguoi-ngheo/documents';
 * const list = compileProposalList([], { kind: 'final-review', year: 2025 });
 * const paper = councilMinutesDocument(list, {
 *   date: '2025-11-25', startTime: '14:00', venue: 'Phòng họp Sở',
 *   chair: { name: 'Nguyễn Văn An', title: 'Giám đốc Sở' }, secretary: { name: 'Bế Thị Thu', title: 'Chuyên viên' },
 *   members: [{ name: 'Nguyễn Văn An', title: 'Chủ tịch Hội đồng', present: true }],
 *   threshold: { percent: 50, basis: 'all-members' }, votes: [],
 * });
 * paper.ok; //=> false (no proposal on the list)
 * ```
 */
export function councilMinutesDocument(list: ProposalList, input: CouncilMinutesInput): Result<PaperDocument, ValidationIssue[]> {
  return guard(() => {
    const parsed = parseBoth('list', ProposalListSchema, list, CouncilMinutesInputSchema, input);
    if (!parsed.ok) return parsed;
    const value = parsed.value.input;
    const settings = settingsOf(value);
    const { lang, issuer } = settings;
    const entries: { entry: ProposalEntry; form: (typeof list.groups)[number]['form'] }[] = list.groups.flatMap((g) =>
      [...g.collectives, ...g.individuals].filter(isStanding).map((entry) => ({ entry, form: g.form })),
    );
    const present = value.members.filter((m) => m.present);
    const absent = value.members.filter((m) => !m.present);
    const basis = value.threshold.basis === 'all-members' ? value.members.length : present.length;
    const issues: ValidationIssue[] = [];
    if (entries.length === 0) issues.push({ path: [], code: 'no_entries', message: DOCUMENT_ISSUE_TEXT.noEntries(ENTRY_WORDS.proposals) });
    const votes = new Map<string, number>();
    const ids = new Set(entries.map((e) => e.entry.id));
    value.votes.forEach((vote, i) => {
      if (!ids.has(vote.id))
        issues.push({ path: ['votes', i, 'id'], code: 'unknown_entry', message: DOCUMENT_ISSUE_TEXT.unknownEntry(vote.id) });
      else if (votes.has(vote.id))
        issues.push({ path: ['votes', i, 'id'], code: 'duplicate_vote', message: DOCUMENT_ISSUE_TEXT.duplicateVote(vote.id) });
      else if (vote.agree > present.length) {
        issues.push({
          path: ['votes', i, 'agree'],
          code: 'votes_exceed_present',
          message: DOCUMENT_ISSUE_TEXT.tooManyVotes(vote.agree, present.length),
        });
      }
      votes.set(vote.id, vote.agree);
    });
    for (const { entry } of entries) {
      if (!votes.has(entry.id)) issues.push(missingInput(['votes', entry.id], INPUT_LABELS.vote));
    }
    if (issues.length > 0) return { ok: false, error: capIssues(issues) };

    const occasion = occasionPhrase(list.occasion.kind, list.occasion.year, plan.period);
    const person = (p: { name: string; title: string }): string => `${cleanLine(p.name)}, ${cleanLine(p.title)}`;
    const blocks: Block[] = [
      letterhead(settings, { reference: value.reference, date: value.date }),
      title(MINUTES_TEXT.name[lang], [MINUTES_TEXT.summary(issuer.councilName, occasion)[lang]]),
      para(MINUTES_TEXT.time(timeText(value.startTime, lang), longDate(value.date, lang, settings.leadingZero))[lang]),
      para(MINUTES_TEXT.place(cleanLine(value.venue))[lang]),
      { type: 'heading', level: 1, text: MINUTES_TEXT.attendance[lang] },
      para(`1. ${MINUTES_TEXT.chair(person(value.chair))[lang]}`),
      para(`2. ${MINUTES_TEXT.secretary(person(value.secretary))[lang]}`),
      para(`3. ${MINUTES_TEXT.present(present.length, value.members.length)[lang]}`),
      ...present.map((m) => para(`- ${person(m)};`)),
      para(`4. ${absent.length === 0 ? MINUTES_TEXT.noneAbsent[lang] : MINUTES_TEXT.absent(absent.length)[lang]}`),
      ...absent.map((m) => para(`- ${person(m)}${m.reason === undefined ? '' : MINUTES_TEXT.reason(cleanLine(m.reason))[lang]};`)),
      { type: 'heading', level: 1, text: MINUTES_TEXT.content[lang] },
      para(MINUTES_TEXT.agenda[lang]),
      ...(value.agenda ?? []).map((item) => para(`- ${cleanLine(item)}.`)),
      para(MINUTES_TEXT.voting[lang], { keepWithNext: true }),
      para(
        MINUTES_TEXT.threshold(
          percentText(value.threshold.percent, lang),
          value.threshold.basis === 'all-members' ? MINUTES_TEXT.allMembers : MINUTES_TEXT.presentMembers,
          value.threshold.source === undefined ? undefined : cleanLine(value.threshold.source),
        )[lang],
        { keepWithNext: true },
      ),
    ];
    const rows: TableRow[] = [];
    const passed: ProposalEntry[] = [];
    entries.forEach(({ entry, form }, i) => {
      const agree = votes.get(entry.id) as number;
      const ok = basis > 0 && reaches(agree, basis, value.threshold.percent);
      if (ok) passed.push(entry);
      rows.push({
        kind: 'data',
        cells: [
          String(i + 1),
          cleanLine(entry.subject.name),
          formName(form, lang, issuer, entry.laborOrderClass),
          `${agree}/${basis}`,
          percentText(basis === 0 ? 0 : (agree * 100) / basis, lang),
          (ok ? PAPER_TEXT.passed : PAPER_TEXT.failed)[lang],
        ],
      });
    });
    blocks.push({
      type: 'table',
      columns: [
        { title: PAPER_TEXT.number[lang], width: 1.6, align: 'center' },
        { title: PAPER_TEXT.name[lang], width: 6 },
        { title: PAPER_TEXT.form[lang], width: 5 },
        { title: PAPER_TEXT.votes[lang], width: 3, align: 'center' },
        { title: PAPER_TEXT.share[lang], width: 2.2, align: 'center' },
        { title: PAPER_TEXT.result[lang], width: 2.2, align: 'center' },
      ],
      rows,
    });
    blocks.push({ type: 'heading', level: 1, text: MINUTES_TEXT.conclusion[lang] });
    blocks.push(
      para(
        passed.length === 0
          ? MINUTES_TEXT.noneAgreed(issuer.councilName)[lang]
          : MINUTES_TEXT.agreed(countsPhrase(countsOf(passed), lang), issuer.councilName)[lang],
      ),
    );
    if (value.endTime !== undefined) blocks.push(para(MINUTES_TEXT.end(timeText(value.endTime, lang))[lang]));
    blocks.push({
      type: 'signatures',
      left: { lines: [MINUTES_TEXT.secretaryTitle[lang]], name: cleanLine(value.secretary.name) },
      right: { lines: [MINUTES_TEXT.chairTitle[lang]], name: cleanLine(value.chair.name) },
    });
    return {
      ok: true,
      value: {
        kind: 'council-minutes',
        lang,
        title: `${MINUTES_TEXT.name[lang]} — ${MINUTES_TEXT.summary(issuer.councilName, occasion)[lang]}`,
        sections: [{ orientation: 'portrait', blocks }],
        format: settings.format,
      },
    };
  });
}
