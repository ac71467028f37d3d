import { describe, expect, it } from 'vitest';
import { LABELS, label } from '../../src/text/labels.js';
import {
  COMPLIANCE_STATUS_LABELS,
  DECISION_LABELS,
  GUARD_TEXTS,
  invalidEventText,
  ONCE_TEXTS,
  TRANSITION_ERROR_TEXTS,
} from '../../src/text/workflow.js';
import type { Text } from '../../src/core/types.js';
import { createCampaignRecord, parseCampaignRecord, parseNominationRecord } from '../../src/workflow/index.js';
import {
  applyCampaignUnchecked as applyCampaignEvent,
  applyUnchecked as applyNominationEvent,
  CAMPAIGN_EVENTS,
  create,
  decide,
  EVENTS,
  NOMINATIONS,
  NOT_MET,
  okValue,
  recordAt,
  SEALED,
  UNKNOWN,
  viaJson,
  walkCampaign,
} from './fixtures.js';

const GUIDANCE = okValue(
  defineGuidance({
    issuer: { vi: 'Sở Nội vụ', en: 'DoHA' },
    number: '05/HD-SNV',
    date: '2023-03-01',
    occasions: [{ kind: 'preliminary-review', year: 2023 }],
    criteria: [],
  }),
);
import {
  CAMPAIGN_EVENT_TYPES,
  CAMPAIGN_STATUSES,
  COMPLIANCE_STATUSES,
  DECISIONS,
  NOMINATION_EVENT_TYPES,
  NOMINATION_STATUSES,
  RECORD_ISSUE_CODES,
  TRANSITION_ERROR_CODES,
} from '../../src/core/workflow-codes.js';
import { defineGuidance } from '../../src/guidance/guidance.js';

/** Letters only Vietnamese uses (with the tone marks on vowels): a Vietnamese text has at least one. */
const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/iu;

