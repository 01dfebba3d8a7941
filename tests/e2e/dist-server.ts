/** Builds the production bundle into dist/ (webpack.config.js, as `npm run build` does) and serves dist/ on 127.0.0.1. */
import { spawn } from 'child_process';
import { existsSync, readFileSync, statSync } from 'fs';
import { createServer, type Server } from 'http';
import path from 'path';

const ROOT = path.resolve(__dirname, '../..');
export const DIST = path.join(ROOT, 'dist');


const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

/** `webpack --mode production` in a process of its own (copy-webpack-plugin's ESM imports do not run inside jest's VM). */
export async function buildDist(): Promise<void> {
  const webpackCli = require.resolve('webpack-cli/bin/cli.js');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [webpackCli, '--mode', 'production'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`webpack --mode production failed (${code}): ${stderr.slice(-2000)}`))));
  });
}

export interface DistServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `folder` as any static server would: "/" is index.html, nothing outside the folder; `extra`
 * answers a few paths of its own (a fixture). `onClose` runs after the server has stopped.
 */
export async function serveFolder(folder: string, extra: Record<string, Buffer> = {}, onClose?: () => void): Promise<DistServer> {
  const server: Server = createServer((req, res) => {
    const name = (req.url ?? '/').split('?')[0];
    const own = extra[name];
    if (own) {
      res.writeHead(200, { 'content-type': TYPES[path.extname(name)] ?? 'application/octet-stream' });
      return res.end(own);
    }
    const file = path.join(folder, name === '/' ? 'index.html' : path.normalize(decodeURIComponent(name)).replace(/^([/\\])+/, ''));
    if (!file.startsWith(folder) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404);
      return res.end('not found');
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error(`server of ${folder} has no port`);
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          onClose?.();
          resolve();
        });
      }),
  };
}

/** Serves dist/. */
export function serveDist(): Promise<DistServer> {
  return serveFolder(DIST);
}
