/**
 * manifest.xml validates against the Office schemas (offline, with xmllint) and agrees with itself,
 * with assets/ and with the functions src/commands registers.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
// In CI the clone has shared/ beside it; locally the repo sits in /work/main next to /work/shared.
const XSD = path.join(ROOT, '..', 'shared', 'office-manifest-xsd', 'OfficeAppManifestV1_1.xsd');
const xml = fs.readFileSync(MANIFEST, 'utf8');

function attrs(tag: string, attr: string): string[] {
  const re = new RegExp(`<${tag}\\b[^>]*\\b${attr}="([^"]*)"`, 'g');
  return [...xml.matchAll(re)].map((m) => m[1]);
}

function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(buf.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

describe('manifest.xml', () => {
  it('validates against OfficeAppManifestV1_1.xsd with xmllint', () => {
    expect(fs.existsSync(XSD)).toBe(true);
    const run = spawnSync('xmllint', ['--noout', '--schema', XSD, MANIFEST], { encoding: 'utf8' });
    expect(run.error).toBeUndefined();
    expect(run.stderr.trim()).toBe(`${MANIFEST} validates`);
    expect(run.status).toBe(0);
  });

  it('is a Workbook task pane add-in with ReadWriteDocument and ExcelApi 1.4 as its floor', () => {
    expect(xml).toMatch(/xsi:type="TaskPaneApp"/);
    expect(attrs('Host', 'Name')).toEqual(['Workbook']);
    expect(xml).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1.4"\/>/);
  });

  it('puts the Lapkin group on the Home tab with the three buttons', () => {
    expect(xml).toMatch(/<OfficeTab id="TabHome">\s*<Group id="Lapkin.Group">/);
    const labels = new Map([...xml.matchAll(/<bt:String id="([^"]+)" DefaultValue="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    const buttons = [...xml.matchAll(/<Control xsi:type="Button" id="([^"]+)">\s*<Label resid="([^"]+)"\/>[\s\S]*?<Action xsi:type="(\w+)">/g)].map((m) => [labels.get(m[2]), m[3]]);
    expect(buttons).toEqual([
      ['Buka Lapkin', 'ShowTaskpane'],
      ['Hitung Ulang Tabel 3.1', 'ExecuteFunction'],
      ['Buat Capaian PK', 'ExecuteFunction'],
    ]);
  });

  it('defines every resid it uses, once, and ids are unique', () => {
    const used = new Set(attrs('[A-Za-z:]+', 'resid'));
    const defined = [...xml.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(defined).size).toBe(defined.length);
    for (const id of used) expect(defined).toContain(id);
    const controlIds = [...xml.matchAll(/<(?:Group|Control) [^>]*id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(controlIds).size).toBe(controlIds.length);
  });

  it('keeps short strings within 125 and long strings within 250 characters', () => {
    const section = (name: string) => xml.slice(xml.indexOf(`<bt:${name}>`), xml.indexOf(`</bt:${name}>`));
    for (const [name, max] of [['ShortStrings', 125], ['LongStrings', 250]] as const) {
      const values = [...section(name).matchAll(/(?:DefaultValue|Value)="([^"]*)"/g)].map((m) => m[1]);
      expect(values.length).toBeGreaterThan(0);
      for (const v of values) expect(v.length).toBeLessThanOrEqual(max);
    }
  });

  it('points every icon at a real PNG of the size it declares', () => {
    const images = [...xml.matchAll(/<bt:Image id="Icon\.(\d+)x(\d+)" DefaultValue="https:\/\/localhost:3000\/([^"]+)"/g)];
    expect(images.map((m) => Number(m[1]))).toEqual([16, 32, 80]);
    for (const [, w, h, file] of images) expect(pngSize(path.join(ROOT, file))).toEqual({ width: Number(w), height: Number(h) });
    for (const [tag, size] of [['IconUrl', 32], ['HighResolutionIconUrl', 64]] as const) {
      const url = attrs(tag, 'DefaultValue')[0];
      const file = url.replace('https://localhost:3000/', '');
      expect(pngSize(path.join(ROOT, file))).toEqual({ width: size, height: size });
    }
  });

  it('serves everything from https://localhost:3000/ (the build replaces it with LAPKIN_URL)', () => {
    const urls = [...xml.matchAll(/(?:DefaultValue="|<AppDomain>)(https?:[^"<]+)/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u.startsWith('https://localhost:3000')).toBe(true);
  });

  it('every page it names is one the build emits', () => {
    // dist/<page> comes from these sources (webpack.config.js)
    const sources: Record<string, string> = {
      'taskpane.html': 'src/taskpane/taskpane.html',
      'commands.html': 'src/commands/commands.html',
      'help.html': 'src/commands/help.html',
    };
    const pages = [...xml.matchAll(/https:\/\/localhost:3000\/([^"]+\.html)/g)].map((m) => m[1]);
    expect(new Set(pages)).toEqual(new Set(Object.keys(sources)));
    for (const page of pages) expect(fs.existsSync(path.join(ROOT, sources[page]))).toBe(true);
  });

  it('names exactly the functions src/commands associates', () => {
    const manifestFunctions = [...xml.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]).sort();
    const source = fs.readFileSync(path.join(ROOT, 'src', 'commands', 'commands.ts'), 'utf8');
    const associated = [...source.matchAll(/Office\.actions\.associate\(\s*'([^']+)'/g)].map((m) => m[1]).sort();
    expect(manifestFunctions).toEqual(['buatCapaianPk', 'hitungUlangTabel31']);
    expect(associated).toEqual(manifestFunctions);
  });

  it('the icon script regenerates the committed icons byte for byte', () => {
    const before = [16, 32, 64, 80].map((s) => fs.readFileSync(path.join(ROOT, 'assets', `icon-${s}.png`)));
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'make-icons.js')], { cwd: ROOT, stdio: 'pipe' });
    const after = [16, 32, 64, 80].map((s) => fs.readFileSync(path.join(ROOT, 'assets', `icon-${s}.png`)));
    after.forEach((b, i) => expect(b.equals(before[i])).toBe(true));
  });
});
