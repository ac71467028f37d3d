// The streaming CLI at 10^4, 10^5 and 10^6 nominations (`npm run bench:cli`; not part of `npm test`).
//
// For each size, a JSON Lines file of seeded nominations (bench/data.mjs, written batch by batch so
// that the generator itself stays small) is run through the built binary:
// `thi-dua check FILE.ndjson --format table|json > /dev/null`. Each run is its own process; its peak
// resident set size comes from `process.resourceUsage().maxRSS`, read in that process as it exits
// (a preloaded hook writes it to stderr), and its wall time from this process. The temporary files
// are deleted at the end, also on failure.
//
//   node bench/cli-stream.mjs [--sizes 10000,100000,1000000] [--formats table,json]
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateNominations } from './data.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'dist', 'cli.js');
const SEED = 20251;
const BATCH = 10_000;

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '10000,100000,1000000' }, formats: { type: 'string', default: 'table,json' } },
});
const sizes = values.sizes.split(',').map(Number);
const formats = values.formats.split(',');

/** Writes `count` seeded nominations as JSON Lines, one batch of the generator at a time. */
async function writeInput(path, count) {
  const out = createWriteStream(path);
  for (let start = 0, batch = 0; start < count; start += BATCH, batch++) {
    const nominations = generateNominations(Math.min(BATCH, count - start), SEED + batch);
    let text = '';
    for (let i = 0; i < nominations.length; i++) {
      // Ids of their own across batches.
      text += `${JSON.stringify({ ...nominations[i], id: `N-${start + i}` })}\n`;
    }
    if (!out.write(text)) await new Promise((done) => out.once('drain', done));
  }
  await new Promise((done, fail) => out.end((error) => (error ? fail(error) : done())));
}

// Runs in the measured process: on exit, its peak RSS (KiB) and CPU time (µs) on stderr.
const HOOK_SOURCE = [
  'import { writeSync } from "node:fs";',
  'process.on("exit", () => {',
  '  const u = process.resourceUsage();',
  '  writeSync(2, "\\nMAXRSS_KB " + u.maxRSS + " CPU_US " + (u.userCPUTime + u.systemCPUTime) + "\\n");',
  '});',
].join('\n');
const HOOK = `data:text/javascript,${encodeURIComponent(HOOK_SOURCE)}`;

/** Runs the binary once; resolves to its wall time, peak RSS, exit code and last line. */
function run(args) {
  return new Promise((done, fail) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--import', HOOK, BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let last = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      last = (last + chunk.toString()).slice(-400);
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk.toString();
    });
    child.on('error', fail);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const usage = /MAXRSS_KB (\d+) CPU_US (\d+)/u.exec(stderr);
      if (usage === null) fail(new Error(`no resource usage reported: ${stderr}`));
      else done({ ms, rssMb: Number(usage[1]) / 1024, cpuMs: Number(usage[2]) / 1000, code, last: last.trimEnd().split('\n').at(-1) });
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'thi-dua-bench-cli-'));
const rows = [];
try {
  console.log(`node ${process.version}, ${BIN}`);
  // Start-up (node, the bundle, zod's schemas) on an empty input: subtracted for the per-entry CPU cost.
  const empty = join(dir, 'empty.ndjson');
  await writeInput(empty, 0);
  const startups = [];
  for (let i = 0; i < 3; i++) startups.push((await run(['check', empty])).cpuMs);
  const startupCpuMs = Math.min(...startups);
  console.log(`start-up: ${startupCpuMs.toFixed(0)} ms CPU`);
  for (const size of sizes) {
    const path = join(dir, `nominations-${size}.ndjson`);
    await writeInput(path, size);
    const mb = statSync(path).size / 1e6;
    for (const format of formats) {
      const result = await run(['check', path, '--format', format, '--lang', 'en']);
      const row = {
        size,
        inputMb: mb,
        format,
        seconds: result.ms / 1000,
        usPerEntry: (result.ms * 1000) / size,
        cpuUsPerEntry: (result.cpuMs * 1000) / size,
        netCpuUsPerEntry: ((result.cpuMs - startupCpuMs) * 1000) / size,
        peakRssMb: result.rssMb,
        exit: result.code,
      };
      rows.push(row);
      console.log(
        `${String(size).padStart(8)} nominations (${mb.toFixed(1)} MB)  --format ${format.padEnd(6)}  ${row.seconds.toFixed(2)} s  ` +
          `${row.usPerEntry.toFixed(1)} µs/entry (CPU ${row.cpuUsPerEntry.toFixed(1)} µs, ${row.netCpuUsPerEntry.toFixed(1)} µs after start-up)  peak RSS ${row.peakRssMb.toFixed(1)} MB  exit ${row.exit}  | ${format === 'table' ? result.last : ''}`,
      );
    }
    rmSync(path);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log(
  '\n| nominations | input | --format | wall time | per entry (wall) | per entry (CPU) | per entry (CPU after start-up) | peak RSS |\n|---:|---:|---|---:|---:|---:|---:|---:|',
);
for (const r of rows) {
  console.log(
    `| ${r.size.toLocaleString('en')} | ${r.inputMb.toFixed(1)} MB | ${r.format} | ${r.seconds.toFixed(2)} s | ${r.usPerEntry.toFixed(1)} µs | ${r.cpuUsPerEntry.toFixed(1)} µs | ${r.netCpuUsPerEntry.toFixed(1)} µs | ${r.peakRssMb.toFixed(1)} MB |`,
  );
}
