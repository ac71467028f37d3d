#!/usr/bin/env node
// `npm run documents`: the five papers of the built-in 2025 final-review scenario (the `tongKet2025`
// scenario of ./testing), as Word files and HTML pages, in out/documents/ (git-ignored). The
// records are the scenario's nominations taken through the workflow (proposed, submitted, compiled;
// the province's forms selected; the Labour Order in hạng Ba); the context is docs/examples/documents-context-final-review-2025.json.
// Run after the build (the script's npm entry builds first).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { applyNominationEvent, createNominationRecord, parseNomination } from '../dist/index.js';
import { scenarios } from '../dist/testing.js';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'out', 'documents');
mkdirSync(out, { recursive: true });

const scenario = scenarios.tongKet2025;
const records = [];
for (const { input } of scenario.entries) {
  const parsed = parseNomination(input);
  if (!parsed.ok) continue;
  // The Labour Order's class is not in the plan: the proposer names it (Luật 2022 Điều 44 khoản 2
  // gives hạng Ba to workers and farmers at a review of a movement of five years or more).
  const nomination = parsed.value.form === 'labor-order' ? { ...parsed.value, laborOrderClass: 'third' } : parsed.value;
  if (nomination.occasion.kind !== scenario.occasion.kind || nomination.occasion.year !== scenario.occasion.year) continue;
  const created = createNominationRecord(nomination, '2025-10-01');
  let record = 'ok' in created ? (created.ok ? created.value : undefined) : created;
  if (record === undefined) continue;
  const events = [
    { type: 'PROPOSE', by: 'unit-head', on: '2025-10-20' },
    { type: 'SUBMIT', by: 'unit-head', on: '2025-10-27' },
    { type: 'COMPILE', by: 'department-council', on: '2025-11-20' },
    ...(nomination.form === 'director-certificate' ? [] : [{ type: 'SELECT', by: 'department-council', on: '2025-11-25' }]),
  ];
  for (const event of events) {
    const next = applyNominationEvent(record, event);
    if (!next.ok) throw new Error(`${nomination.id}: ${event.type} refused: ${next.error.code}`);
    record = next.value;
  }
  records.push(record);
}
const recordsFile = join(out, 'records-final-review-2025.json');
writeFileSync(recordsFile, `${JSON.stringify(records, null, 2)}\n`);
const context = join(root, 'docs', 'examples', 'documents-context-final-review-2025.json');
for (const format of ['docx', 'html']) {
  execFileSync(
    process.execPath,
    [
      join(root, 'dist', 'cli.js'),
      'documents',
      recordsFile,
      '--occasion',
      'final-review:2025',
      '--context',
      context,
      '--out',
      out,
      '--format',
      format,
    ],
    { stdio: 'inherit' },
  );
}
console.log(`${records.length} records; the papers are in ${out}`);
