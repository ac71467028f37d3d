#!/usr/bin/env node
// `npm run bench:summary`: summarizeAwards of `./reports` at 10^3 … 10^6 nomination records — the
// time per record and the peak resident memory at each size. Imports the BUILT library (the npm
// script builds first). Each size runs in a child process of its own, so that its peak RSS is its
// own: the parent only starts the children and prints the table.
//
// The records: 240 templates built by running the workflow (createNominationRecord, then the
// events of a real year by the right roles) over every reward form, subject category and a mix
// of final statuses; record i is template i mod 240 with its own nomination id, subject id and
// proposing unit (one of 60), so that every nomination id and subject counts (households' sets
// and the unit map fill as in a province). The records share the templates' history arrays, so
// the baseline memory is the array of records, not a million histories. "Peak RSS, one call" is
// the process's peak through one createAwardSummarizer run (add every record, then result);
// "held by the summarizer" is the heap it keeps once every record is added (after a full GC):
// its one row per nomination id and the maps. The timing rounds come after.
//
// Environment: BENCH_SIZES (default "1000,10000,100000,1000000"), BENCH_ROUNDS (default 5 below
// 10^6, 3 at 10^6), BENCH_DUPLICATES (share of records that repeat an earlier id, default 0.1).
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

const SELF = fileURLToPath(import.meta.url);

if (process.argv[2] === '--child') {
  await child(Number(process.argv[3]));
} else {
  parent();
}

