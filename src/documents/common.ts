/**
 * The pieces every paper shares: the format, the letterhead, the title, the signature and the
 * recipients, and how an entry of the council's list is named on a paper. Pure.
 *
 * @module
 */
import type { Subject } from '../core/inputs.js';
import { type Issuer, PLAN_ISSUER } from '../law/issuer.js';
import { CATEGORY_NAMES } from '../plan/names.js';
import { isHousehold } from '../rules/subjects.js';
import { type CountedClass, DECISION_TEXT, PAPER_TEXT, placeDateText, referenceText, upper } from '../text/documents.js';
import { legalRegimeOn } from '../law/regime.js';
import { plan } from '../plan/plan.js';
import type { Lang } from '../core/types.js';
import type { ProposalEntry } from '../workflow/proposals.js';
import { cleanLine } from './clean.js';
import type { FormatOptions, PaperContext, Signer } from './inputs.js';
import {
  DEFAULT_FORMAT,
  type DocumentFormat,
  type LetterheadBlock,
  type ParagraphBlock,
  type Signature,
  type SignaturesBlock,
  type TextRun,
  type TitleBlock,
} from './model.js';

/** The settings a builder works with, resolved from the context. */
export type Settings = {
  readonly lang: Lang;
  readonly issuer: Issuer;
  readonly place: string;
  readonly leadingZero: boolean;
  readonly format: DocumentFormat;
};

/** The format with the caller's options over the defaults. */
export function resolveFormat(options: FormatOptions | undefined): DocumentFormat {
  return {
    margins: { ...DEFAULT_FORMAT.margins, ...options?.margins },
    font: DEFAULT_FORMAT.font,
    sizes: { ...DEFAULT_FORMAT.sizes, ...options?.sizes },
  };
}

/**
 * An issuer as a paper in `lang` names it: every name cleaned for print, and in English its
 * English names where it has them (its superior body, symbol and place stay as they are).
 */
function issuerIn(issuer: Issuer, lang: Lang): Issuer {
  const names = lang === 'en' && issuer.en !== undefined ? issuer.en : issuer;
  return {
    name: cleanLine(names.name),
    shortName: cleanLine(names.shortName),
    parent: cleanLine(issuer.parent),
    symbol: cleanLine(issuer.symbol),
    headTitle: cleanLine(names.headTitle),
    place: cleanLine(issuer.place),
    councilName: cleanLine(names.councilName),
  };
}

/** The settings of a paper. */
export function settingsOf(context: Pick<PaperContext, 'issuer' | 'place' | 'lang' | 'format'>): Settings {
  const lang = context.lang ?? 'vi';
  const issuer = issuerIn(context.issuer ?? PLAN_ISSUER, lang);
  return {
    lang,
    issuer,
    place: context.place === undefined ? issuer.place : cleanLine(context.place),
    leadingZero: context.format?.leadingZero ?? true,
    format: resolveFormat(context.format),
  };
}

/** The place and date line. */
export function placeDate(settings: Settings, date: string): string {
  return placeDateText(settings.place, date, settings.lang, settings.leadingZero);
}

/**
 * The letterhead: the issuer's superior body and name (its short name under the superior body,
 * its full name without one), the number line, the Quốc hiệu and Tiêu ngữ, the place and date.
 */
export function letterhead(
  settings: Settings,
  options: {
    readonly reference?: string | undefined;
    readonly date?: string | undefined;
    readonly issuer?: boolean;
    readonly template?: string | undefined;
  },
): LetterheadBlock {
  const { issuer, lang } = settings;
  const withIssuer = options.issuer ?? true;
  const lines =
    issuer.parent === ''
      ? [{ text: upper(issuer.name), bold: true }]
      : [{ text: upper(issuer.parent) }, { text: upper(issuer.shortName), bold: true }];
  return {
    type: 'letterhead',
    ...(withIssuer
      ? { issuer: { lines, ...(options.reference === undefined ? {} : { reference: referenceText(cleanLine(options.reference), lang) }) } }
      : {}),
    nation: { name: PAPER_TEXT.nation[lang], motto: PAPER_TEXT.motto[lang] },
    ...(options.date === undefined ? {} : { placeDate: placeDate(settings, options.date) }),
    ...(options.template === undefined ? {} : { template: options.template }),
  };
}

/** The title block. */
export function title(name: string, summary: readonly string[], note?: string): TitleBlock {
  return { type: 'title', name, summary, ...(note === undefined ? {} : { note }) };
}

/** A body paragraph (first line indented, justified). */
export function para(runs: readonly TextRun[] | string, extra: Partial<Omit<ParagraphBlock, 'type' | 'runs'>> = {}): ParagraphBlock {
  return { type: 'paragraph', runs: typeof runs === 'string' ? [{ text: runs }] : runs, indent: true, ...extra };
}

/** A centred paragraph. */
export function centred(runs: readonly TextRun[] | string, extra: Partial<Omit<ParagraphBlock, 'type' | 'runs'>> = {}): ParagraphBlock {
  return { type: 'paragraph', runs: typeof runs === 'string' ? [{ text: runs }] : runs, align: 'center', ...extra };
}

