/**
 * An independent oracle of what the schemas allow, written from API.md and not from zod: the
 * fuzz tests check that a parser never accepts what this says is invalid (and that a value is
 * accepted as it was given). It reads plain JSON-like data only; anything else is invalid.
 */
import {
  HOUSEHOLD_CLASSES,
  CAMPAIGN_EVENT_TYPES,
  CAMPAIGN_STATUSES,
  CAMPAIGN_TRANSITIONS,
  CRITERION_IDS,
  campaignWindowsOf,
  NOMINATION_STATUSES,
  NOMINATION_TRANSITIONS,
  OCCASION_KINDS,
  OUTCOMES,
  REWARD_FORMS,
  ROLES,
  SUBJECT_CATEGORIES,
} from '../../src/index.js';

type Json = Record<string, unknown>;

/** A plain object, as JSON.parse makes it, or one with a null prototype (as some form and query parsers make). */
const isPlainObject = (v: unknown): v is Json => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/** Own keys all allowed, required ones present, no key holding `undefined`. */
function keysOk(v: Json, required: readonly string[], optional: readonly string[] = []): boolean {
  const keys = Reflect.ownKeys(v);
  for (const key of keys) {
    if (typeof key !== 'string') return false;
    if (!required.includes(key) && !optional.includes(key)) return false;
    if (v[key] === undefined) return false;
  }
  return required.every((key) => Object.hasOwn(v, key));
}

const oneOf = (list: readonly unknown[], v: unknown): boolean => typeof v === 'string' && list.includes(v);
export const nonBlank = (v: unknown): boolean => typeof v === 'string' && v.length > 0 && /\S/.test(v);

/** A real calendar day written YYYY-MM-DD, by arithmetic (not by a library). */
export function isRealDay(v: unknown): v is string {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const [y, m, d] = v.split('-').map(Number) as [number, number, number];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return days !== undefined && d >= 1 && d <= days;
}

function validOfficialList(v: unknown): boolean {
  return (
    isPlainObject(v) &&
    keysOk(v, ['commune', 'year', 'decision']) &&
    nonBlank(v['commune']) &&
    Number.isSafeInteger(v['year']) &&
    nonBlank(v['decision'])
  );
}

export function validSubject(v: unknown): boolean {
  if (!isPlainObject(v)) return false;
  if (!keysOk(v, ['id', 'name', 'category'], ['contributesToPovertyReduction', 'officialList', 'householdClass'])) return false;
  if (!nonBlank(v['id']) || !nonBlank(v['name']) || !oneOf(SUBJECT_CATEGORIES, v['category'])) return false;
  // officialList and householdClass are a household's alone (issue 10, item 5).
  const household = String(v['category']).endsWith('-household');
  return (
    (!Object.hasOwn(v, 'contributesToPovertyReduction') || typeof v['contributesToPovertyReduction'] === 'boolean') &&
    (!Object.hasOwn(v, 'officialList') || (household && validOfficialList(v['officialList']))) &&
    (!Object.hasOwn(v, 'householdClass') || (household && oneOf(HOUSEHOLD_CLASSES, v['householdClass'])))
  );
}

function validOccasion(v: unknown): boolean {
  return isPlainObject(v) && keysOk(v, ['kind', 'year']) && oneOf(OCCASION_KINDS, v['kind']) && Number.isSafeInteger(v['year']);
}

function validAssessment(v: unknown): boolean {
  return isPlainObject(v) && keysOk(v, [], CRITERION_IDS) && Object.values(v).every((o) => oneOf(OUTCOMES, o));
}

/** The plan's criteria a subject's category takes: III.2.a for a unit, III.2.b for an individual, none for a household. */
function criteriaOfClass(subject: unknown, assessment: unknown): boolean {
  const category = String((subject as Record<string, unknown>)['category']);
  const prefix = category === 'unit' ? 'III.2.a.' : category.endsWith('-household') ? undefined : 'III.2.b.';
  return Object.keys(assessment as object).every((id) => prefix !== undefined && id.startsWith(prefix));
}

