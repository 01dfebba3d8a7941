/**
 * The build of the previous table layout (the commit before issue 11's one table representation), for
 * `npm run bench` to compare the core against in the same session. Its sources come out of git with
 * `git archive` (no checkout, no worktree: the repository is left as it is) into out/bench/, are
 * compiled there once with this checkout's TypeScript, and are reused by later benches. A clone without
 * that commit (a shallow one) gets a reason instead, which the bench prints as one line.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The last commit with the previous layout (stored rows, lazy rows and WeakMaps); docs/performance.md has its figures. */
export const PREVIOUS_LAYOUT = '87a902f';

export type PreviousBuild = { build: string } | { unavailable: string };

export function previousLayoutBuild(root: string): PreviousBuild {
  const dir = path.join(root, 'out', 'bench', `previous-layout-${PREVIOUS_LAYOUT}`);
  const build = path.join(dir, 'build');
  if (fs.existsSync(path.join(build, 'domain', 'analyze.js'))) return { build };
  const known = spawnSync('git', ['-C', root, 'cat-file', '-e', `${PREVIOUS_LAYOUT}^{commit}`]);
  if (known.status !== 0) {
    return { unavailable: `commit ${PREVIOUS_LAYOUT} (the previous layout) is not in this clone; \`git fetch --unshallow\`, or pass --baseline <build dir>` };
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const archive = spawnSync('git', ['-C', root, 'archive', '--format=tar', PREVIOUS_LAYOUT, 'src', 'tsconfig.json', 'tsconfig.cli.json'], { maxBuffer: 512 * 1024 * 1024 });
  if (archive.status !== 0) return { unavailable: `git archive ${PREVIOUS_LAYOUT} failed: ${firstLine(archive.stderr)}` };
  const untar = spawnSync('tar', ['-x', '-C', dir], { input: archive.stdout });
  if (untar.status !== 0) return { unavailable: `unpacking ${PREVIOUS_LAYOUT} failed: ${firstLine(untar.stderr)}` };
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  process.stdout.write(`compiling the previous layout (${PREVIOUS_LAYOUT}) into ${path.relative(root, build)} …\n`);
  const tsc = spawnSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(dir, 'tsconfig.cli.json')], { encoding: 'utf8' });
  if (tsc.status !== 0 || !fs.existsSync(path.join(build, 'domain', 'analyze.js'))) {
    return { unavailable: `compiling ${PREVIOUS_LAYOUT} failed: ${firstLine(tsc.stdout || tsc.stderr)}` };
  }
  return { build };
}

function firstLine(text: string | Buffer): string {
  return String(text).split('\n')[0].trim() || 'no message';
}
