/** Runs the lapkin command in-process with string sinks, as a planner would run it in a terminal. */
import path from 'node:path';
import { run } from '../../src/cli/run';

export const EXAMPLE_BIRO = path.join(__dirname, '..', '..', 'examples', 'biro-organisasi-tw1-2024.xlsx');
export const EXAMPLE_DINAS = path.join(__dirname, '..', '..', 'examples', 'dinas-kominfo-tw2-2024.xlsx');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function lapkin(...argv: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t), isTTY: false },
  });
  return { code, stdout, stderr };
}
