#!/usr/bin/env node
// `npm run bench`: throughput of the library against the alternatives, in one process, on the
// same seeded data. Imports the BUILT library (run `npm run build` first).
//
//   a. evaluateNomination on already-parsed nominations
//   b. parseNomination + evaluateNomination on plain JSON data (what a server does with a body)
//   c. the same rules in json-rules-engine (await engine.run per nomination; also in batches)
//   d. a minimal hand-written evaluator: no validation, no explanation (the practical limit)
//   e. a workflow run: create + 6 events to `awarded`, then save/reload through JSON
//   e′. the same run sealed (`options.seal`: HMAC-SHA-256 chain over canonical JSON), reloaded
//      with the key — the cost of tamper evidence
//
// Environment: BENCH_N (nominations, default 20160), BENCH_SEED (default 20251),
// BENCH_ROUNDS (default 7), BENCH_OUT (default bench/results.json; "-" to skip writing).
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import {
  applyNominationEvent,
  createNominationRecord,
  decidingAuthorityOf,
  evaluateNomination,
  parseNomination,
  parseNominationRecord,
} from '../dist/index.js';
import { coverageOf, generateNominations } from './data.mjs';
import { formatNumber, measureAsync, measureSync, sink } from './harness.mjs';
import { makeEngine, runEngine } from './jre.mjs';
import { minimalOutcome } from './minimal.mjs';

const N = Number(process.env.BENCH_N ?? 20160);
const SEED = Number(process.env.BENCH_SEED ?? 20251);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const OUT = process.env.BENCH_OUT ?? fileURLToPath(new URL('./results.json', import.meta.url));
const TARGETS = { aOverD: 0.2, bOverC: 50, a: 1_000_000 };

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

// ---------------------------------------------------------------- data
const bodies = generateNominations(N, SEED); // plain JSON data, as a request body arrives
const parsed = bodies.map((body, i) => {
  const result = parseNomination(body);
  if (!result.ok) fail(`generated nomination ${i} does not parse: ${JSON.stringify(result.error)}`);
  return result.value;
});
const coverage = coverageOf(bodies);
const outcomes = { met: 0, 'not-met': 0, unknown: 0 };
for (const n of parsed) outcomes[evaluateNomination(n).outcome]++;

// ---------------------------------------------------------------- answers first
const engine = makeEngine();
const notMetRules = (findings) =>
  findings
    .filter((f) => f.outcome !== 'met')
    .map((f) => `${f.rule}:${f.outcome}`)
    .sort()
    .join(' ');
let checked = 0;
for (let i = 0; i < N; i++) {
  const library = evaluateNomination(parsed[i]);
  const minimal = minimalOutcome(parsed[i]);
  const jre = await runEngine(engine, parsed[i]);
  const jreRules = jre.events
    .map((e) => `${e.params.rule}:${e.type}`)
    .sort()
    .join(' ');
  if (library.outcome !== minimal) fail(`nomination ${i}: library ${library.outcome}, minimal ${minimal}`);
  if (library.outcome !== jre.outcome) fail(`nomination ${i}: library ${library.outcome}, json-rules-engine ${jre.outcome}`);
  if (notMetRules(library.findings) !== jreRules) {
    fail(`nomination ${i}: library rules [${notMetRules(library.findings)}], json-rules-engine [${jreRules}]`);
  }
  checked++;
}

