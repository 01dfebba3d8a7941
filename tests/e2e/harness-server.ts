/** Builds the harness with webpack and serves it, with the workbook fixture, on 127.0.0.1 at a random port. */
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import webpack, { type Configuration } from 'webpack';
import { serveFolder, type DistServer } from './dist-server';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const harnessConfig = require('./webpack.harness.js') as (outDir: string) => Configuration;

export type HarnessServer = DistServer;

function build(outDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    webpack(harnessConfig(outDir), (err, stats) => {
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}

export async function startHarness(fixturePath: string): Promise<HarnessServer> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'lapkin-harness-'));
  await build(outDir);
  return serveFolder(outDir, { '/fixture.json': readFileSync(fixturePath) }, () => rmSync(outDir, { recursive: true, force: true }));
}
