#!/usr/bin/env node
// Fails when src/ changed since the last release without a pending changeset. The last release is
// the last commit that wrote CHANGELOG.md (`changeset version` does); before any release, the
// first commit. Works on a plain clone of main, with no pull-request base.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).trim();
const release = git('log', '-1', '--format=%H', '--', 'CHANGELOG.md') || git('rev-list', '--max-parents=0', 'HEAD').split('\n').pop();
const changedSrc = git('diff', '--name-only', `${release}..HEAD`, '--', 'src');
const pending = readdirSync('.changeset').filter((f) => f.endsWith('.md') && f !== 'README.md');
const ok = changedSrc === '' || pending.length > 0;
console.log(
  ok
    ? `changeset: ${changedSrc === '' ? 'src/ unchanged since the last release' : `${pending.length} pending changeset(s) for the changes under src/`}`
    : `changeset: src/ changed since ${release.slice(0, 7)} without a changeset — run \`npx changeset\` and describe the change for users:\n${changedSrc}`,
);
process.exitCode = ok ? 0 : 1;
