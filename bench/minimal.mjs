// d. The practical limit: a hand-written evaluator of the same rules that validates nothing and
// explains nothing. It returns the outcome only.

const NOT_MET = 0;
const UNKNOWN = 1;
const MET = 2;
const NAMES = ['not-met', 'unknown', 'met'];
const A = ['III.2.a.1', 'III.2.a.2', 'III.2.a.3'];
const B = ['III.2.b.1', 'III.2.b.2', 'III.2.b.3'];

function criterion(value) {
  return value === 'met' ? MET : value === 'not-met' ? NOT_MET : UNKNOWN;
}

export function minimalOutcome(n) {
  const category = n.subject.category;
  let o = MET;
  let ids;
  if (category === 'poor-household' || category === 'near-poor-household' || category === 'escaped-poverty-household') {
    o = UNKNOWN; // III.4: a household's criteria come with the annual guidance
  } else {
    const c = n.subject.contributesToPovertyReduction;
    if (c === false) return 'not-met';
    if (c !== true) o = UNKNOWN;
    ids = category === 'unit' ? A : B;
    const a = n.assessment;
    for (let i = 0; i < 3; i++) {
      const v = criterion(a[ids[i]]);
      if (v === NOT_MET) return 'not-met';
      if (v < o) o = v;
    }
  }
  const { kind, year } = n.occasion;
  const given =
    kind === 'annual'
      ? year >= 2022 && year <= 2025 && (n.form === 'provincial-certificate' || n.form === 'director-certificate')
      : kind === 'preliminary-review'
        ? year === 2023
        : year === 2025;
  if (!given) return 'not-met';
  return NAMES[o];
}
