/** The add-in build: manifest URL rewriting for LAPKIN_URL, and the guard that keeps exceljs out of the Office bundle. */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import webpack from 'webpack';

const ROOT = path.join(__dirname, '..', '..');
const XSD = path.join(ROOT, '..', 'shared', 'office-manifest-xsd', 'OfficeAppManifestV1_1.xsd');

interface WebpackConfigModule {
  (env: Record<string, unknown>, argv: { mode?: string }): Promise<webpack.Configuration>;
  publicUrl(env: Record<string, string | undefined>): string;
  rewriteManifest(xml: string, url: string): string;
  RejectExceljsPlugin: new () => webpack.WebpackPluginInstance;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require(path.join(ROOT, 'webpack.config.js')) as WebpackConfigModule;

describe('LAPKIN_URL', () => {
  it.each([
    [undefined, 'https://localhost:3000/'],
    ['https://lapkin.nttprov.go.id', 'https://lapkin.nttprov.go.id/'],
    ['https://intranet.biro-organisasi.local/lapkin/', 'https://intranet.biro-organisasi.local/lapkin/'],
  ])('%s → %s', (given, expected) => {
    expect(config.publicUrl({ LAPKIN_URL: given })).toBe(expected);
  });

  it.each(['http://lapkin.nttprov.go.id/', 'lapkin.nttprov.go.id'])('refuses %s: Office loads add-ins over https only', (given) => {
    expect(() => config.publicUrl({ LAPKIN_URL: given })).toThrow(/https/);
  });

  it('rewrites every URL of the manifest, which still validates', () => {
    const xml = config.rewriteManifest(fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'), 'https://intranet.biro-organisasi.local/lapkin/');
    expect(xml).not.toContain('https://localhost');
    expect(xml).toContain('<AppDomain>https://intranet.biro-organisasi.local</AppDomain>');
    expect(xml).toContain('DefaultValue="https://intranet.biro-organisasi.local/lapkin/taskpane.html"');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lapkin-manifest-')), 'manifest.xml');
    fs.writeFileSync(file, xml);
    const run = spawnSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8' });
    expect(run.status).toBe(0);
  });
});

describe('the Office bundle carries no exceljs', () => {
  function compile(entrySource: string, alias: Record<string, false>): Promise<webpack.Stats> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lapkin-bundle-'));
    fs.writeFileSync(path.join(dir, 'entry.js'), entrySource);
    const compiler = webpack({
      mode: 'development',
      context: dir,
      entry: './entry.js',
      output: { path: path.join(dir, 'out') },
      resolve: { alias, modules: [path.join(ROOT, 'node_modules')] },
      plugins: [new config.RejectExceljsPlugin()],
    });
    return new Promise((resolve, reject) => compiler.run((err, stats) => (err || !stats ? reject(err) : resolve(stats))));
  }

  it('aliases exceljs away and builds the three Office entries and the standalone page', async () => {
    const c = await config({}, { mode: 'production' });
    expect(c.resolve?.alias).toMatchObject({ exceljs: false });
    expect(Object.keys(c.entry as Record<string, string>)).toEqual(['taskpane', 'commands', 'message', 'standalone']);
  });

  it('fails the build when a module of exceljs gets in anyway (a deep path the alias misses)', async () => {
    const deep = require.resolve('exceljs/package.json');
    const stats = await compile(`module.exports = require(${JSON.stringify(deep)});`, { exceljs: false });
    expect(stats.hasErrors()).toBe(true);
    expect(stats.toJson({ all: false, errors: true }).errors?.[0]?.message).toMatch(/exceljs masuk ke bundel Office/);
  });

  it('a plain import of exceljs resolves to nothing under the alias, and the build passes', async () => {
    const stats = await compile(`module.exports = require('exceljs');`, { exceljs: false });
    expect(stats.hasErrors()).toBe(false);
  });
});
