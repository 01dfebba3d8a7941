/**
 * The standalone page from the production build in dist/, in Debian's Chromium: the example workbook opened,
 * checked (findings equal `lapkin check --json`), a finding previewed, the report downloaded and read back,
 * a bad file refused in one line, a 20,000-row workbook checked while the page answers clicks, the page
 * reopened offline; axe-core on every state; no request beyond the page's origin; screenshots in out/screenshots.
 */
import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { generateTabel31 } from '../../scripts/bench/generate';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { axeViolations, horizontalOverflow, launchContext } from './browser';
import { buildDist, serveDist, type DistServer } from './dist-server';

const ROOT = path.resolve(__dirname, '../..');
const EXAMPLE = path.join(ROOT, 'examples/biro-organisasi-tw1-2024.xlsx');
const SHOTS = path.join(ROOT, 'out/screenshots');
const WORK = mkdtempSync(path.join(tmpdir(), 'lapkin-standalone-'));
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** A file of `bytes` length that takes no disk space. */
function sparseFile(file: string, bytes: number): void {
  writeFileSync(file, '');
  truncateSync(file, bytes);
}

/** An OLE compound file (the container of .xls and of password-protected .xlsx) naming one stream. */
function oleFile(streamName: string): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([header, Buffer.alloc(504), Buffer.from(streamName, 'utf16le'), Buffer.alloc(64)]);
}

interface Listed {
  rule: string;
  sheet: string;
  cell: string;
  severity: string;
}

let server: DistServer;
let context: BrowserContext;
let page: Page;
const foreignRequests: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  await buildDist();
  server = await serveDist();
  context = await launchContext();
  context.on('request', (r) => {
    const url = r.url();
    // taskpane.html is Office's page and asks Microsoft's CDN for office.js by design; the fallback tests open it.
    if (url === OFFICE_JS) return;
    if (!url.startsWith(server.url) && !url.startsWith('blob:') && !url.startsWith('data:')) foreignRequests.push(url);
  });
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  mkdirSync(SHOTS, { recursive: true });
}, 600000);

afterAll(async () => {
  await context?.close();
  await server?.close();
});

function key(f: Listed): string {
  return `${f.sheet}!${f.cell} ${f.rule} ${f.severity}`;
}

async function listed(): Promise<Listed[]> {
  return page.$$eval('[data-testid="finding"]', (els) =>
    els.map((el) => {
      const d = (el as HTMLElement).dataset;
      return { rule: d.rule ?? '', sheet: d.sheet ?? '', cell: d.cell ?? '', severity: d.severity ?? '' };
    }),
  );
}

async function openFile(file: string): Promise<void> {
  await page.locator('[data-testid="workbook-input"]').setInputFiles(file);
}

async function check(): Promise<void> {
  await page.locator('[data-testid="run-check"]:not([disabled])').click();
  await page.locator('[data-testid="finding"], [data-testid="no-findings"]').first().waitFor();
}

async function expectNoAxeViolations(state: string): Promise<void> {
  expect({ state, violations: await axeViolations(page) }).toEqual({ state, violations: [] });
}