function checkText(text: Text, where: string): void {
  for (const lang of ['vi', 'en'] as const) {
    const s = text[lang];
    expect(s.length, `${where}.${lang}`).toBeGreaterThan(0);
    expect(s, `${where}.${lang}`).toBe(s.normalize('NFC'));
    expect(s, `${where}.${lang}`).toBe(s.trim());
    expect(s, `${where}.${lang}`).not.toMatch(/undefined|\[object|NaN/u);
  }
  expect(text.vi, `${where}.vi`).toMatch(VIETNAMESE);
  expect(text.vi, where).not.toBe(text.en);
}

describe('the workflow’s texts (Vietnamese with diacritics, NFC; English)', () => {
  it('the labels of every status and event type, so label("submitted", "vi") works', () => {
    expect(label('submitted', 'vi')).toBe('Đã gửi Hội đồng Thi đua - Khen thưởng Sở');
    expect(label('HOLD_FINAL_REVIEW', 'en')).toBe('Hold the final review');
    for (const code of [
      ...NOMINATION_STATUSES,
      ...NOMINATION_EVENT_TYPES,
      'CREATE',
      ...CAMPAIGN_STATUSES,
      ...CAMPAIGN_EVENT_TYPES,
    ] as const) {
      checkText(LABELS[code], code);
      expect(Object.isFrozen(LABELS[code])).toBe(true);
    }
  });

  it('one text per error code, decision, compliance status, guard and once-rule', () => {
    expect(Object.keys(TRANSITION_ERROR_TEXTS).sort()).toEqual([...TRANSITION_ERROR_CODES].sort());
    for (const c of TRANSITION_ERROR_CODES) checkText(TRANSITION_ERROR_TEXTS[c], c);
    for (const d of DECISIONS) checkText(DECISION_LABELS[d], d);
    for (const s of COMPLIANCE_STATUSES) checkText(COMPLIANCE_STATUS_LABELS[s], s);
    checkText(GUARD_TEXTS['nomination-met'], 'nomination-met');
    checkText(ONCE_TEXTS.campaign, 'once');
    checkText(ONCE_TEXTS.year, 'once a year');
  });

  it('invalidEventText without an issue falls back to the general text', () => {
    expect(invalidEventText([])).toBe(TRANSITION_ERROR_TEXTS.INVALID_EVENT);
  });

  it('every message the machines and the parsers produce', () => {
    const nomination = recordAt('forwarded');
    const errors = [
      applyNominationEvent(nomination, { ...EVENTS.submit, by: 'nobody' }),
      applyNominationEvent(nomination, null),
      applyNominationEvent(nomination, EVENTS.submit),
      applyNominationEvent(recordAt('awarded'), EVENTS.submit),
      applyNominationEvent(nomination, decide('director', 'award')),
      applyNominationEvent(nomination, { ...EVENTS.forward, on: '2023-01-01', by: 'department-council' }),
      applyNominationEvent(nomination, { ...decide('provincial-chairman', 'award'), on: '2023-01-01' }),
      applyNominationEvent(create(NOT_MET), EVENTS.propose),
      applyNominationEvent(create(UNKNOWN), EVENTS.propose),
      applyCampaignEvent(createCampaignRecord(), { ...CAMPAIGN_EVENTS.launch, on: '2021-01-01' }),
      applyCampaignEvent(createCampaignRecord(), CAMPAIGN_EVENTS.final),
      applyCampaignEvent(walkCampaign([CAMPAIGN_EVENTS.launch, CAMPAIGN_EVENTS.preliminary]), CAMPAIGN_EVENTS.preliminary),
      applyCampaignEvent(walkCampaign([CAMPAIGN_EVENTS.launch, CAMPAIGN_EVENTS.inspect2023]), CAMPAIGN_EVENTS.inspect2023),
      applyCampaignEvent(walkCampaign([CAMPAIGN_EVENTS.launch]), { ...CAMPAIGN_EVENTS.final, by: 'president' }),
      applyCampaignEvent(walkCampaign([CAMPAIGN_EVENTS.launch]), { ...CAMPAIGN_EVENTS.final, on: '2022-01-01' }),
      applyNominationEvent(recordAt('proposed'), EVENTS.submit, { dossier: 'law-default' }),
      applyNominationEvent({ ...nomination, status: 'draft' }, EVENTS.propose),
      applyNominationEvent(recordAt('draft'), EVENTS.submit, SEALED),
      applyNominationEvent(recordAt('draft', 'provincial-certificate', undefined, SEALED), EVENTS.propose),
      applyNominationEvent(recordAt('draft'), EVENTS.propose, { seal: { key: 'short' } }),
      applyNominationEvent(create({ ...NOMINATIONS['labor-order'], occasion: { kind: 'final-review', year: 2025 } }), EVENTS.propose),
    ];
    const codes = new Set<string>();
    for (const result of errors) {
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      codes.add(result.error.code);
      checkText(result.error.message, result.error.code);
    }
    expect([...codes].sort()).toEqual([...TRANSITION_ERROR_CODES].sort());

    const forged = viaJson(recordAt('awarded')) as { status: string; history: { event: { on: string; by: string }; status: string }[] };
    forged.history[1]!.event.on = '2020-01-01';
    forged.history[2]!.event.by = 'director';
    forged.history[3]!.status = 'draft';
    forged.status = 'draft';
    const renamed = viaJson(recordAt('awarded')) as { nomination: { id: string } };
    renamed.nomination.id = 'other';
    const sealed = viaJson(recordAt('compiled', 'provincial-certificate', undefined, SEALED)) as {
      seal?: string;
      history: { event: { on: string } }[];
    };
    sealed.history[2]!.event.on = '2023-10-17';
    const guided = viaJson(recordAt('proposed', 'provincial-certificate', undefined, { guidance: GUIDANCE })) as { history: unknown[] };
    const issues = [
      parseNominationRecord(forged),
      parseNominationRecord(renamed),
      parseNominationRecord(sealed, SEALED),
      parseNominationRecord({ ...sealed, seal: undefined }, SEALED),
      parseNominationRecord(viaJson(recordAt('compiled')), SEALED),
      parseNominationRecord(guided),
      parseNominationRecord(viaJson(recordAt('draft')), { seal: { key: new Uint8Array(8) } }),
      parseNominationRecord({
        ...(viaJson(create(NOMINATIONS['labor-order'])) as { history: { event: { on: string } }[] }),
        history: [{ event: { type: 'CREATE', on: '2021-01-01', nomination: NOMINATIONS['labor-order'] }, status: 'draft' }],
      }),
      parseNominationRecord({ ...(viaJson(recordAt('draft')) as object), history: [] }),
      parseCampaignRecord({ schemaVersion: 1, status: 'closed', history: [{ event: CAMPAIGN_EVENTS.launch, status: 'closed' }] }),
    ];
    const issueCodes = new Set<string>();
    for (const result of issues) {
      expect(result.ok).toBe(false);
      if (!result.ok)
        for (const issue of result.error) {
          issueCodes.add(issue.code);
          checkText(issue.message, issue.code);
        }
    }
    expect(RECORD_ISSUE_CODES.filter((c) => c !== 'too_many_issues' && !issueCodes.has(c))).toEqual(['seal_key_required']);
  });
});