function parent() {
  const sizes = (process.env.BENCH_SIZES ?? '1000,10000,100000,1000000').split(',').map(Number);
  console.log(
    `summarizeAwards — Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
  );
  console.log(
    '| records | median time | per record | records/s | RSS with the records | peak RSS, one call | Δ | held by the summarizer | per id | summaryToHtml |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const n of sizes) {
    const out = execFileSync(process.execPath, ['--max-old-space-size=4096', '--expose-gc', SELF, '--child', String(n)], {
      encoding: 'utf8',
      env: process.env,
      maxBuffer: 1 << 20,
    });
    const r = JSON.parse(out);
    const mb = (kb) => `${(kb / 1024).toFixed(0)} MB`;
    console.log(
      `| ${n.toLocaleString('en')} | ${r.medianMs.toFixed(1)} ms | ${(r.perRecordNs / 1000).toFixed(2)} µs | ${Math.round(1e9 / r.perRecordNs).toLocaleString('en')} | ${mb(r.baselineKb)} | ${mb(r.peakKb)} | ${mb(r.peakKb - r.baselineKb)} | ${(r.heldBytes / 2 ** 20).toFixed(0)} MB | ${Math.round(r.heldBytes / r.ids)} B | ${r.htmlMs.toFixed(1)} ms |`,
    );
  }
}

async function child(n) {
  const lib = await import('../dist/index.js');
  const reports = await import('../dist/reports.js');
  const templates = buildTemplates(lib);
  const duplicates = Number(process.env.BENCH_DUPLICATES ?? 0.1);
  const records = new Array(n);
  // A seeded PRNG (mulberry32), so that every run draws the same duplicates.
  let seed = 20251;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = 0; i < n; i++) {
    const t = templates[i % templates.length];
    const id = i > 0 && random() < duplicates ? Math.floor(random() * i) : i;
    records[i] = {
      ...t,
      nomination: { ...t.nomination, id: `N${id}`, subject: { ...t.nomination.subject, id: `S${id}` }, proposingUnit: `unit-${id % 60}` },
    };
  }
  globalThis.gc?.();
  const baselineKb = process.memoryUsage().rss / 1024;
  const baselineHeap = process.memoryUsage().heapUsed;
  // Memory first, in one call: what the summarizer holds once every record is added (its rows,
  // after a full GC), and the peak RSS of the process through that one call.
  const started = reports.createAwardSummarizer({ asOf: '2025-12-31' });
  if (!started.ok) throw new Error('options');
  for (const record of records) started.value.add(record);
  globalThis.gc?.();
  const heldBytes = process.memoryUsage().heapUsed - baselineHeap;
  started.value.result();
  const peakKb = process.resourceUsage().maxRSS;
  const rounds = Number(process.env.BENCH_ROUNDS ?? (n >= 1_000_000 ? 3 : 5));
  const times = [];
  let summary;
  for (let round = 0; round < rounds; round++) {
    const start = process.hrtime.bigint();
    const result = reports.summarizeAwards(records, { asOf: '2025-12-31' });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    summary = result.value;
  }
  // Answers first: the counts add up, one per nomination id.
  const ids = new Set(records.map((r) => r.nomination.id)).size;
  if (summary.all.total !== ids || summary.records.duplicates !== n - ids) throw new Error(`wrong counts: ${summary.all.total} vs ${ids}`);
  const htmlStart = process.hrtime.bigint();
  const html = reports.summaryToHtml(summary, { lang: 'vi' });
  const htmlMs = Number(process.hrtime.bigint() - htmlStart) / 1e6;
  if (!html.includes('<svg ')) throw new Error('no chart');
  times.sort((a, b) => a - b);
  const medianMs = times[Math.floor(times.length / 2)];
  process.stdout.write(JSON.stringify({ n, ids, medianMs, perRecordNs: (medianMs * 1e6) / n, baselineKb, peakKb, heldBytes, htmlMs }));
}

/** 240 records: every form × every category × a mix of where the workflow left them. */
function buildTemplates(lib) {
  const { applyNominationEvent, createNominationRecord, decidingAuthorityOf, REWARD_FORMS, SUBJECT_CATEGORIES } = lib;
  const individual = (c) => c === 'civil-servant' || c === 'public-employee' || c === 'worker';
  const household = (c) => c.endsWith('-household');
  const occasions = [
    { kind: 'preliminary-review', year: 2023 },
    { kind: 'final-review', year: 2025 },
  ];
  const templates = [];
  let k = 0;
  for (const form of REWARD_FORMS) {
    for (const category of SUBJECT_CATEGORIES) {
      for (let variant = 0; variant < 9 && templates.length < 240; variant++, k++) {
        const occasion = occasions[variant % 2];
        const on = (m, d) => `${occasion.year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const nomination = {
          id: `T${k}`,
          subject: {
            id: `s${k}`,
            name: `Chủ thể ${k}`,
            category,
            ...(household(category) ? {} : { contributesToPovertyReduction: true }),
          },
          form,
          occasion,
          assessment: individual(category)
            ? { 'III.2.b.1': 'met', 'III.2.b.2': 'met', 'III.2.b.3': 'met' }
            : { 'III.2.a.1': 'met', 'III.2.a.2': 'met', 'III.2.a.3': 'met' },
          proposingUnit: 'unit-0',
        };
        const provincial = form !== 'director-certificate';
        const decide = (decision) => ({ type: 'DECIDE', by: decidingAuthorityOf(form), on: on(12, 10), decision });
        const paths = [
          [],
          [{ type: 'PROPOSE', by: 'unit-head', on: on(9, 22) }],
          [{ type: 'WITHDRAW', by: 'unit-head', on: on(9, 20), reason: 'Rút' }],
        ];
        const full = [
          { type: 'PROPOSE', by: 'unit-head', on: on(9, 22) },
          { type: 'SUBMIT', by: 'unit-head', on: on(9, 29) },
          { type: 'COMPILE', by: 'department-council', on: on(10, 6) },
          ...(provincial
            ? [
                { type: 'SELECT', by: 'department-council', on: on(10, 13) },
                { type: 'FORWARD', by: 'department-council', on: on(10, 20) },
              ]
            : []),
        ];
        paths.push(
          full,
          [...full, decide('award')],
          [...full, decide('award')],
          [...full, decide('reject')],
          [...full, decide('award')],
          full.slice(0, 3),
        );
        let record = createNominationRecord(nomination, on(9, 15));
        for (const event of paths[variant]) {
          const next = applyNominationEvent(record, event);
          if (!next.ok) break; // households cannot be proposed without the guidance's criteria (III.4)
          record = next.value;
        }
        templates.push(record);
      }
    }
  }
  return templates;
}
