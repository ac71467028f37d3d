import { describe, expect, it, vi } from 'vitest';

async function runCli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  vi.resetModules();
  const saved = process.argv;
  const out: string[] = [];
  const err: string[] = [];
  const writeOut = vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
    out.push(String(s));
    return true;
  });
  const writeErr = vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
    err.push(String(s));
    return true;
  });
  process.argv = ['node', 'thi-dua', ...argv];
  try {
    await import('../../src/cli/main.js');
    return { code: Number(process.exitCode ?? 0), out: out.join(''), err: err.join('') };
  } finally {
    process.argv = saved;
    process.exitCode = undefined;
    writeOut.mockRestore();
    writeErr.mockRestore();
  }
}

describe('thi-dua demo', () => {
  it('prints every sample nomination with its outcome and findings, in Vietnamese by default', async () => {
    const { code, out } = await runCli(['demo']);
    expect(code).toBe(0);
    expect(out).toContain('SK2023-01 — Ban Quản lý dự án');
    expect(out).toContain('Kết quả: ✗ Không đạt');
    expect(out).toContain('III.3.a: Bằng khen của Thủ tướng Chính phủ chỉ xét vào dịp sơ kết, tổng kết; dịp này là khen thưởng hằng năm 2024.');
    expect(out).toContain('Còn thiếu để kết luận: III.2.a.2');
    expect(out.match(/^(SK|HN)20\d\d-\d\d — /gm)).toHaveLength(8);
  });

  it('--lang en prints English', async () => {
    const { code, out } = await runCli(['demo', '--lang', 'en']);
    expect(code).toBe(0);
    expect(out).toContain('Outcome: ✓ Met');
    expect(out).toContain('III.4: the plan sets no criteria for a newly escaped-poverty household');
    expect(out).not.toContain('Kết quả');
  });

  it('--lang=en works too; --help prints usage', async () => {
    expect((await runCli(['demo', '--lang=en'])).out).toContain('Outcome');
    const help = await runCli(['--help', '--lang', 'en']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('Usage:');
  });

  it.each([[[]], [['nonsense']], [['demo', '--lang', 'fr']], [['demo', '--verbose']], [['demo', 'extra']]])(
    'a usage error (%j) exits 2 with the usage on stderr',
    async (argv) => {
      const { code, out, err } = await runCli(argv);
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err).toContain('thi-dua demo');
    },
  );
});