// Workflow data: the met nominations whose form goes through the province (6 events to awarded).
const workflowRuns = [];
for (const n of parsed) {
  if (n.form === 'director-certificate' || evaluateNomination(n).outcome !== 'met') continue;
  const y = n.occasion.year;
  workflowRuns.push({
    nomination: n,
    created: `${y}-10-02`,
    events: [
      { type: 'PROPOSE', by: 'unit-head', on: `${y}-10-10` },
      { type: 'SUBMIT', by: 'unit-head', on: `${y}-10-16` },
      { type: 'COMPILE', by: 'department-council', on: `${y}-10-20` },
      { type: 'SELECT', by: 'department-council', on: `${y}-10-25` },
      { type: 'FORWARD', by: 'department-council', on: `${y}-10-30` },
      { type: 'DECIDE', by: decidingAuthorityOf(n.form), on: `${y}-12-15`, decision: 'award', reference: `${y}/QĐ` },
    ],
  });
}
const SEALED = { seal: { key: 'bench key: 0123456789abcdef0123456789abcdef' } };
function workflowRun(run, options) {
  const created = createNominationRecord(run.nomination, run.created, options);
  if (!created.ok) throw new Error(`workflow: ${created.error[0]?.code} at CREATE`);
  let record = created.value;
  for (const event of run.events) {
    const next = applyNominationEvent(record, event, options);
    if (!next.ok) throw new Error(`workflow: ${next.error.code} at ${event.type}`);
    record = next.value;
  }
  const reloaded = parseNominationRecord(JSON.parse(JSON.stringify(record)), options);
  if (!reloaded.ok || reloaded.value.status !== 'awarded') throw new Error('workflow: reload failed');
  if (options !== undefined && reloaded.value.seal === undefined) throw new Error('workflow: not sealed');
  return reloaded.value.history.length;
}
const sealedRun = (run) => workflowRun(run, SEALED);
for (const run of workflowRuns) {
  // every run reaches `awarded` before timing, sealed or not
  workflowRun(run);
  sealedRun(run);
}

// ---------------------------------------------------------------- timing
const OUTCOME_CODE = { met: 1, 'not-met': 2, unknown: 3 };
const opts = { rounds: ROUNDS };
const results = {};

// A chunked pass over the data, rotating, so slow candidates still see all of it.
function chunked(data, size, body) {
  let offset = 0;
  return () => {
    const end = Math.min(offset + size, data.length);
    let s = 0;
    for (let i = offset; i < end; i++) s += body(data[i]);
    sink.value += s;
    const done = end - offset;
    offset = end === data.length ? 0 : end;
    return done;
  };
}

results.d = measureSync(
  'd. minimal hand-written evaluator',
  'evaluations',
  chunked(parsed, N, (n) => OUTCOME_CODE[minimalOutcome(n)]),
  opts,
);
results.a = measureSync(
  'a. evaluateNomination (parsed data)',
  'evaluations',
  chunked(parsed, N, (n) => {
    const e = evaluateNomination(n);
    return OUTCOME_CODE[e.outcome] + e.findings.length;
  }),
  opts,
);
results.b = measureSync(
  'b. parseNomination + evaluateNomination',
  'requests',
  chunked(bodies, 2000, (body) => {
    const p = parseNomination(body);
    return p.ok ? OUTCOME_CODE[evaluateNomination(p.value).outcome] : 0;
  }),
  opts,
);
{
  let offset = 0;
  const size = 500;
  results.c = await measureAsync(
    'c. json-rules-engine, await per nomination',
    'evaluations',
    async () => {
      const end = Math.min(offset + size, N);
      let s = 0;
      for (let i = offset; i < end; i++) s += OUTCOME_CODE[(await runEngine(engine, parsed[i])).outcome];
      sink.value += s;
      const done = end - offset;
      offset = end === N ? 0 : end;
      return done;
    },
    opts,
  );
}
{
  let offset = 0;
  const size = 500;
  results.cBatch = await measureAsync(
    'c′. json-rules-engine, 500 runs in Promise.all',
    'evaluations',
    async () => {
      const end = Math.min(offset + size, N);
      const batch = [];
      for (let i = offset; i < end; i++) batch.push(runEngine(engine, parsed[i]));
      let s = 0;
      for (const r of await Promise.all(batch)) s += OUTCOME_CODE[r.outcome];
      sink.value += s;
      const done = end - offset;
      offset = end === N ? 0 : end;
      return done;
    },
    opts,
  );
}
results.e = measureSync(
  'e. workflow: create + 6 events + JSON save/reload',
  'runs',
  chunked(workflowRuns, 200, (run) => workflowRun(run)),
  opts,
);
results.eSealed = measureSync('e′. the same, sealed and reloaded with the key', 'runs', chunked(workflowRuns, 200, sealedRun), opts);

