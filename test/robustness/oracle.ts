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
  return (
    (!Object.hasOwn(v, 'contributesToPovertyReduction') || typeof v['contributesToPovertyReduction'] === 'boolean') &&
    (!Object.hasOwn(v, 'officialList') || validOfficialList(v['officialList'])) &&
    (!Object.hasOwn(v, 'householdClass') || oneOf(HOUSEHOLD_CLASSES, v['householdClass']))
  );
}

function validOccasion(v: unknown): boolean {
  return isPlainObject(v) && keysOk(v, ['kind', 'year']) && oneOf(OCCASION_KINDS, v['kind']) && Number.isSafeInteger(v['year']);
}

function validAssessment(v: unknown): boolean {
  return isPlainObject(v) && keysOk(v, [], CRITERION_IDS) && Object.values(v).every((o) => oneOf(OUTCOMES, o));
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
    (!Object.hasOwn(v, 'proposingUnit') || nonBlank(v['proposingUnit'])) &&
    (!Object.hasOwn(v, 'achievementId') || nonBlank(v['achievementId'])) &&
    (!Object.hasOwn(v, 'documents') || (Array.isArray(v['documents']) && v['documents'].length <= 100 && v['documents'].every(nonBlank)))
  );
}

export function validNominationEvent(v: unknown): boolean {
  if (!isPlainObject(v)) return false;
  const base = oneOf(ROLES, v['by']) && isRealDay(v['on']);
  switch (v['type']) {
    case 'SUBMIT':
      return (
        base &&
        keysOk(v, ['type', 'by', 'on'], ['documents']) &&
        (!('documents' in v) || (Array.isArray(v['documents']) && v['documents'].length <= 100 && v['documents'].every(nonBlank)))
      );
    case 'PROPOSE':
    case 'COMPILE':
    case 'SELECT':
    case 'FORWARD':
      return base && keysOk(v, ['type', 'by', 'on']);
    case 'RETURN':
    case 'WITHDRAW':
      return base && keysOk(v, ['type', 'by', 'on', 'reason']) && nonBlank(v['reason']);
    case 'DECIDE':
      return (
        base &&
        keysOk(v, ['type', 'by', 'on', 'decision'], ['reference']) &&
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
    keysOk(v, ['type', 'by', 'on']) &&
    oneOf(CAMPAIGN_EVENT_TYPES, v['type']) &&
    oneOf(ROLES, v['by']) &&
    isRealDay(v['on'])
  );
}

type Entry = { event: Json; status: string };

/** Shape, then the replay: every entry has a row of the table and the status it gives, dates in order. */
export function validNominationRecord(v: unknown): boolean {
  if (!isPlainObject(v) || !keysOk(v, ['schemaVersion', 'nomination', 'status', 'history'])) return false;
  if (v['schemaVersion'] !== 1 || !validNomination(v['nomination']) || !oneOf(NOMINATION_STATUSES, v['status'])) return false;
  const history = v['history'];
  if (!Array.isArray(history) || history.length === 0) return false;
  for (const entry of history) {
    if (!isPlainObject(entry) || !keysOk(entry, ['event', 'status']) || !oneOf(NOMINATION_STATUSES, entry['status'])) return false;
    const event = entry['event'];
    const isCreate = isPlainObject(event) && event['type'] === 'CREATE' && keysOk(event, ['type', 'on']) && isRealDay(event['on']);
    if (!isCreate && !validNominationEvent(event)) return false;
  }
  const entries = history as Entry[];
  const form = (v['nomination'] as Json)['form'];
  const [first, ...rest] = entries;
  if (first === undefined || first.event['type'] !== 'CREATE' || first.status !== 'draft') return false;
  let previous = first;
  for (const entry of rest) {
    const { event } = entry;
    const row = NOMINATION_TRANSITIONS.find(
      (r) =>
        r.from === previous.status &&
        r.event === event['type'] &&
        r.by === event['by'] &&
        (r.forms as readonly unknown[]).includes(form) &&
        (r.decision === undefined || r.decision === event['decision']),
    );
    if (row === undefined || row.to !== entry.status || (event['on'] as string) < (previous.event['on'] as string)) return false;
    previous = entry;
  }
  return v['status'] === previous.status;
}

export function validCampaignRecord(v: unknown): boolean {
  if (!isPlainObject(v) || !keysOk(v, ['schemaVersion', 'status', 'history'])) return false;
  if (v['schemaVersion'] !== 1 || !oneOf(CAMPAIGN_STATUSES, v['status'])) return false;
  const history = v['history'];
  if (!Array.isArray(history)) return false;
  for (const entry of history) {
    if (!isPlainObject(entry) || !keysOk(entry, ['event', 'status']) || !oneOf(CAMPAIGN_STATUSES, entry['status'])) return false;
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