/** The signature of a signer: "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", the name. */
export function signatureOf(signer: Signer, settings: Settings, note?: string): Signature {
  const title = upper(cleanLine(signer.title));
  const lines =
    signer.authority === undefined ? [title] : [`${signer.authority} ${upper(cleanLine(signer.for ?? settings.issuer.headTitle))}`, title];
  return { lines, name: cleanLine(signer.name), ...(note === undefined ? {} : { note }) };
}

/** The recipients as printed: "- X;" each, the last "- X.". A caller's own dash and end mark are dropped. */
export function recipientItems(items: readonly string[]): string[] {
  const cleaned = items
    .map((item) =>
      cleanLine(item)
        .replace(/^[-–•]\s*/, '')
        .replace(/[;.,]+$/, ''),
    )
    .filter((item) => item !== '');
  return cleaned.map((item, i) => `- ${item}${i === cleaned.length - 1 ? '.' : ';'}`);
}

/** The end of a paper: the recipients on the left, the signature on the right. */
export function signatures(settings: Settings, signer: Signer, recipients: readonly string[] | undefined): SignaturesBlock {
  const items = recipientItems(recipients ?? []);
  return {
    type: 'signatures',
    ...(items.length === 0 ? {} : { recipients: { heading: PAPER_TEXT.recipients[settings.lang], items } }),
    right: signatureOf(signer, settings),
  };
}

/** The class a paper counts an entry in: collectives (units), individuals, households. */
export function countedClassOf(subject: Subject): CountedClass {
  if (isHousehold(subject.category)) return 'households';
  return subject.category === 'unit' ? 'collectives' : 'individuals';
}

/** Counts of entries by counted class. */
export function countsOf(entries: readonly ProposalEntry[]): { collectives: number; individuals: number; households: number } {
  const counts = { collectives: 0, individuals: 0, households: 0 };
  for (const entry of entries) counts[countedClassOf(entry.subject)]++;
  return counts;
}

/** The entries in the papers' order: collectives, individuals, households (each in the list's order). */
export function byClass(entries: readonly ProposalEntry[]): { readonly [C in CountedClass]: readonly ProposalEntry[] } {
  return {
    collectives: entries.filter((e) => countedClassOf(e.subject) === 'collectives'),
    individuals: entries.filter((e) => countedClassOf(e.subject) === 'individuals'),
    households: entries.filter((e) => countedClassOf(e.subject) === 'households'),
  };
}

/**
 * What the papers print beside a name: an individual's position and workplace, a collective's
 * superior body (by default the issuer: III.1.1's units are the Sở's own), a household's status
 * and commune; failing those, the proposing unit's name.
 */
export function positionOf(entry: ProposalEntry, settings: Settings, units: Readonly<Record<string, string>> | undefined): string {
  const { lang } = settings;
  const { subject } = entry;
  const profile = subject.profile;
  const unitName =
    entry.proposingUnit !== undefined && units !== undefined && Object.hasOwn(units, entry.proposingUnit)
      ? units[entry.proposingUnit]
      : undefined;
  const parts: string[] = [];
  if (isHousehold(subject.category)) {
    parts.push(CATEGORY_NAMES[subject.category][lang]);
    if (subject.officialList !== undefined) parts.push(subject.officialList.commune);
    else if (profile?.parent !== undefined) parts.push(profile.parent);
  } else if (subject.category === 'unit') {
    // III.1.1: the plan's units are the Sở's own phòng, ban, đơn vị.
    parts.push(profile?.parent ?? settings.issuer.name);
  } else {
    if (profile?.position !== undefined) parts.push(profile.position);
    if (profile?.workplace !== undefined) parts.push(profile.workplace);
  }
  if (parts.length === 0 && unitName !== undefined) parts.push(unitName);
  return parts.map(cleanLine).join(', ');
}

/**
 * The *Căn cứ* of a paper dated `date`: the law and the decree of the regime in force that day
 * (`legalRegimeOn`), the plan (with its number when given), then the caller's own bases.
 */
export function legalBases(
  settings: Settings,
  date: string,
  options: { readonly planReference?: string | undefined; readonly before?: readonly string[]; readonly after?: readonly string[] },
): ParagraphBlock[] {
  const { lang } = settings;
  const regime = legalRegimeOn(date);
  const lines: string[] = [];
  for (const basis of options.before ?? []) lines.push(DECISION_TEXT.basis(cleanLine(basis))[lang]);
  if (regime !== undefined) {
    lines.push(DECISION_TEXT.law(regime.law.ref)[lang]);
    lines.push(DECISION_TEXT.decree(regime.decree.ref)[lang]);
  }
  lines.push(
    DECISION_TEXT.plan(plan.title, options.planReference === undefined ? undefined : cleanLine(options.planReference), plan.issuer)[lang],
  );
  for (const basis of options.after ?? []) lines.push(DECISION_TEXT.basis(cleanLine(basis))[lang]);
  return lines.map((line) => para([{ text: line, italic: true }]));
}