// ---------------------------------------------------------------- report
const cBest = Math.max(results.c.opsPerSecond, results.cBatch.opsPerSecond);
const ratios = {
  aOverD: results.a.opsPerSecond / results.d.opsPerSecond,
  bOverC: results.b.opsPerSecond / cBest,
  aOverC: results.a.opsPerSecond / cBest,
  sealedOverUnsealed: results.eSealed.opsPerSecond / results.e.opsPerSecond,
  sealCostMicroseconds: 1e6 / results.eSealed.opsPerSecond - 1e6 / results.e.opsPerSecond,
};
const met = {
  aOverD: ratios.aOverD >= TARGETS.aOverD,
  bOverC: ratios.bOverC >= TARGETS.bOverC,
  a: results.a.opsPerSecond >= TARGETS.a,
};

const rows = [results.a, results.b, results.c, results.cBatch, results.d, results.e, results.eSealed];
const width = Math.max(...rows.map((r) => r.name.length));
console.log(
  `\nthi-dua-vi-nguoi-ngheo bench — ${N} nominations (seed ${SEED}; ${coverage.combinations} category×form×occasion combinations, ${coverage.assessmentMixes} assessment mixes; outcomes met ${outcomes.met}, not-met ${outcomes['not-met']}, unknown ${outcomes.unknown})`,
);
console.log(
  `node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.availableParallelism()} cores, median of ${ROUNDS} rounds\n`,
);
console.log(`${'benchmark'.padEnd(width)}  ${'ops/s (median)'.padStart(14)}  ${'min'.padStart(11)}  ${'max'.padStart(11)}  unit`);
for (const r of rows) {
  console.log(
    `${r.name.padEnd(width)}  ${formatNumber(r.opsPerSecond).padStart(14)}  ${formatNumber(r.min).padStart(11)}  ${formatNumber(
      r.max,
    ).padStart(11)}  ${r.unit}`,
  );
}
console.log(
  `\nanswers checked equal (library = json-rules-engine = minimal) on ${checked} nominations; ${workflowRuns.length} workflow runs reach 'awarded'`,
);
console.log(`a/d = ${ratios.aOverD.toFixed(3)}  (target ≥ ${TARGETS.aOverD})  ${met.aOverD ? 'met' : 'MISSED'}`);
console.log(
  `b/c = ${ratios.bOverC.toFixed(1)}  (target ≥ ${TARGETS.bOverC}; c = the faster of c and c′)  ${met.bOverC ? 'met' : 'MISSED'}`,
);
console.log(`a   = ${formatNumber(results.a.opsPerSecond)}/s  (target ≥ ${formatNumber(TARGETS.a)}/s)  ${met.a ? 'met' : 'MISSED'}`);
console.log(`a/c = ${ratios.aOverC.toFixed(0)}`);
console.log(
  `e′/e = ${ratios.sealedOverUnsealed.toFixed(2)}  (sealing costs ${formatNumber(ratios.sealCostMicroseconds)} µs per run of 7 entries + reload)`,
);

if (OUT !== '-') {
  const round = (r) => ({ ...r, opsPerSecond: Math.round(r.opsPerSecond), min: Math.round(r.min), max: Math.round(r.max) });
  const json = {
    generatedBy: 'npm run bench (bench/run.mjs)',
    date: new Date().toISOString(),
    machine: {
      node: process.version,
      platform: `${os.platform()} ${os.release()} ${os.arch()}`,
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.availableParallelism(),
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    },
    data: { nominations: N, seed: SEED, ...coverage, outcomes, workflowRuns: workflowRuns.length, answersChecked: checked },
    method: { rounds: ROUNDS, statistic: 'median ops/s over rounds of ≥ 300 ms after ≥ 500 ms warm-up', clock: 'process.hrtime.bigint()' },
    results: Object.fromEntries(Object.entries(results).map(([k, r]) => [k, round(r)])),
    ratios: {
      aOverD: Number(ratios.aOverD.toFixed(3)),
      bOverC: Number(ratios.bOverC.toFixed(1)),
      aOverC: Number(ratios.aOverC.toFixed(0)),
      sealedOverUnsealed: Number(ratios.sealedOverUnsealed.toFixed(2)),
      sealCostMicroseconds: Number(ratios.sealCostMicroseconds.toFixed(1)),
    },
    targets: TARGETS,
    targetsMet: met,
  };
  writeFileSync(OUT, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`\nwritten to ${OUT}`);
}
