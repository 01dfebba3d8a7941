/** Entry point of the `lapkin` command (bin/lapkin.js loads the compiled form of this file). */
import { run } from './run';

run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // run() catches everything it knows; this is the last guard so no stack trace ever reaches a planner.
    process.stderr.write(`lapkin: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`);
    process.exitCode = 2;
  },
);
