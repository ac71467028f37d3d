/**
 * The achievement report (Báo cáo thành tích) of one nomination's subject: the template the
 * regime of its date names, the subject's particulars, the plan's criteria of its class as the
 * headings, the caller's text under them.
 *
 * @module
 */
import type { ValidationIssue } from '../core/issues.js';
import type { Activity } from '../core/activity.js';
import type { Nomination } from '../core/inputs.js';
import type { Result } from '../core/types.js';
import { type LegalRegime, legalRegimeOn } from '../law/regime.js';
import { CATEGORY_NAMES } from '../plan/names.js';
import { plan } from '../plan/plan.js';
import { activitiesByCriterion } from '../activities/evidence.js';
import { criteriaFor } from '../rules/criteria.js';
import { isHousehold } from '../rules/subjects.js';
import { formName, occasionPhrase, PAPER_TEXT, REPORT_TEXT, upper } from '../text/documents.js';
import { cleanLine, cleanText } from './clean.js';
import { letterhead, para, type Settings, settingsOf, signatureOf, title } from './common.js';
import { guard } from './guard.js';
import { type AchievementReportInput, AchievementReportInputSchema, ReportNominationSchema } from './inputs.js';
import { parseBoth } from './issues.js';
import type { Block, LetterheadBlock, PaperDocument, Signature } from './model.js';

/**
 * The template a regime names for a report (docs/documents.md): Nghị định 91/2017's Mẫu số 07
 * (reports for a thematic emulation, before 2024); Nghị định 98/2023's Mẫu số 02 for a collective
 * and 03 for an individual (2024-01-01 … 2025-06-30); none found for a household under
 * Nghị định 98/2023 nor for anyone under Nghị định 152/2025 (from 2025-07-01).
 *
 * @internal
 */
export function reportTemplateOf(
  regime: LegalRegime | undefined,
  kind: 'collective' | 'individual' | 'household',
): { number: string; decree: string } | undefined {
  const id = regime?.id;
  const decree = regime?.decree.ref ?? '';
  switch (id) {
    case 'law-2003':
      return { number: '07', decree };
    case 'law-2022-decree-98':
      return kind === 'household' ? undefined : { number: kind === 'collective' ? '02' : '03', decree };
    case 'law-2022-decree-152':
    case undefined:
      return undefined;
    /* v8 ignore next 2 -- @preserve: unreachable, the switch is exhaustive */
    default:
      return id satisfies never;
  }
}

function identity(nomination: Nomination, settings: Settings): string[] {
  const { lang } = settings;
  const { subject } = nomination;
  const profile = subject.profile;
  const name = cleanLine(subject.name);
  const lines: string[] = [];
  if (isHousehold(subject.category)) {
    lines.push(REPORT_TEXT.nameOfHousehold(name)[lang], REPORT_TEXT.category(CATEGORY_NAMES[subject.category][lang])[lang]);
    const list = subject.officialList;
    if (list !== undefined) lines.push(REPORT_TEXT.officialList(cleanLine(list.commune), list.year, cleanLine(list.decision))[lang]);
  } else if (subject.category === 'unit') {
    lines.push(REPORT_TEXT.nameOfCollective(name)[lang], REPORT_TEXT.parent(cleanLine(profile?.parent ?? settings.issuer.name))[lang]);
  } else {
    lines.push(REPORT_TEXT.nameOfPerson(name)[lang]);
    if (profile?.gender !== undefined) lines.push(REPORT_TEXT.gender(profile.gender)[lang]);
    if (profile?.birthYear !== undefined) lines.push(REPORT_TEXT.birthYear(profile.birthYear)[lang]);
    if (profile?.position !== undefined) lines.push(REPORT_TEXT.position(cleanLine(profile.position))[lang]);
    if (profile?.workplace !== undefined) lines.push(REPORT_TEXT.workplace(cleanLine(profile.workplace))[lang]);
  }
  return lines;
}

/** The caller's text as paragraphs (one per line), or dotted lines to fill in by hand. */
function bodyOf(text: string | undefined): Block[] {
  const lines =
    text === undefined
      ? []
      : cleanText(text)
          .split('\n')
          .map((line) => line.replace(/[\t ]+/g, ' ').trim())
          .filter((line) => line !== '');
  if (lines.length === 0) {
    const dots: Block = { type: 'paragraph', runs: [{ text: '' }], leader: true };
    return [dots, dots, dots];
  }
  return lines.map((line) => para(line));
}

/**
 * The achievement report of a nomination's subject (*Báo cáo thành tích*), a skeleton the subject
 * completes: the template its date's regime names (`legalRegimeOn`): Mẫu số 07 of Nghị định
 * 91/2017 before 2024; Mẫu số 02 (collective) or 03 (individual) of Nghị định 98/2023 from
 * 2024-01-01 to 2025-06-30; from 2025-07-01 (Nghị định 152/2025, whose templates were not found)
 * and for a household under Nghị định 98/2023, no template is named unless the caller names one
 * (`template`, which also replaces a named one). Then the title with the form and occasion; I. the
 * subject's particulars (a person's gender, year of birth, position, workplace; a collective's
 * superior body; a household's status and official list); II. one heading per criterion of the
 * plan for its class (`criteriaFor`: III.2.a.1–3 or III.2.b.1–3; a household has none, so one
 * heading), each followed by the caller's text or dotted lines, and by the activities of the
 * movement (sections II, IV.4) that the nomination's `evidence` names for it and `checkEvidence`
 * accepts, when the register is given (`activities`, `unitOf`); the confirmation (when
 * `confirmedBy` is given) and the signature: the person's own, the unit head's (the signer when
 * given), the household head's.
 *
 * A collective's report carries its own letterhead (its superior body and name); a person's and a
 * household's only the Quốc hiệu. Never throws; issues are the input's.
 *
 * @param nomination - the nomination the report supports (its subject, form and occasion)
 * @param input - the date, the text and options
 * @returns the paper, or every issue found
 * @example
 * ```ts
 * import { sampleNominations } from 'thi-dua-vi-nguoi-ngheo/testing';
 * import { achievementReportDocument } from 'thi-dua-vi-nguoi-ngheo/documents';
 * const report = achievementReportDocument(sampleNominations[0]!, { date: '2023-10-10' });
 * if (report.ok) report.value.sections[0]?.blocks[0]; // the letterhead, with template 'Mẫu số 07 (Nghị định 91/2017/NĐ-CP)'
 * ```
 */