async function screenshots(name: string): Promise<void> {
  for (const width of [320, 800]) {
    await page.setViewportSize({ width, height: 900 });
    expect({ name, width, overflow: await horizontalOverflow(page) }).toEqual({ name, width, overflow: 0 });
    await page.screenshot({ path: path.join(SHOTS, `standalone-${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 800, height: 900 });
}

describe('standalone page from dist/', () => {
  it('opens with Buka workbook, accessible and narrow-proof', async () => {
    await page.goto(server.url);
    await page.locator('[data-testid="open-workbook"]').waitFor();
    await expectNoAxeViolations('first screen');
    await screenshots('first');
  });

  it('lists the example workbook’s findings exactly as `lapkin check --json` does', async () => {
    await openFile(EXAMPLE);
    await check();
    // `lapkin check` exits 1 when it finds errors; its JSON is on stdout either way.
    const run = spawnSync(process.execPath, [path.join(ROOT, 'bin/lapkin.js'), 'check', EXAMPLE, '--json'], { encoding: 'utf8' });
    const cli = JSON.parse(run.stdout) as { findings: Listed[] };
    expect(cli.findings.length).toBeGreaterThan(0);
    expect((await listed()).map(key).sort()).toEqual(cli.findings.map(key).sort());
    await expectNoAxeViolations('findings');
    await screenshots('findings');
  });

  it('previews the clicked finding’s row with its cell highlighted', async () => {
    const first = (await listed())[0];
    await page.locator(`[data-testid="finding"][data-sheet="${first.sheet}"][data-cell="${first.cell}"]`).first().click();
    const preview = page.locator('[data-testid="cell-preview"]');
    await preview.waitFor();
    expect(await preview.getAttribute('data-sheet')).toBe(first.sheet);
    expect(await preview.getAttribute('data-cell')).toBe(first.cell);
    expect(await page.locator('[data-testid="preview-hit"]').count()).toBe(1);
    await expectNoAxeViolations('preview');
  });

  it('shows the mapping and the settings without accessibility violations', async () => {
    await page.getByRole('tab', { name: 'Pemetaan' }).click();
    await expectNoAxeViolations('mapping');
    await screenshots('mapping');
    await page.getByRole('tab', { name: 'Pengaturan' }).click();
    await expectNoAxeViolations('settings');
    await page.getByRole('tab', { name: 'Temuan' }).click();
  });

  it('downloads a report copy that opens and holds the recomputed Tabel 3.1', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="download-report"]:not([disabled])').click()]);
    const saved = path.join(WORK, download.suggestedFilename());
    await download.saveAs(saved);
    expect(download.suggestedFilename()).toBe('biro-organisasi-tw1-2024-lapkin.xlsx');
    const grids = await readWorkbook(saved);
    const original = await readWorkbook(EXAMPLE);
    // Every sheet of the planner's workbook is still there, plus Lapkin's marked Tabel 3.1.
    expect(grids.filter((g) => !g.generatedBy).map((g) => g.name)).toEqual(original.map((g) => g.name));
    expect(grids.some((g) => g.generatedBy === 'tabel-3.1')).toBe(true);
    await page.locator('[data-testid="summary"]').waitFor();
    await expectNoAxeViolations('after the report');
    await screenshots('report');
  });

  it('refuses a file that is not a workbook in one clear line', async () => {
    const notXlsx = path.join(WORK, 'catatan.xlsx');
    writeFileSync(notXlsx, 'kode;uraian;pagu\n1;Program;100\n');
    await openFile(notXlsx);
    const line = page.locator('[data-testid="file-error"]');
    await line.waitFor();
    expect((await line.innerText()).trim().split('\n')).toHaveLength(1);
    expect(await line.innerText()).toContain('bukan workbook Excel .xlsx');
  });

  it.each<[string, string, () => void, string]>([
    ['a password-protected .xlsx', 'terkunci.xlsx', () => writeFileSync(path.join(WORK, 'terkunci.xlsx'), oleFile('EncryptionInfo')), 'dilindungi kata sandi'],
    ['an old .xls', 'laporan-2019.xls', () => writeFileSync(path.join(WORK, 'laporan-2019.xls'), oleFile('Workbook')), 'format Excel lama (.xls)'],
    // Sparse: 65 MB on paper, nothing on disk; refused by its size before a byte is read.
    ['a file over the size limit', 'besar.xlsx', () => sparseFile(path.join(WORK, 'besar.xlsx'), 65 * 1024 * 1024), 'terlalu besar (65,0 MB); batasnya 64,0 MB'],
  ])('refuses %s in one clear line', async (_label, name, make, words) => {
    make();
    await openFile(path.join(WORK, name));
    const line = page.locator('[data-testid="file-error"]', { hasText: words });
    await line.waitFor();
    expect((await line.innerText()).trim().split('\n')).toHaveLength(1);
    if (name.endsWith('.xls')) await screenshots('file-error');
  });

  it.each<[string, string | undefined]>([
    ['office.js cannot be fetched', undefined],
    ['office.js answers without an Office host', 'window.Office={onReady:function(cb){setTimeout(function(){cb({host:null,platform:null});},0);return Promise.resolve({host:null});}};'],
  ])('taskpane.html opens the standalone page when %s', async (_label, officeJs) => {
    const other = await context.newPage();
    try {
      await other.route(OFFICE_JS, (route) => (officeJs === undefined ? route.abort() : route.fulfill({ contentType: 'text/javascript', body: officeJs })));
      await other.goto(`${server.url}taskpane.html`);
      await other.locator('[data-testid="open-workbook"]').waitFor();
      expect(new URL(other.url()).pathname).toBe('/index.html');
    } finally {
      await other.close();
    }
  });

  it('checks a 20,000-row workbook in the worker while the page answers clicks', async () => {
    const big = path.join(WORK, 'konsolidasi-20000.xlsx');
    await generateTabel31(big, 20000);
    await openFile(big);
    await page.locator('[data-testid="run-check"]:not([disabled])').waitFor({ timeout: 120000 });
    await page.locator('[data-testid="run-check"]').click();
    // While the worker checks, a click on another tab is answered at once: the pane is busy, yet the tab changed.
    const during = await page.evaluate(async () => {
      const busyAtClick = document.querySelector('main')?.getAttribute('aria-busy');
      const tab = [...document.querySelectorAll<HTMLElement>('[role="tab"]')].find((t) => t.textContent?.startsWith('Pengaturan'));
      tab?.click();
      await new Promise((r) => setTimeout(r, 50));
      return { busyAtClick, busyAfter: document.querySelector('main')?.getAttribute('aria-busy'), selected: tab?.getAttribute('aria-selected') };
    });
    expect(during).toEqual({ busyAtClick: 'true', busyAfter: 'true', selected: 'true' });
    await page.getByRole('tab', { name: 'Temuan' }).click();
    await page.locator('[data-testid="finding"], [data-testid="no-findings"]').first().waitFor({ timeout: 120000 });
  });

  it('opens again offline once it has been opened', async () => {
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await context.setOffline(true);
    try {
      await page.reload();
      await page.locator('[data-testid="open-workbook"]').waitFor();
      await openFile(EXAMPLE);
      await check();
      expect((await listed()).length).toBeGreaterThan(0);
    } finally {
      await context.setOffline(false);
    }
  });

  it('keeps a workbook’s settings in this browser: the same workbook opened again speaks English, another does not', async () => {
    await page.goto(server.url);
    await openFile(EXAMPLE);
    await page.locator('[data-testid="run-check"]:not([disabled])').waitFor();
    await page.getByRole('tab', { name: 'Pengaturan' }).click();
    await page.selectOption('[data-testid="setting-lang"]', 'en');
    await page.locator('[data-testid="settings-saved"]', { hasText: 'Settings saved in this browser for this workbook.' }).waitFor();
    await expectNoAxeViolations('settings saved');
    try {
      await page.reload();
      await openFile(EXAMPLE);
      await page.getByRole('tab', { name: 'Settings' }).waitFor();
      await page.goto(server.url);
      await openFile(path.join(ROOT, 'examples/dinas-kominfo-tw2-2024.xlsx'));
      await page.getByRole('tab', { name: 'Pengaturan' }).waitFor();
      // What is kept names sheets and settings, never a cell's value.
      const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('lapkin:')).map((k) => localStorage.getItem(k) ?? ''));
      expect(kept).toHaveLength(1);
      expect(kept[0]).toContain('"lang":"en"');
      expect(kept[0]).not.toMatch(/661\.473\.673|661473673|Program penunjang/);
    } finally {
      await page.evaluate(() => localStorage.clear());
    }
  });

  it('asked nothing of any other origin and threw no error', () => {
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
