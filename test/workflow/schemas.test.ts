import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  CampaignEventSchema,
  CampaignHistoryEntrySchema,
  CampaignRecordSchema,
  CreateEventSchema,
  HistoryEntrySchema,
  NominationEventSchema,
  NominationRecordSchema,
} from '../../src/workflow/schemas.js';
import { CAMPAIGN_EVENTS, decide, EVENTS, recordAt, viaJson, walkCampaign } from './fixtures.js';

const SCHEMAS = {
  NominationEventSchema,
  CreateEventSchema,
  HistoryEntrySchema,
  NominationRecordSchema,
  CampaignEventSchema,
  CampaignHistoryEntrySchema,
  CampaignRecordSchema,
};

describe('the workflow’s zod schemas (for the ./schemas subpath)', () => {
  it.each(Object.entries(SCHEMAS))('%s converts to JSON Schema (input side)', (_name, schema) => {
    const json = z.toJSONSchema(schema, { io: 'input' }) as {
      additionalProperties?: unknown;
      oneOf?: { additionalProperties?: unknown }[];
    };
    const objects = json.oneOf ?? [json];
    for (const object of objects) expect(object.additionalProperties).toBe(false);
  });

  it('accept what the machines produce, strictly', () => {
    expect(NominationEventSchema.safeParse(decide('director', 'award')).success).toBe(true);
    expect(NominationEventSchema.safeParse(EVENTS.returnByOffice).success).toBe(true);
    expect(NominationEventSchema.safeParse({ ...EVENTS.submit, reason: 'x' }).success).toBe(false);
    expect(NominationRecordSchema.safeParse(viaJson(recordAt('awarded'))).success).toBe(true);
    expect(CampaignRecordSchema.safeParse(viaJson(walkCampaign([CAMPAIGN_EVENTS.launch]))).success).toBe(true);
    expect(CampaignEventSchema.safeParse({ ...CAMPAIGN_EVENTS.launch, reason: 'x' }).success).toBe(false);
  });
});
