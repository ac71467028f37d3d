/**
 * The `thi-dua` executable: the only module that touches the process. Output is written in
 * batches with back-pressure (the program waits when the reader is slower), and a reader that
 * goes away (`thi-dua demo | head -1`) ends the program quietly.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { runProgram } from './program.js';

type Line = (text: string) => Promise<void> | undefined;

/** Lines to a stream, gathered until the next turn of the event loop (or 64 KiB), then written at once. */
function writerTo(stream: NodeJS.WriteStream): { line: Line; end: () => Promise<void> } {
  let pending = '';
  let scheduled = false;
  let drained: Promise<void> | undefined;
  const flush = (): void => {
    scheduled = false;
    if (pending === '') return;
    const chunk = pending;
    pending = '';
    if (!stream.write(chunk) && drained === undefined) {
      drained = new Promise((resolve) => {
        stream.once('drain', () => {
          drained = undefined;
          resolve();
        });
      });
    }
  };
  return {
    line: (text) => {
      pending += `${text}\n`;
      if (pending.length >= 64 * 1024) flush();
      else if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
      return drained;
    },
    end: async () => {
      flush();
      await drained;
    },
  };
}

function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    // The reader has gone (`| head -1`): nothing more can be said to it, and nothing is wrong.
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

quietOnClosedPipe(process.stdout);
quietOnClosedPipe(process.stderr);
const stdout = writerTo(process.stdout);
const stderr = writerTo(process.stderr);

const code = await runProgram(process.argv.slice(2), {
  out: stdout.line,
  err: stderr.line,
  now: () => new Date(),
  stdin: () => process.stdin,
  version: () => (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version,
});
await Promise.all([stdout.end(), stderr.end()]);
process.exitCode = code;
