/**
 * The built `thi-dua` binary (dist/cli.js, built by `pretest`), run as a user runs it: real
 * process, real files, exit codes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sampleNominations } from '../../src/testing/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = join(ROOT, 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'thi-dua-bin-'));

function thiDua(...args: string[]): { code: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(process.execPath, [BIN, ...args], { encoding: 'utf8', stdio: 'pipe' });
    return { code: 0, stdout, stderr: '' };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the built thi-dua binary', () => {
  it('exists (npm test builds it first)', () => {
    expect(existsSync(BIN)).toBe(true);
  });

  it('demo: exit 0, Vietnamese by default, English with --lang en', () => {
    const vi = thiDua('demo');
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain('Kết quả: ✓ Đạt');
    expect(thiDua('demo', '--lang', 'en').stdout).toContain('Outcome: ✓ Met');
  });

  it('check: a good file exits 0; a file with a bad entry exits 1 naming the field; a usage error exits 2', () => {
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify(sampleNominations));
    expect(thiDua('check', good).code).toBe(0);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify([sampleNominations[0], { ...sampleNominations[1], form: 'medal' }]));
    const result = thiDua('check', bad, '--lang', 'en');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('    form: Invalid value');
    expect(result.stdout).toContain('#1 SK2023-01');
    expect(thiDua('check').code).toBe(2);
    expect(thiDua('check', join(dir, 'missing.json')).code).toBe(2);
  });

  it('timeline and --help', () => {
    expect(thiDua('timeline', '--on', '2025-06-01', '--lang', 'en').stdout).toContain('the final review of 2025');
    const help = thiDua('proposals', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--occasion');
  });
});
