// Timing: process.hrtime.bigint(), a warm-up, several rounds, the median.

const now = () => process.hrtime.bigint();

/** A sink the optimiser cannot see through, so that no measured work is dead code. */
export const sink = { value: 0 };

function summarise(name, unit, perRound) {
  const sorted = [...perRound].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { name, unit, opsPerSecond: median, min: sorted[0], max: sorted[sorted.length - 1], rounds: perRound.length };
}

/**
 * Measures a synchronous pass. `pass()` does some work and returns how many operations it did.
 * Warm-up: passes for at least `warmupMs`. Then `rounds` rounds, each as many passes as fill
 * `roundMs`; the result is the median of the rounds' operations per second.
 */
export function measureSync(name, unit, pass, { warmupMs = 500, roundMs = 300, rounds = 7 } = {}) {
  const warmEnd = now() + BigInt(warmupMs) * 1_000_000n;
  while (now() < warmEnd) pass();
  const perRound = [];
  for (let r = 0; r < rounds; r++) {
    let ops = 0;
    const start = now();
    const end = start + BigInt(roundMs) * 1_000_000n;
    let t = start;
    do {
      ops += pass();
      t = now();
    } while (t < end);
    perRound.push(ops / (Number(t - start) / 1e9));
  }
  return summarise(name, unit, perRound);
}

/** The same for an asynchronous pass. */
export async function measureAsync(name, unit, pass, { warmupMs = 500, roundMs = 300, rounds = 7 } = {}) {
  const warmEnd = now() + BigInt(warmupMs) * 1_000_000n;
  while (now() < warmEnd) await pass();
  const perRound = [];
  for (let r = 0; r < rounds; r++) {
    let ops = 0;
    const start = now();
    const end = start + BigInt(roundMs) * 1_000_000n;
    let t = start;
    do {
      ops += await pass();
      t = now();
    } while (t < end);
    perRound.push(ops / (Number(t - start) / 1e9));
  }
  return summarise(name, unit, perRound);
}

/** 1234567.8 → "1,234,568". */
export function formatNumber(value) {
  return Math.round(value).toLocaleString('en-US');
}
