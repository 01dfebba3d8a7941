/** Builds the harness with webpack and serves it, with the workbook fixture, on 127.0.0.1 at a random port. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { createServer, type Server } from 'http';
import { tmpdir } from 'os';
import path from 'path';
import webpack, { type Configuration } from 'webpack';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const harnessConfig = require('./webpack.harness.js') as (outDir: string) => Configuration;

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json' };

export interface HarnessServer {
  url: string;
  close(): Promise<void>;
}

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
  const fixture = readFileSync(fixturePath);
  const server: Server = createServer((req, res) => {
    const name = (req.url ?? '/').split('?')[0];
    if (name === '/fixture.json') {
      res.writeHead(200, { 'content-type': TYPES['.json'] });
      return res.end(fixture);
    }
    const file = path.join(outDir, name === '/' ? 'index.html' : path.normalize(name).replace(/^([/\\])+/, ''));
    if (!file.startsWith(outDir) || !existsSync(file)) {
      res.writeHead(404);
      return res.end('not found');
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('harness server has no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          rmSync(outDir, { recursive: true, force: true });
          resolve();
        });
      }),
  };
}
