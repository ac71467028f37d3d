#!/usr/bin/env node
// Cold start: the time to `import` the built package in a fresh Node process, next to the time to
// import zod alone (its peer dependency) and date-fns alone, and an empty import as the floor.
// Each candidate runs in RUNS fresh processes, interleaved so that any drift of the machine hits
// all of them alike; the figure is the median. Timed inside the child with process.hrtime.bigint()
// around a dynamic import(), so process start-up itself is not counted.
//
// Environment: COLD_RUNS (default 21), COLD_TARGET (ratio, default 1.5).
// Prints a table, `N passed, N failed`, and exits 1 when the ratio is over the target.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.COLD_RUNS ?? 21);
const TARGET = Number(process.env.COLD_TARGET ?? 1.5);

const resolvable = (specifier) => {
  try {
    import.meta.resolve(specifier);
    return true;
  } catch {
    return false;
  }
};
const CANDIDATES = {
  'empty module (floor)': `data:text/javascript,export default 1`,
  'zod alone': 'zod',
  // For comparison only (the library no longer imports them); shown while they are installed.
  ...(resolvable('date-fns') && resolvable('@date-fns/tz') ? { 'date-fns format + @date-fns/tz': ['date-fns', '@date-fns/tz'] } : {}),
  'thi-dua-vi-nguoi-ngheo (.)': pathToFileURL(join(root, 'dist', 'index.js')).href,
};

function timeImport(specifiers) {
  const list = JSON.stringify([specifiers].flat());
  const code = `const t = process.hrtime.bigint(); for (const s of ${list}) await import(s); process.stdout.write(String(Number(process.hrtime.bigint() - t) / 1e6));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' });
  return Number(out);
}

const samples = Object.fromEntries(Object.keys(CANDIDATES).map((k) => [k, []]));
for (const spec of Object.values(CANDIDATES)) timeImport(spec); // warm the file system cache
for (let r = 0; r < RUNS; r++) for (const [name, spec] of Object.entries(CANDIDATES)) samples[name].push(timeImport(spec));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const medians = Object.fromEntries(Object.entries(samples).map(([k, xs]) => [k, median(xs)]));
console.log(`cold start: median of ${RUNS} fresh processes each, node ${process.version}\n`);
for (const [name, ms] of Object.entries(medians)) {
  const xs = samples[name];
  console.log(
    `${name.padEnd(34)} ${ms.toFixed(2).padStart(8)} ms   (min ${Math.min(...xs).toFixed(2)}, max ${Math.max(...xs).toFixed(2)})`,
  );
}
const ratio = medians['thi-dua-vi-nguoi-ngheo (.)'] / medians['zod alone'];
const ok = ratio <= TARGET;
console.log(`\nimport of the package / import of zod alone = ${ratio.toFixed(2)} (target ≤ ${TARGET})`);
console.log(`${ok ? 1 : 0} passed, ${ok ? 0 : 1} failed`);
if (process.env.COLD_JSON) console.log(JSON.stringify({ runs: RUNS, medians, ratio }));
process.exit(ok ? 0 : 1);
