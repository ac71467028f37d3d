/**
 * The user guides in docs/ are checked against the code, so that they cannot drift from it:
 *
 * 1. docs/plan.md is generated whole: every clause of `plan.clauses` (id, Vietnamese, English),
 *    under the plan's headings, with the code that encodes it from the hand table `CODE` below.
 *    The table itself is checked: every linked file exists, mentions the clause (or its parent)
 *    and declares the names listed; a clause marked informative is cited by no rule in src/.
 * 2. docs/glossary.md: the tables of codes between `<!-- generated:NAME -->` and
 *    `<!-- /generated:NAME -->` are generated from `LABELS` and the code lists; every code of
 *    `LABELS` is in one of them. The rest of the page (the plan's key terms) is hand-written.
 * 3. docs/getting-started.md, docs/recipes.md and docs/activities.md: every ```ts block is type-checked against the
 *    sources (one TypeScript program, the options of tsconfig.json); every ```ts and ```js block
 *    that is not a vitest test file is run (as CommonJS, top-level `await` allowed, the package's names resolving to src/),
 *    in page order; a block followed by a paragraph `Output:` and a ```text block must print
 *    exactly that text (`Output (beginning):` — must begin with it). A ```sh block of one
 *    `npx thi-dua …` command followed by such an output block is run through the CLI, with the
 *    JSON files the page gives (a ```json block after a line ending in "`NAME.json`:") or that an
 *    earlier sample wrote with `writeFileSync`.
 *
 * To rewrite docs/plan.md, the generated parts of docs/glossary.md and the output blocks of the
 * samples after a change to the code (then review the diff):
 *
 *     UPDATE_DOCS=1 npx vitest run test/docs/plan-doc.test.ts
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format as formatLog } from 'node:util';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProgram } from '../../src/cli/program.js';
import { ACTIVITY_KIND_CLAUSES, ACTIVITY_KIND_FIGURES } from '../../src/activities/index.js';
import {
  ACTIVITY_KINDS,
  CAMPAIGN_EVENT_TYPES,
  CAMPAIGN_STATUSES,
  CAMPAIGN_TRANSITIONS,
  CLAUSE_IDS,
  type ClauseId,
  COMPLIANCE_STATUSES,
  CRITERION_IDS,
  criteriaFor,
  DECISIONS,
  decidingAuthorityOf,
  eligibilityClauseOf,
  FINAL_NOMINATION_STATUSES,
  isFormGivenAt,
  LABELS,
  LANGS,
  MILESTONE_IDS,
  MILESTONE_WINDOWS,
  NOMINATION_EVENT_TYPES,
  NOMINATION_STATUSES,
  NOMINATION_TRANSITIONS,
  OCCASION_KINDS,
  occasionsIn,
  OUTCOMES,
  plan,
  REWARD_FORMS,
  rewardClauseOf,
  ROLES,
  SUBJECT_CATEGORIES,
  SUBJECT_CLASSES,
  subjectClassOf,
} from '../../src/index.js';
import { COMPLIANCE_STATUS_LABELS, DECISION_LABELS } from '../../src/text/workflow.js';
import type { Text } from '../../src/core/types.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const UPDATE = process.env.UPDATE_DOCS === '1';
const HOW_TO_UPDATE = 'UPDATE_DOCS=1 npx vitest run test/docs/plan-doc.test.ts';
const posix = (path: string): string => path.split(sep).join('/');
const read = (page: string): string => readFileSync(join(ROOT, page), 'utf8');

const code = (s: string): string => `\`${s}\``;
/** Plain text as Markdown: the few characters that would start markup are escaped. */
const md = (s: string): string => s.replace(/([\\`*_<>[\]|#])/gu, '\\$1');

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

// ---------------------------------------------------------------------------------------------
// 1. docs/plan.md
// ---------------------------------------------------------------------------------------------

/** The plan's headings (they are not clauses), in the plan's words and in English. */
const SECTIONS: readonly { readonly id: string; readonly vi: string; readonly en: string }[] = [
  { id: 'I', vi: 'Mục đích, yêu cầu', en: 'Purpose and requirements' },
  { id: 'I.1', vi: 'Mục đích', en: 'Purposes' },
  { id: 'I.2', vi: 'Yêu cầu', en: 'Requirements' },
  { id: 'II', vi: 'Nội dung thi đua, giải pháp thực hiện', en: 'Emulation contents and solutions' },
  { id: 'II.1', vi: 'Nội dung thi đua', en: 'Emulation contents' },
  { id: 'II.2', vi: 'Giải pháp thực hiện', en: 'Solutions' },
  { id: 'III', vi: 'Khen thưởng', en: 'Rewards' },
  { id: 'III.1', vi: 'Đối tượng', en: 'Who may be rewarded' },
  { id: 'III.2', vi: 'Tiêu chí thi đua', en: 'Emulation criteria' },
  { id: 'III.3', vi: 'Hình thức khen thưởng', en: 'Reward forms' },
  { id: 'III.4', vi: 'Tiêu chuẩn', en: 'Standards' },
  { id: 'III.5', vi: 'Tiến độ thực hiện', en: 'Timeline' },
  { id: 'IV', vi: 'Tổ chức thực hiện', en: 'Organisation' },
  { id: 'IV.1', vi: 'Trưởng các phòng, ban, đơn vị', en: 'Heads of rooms, boards and units' },
  { id: 'IV.2', vi: 'Văn phòng Sở', en: "The Department's Office" },
  { id: 'IV.3', vi: 'Hội đồng Thi đua - Khen thưởng Sở GTVT', en: "The Department's Emulation and Reward Council" },
  { id: 'IV.4', vi: 'Đề nghị các tổ chức đoàn thể', en: 'Request to the mass organisations' },
];

/** One place in src/ that encodes a clause: a file and the names it declares for it. */
type Location = { readonly file: string; readonly names: readonly string[] };
/** How a clause is encoded: where, which readings of the register apply, and a note. */
type Encoding = { readonly at: readonly Location[]; readonly readings?: readonly number[]; readonly note?: string };
/** A clause that no rule decides on: the library carries its text only. */
type Informative = { readonly informative: true; readonly note?: string };

const at = (file: string, ...names: string[]): Location => ({ file, names });
const INFORMATIVE: Informative = { informative: true };

const SUBJECTS = at('src/rules/subjects.ts', 'checkEligibility', 'eligibilityClauseOf', 'subjectClassOf', 'isHousehold');
const CATEGORIES = at('src/core/codes.ts', 'SUBJECT_CATEGORIES', 'SUBJECT_CLASSES');
const CRITERIA = at('src/rules/criteria.ts', 'criteriaFor', 'evaluateCriteria');
const CRITERION_CODES = at('src/core/codes.ts', 'CRITERION_IDS');
const REWARDS = at('src/rules/rewards.ts', 'rewardClauseOf', 'isFormGivenAt', 'rewardFormsFor', 'timingFindingOf');
const DECIDERS = at('src/law/deciders.ts', 'decidingAuthorityOf', 'DECIDING_AUTHORITIES');
const NOMINATION = at('src/rules/nomination.ts', 'evaluateNomination');
const PROPOSALS = at('src/workflow/proposals.ts', 'compileProposalList');
const TIMELINE = at('src/rules/timeline.ts', 'MILESTONE_WINDOWS', 'milestonesOn');
const SCHEDULE = at('src/plan/schedule.ts', 'PLAN_SCHEDULE');
const CAMPAIGN_TABLE = at('src/workflow/campaign/table.ts', 'CAMPAIGN_TRANSITIONS');
const CAMPAIGN = at('src/workflow/campaign/machine.ts', 'applyCampaignEvent');
const COMPLIANCE = at('src/workflow/campaign/compliance.ts', 'campaignCompliance');
const NOMINATION_TABLE = at('src/workflow/nomination/table.ts', 'NOMINATION_TRANSITIONS');
const ACTIVITY_KINDS_AT = at('src/plan/activity-kinds.ts', 'ACTIVITY_KINDS', 'ACTIVITY_KIND_CLAUSES', 'ACTIVITY_KIND_FIGURES');
const activityType = (...names: string[]): Location => at('src/core/activity.ts', ...names);
const ACTIVITY_NOTE =
  ' Activities of this kind are recorded with `parseActivity` and counted by `summarizeActivities` (`./activities`, [docs/activities.md](activities.md)); a nomination may name them as evidence (`checkEvidence`), which never decides a criterion.';

/** The hand table: clause id → the code that encodes it, or informative. */
const CODE: { readonly [Id in ClauseId]: Encoding | Informative } = {
  'I.1.1': INFORMATIVE,
  'I.1.2': INFORMATIVE,
  'I.1.3': INFORMATIVE,
  'I.2.1': INFORMATIVE,
  'I.2.2': INFORMATIVE,
  'I.2.3': { informative: true, note: 'The rewards it calls for are those of section III.' },
  'II.1.a': {
    at: [SCHEDULE, at('src/rules/timeline.ts', 'CALENDAR_WINDOWS', 'milestonesOn'), ACTIVITY_KINDS_AT, activityType('FundContribution')],
    readings: [20, 26],
    note: `The yearly peak month “Vì người nghèo” (17 October – 18 November) and its first day, 17 October ([the movement's calendar](law.md#the-movements-calendar), confirmed), are the milestones \`peak-month\` and \`day-for-the-poor\` of each year 2022–2025; nothing is recorded for them, so \`campaignCompliance\` does not list them. Contributions of resources to the national programme are the activity kind \`fund-contribution\`.${ACTIVITY_NOTE}`,
  },
  'II.1.b': INFORMATIVE,
  'II.1.c': {
    at: [ACTIVITY_KINDS_AT, activityType('HouseholdSupport', 'SupportModel')],
    readings: [26],
    note: `Help for poor households and areas of special difficulty is the activity kind \`household-support\`; the forms and solutions that support the poor to work and produce may also be a \`support-model\`.${ACTIVITY_NOTE}`,
  },
  'II.1.d': {
    at: [ACTIVITY_KINDS_AT, activityType('SupportModel')],
    readings: [26],
    note: `Forms of help and production models with poor, near-poor and newly escaped households are the activity kind \`support-model\`.${ACTIVITY_NOTE}`,
  },
  'II.2.a': INFORMATIVE,
  'II.2.b': INFORMATIVE,
  'II.2.c': {
    at: [ACTIVITY_KINDS_AT, activityType('Publication')],
    readings: [26],
    note: `News items and articles on the Department's portal and website are the activity kind \`publication\`.${ACTIVITY_NOTE}`,
  },
  'II.2.d': INFORMATIVE,
  'III.1.1': {
    at: [SUBJECTS, CATEGORIES, NOMINATION],
    readings: [2, 3, 9],
    note: 'Units must have contributed to the poverty-reduction goal (`contributesToPovertyReduction`); households are eligible by the status the caller asserts.',
  },
  'III.1.2': {
    at: [SUBJECTS, CATEGORIES, NOMINATION],
    readings: [3],
    note: 'Công chức, viên chức and người lao động must have contributed (`contributesToPovertyReduction`; missing = `unknown`).',
  },
  'III.2.a.1': { at: [CRITERIA, CRITERION_CODES], readings: [4, 5] },
  'III.2.a.2': { at: [CRITERIA, CRITERION_CODES], readings: [4, 5] },
  'III.2.a.3': { at: [CRITERIA, CRITERION_CODES], readings: [4, 5] },
  'III.2.b': {
    at: [CRITERIA],
    readings: [4],
    note: 'Encoded through its three parts III.2.b.1–III.2.b.3, all required.',
  },
  'III.2.b.1': { at: [CRITERIA, CRITERION_CODES], readings: [4, 5] },
  'III.2.b.2': { at: [CRITERIA, CRITERION_CODES], readings: [4, 5] },
  'III.2.b.3': { at: [CRITERIA, CRITERION_CODES], readings: [4, 5] },
  'III.3.a': {
    at: [REWARDS, DECIDERS, NOMINATION_TABLE, PROPOSALS],
    readings: [1, 11, 12],
    note: 'Given only at the preliminary (2023) and final (2025) reviews; decided outside the Sở.',
  },
  'III.3.b': { at: [REWARDS, DECIDERS, NOMINATION_TABLE, PROPOSALS], readings: [1, 11, 12] },
  'III.3.c': {
    at: [REWARDS, DECIDERS, PROPOSALS],
    readings: [1, 6, 12],
    note: "The Director decides it inside the Sở after the council compiles it (the workflow's row cites IV.3.1).",
  },
  'III.4': {
    at: [
      CRITERIA,
      at('src/rules/options-layer.ts', 'addGuidanceCriteria', 'guidanceCriteria'),
      at('src/guidance/guidance.ts', 'Guidance', 'defineGuidance'),
      at('src/rules/options.ts', 'EvaluationOptions'),
    ],
    readings: [2],
    note: "The standards are not in the plan: they come with the annual guidance of Sở Nội vụ, given as data (`defineGuidance`) through `options.guidance`. Without it a household's criteria evaluate `unknown` with a finding citing III.4; with it, the guidance's criteria follow the plan's and the III.4 finding cites the guidance.",
  },
  'III.5.1': {
    at: [SCHEDULE, TIMELINE, CAMPAIGN_TABLE, CAMPAIGN, COMPLIANCE, at('src/workflow/kernel/steps.ts', 'PLAN_FIRST_DAY')],
    readings: [8, 31],
    note: 'Nothing under the plan is dated before 2022-09-26, the day of the provincial plan it implements: no nomination event, no launch.',
  },
  'III.5.2': {
    at: [SCHEDULE, TIMELINE, CAMPAIGN_TABLE, CAMPAIGN, COMPLIANCE, at('src/rules/rewards.ts', 'occasionsIn')],
    readings: [1, 8],
  },
  'III.5.3': {
    at: [SCHEDULE, TIMELINE, CAMPAIGN_TABLE, CAMPAIGN, COMPLIANCE, at('src/rules/rewards.ts', 'occasionsIn')],
    readings: [1, 8],
  },
  'III.5.4': { at: [SCHEDULE, TIMELINE, CAMPAIGN_TABLE, CAMPAIGN, COMPLIANCE], readings: [8] },
  'IV.1.1': INFORMATIVE,
  'IV.1.2': {
    at: [NOMINATION_TABLE, at('src/core/inputs.ts', 'Nomination'), at('src/workflow/nomination/step.ts', 'checkNominationStep')],
    readings: [14, 31, 32],
    note: 'The unit head proposes (PROPOSE, only when the nomination evaluates `met`, and within the occasion’s year: "Trong năm"), amends the nomination before it is sent (AMEND), submits and may withdraw; `proposingUnit` names the unit. `applyNominationEvent` ([`src/workflow/nomination/machine.ts`](../src/workflow/nomination/machine.ts)) runs the rows.',
  },
  'IV.2': {
    at: [ACTIVITY_KINDS_AT, activityType('Publication')],
    readings: [26],
    note: `The Office appears as the role \`department-office\`, which may return a dossier (a row that cites IV.1.2: the units send their dossiers to the council “qua Văn phòng Sở”). Its information work is the activity kind \`publication\`.${ACTIVITY_NOTE}`,
  },
  'IV.3.1': {
    at: [NOMINATION_TABLE, PROPOSALS, at('src/cli/commands/proposals.ts', 'renderProposals')],
    readings: [6],
    note: 'The council returns or compiles what the units submit; the Director decides his Giấy khen; `thi-dua proposals` prints the list.',
  },
  'IV.3.2': {
    at: [NOMINATION_TABLE],
    readings: [6],
    note: 'Every form but the Giấy khen is selected and forwarded to the provincial council, which may return it.',
  },
  'IV.4': {
    at: [ACTIVITY_KINDS_AT, activityType('FundContribution', 'GiftOrVisit')],
    readings: [26, 27],
    note: `The role \`mass-organization\` exists (ROLES) but takes no step in the workflow. Contributions to the Fund for the Poor are the activity kind \`fund-contribution\`, gifts and visits \`gift-or-visit\`.${ACTIVITY_NOTE}`,
  },
};

const isInformative = (e: Encoding | Informative): e is Informative => 'informative' in e;

/** The GitHub anchor of a heading made of a clause id alone: `III.2.b.1` → `iii2b1`. */
const anchorOf = (id: string): string => id.toLowerCase().replace(/[^a-z0-9]/gu, '');

function linkOf(location: Location): string {
  return `[${code(location.file)}](../${location.file})`;
}

function encodingText(id: ClauseId): string {
  const e = CODE[id];
  if (isInformative(e)) {
    return `**Code:** informative (no rule) — the library carries the text, \`clause('${id}')\`.${e.note === undefined ? '' : ` ${e.note}`}`;
  }
  const places = e.at.map((l) => `${linkOf(l)} (${l.names.map(code).join(', ')})`).join('; ');
  const readings =
    e.readings === undefined || e.readings.length === 0
      ? ''
      : ` ${e.readings.length === 1 ? 'Reading' : 'Readings'} ${e.readings.join(', ')} of the [interpretations register](interpretations.md).`;
  return [`**Code:** ${places}.${readings}`, ...(e.note === undefined ? [] : ['', e.note])].join('\n');
}

function sectionOf(id: string): (typeof SECTIONS)[number] | undefined {
  // The deepest heading whose id is a prefix of the clause's.
  return [...SECTIONS].reverse().find((s) => id === s.id || id.startsWith(`${s.id}.`));
}

function planDoc(): string {
  const encoded = CLAUSE_IDS.filter((id) => !isInformative(CODE[id])).length;
  const out: string[] = [
    '<!-- Generated by test/docs/plan-doc.test.ts from plan.clauses and its table CODE: do not edit by hand. -->',
    `<!-- To regenerate: ${HOW_TO_UPDATE} -->`,
    '',
    '# The plan, clause by clause',
    '',
    `${plan.title.vi} — ${md(plan.issuer.vi)}, implementing Kế hoạch số ${plan.legalBasis.number} of ${plan.legalBasis.date} of the ${md(plan.legalBasis.issuer.en)}.`,
    '',
    `The plan has ${plan.clauses.length} clauses. For each: its id (the plan's own numbering; unnumbered bullets get .1, .2, … in reading order), the Vietnamese text verbatim from the plan, the library's English rendering (both from \`plan.clauses\`, also \`clause(id)\`), and the code that encodes it. ${encoded} clauses carry rules; the others are informative: the library keeps their text but no function decides on them. Findings name the clause they apply in their \`rule\` field.`,
    '',
    "The full text of the plan is [`source/ke-hoach-thi-dua-vi-nguoi-ngheo-2021-2025.txt`](../source/ke-hoach-thi-dua-vi-nguoi-ngheo-2021-2025.txt); where the plan is silent or loose, the library's readings are in the [interpretations register](interpretations.md).",
    '',
    '## At a glance',
    '',
    table(
      ['clause', 'encoded in'],
      CLAUSE_IDS.map((id) => {
        const e = CODE[id];
        const where = isInformative(e)
          ? 'informative (no rule)'
          : [...new Set(e.at.map((l) => l.file))].map((f) => `[${code(f)}](../${f})`).join(', ');
        return [`[${id}](#${anchorOf(id)})`, where];
      }),
    ),
  ];
  let open: string | undefined;
  for (const c of plan.clauses) {
    const section = sectionOf(c.id);
    const top = SECTIONS.find((s) => s.id === c.id.split('.')[0]);
    for (const s of [top, section]) {
      if (s === undefined || open === s.id || open?.startsWith(`${s.id}.`)) continue;
      const level = s.id.includes('.') ? '###' : '##';
      out.push('', `${level} ${s.id}${s.id.includes('.') ? '' : '.'} ${s.vi} — ${s.en}`);
      open = s.id;
    }
    out.push('', `#### ${c.id}`, '', `> ${md(c.vi)}`, '', md(c.en), '', encodingText(c.id));
  }
  return `${out.join('\n')}\n`;
}

/** Whether a file mentions a clause id, or its parent (III.5 for III.5.1), as a whole token. */
function mentions(text: string, id: string): boolean {
  const parts = id.split('.');
  const ids = parts.length > 2 ? [id, parts.slice(0, -1).join('.')] : [id];
  return ids.some((x) => new RegExp(`(?<![A-Za-z0-9.])${x.replace(/\./gu, '\\.')}(?![A-Za-z0-9])`, 'u').test(text));
}

/**
 * The code of the src files that hold rules — not the clause texts, names, samples, fixtures or
 * messages — without its comments (doc examples cite clauses too).
 */
function ruleFiles(): { file: string; text: string }[] {
  const skip = /^src\/(plan\/clauses|plan\/names|text\/|testing\/|sample)/u;
  return (ts.sys.readDirectory(join(ROOT, 'src'), ['.ts']) as string[])
    .map((path) => posix(relative(ROOT, path)))
    .filter((file) => !skip.test(file))
    .map((file) => ({
      file,
      text: read(file)
        .replace(/\/\*[\s\S]*?\*\//gu, '')
        .replace(/^\s*\/\/.*$/gmu, ''),
    }));
}

describe('docs/plan.md', () => {
  it(`is generated from plan.clauses and the table CODE (${HOW_TO_UPDATE})`, () => {
    const expected = planDoc();
    if (UPDATE) writeFileSync(join(ROOT, 'docs/plan.md'), expected);
    expect(read('docs/plan.md')).toBe(expected);
  });

  it('lists every clause, in the order of CLAUSE_IDS, with its text in both languages', () => {
    const doc = planDoc();
    const headings = [...doc.matchAll(/^#### (\S+)$/gmu)].map((m) => m[1]);
    expect(headings).toEqual([...CLAUSE_IDS]);
    for (const c of plan.clauses) expect(doc).toContain(`> ${md(c.vi)}\n\n${md(c.en)}\n`);
    // Every clause falls under a heading of its own section.
    for (const id of CLAUSE_IDS) expect(sectionOf(id), id).toBeDefined();
  });

  describe.each(CLAUSE_IDS.filter((id) => !isInformative(CODE[id])))('%s', (id) => {
    const e = CODE[id] as Encoding;
    it.each(e.at.map((l) => [l.file, l] as const))('%s exists, mentions the clause and declares the names', (_file, location) => {
      expect(existsSync(join(ROOT, location.file)), location.file).toBe(true);
      const text = read(location.file);
      expect(mentions(text, id), `${location.file} does not mention ${id}`).toBe(true);
      for (const name of location.names) {
        expect(text, `${location.file} declares ${name}`).toMatch(
          new RegExp(`(function|const|let|type|interface|class)\\s+${name}\\b`, 'u'),
        );
      }
    });
  });

  it('marks informative only clauses that no rule in src/ cites', () => {
    const files = ruleFiles();
    for (const id of CLAUSE_IDS.filter((x) => isInformative(CODE[x]))) {
      const citing = files.filter((f) => f.text.includes(`'${id}'`)).map((f) => f.file);
      expect(citing, `${id} is cited by a rule now: add it to CODE in this test`).toEqual([]);
    }
  });

  it('links every clause that a rule cites to the files that cite it', () => {
    const files = ruleFiles();
    for (const id of CLAUSE_IDS.filter((x) => !isInformative(CODE[x]))) {
      const linked = new Set((CODE[id] as Encoding).at.map((l) => l.file));
      const citing = files.filter((f) => f.text.includes(`clause: '${id}'`) || f.text.includes(`rule: '${id}'`));
      for (const f of citing) expect(linked.has(f.file), `${f.file} cites ${id}: link it in CODE`).toBe(true);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// 2. docs/glossary.md
// ---------------------------------------------------------------------------------------------

const names = (t: Text): [string, string] => [t.vi, t.en];
const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];
const codes = (xs: readonly string[]): string => xs.map(code).join(', ');
const YEARS = [2021, 2022, 2023, 2024, 2025, 2026];

/** Each generated table of the glossary: its region name and the codes it covers. */
const GLOSSARY: Readonly<Record<string, { readonly codes: readonly string[]; readonly render: () => string }>> = {
  'subject-categories': {
    codes: SUBJECT_CATEGORIES,
    render: () =>
      table(
        ['code', 'Tiếng Việt', 'English', 'class', 'clause'],
        SUBJECT_CATEGORIES.map((c) => [code(c), ...names(LABELS[c]), code(subjectClassOf(c)), eligibilityClauseOf(c)]),
      ),
  },
  'subject-classes': {
    codes: SUBJECT_CLASSES,
    render: () =>
      table(
        ['code', 'Tiếng Việt', 'English', 'categories'],
        SUBJECT_CLASSES.map((k) => [code(k), ...names(LABELS[k]), codes(SUBJECT_CATEGORIES.filter((c) => subjectClassOf(c) === k))]),
      ),
  },
  'reward-forms': {
    codes: REWARD_FORMS,
    render: () =>
      table(
        ['code', 'Tiếng Việt', 'English', 'clause', 'given at', 'decided by'],
        REWARD_FORMS.map((f) => [
          code(f),
          ...names(LABELS[f]),
          rewardClauseOf(f),
          codes(OCCASION_KINDS.filter((kind) => YEARS.some((year) => isFormGivenAt(f, { kind, year })))),
          code(decidingAuthorityOf(f)),
        ]),
      ),
  },
  'occasion-kinds': {
    codes: OCCASION_KINDS,
    render: () =>
      table(
        ['code', 'Tiếng Việt', 'English', 'years'],
        OCCASION_KINDS.map((k) => [code(k), ...names(LABELS[k]), YEARS.filter((y) => occasionsIn(y).some((o) => o.kind === k)).join(', ')]),
      ),
  },
  criteria: {
    codes: CRITERION_IDS,
    render: () =>
      table(
        ['code (= clause)', 'Tiếng Việt', 'English', 'categories'],
        CRITERION_IDS.map((id) => [
          `[${code(id)}](plan.md#${anchorOf(id)})`,
          ...names(LABELS[id]),
          codes(SUBJECT_CATEGORIES.filter((c) => criteriaFor(c).some((criterion) => criterion.id === id))),
        ]),
      ),
  },
  roles: {
    codes: ROLES,
    render: () =>
      table(
        ['code', 'Tiếng Việt', 'English', 'steps it takes'],
        ROLES.map((r) => {
          const steps = unique([
            ...NOMINATION_TRANSITIONS.filter((t) => t.by === r).map((t) => t.event),
            ...CAMPAIGN_TRANSITIONS.filter((t) => t.by === r).map((t) => t.event),
          ]);
          return [code(r), ...names(LABELS[r]), steps.length === 0 ? '—' : codes(steps)];
        }),
      ),
  },
  milestones: {
    codes: MILESTONE_IDS,
    render: () =>
      table(
        ['code', 'Tiếng Việt', 'English', 'clause', 'windows'],
        MILESTONE_IDS.map((m) => {
          const windows = MILESTONE_WINDOWS.filter((w) => w.milestone === m);
          return [
            code(m),
            ...names(LABELS[m]),
            unique(windows.map((w) => w.rule)).join(', '),
            windows.map((w) => `${w.from}..${w.to}`).join(', '),
          ];
        }),
      ),
  },
  outcomes: {
    codes: [...OUTCOMES, ...LANGS],
    render: () =>
      [
        table(
          ['code', 'Tiếng Việt', 'English'],
          OUTCOMES.map((o) => [code(o), ...names(LABELS[o])]),
        ),
        '',
        'The two languages (`Lang`) are codes too:',
        '',
        table(
          ['code', 'Tiếng Việt', 'English'],
          LANGS.map((l) => [code(l), ...names(LABELS[l])]),
        ),
      ].join('\n'),
  },
  'nomination-statuses': {
    codes: NOMINATION_STATUSES,
    render: () =>
      table(
        ['code', 'Tiếng Việt', 'English', 'final'],
        NOMINATION_STATUSES.map((s) => [
          code(s),
          ...names(LABELS[s]),
          (FINAL_NOMINATION_STATUSES as readonly string[]).includes(s) ? 'yes' : '',
        ]),
      ),
  },
  'nomination-events': {
    codes: ['CREATE', ...NOMINATION_EVENT_TYPES, ...DECISIONS],
    render: () =>
      [
        table(
          ['code', 'Tiếng Việt', 'English', 'by', 'clauses'],
          [
            [code('CREATE'), ...names(LABELS.CREATE), '—', '—'],
            ...NOMINATION_EVENT_TYPES.map((e) => {
              const rows = NOMINATION_TRANSITIONS.filter((t) => t.event === e);
              return [code(e), ...names(LABELS[e]), codes(unique(rows.map((t) => t.by))), unique(rows.map((t) => t.clause)).join(', ')];
            }),
          ],
        ),
        '',
        'A `DECIDE` event carries a `decision`:',
        '',
        table(
          ['code', 'Tiếng Việt', 'English'],
          DECISIONS.map((d) => [code(d), ...names(DECISION_LABELS[d])]),
        ),
      ].join('\n'),
  },
  'activity-kinds': {
    codes: ACTIVITY_KINDS,
    render: () =>
      table(
        ['code', 'Tiếng Việt', 'English', 'clauses', 'figures required', 'figures optional'],
        ACTIVITY_KINDS.map((k) => [
          code(k),
          ...names(LABELS[k]),
          ACTIVITY_KIND_CLAUSES[k].join(', '),
          ACTIVITY_KIND_FIGURES[k].required.length === 0 ? '—' : codes(ACTIVITY_KIND_FIGURES[k].required),
          ACTIVITY_KIND_FIGURES[k].optional.length === 0 ? '—' : codes(ACTIVITY_KIND_FIGURES[k].optional),
        ]),
      ),
  },
  'campaign-statuses': {
    codes: CAMPAIGN_STATUSES,
    render: () =>
      table(
        ['code', 'Tiếng Việt', 'English'],
        CAMPAIGN_STATUSES.map((s) => [code(s), ...names(LABELS[s])]),
      ),
  },
  'campaign-events': {
    codes: [...CAMPAIGN_EVENT_TYPES, ...COMPLIANCE_STATUSES],
    render: () =>
      [
        table(
          ['code', 'Tiếng Việt', 'English', 'by', 'milestone', 'clause'],
          CAMPAIGN_EVENT_TYPES.map((e) => {
            const rows = CAMPAIGN_TRANSITIONS.filter((t) => t.event === e);
            return [
              code(e),
              ...names(LABELS[e]),
              codes(unique(rows.map((t) => t.by))),
              codes(unique(rows.map((t) => t.milestone))),
              unique(rows.map((t) => t.clause)).join(', '),
            ];
          }),
        ),
        '',
        'The statuses of a milestone in `campaignCompliance`:',
        '',
        table(
          ['code', 'Tiếng Việt', 'English'],
          COMPLIANCE_STATUSES.map((s) => [code(s), ...names(COMPLIANCE_STATUS_LABELS[s])]),
        ),
      ].join('\n'),
  },
};

function region(name: string): RegExp {
  return new RegExp(`(<!-- generated:${name} -->)([\\s\\S]*?)(<!-- /generated:${name} -->)`, 'u');
}

describe('docs/glossary.md', () => {
  it(`has its tables of codes up to date with LABELS and the code lists (${HOW_TO_UPDATE})`, () => {
    let text = read('docs/glossary.md');
    for (const [name, { render }] of Object.entries(GLOSSARY)) {
      const pattern = region(name);
      expect(text, `region ${name}`).toMatch(pattern);
      if (UPDATE) text = text.replace(pattern, (_all, open: string, _old: string, close: string) => `${open}\n${render()}\n${close}`);
      else expect(pattern.exec(text)?.[2], `region ${name} (run ${HOW_TO_UPDATE})`).toBe(`\n${render()}\n`);
    }
    if (UPDATE) writeFileSync(join(ROOT, 'docs/glossary.md'), text);
  });

  it('covers every code that has a label', () => {
    const covered = new Set(Object.values(GLOSSARY).flatMap((g) => g.codes));
    expect(Object.keys(LABELS).filter((c) => !covered.has(c))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// 3. The samples of docs/getting-started.md, docs/recipes.md and docs/activities.md
// ---------------------------------------------------------------------------------------------

const PAGES = ['docs/getting-started.md', 'docs/recipes.md', 'docs/activities.md'] as const;
const PACKAGE = 'thi-dua-vi-nguoi-ngheo';
const ENTRY_POINTS: Readonly<Record<string, string>> = {
  [PACKAGE]: 'src/index.ts',
  [`${PACKAGE}/schemas`]: 'src/schemas.ts',
  [`${PACKAGE}/testing`]: 'src/testing/index.ts',
  [`${PACKAGE}/testing/arbitraries`]: 'src/testing/arbitraries.ts',
  [`${PACKAGE}/activities`]: 'src/activities/index.ts',
};
/** Modules that make a sample a vitest test file: type-checked, not run. */
const TEST_MODULES = ['vitest', '@fast-check/vitest'];

/** A fenced block of a page: its info string, its lines (0-based, fences excluded) and text. */
type Block = { readonly lang: string; readonly open: number; readonly close: number; readonly body: string; readonly lead: string };

/** The fenced blocks of a page, each with the prose between it and the block before (`lead`). */
function blocksOf(text: string): Block[] {
  const lines = text.split('\n');
  const blocks: Block[] = [];
  let open = -1;
  let lang = '';
  let after = 0; // the first line after the previous block
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (open < 0) {
      const m = /^```(\w*)\s*$/u.exec(line);
      if (m !== null) {
        open = i;
        lang = m[1] ?? '';
      }
    } else if (/^```\s*$/u.test(line)) {
      const lead = lines.slice(after, open).join('\n').trim();
      blocks.push({ lang, open, close: i, body: lines.slice(open + 1, i).join('\n'), lead });
      open = -1;
      after = i + 1;
    }
  }
  return blocks;
}

/** A sample and what checks it: the output block after it (`Output:`) and whether it is a prefix. */
type Sample = {
  readonly page: string;
  readonly block: Block;
  readonly kind: 'ts' | 'js' | 'cli' | 'file';
  readonly output?: { readonly block: Block; readonly prefix: boolean };
  readonly fileName?: string;
  readonly virtualPath?: string;
};

function samplesOf(page: string): Sample[] {
  const blocks = blocksOf(read(page));
  const samples: Sample[] = [];
  blocks.forEach((block, i) => {
    const next = blocks[i + 1];
    const output =
      next !== undefined && next.lang === 'text' && (next.lead === 'Output:' || next.lead === 'Output (beginning):')
        ? { block: next, prefix: next.lead !== 'Output:' }
        : undefined;
    const base = { page, block, ...(output === undefined ? {} : { output }) };
    if (block.lang === 'ts') samples.push({ ...base, kind: 'ts', virtualPath: join(ROOT, `${page}.sample-L${block.open + 2}.ts`) });
    else if (block.lang === 'js') samples.push({ ...base, kind: 'js' });
    else if (block.lang === 'sh' && output !== undefined && /^npx thi-dua\b/u.test(block.body.trim()))
      samples.push({ ...base, kind: 'cli' });
    else if (block.lang === 'json') {
      const name = /`([\w.-]+\.json)`:?$/u.exec(block.lead.split('\n').at(-1) ?? '')?.[1];
      if (name !== undefined) samples.push({ ...base, kind: 'file', fileName: name });
    }
  });
  return samples;
}

const SAMPLES = PAGES.flatMap(samplesOf);
const TS_SAMPLES = SAMPLES.filter((s) => s.kind === 'ts');
const BY_VIRTUAL_PATH = new Map(TS_SAMPLES.map((s) => [s.virtualPath as string, s]));

const importsOf = (source: string): string[] => [...source.matchAll(/^import\s[^;]*?from\s+'([^']+)';/gmsu)].map((m) => m[1] as string);
const isTestFile = (sample: Sample): boolean => importsOf(sample.block.body).some((m) => TEST_MODULES.includes(m));
const where = (sample: Sample): string => `${sample.page}:${sample.block.open + 1}`;

/** Type-checks every ```ts sample in one program; returns the errors of each, by virtual path. */
function typeCheck(): { global: string[]; bySample: Map<string, string[]> } {
  const configPath = join(ROOT, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT, undefined, configPath);
  const options: ts.CompilerOptions = {
    ...parsed.options,
    noEmit: true,
    noUnusedLocals: false,
    noUnusedParameters: false,
    paths: Object.fromEntries(Object.entries(ENTRY_POINTS).map(([name, file]) => [name, [join(ROOT, file)]])),
  };
  const host = ts.createCompilerHost(options, true);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (name) => BY_VIRTUAL_PATH.has(name) || fileExists.call(host, name);
  host.readFile = (name) => BY_VIRTUAL_PATH.get(name)?.block.body ?? readFile.call(host, name);
  host.getSourceFile = (name, version, onError, create) => {
    const sample = BY_VIRTUAL_PATH.get(name);
    return sample === undefined
      ? getSourceFile.call(host, name, version, onError, create)
      : ts.createSourceFile(name, `${sample.block.body}\nexport {};\n`, version, true, ts.ScriptKind.TS);
  };
  const program = ts.createProgram({ rootNames: [...BY_VIRTUAL_PATH.keys()], options, host });
  const describeDiagnostic = (d: ts.Diagnostic): string => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n    ');
    const sample = d.file === undefined ? undefined : BY_VIRTUAL_PATH.get(d.file.fileName);
    if (d.file === undefined || sample === undefined || d.start === undefined) return `TS${d.code}: ${message}`;
    const { line } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${sample.page}:${sample.block.open + 2 + line} TS${d.code}: ${message}`;
  };
  const bySample = new Map<string, string[]>();
  for (const path of BY_VIRTUAL_PATH.keys()) {
    const file = program.getSourceFile(path);
    const diagnostics = file === undefined ? [] : [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)];
    bySample.set(path, diagnostics.map(describeDiagnostic));
  }
  return { global: [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()].map(describeDiagnostic), bySample };
}

/** The modules a sample may import when it runs: the package (from src/) and its dependencies. */
async function loadModules(): Promise<Map<string, unknown>> {
  const modules = new Map<string, unknown>();
  modules.set(PACKAGE, await import('../../src/index.js'));
  modules.set(`${PACKAGE}/schemas`, await import('../../src/schemas.js'));
  modules.set(`${PACKAGE}/testing`, await import('../../src/testing/index.js'));
  modules.set(`${PACKAGE}/testing/arbitraries`, await import('../../src/testing/arbitraries.js'));
  modules.set(`${PACKAGE}/activities`, await import('../../src/activities/index.js'));
  modules.set('zod', await import('zod'));
  modules.set('fast-check', await import('fast-check'));
  modules.set('@electric-sql/pglite', await import('@electric-sql/pglite'));
  return modules;
}

/** The constructor of async functions: a sample may `await` at its top level (recipe 2's database). */
const AsyncFunction = (async () => {}).constructor as new (...args: string[]) => (...args: unknown[]) => Promise<void>;

/**
 * The environment the samples read: recipe 2 takes its seal key from `NOMINATION_SEAL_KEY`, as an
 * application would (a fixed key here, so that the output is the same every run).
 */
const SAMPLE_ENV = { NOMINATION_SEAL_KEY: 'docs sample key: 9f0c1e2d3b4a59687766554433221100' };

/** Runs a sample as CommonJS (its top-level `await`s awaited); `node:fs` writes go to `dir`. Returns what it printed. */
async function runSample(source: string, modules: Map<string, unknown>, dir: string): Promise<string> {
  const js = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  }).outputText;
  const printed: string[] = [];
  const print = (...args: unknown[]): void => {
    printed.push(formatLog(...args));
  };
  const fakeConsole = { log: print, info: print, warn: print, error: print };
  const fs = {
    writeFileSync: (path: string, data: string) => writeFileSync(join(dir, path), data),
    readFileSync: (path: string, encoding?: BufferEncoding) => readFileSync(join(dir, path), encoding),
  };
  const requireModule = (name: string): unknown => {
    if (name === 'node:fs' || name === 'fs') return fs;
    if (!modules.has(name)) throw new Error(`a sample imports ${name}, which this test does not provide`);
    return { __esModule: true, ...(modules.get(name) as object) };
  };
  const module = { exports: {} };
  const process = { ...globalThis.process, env: { ...globalThis.process.env, ...SAMPLE_ENV } };
  await new AsyncFunction('require', 'module', 'exports', 'console', 'process', js)(
    requireModule,
    module,
    module.exports,
    fakeConsole,
    process,
  );
  return printed.length === 0 ? '' : `${printed.join('\n')}\n`;
}

/** Runs one `npx thi-dua …` line through the program, files read from `dir`. */
async function runCli(line: string, dir: string): Promise<string> {
  const args = line
    .trim()
    .split(/\s+/u)
    .slice(2)
    .map((arg) => (existsSync(join(dir, arg)) ? join(dir, arg) : arg));
  const printed: string[] = [];
  await runProgram(args, { out: (s) => printed.push(s), err: (s) => printed.push(s), now: () => new Date('2024-03-15T03:00:00Z') });
  return `${printed.join('\n')}\n`;
}

/** Output blocks to rewrite (UPDATE_DOCS=1): page → [block, new body]. */
const rewrites = new Map<string, { block: Block; body: string }[]>();

function checkOutput(sample: Sample, printed: string): void {
  const output = sample.output;
  if (output === undefined) return;
  const expected = `${output.block.body}\n`;
  if (UPDATE && !output.prefix) {
    const list = rewrites.get(sample.page) ?? [];
    list.push({ block: output.block, body: printed.replace(/\n$/u, '') });
    rewrites.set(sample.page, list);
    return;
  }
  if (output.prefix) expect(printed.startsWith(expected), `${where(sample)} prints:\n${printed}`).toBe(true);
  else expect(printed, `${where(sample)} (run ${HOW_TO_UPDATE} to rewrite the output blocks)`).toBe(expected);
}

describe('the samples of the guides', () => {
  let checked: ReturnType<typeof typeCheck>;
  let modules: Map<string, unknown>;
  let dir: string;

  beforeAll(async () => {
    checked = typeCheck();
    modules = await loadModules();
    dir = mkdtempSync(join(tmpdir(), 'thi-dua-docs-'));
  }, 120_000);

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    for (const [page, list] of rewrites) {
      const lines = read(page).split('\n');
      for (const { block, body } of [...list].sort((a, b) => b.block.open - a.block.open)) {
        lines.splice(block.open + 1, block.close - block.open - 1, ...body.split('\n'));
      }
      writeFileSync(join(ROOT, page), lines.join('\n'));
    }
  });

  it('finds the samples, and they build one program without option errors', () => {
    for (const page of PAGES) expect(TS_SAMPLES.filter((s) => s.page === page).length, page).toBeGreaterThan(0);
    expect(checked.global).toEqual([]);
  });

  for (const page of PAGES) {
    describe(page, () => {
      for (const sample of SAMPLES.filter((s) => s.page === page)) {
        const title = `${sample.kind} block at line ${sample.block.open + 1}`;
        if (sample.kind === 'file') {
          it(`${title} is the file ${sample.fileName}`, () => {
            expect(() => JSON.parse(sample.block.body)).not.toThrow();
            writeFileSync(join(dir, sample.fileName as string), `${sample.block.body}\n`);
          });
        } else if (sample.kind === 'cli') {
          it(`${title} prints its output`, async () => checkOutput(sample, await runCli(sample.block.body, dir)));
        } else {
          it(`${title} ${sample.kind === 'ts' ? 'type-checks and ' : ''}runs${sample.output === undefined ? '' : ', printing its output'}`, {
            timeout: 60_000,
          }, async () => {
            if (sample.kind === 'ts') expect(checked.bySample.get(sample.virtualPath as string)).toEqual([]);
            if (isTestFile(sample)) return; // a vitest file: type-checked only (docs/recipes.md says how it was run)
            checkOutput(sample, await runSample(sample.block.body, modules, dir));
          });
        }
      }
    });
  }
});