export function validNomination(v: unknown): boolean {
  if (!isPlainObject(v)) return false;
  if (!keysOk(v, ['id', 'subject', 'form', 'occasion', 'assessment'], ['proposingUnit', 'achievementId', 'documents'])) return false;
  return (
    nonBlank(v['id']) &&
    validSubject(v['subject']) &&
    oneOf(REWARD_FORMS, v['form']) &&
    validOccasion(v['occasion']) &&
    validAssessment(v['assessment']) &&
    criteriaOfClass(v['subject'], v['assessment']) &&
    (!Object.hasOwn(v, 'proposingUnit') || nonBlank(v['proposingUnit'])) &&
    (!Object.hasOwn(v, 'achievementId') || nonBlank(v['achievementId'])) &&
    (!Object.hasOwn(v, 'documents') || (Array.isArray(v['documents']) && v['documents'].length <= 100 && v['documents'].every(nonBlank)))
  );
}

/** An actor: `{ id, name }`, both non-blank. */
function validActor(v: unknown): boolean {
  return isPlainObject(v) && keysOk(v, ['id', 'name']) && nonBlank(v['id']) && nonBlank(v['name']);
}

/** A nomination without its id (an AMEND's). */
function validAmendment(v: unknown): boolean {
  return isPlainObject(v) && !Object.hasOwn(v, 'id') && validNomination({ id: 'x', ...v });
}

export function validNominationEvent(v: unknown): boolean {
  if (!isPlainObject(v)) return false;
  const base = oneOf(ROLES, v['by']) && isRealDay(v['on']) && (!Object.hasOwn(v, 'actor') || validActor(v['actor']));
  const A = 'actor';
  switch (v['type']) {
    case 'AMEND':
      return (
        base &&
        keysOk(v, ['type', 'by', 'on', 'nomination'], [A, 'reason']) &&
        validAmendment(v['nomination']) &&
        (!Object.hasOwn(v, 'reason') || nonBlank(v['reason']))
      );
    case 'SUBMIT':
      return (
        base &&
        keysOk(v, ['type', 'by', 'on'], ['documents', A]) &&
        (!('documents' in v) || (Array.isArray(v['documents']) && v['documents'].length <= 100 && v['documents'].every(nonBlank)))
      );
    case 'PROPOSE':
    case 'COMPILE':
    case 'SELECT':
    case 'FORWARD':
      return base && keysOk(v, ['type', 'by', 'on'], [A]);
    case 'RETURN':
    case 'WITHDRAW':
      return base && keysOk(v, ['type', 'by', 'on', 'reason'], [A]) && nonBlank(v['reason']);
    case 'DECIDE':
      return (
        base &&
        keysOk(v, ['type', 'by', 'on', 'decision'], ['reference', A]) &&
        oneOf(['award', 'reject'], v['decision']) &&
        (!Object.hasOwn(v, 'reference') || nonBlank(v['reference']))
      );
    default:
      return false;
  }
}

export function validCampaignEvent(v: unknown): boolean {
  return (
    isPlainObject(v) &&
    keysOk(v, ['type', 'by', 'on'], ['actor']) &&
    (!Object.hasOwn(v, 'actor') || validActor(v['actor'])) &&
    oneOf(CAMPAIGN_EVENT_TYPES, v['type']) &&
    oneOf(ROLES, v['by']) &&
    isRealDay(v['on'])
  );
}

type Entry = { event: Json; status: string };

const SEAL = /^[0-9a-f]{64}$/;
const validSeal = (v: unknown): boolean => typeof v === 'string' && SEAL.test(v);

/** The JSON of a value with its keys sorted, to compare nominations whatever the order of their keys. */
function sorted(v: unknown): string {
  return JSON.stringify(v, (_key, value: unknown) =>
    isPlainObject(value)
      ? Object.fromEntries(
          Object.keys(value)
            .sort()
            .map((k) => [k, value[k]]),
        )
      : value,
  );
}

/** The first day a proposal for an occasion of `year` may be dated (none past 9999). */
function proposalFrom(year: number): string | undefined {
  if (year > 9999) return undefined;
  const from = `${String(Math.max(year, 0)).padStart(4, '0')}-01-01`;
  return from < '2022-09-26' ? '2022-09-26' : from;
}

/**
 * Shape, then the replay: every entry has a row of the table (for the form of the nomination at
 * that point) and the status it gives, dates in order, none before the plan, a proposal not
 * before its occasion's year; the record's nomination is the one its history establishes. Seals
 * are not checked (no key).
 */
