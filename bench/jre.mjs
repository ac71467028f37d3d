// c. The same rules written for json-rules-engine, the generic rules engine a team would otherwise
// pick. One rule per clause and outcome; each fires an event { type: outcome, params: { rule } }.
// The outcome is then combined from the events in three-valued logic (any not-met → not-met, else
// any unknown → unknown, else met), exactly as the library does from its findings.
//
// Facts are flattened from the nomination (a plain object per run): `category`, `contributes`,
// `form`, `kind`, `year`, and one fact per criterion id. Missing facts are allowed (undefined).
import { Engine } from 'json-rules-engine';

const HOUSEHOLDS = ['poor-household', 'near-poor-household', 'escaped-poverty-household'];
const INDIVIDUALS = ['civil-servant', 'public-employee', 'worker'];

function rule(name, conditions, type, clause) {
  return { name, conditions, event: { type, params: { rule: clause } } };
}

/** An engine holding the plan's rules III.1, III.2, III.3 and III.4. */
export function makeEngine() {
  const engine = new Engine([], { allowUndefinedFacts: true });
  const rules = [];
  // III.1: units (III.1.1) and individuals (III.1.2) must have contributed; households are eligible.
  for (const [clause, categories] of [
    ['III.1.1', ['unit']],
    ['III.1.2', INDIVIDUALS],
  ]) {
    rules.push(
      rule(
        `${clause} not met`,
        {
          all: [
            { fact: 'category', operator: 'in', value: categories },
            { fact: 'contributes', operator: 'equal', value: false },
          ],
        },
        'not-met',
        clause,
      ),
      rule(
        `${clause} unknown`,
        {
          all: [
            { fact: 'category', operator: 'in', value: categories },
            { fact: 'contributes', operator: 'notIn', value: [true, false] },
          ],
        },
        'unknown',
        clause,
      ),
    );
  }
  // III.2: every criterion of the subject's class is required; missing = unknown.
  for (const [categories, ids] of [
    [['unit'], ['III.2.a.1', 'III.2.a.2', 'III.2.a.3']],
    [INDIVIDUALS, ['III.2.b.1', 'III.2.b.2', 'III.2.b.3']],
  ]) {
    for (const id of ids) {
      rules.push(
        rule(
          `${id} not met`,
          {
            all: [
              { fact: 'category', operator: 'in', value: categories },
              { fact: id, operator: 'equal', value: 'not-met' },
            ],
          },
          'not-met',
          id,
        ),
        rule(
          `${id} unknown`,
          {
            all: [
              { fact: 'category', operator: 'in', value: categories },
              { fact: id, operator: 'notIn', value: ['met', 'not-met'] },
            ],
          },
          'unknown',
          id,
        ),
      );
    }
  }
  // III.4: a household's criteria are set by the annual guidance, not supplied: unknown.
  rules.push(rule('III.4 household criteria', { all: [{ fact: 'category', operator: 'in', value: HOUSEHOLDS }] }, 'unknown', 'III.4'));
  // III.3: when each form is given. An occasion the plan has: annual 2022–2025, preliminary 2023, final 2025.
  const notPlanOccasion = {
    any: [
      {
        all: [
          { fact: 'kind', operator: 'equal', value: 'annual' },
          {
            any: [
              { fact: 'year', operator: 'lessThan', value: 2022 },
              { fact: 'year', operator: 'greaterThan', value: 2025 },
            ],
          },
        ],
      },
      {
        all: [
          { fact: 'kind', operator: 'equal', value: 'preliminary-review' },
          { fact: 'year', operator: 'notEqual', value: 2023 },
        ],
      },
      {
        all: [
          { fact: 'kind', operator: 'equal', value: 'final-review' },
          { fact: 'year', operator: 'notEqual', value: 2025 },
        ],
      },
    ],
  };
  rules.push(
    rule(
      'III.3.a',
      {
        all: [
          { fact: 'form', operator: 'in', value: ['labor-order', 'pm-certificate'] },
          { any: [notPlanOccasion, { fact: 'kind', operator: 'equal', value: 'annual' }] },
        ],
      },
      'not-met',
      'III.3.a',
    ),
    rule('III.3.b', { all: [{ fact: 'form', operator: 'equal', value: 'provincial-certificate' }, notPlanOccasion] }, 'not-met', 'III.3.b'),
    rule('III.3.c', { all: [{ fact: 'form', operator: 'equal', value: 'director-certificate' }, notPlanOccasion] }, 'not-met', 'III.3.c'),
  );
  for (const r of rules) engine.addRule(r);
  return engine;
}

/** The facts of a nomination, flattened. */
export function factsOf(n) {
  const facts = {
    category: n.subject.category,
    contributes: n.subject.contributesToPovertyReduction,
    form: n.form,
    kind: n.occasion.kind,
    year: n.occasion.year,
  };
  const a = n.assessment;
  for (const id in a) facts[id] = a[id];
  return facts;
}

/** Combines the fired events into an outcome (three-valued, reading 5). */
export function outcomeOf(events) {
  let outcome = 'met';
  for (const e of events) {
    if (e.type === 'not-met') return 'not-met';
    outcome = 'unknown';
  }
  return outcome;
}

/** The engine's answer for one nomination: the outcome and the rules not met or unknown. */
export async function runEngine(engine, n) {
  const { events } = await engine.run(factsOf(n));
  return { outcome: outcomeOf(events), events };
}
