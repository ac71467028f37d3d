// Seeded, reproducible benchmark data: no Math.random anywhere.
//
// The data set covers every subject category × reward form × occasion (the plan's own occasions
// and some it does not have), and draws the contribution flag and each of the six
// criterion entries from a seeded PRNG, so every assessment mix occurs (met, not-met, unknown,
// absent, and entries for criteria of the other class).

// The code lists come from the library itself (one place); the rules the bench checks do not.
import {
  CRITERION_IDS as CRITERIA,
  OCCASION_KINDS as KINDS,
  REWARD_FORMS as FORMS,
  SUBJECT_CATEGORIES as CATEGORIES,
} from '../dist/index.js';

/** mulberry32: a tiny 32-bit PRNG, good enough to draw test data, fully determined by its seed. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const YEARS = [2021, 2022, 2023, 2024, 2025, 2026];
const OCCASIONS = KINDS.flatMap((kind) => YEARS.map((year) => ({ kind, year })));

const NAMES = [
  'Phòng Kế hoạch - Tài chính',
  'Ban Quản lý dự án',
  'Hộ ông Lý Văn Páo',
  'Hộ bà Nông Thị Lan',
  'Nông Thị Hoa',
  'Bế Văn Tú',
  'Hoàng Văn Nam',
  'Lục Thị Mai',
];

function pick(rand, weighted) {
  let r = rand();
  for (const [value, weight] of weighted) {
    if (r < weight) return value;
    r -= weight;
  }
  return weighted[weighted.length - 1][0];
}

// Mostly complete, mostly met assessments, as a department would enter them, with the rest mixed in.
const ENTRY = [
  ['met', 0.7],
  [undefined, 0.12],
  ['unknown', 0.08],
  ['not-met', 0.1],
];
const CONTRIBUTES = [
  [true, 0.8],
  [false, 0.1],
  [undefined, 0.1],
];

/** The occasions the plan has (RULES.md reading 1), and the forms given at each (III.3). */
const PLAN_OCCASIONS = [
  { kind: 'annual', year: 2022 },
  { kind: 'annual', year: 2023 },
  { kind: 'annual', year: 2024 },
  { kind: 'annual', year: 2025 },
  { kind: 'preliminary-review', year: 2023 },
  { kind: 'final-review', year: 2025 },
];
const formsAt = (occasion) => (occasion.kind === 'annual' ? FORMS.slice(2) : FORMS);

/**
 * `count` nominations as plain JSON data (what arrives in a request body), deterministic for a
 * seed. Each is a fresh object. One in four walks the whole grid of category × form × occasion
 * (18 occasions: every kind in 2021–2026, so also occasions the plan does not have and forms given
 * at the wrong occasion); the other three are what a department enters: one of the plan's six
 * occasions and a form given then. Categories cycle through all seven.
 */
export function generateNominations(count, seed = 20251) {
  const rand = mulberry32(seed);
  const out = new Array(count);
  let grid = 0;
  for (let i = 0; i < count; i++) {
    const category = CATEGORIES[i % CATEGORIES.length];
    let form;
    let occasion;
    if (i % 4 === 0) {
      form = FORMS[Math.floor(grid / CATEGORIES.length) % FORMS.length];
      occasion = OCCASIONS[Math.floor(grid / (CATEGORIES.length * FORMS.length)) % OCCASIONS.length];
      grid++;
    } else {
      occasion = PLAN_OCCASIONS[Math.floor(rand() * PLAN_OCCASIONS.length)];
      const forms = formsAt(occasion);
      form = forms[Math.floor(rand() * forms.length)];
    }
    const subject = { id: `s-${i}`, name: NAMES[i % NAMES.length], category };
    const contributes = pick(rand, CONTRIBUTES);
    if (contributes !== undefined) subject.contributesToPovertyReduction = contributes;
    const assessment = {};
    for (const id of CRITERIA) {
      const value = pick(rand, ENTRY);
      if (value !== undefined) assessment[id] = value;
    }
    const nomination = {
      id: `N-${String(i).padStart(6, '0')}`,
      subject,
      form,
      occasion: { ...occasion },
      assessment,
    };
    if (rand() < 0.5) nomination.proposingUnit = `u-${i % 37}`;
    out[i] = nomination;
  }
  return out;
}

/** How much of the space the data covers: categories × forms × occasions, and assessment mixes. */
export function coverageOf(nominations) {
  const combos = new Set();
  const mixes = new Set();
  for (const n of nominations) {
    combos.add(`${n.subject.category}|${n.form}|${n.occasion.kind}|${n.occasion.year}`);
    mixes.add(CRITERIA.map((id) => n.assessment[id] ?? '-').join(','));
  }
  return { combinations: combos.size, assessmentMixes: mixes.size };
}