export function validNominationRecord(v: unknown): boolean {
  if (!isPlainObject(v) || !keysOk(v, ['schemaVersion', 'nomination', 'status', 'history'], ['seal'])) return false;
  if (v['schemaVersion'] !== 2 || !validNomination(v['nomination']) || !oneOf(NOMINATION_STATUSES, v['status'])) return false;
  if (Object.hasOwn(v, 'seal') && !validSeal(v['seal'])) return false;
  const history = v['history'];
  if (!Array.isArray(history) || history.length === 0) return false;
  for (const entry of history) {
    if (!isPlainObject(entry) || !keysOk(entry, ['event', 'status'], ['guidance', 'seal']) || !oneOf(NOMINATION_STATUSES, entry['status']))
      return false;
    if (Object.hasOwn(entry, 'seal') && !validSeal(entry['seal'])) return false;
    // A record evaluated under a guidance needs it to reload: without options, none may be named.
    if (Object.hasOwn(entry, 'guidance')) return false;
    const event = entry['event'];
    const isCreate =
      isPlainObject(event) &&
      event['type'] === 'CREATE' &&
      keysOk(event, ['type', 'on', 'nomination'], ['actor']) &&
      isRealDay(event['on']) &&
      validNomination(event['nomination']) &&
      (!Object.hasOwn(event, 'actor') || validActor(event['actor']));
    if (!isCreate && !validNominationEvent(event)) return false;
  }
  const entries = history as Entry[];
  const [first, ...rest] = entries;
  if (first === undefined || first.event['type'] !== 'CREATE' || first.status !== 'draft' || (first.event['on'] as string) < '2022-09-26')
    return false;
  let nomination = first.event['nomination'] as Json;
  let previous = first;
  for (const entry of rest) {
    const { event } = entry;
    const on = event['on'] as string;
    const row = NOMINATION_TRANSITIONS.find(
      (r) =>
        r.from === previous.status &&
        r.event === event['type'] &&
        r.by === event['by'] &&
        (r.forms as readonly unknown[]).includes(nomination['form']) &&
        (r.decision === undefined || r.decision === event['decision']),
    );
    if (row === undefined || row.to !== entry.status || on < (previous.event['on'] as string) || on < '2022-09-26') return false;
    const after =
      event['type'] === 'AMEND'
        ? { id: nomination['id'], ...(event['nomination'] as Json) }
        : event['type'] === 'SUBMIT' && Object.hasOwn(event, 'documents')
          ? { ...nomination, documents: event['documents'] }
          : nomination;
    if (row.guard === 'nomination-met') {
      const from = proposalFrom((after['occasion'] as Json)['year'] as number);
      if (from === undefined || on < from) return false;
    }
    nomination = after;
    previous = entry;
  }
  return v['status'] === previous.status && sorted(v['nomination']) === sorted(nomination);
}

export function validCampaignRecord(v: unknown): boolean {
  if (!isPlainObject(v) || !keysOk(v, ['schemaVersion', 'status', 'history'], ['seal'])) return false;
  if (v['schemaVersion'] !== 1 || !oneOf(CAMPAIGN_STATUSES, v['status'])) return false;
  if (Object.hasOwn(v, 'seal') && !validSeal(v['seal'])) return false;
  const history = v['history'];
  if (!Array.isArray(history)) return false;
  for (const entry of history) {
    if (!isPlainObject(entry) || !keysOk(entry, ['event', 'status'], ['seal']) || !oneOf(CAMPAIGN_STATUSES, entry['status'])) return false;
    if (Object.hasOwn(entry, 'seal') && !validSeal(entry['seal'])) return false;
    if (!validCampaignEvent(entry['event'])) return false;
  }
  let status = 'planned';
  const seen: Json[] = [];
  for (const entry of history as Entry[]) {
    const { event } = entry;
    const on = event['on'] as string;
    const row = CAMPAIGN_TRANSITIONS.find((r) => r.from === status && r.event === event['type'] && r.by === event['by']);
    if (row === undefined || row.to !== entry.status) return false;
    const last = seen.at(-1);
    if (last !== undefined && on < (last['on'] as string)) return false;
    if (!campaignWindowsOf(row).some((w) => w.from <= on && on <= w.to)) return false;
    const again = seen.some(
      (e) =>
        e['type'] === event['type'] &&
        (row.once === 'campaign' || (row.once === 'year' && (e['on'] as string).slice(0, 4) === on.slice(0, 4))),
    );
    if (again) return false;
    seen.push(event);
    status = entry.status;
  }
  return v['status'] === status;
}
