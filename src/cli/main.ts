/**
 * The `thi-dua` executable: the only module that touches the process.
 *
 * @module
 */
import { runProgram } from './program.js';

const code = runProgram(process.argv.slice(2), {
  out: (s) => process.stdout.write(`${s}\n`),
  err: (s) => process.stderr.write(`${s}\n`),
  now: () => new Date(),
});
if (typeof code === 'number') process.exitCode = code;
else void code.then((c) => (process.exitCode = c));