export function achievementReportDocument(nomination: Nomination, input: AchievementReportInput): Result<PaperDocument, ValidationIssue[]> {
  return guard(() => {
    const parsed = parseBoth('nomination', ReportNominationSchema, nomination, AchievementReportInputSchema, input);
    if (!parsed.ok) return parsed;
    const value = parsed.value.input;
    const settings = settingsOf(value);
    const { lang, issuer } = settings;
    const { subject } = nomination;
    const household = isHousehold(subject.category);
    const kind = household ? 'household' : subject.category === 'unit' ? 'collective' : 'individual';
    const named = reportTemplateOf(legalRegimeOn(value.date), kind);
    const template =
      value.template !== undefined
        ? cleanLine(value.template)
        : named === undefined
          ? undefined
          : REPORT_TEXT.template(named.number, named.decree)[lang];
    const occasion = occasionPhrase(nomination.occasion.kind, nomination.occasion.year, plan.period);
    const head: LetterheadBlock =
      kind === 'collective'
        ? {
            ...letterhead(settings, { reference: value.reference, date: value.date, template }),
            issuer: {
              lines: [
                { text: upper(cleanLine(subject.profile?.parent ?? issuer.shortName)) },
                { text: upper(cleanLine(subject.name)), bold: true },
              ],
              ...(value.reference === undefined
                ? {}
                : { reference: letterhead(settings, { reference: value.reference }).issuer?.reference as string }),
            },
          }
        : letterhead(settings, { date: value.date, issuer: false, template });
    const blocks: Block[] = [
      head,
      title(REPORT_TEXT.name[lang], [
        REPORT_TEXT.summary(formName(nomination.form, lang, issuer, nomination.laborOrderClass), occasion)[lang],
      ]),
      { type: 'heading', level: 1, text: REPORT_TEXT.identity[lang] },
      ...identity(nomination, settings).map((line) => para(line)),
      { type: 'heading', level: 1, text: REPORT_TEXT.achievements[lang] },
    ];
    const criteria = criteriaFor(subject.category);
    const body = value.body ?? {};
    const text = (id: string): string | undefined => (Object.hasOwn(body, id) ? body[id] : undefined);
    if (criteria.length === 0) {
      blocks.push({ type: 'heading', level: 2, text: REPORT_TEXT.noCriteria[lang] }, ...bodyOf(text('general')));
    } else {
      const evidence =
        value.activities === undefined
          ? []
          : activitiesByCriterion(
              nomination,
              value.activities as Activity[],
              value.unitOf === undefined ? undefined : { unitOf: value.unitOf },
            );
      criteria.forEach((criterion, i) => {
        blocks.push(
          { type: 'heading', level: 2, text: REPORT_TEXT.criterion(i + 1, criterion.label[lang], criterion.id)[lang] },
          ...bodyOf(text(criterion.id)),
        );
        const supporting = evidence.find((group) => group.criterion === criterion.id)?.activities ?? [];
        if (supporting.length > 0) {
          blocks.push(para([{ text: REPORT_TEXT.evidence[lang], italic: true }]));
          for (const { activity, unitId } of supporting) {
            blocks.push(
              para(
                REPORT_TEXT.activity(activity, cleanLine(activity.description), (activity.documents ?? []).map(cleanLine), unitId)[lang],
              ),
            );
          }
        }
      });
    }
    const sealNote = PAPER_TEXT.sealNote[lang];
    const signNote = PAPER_TEXT.signNote[lang];
    const right: Signature =
      kind === 'individual'
        ? { lines: [REPORT_TEXT.reporter[lang]], note: signNote, name: cleanLine(subject.name) }
        : value.signer !== undefined
          ? signatureOf(value.signer, settings, kind === 'collective' ? sealNote : signNote)
          : {
              lines: [(kind === 'collective' ? REPORT_TEXT.head : REPORT_TEXT.householdHead)[lang]],
              note: kind === 'collective' ? sealNote : signNote,
            };
    blocks.push({
      type: 'signatures',
      ...(value.confirmedBy === undefined
        ? {}
        : { left: { lines: [REPORT_TEXT.confirmation(cleanLine(value.confirmedBy))[lang]], note: sealNote } }),
      right,
    });
    return {
      ok: true,
      value: {
        kind: 'achievement-report',
        lang,
        title: `${REPORT_TEXT.name[lang]} — ${cleanLine(subject.name)}`,
        sections: [{ orientation: 'portrait', blocks }],
        format: settings.format,
      },
    };
  });
}
