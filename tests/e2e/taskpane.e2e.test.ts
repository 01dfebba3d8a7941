/**
 * The task pane in a real Chromium at the task pane's narrow width (320 px): the real core over the
 * seed workbook fixture, checked, a finding clicked, a screenshot kept in /tmp for a look at the layout.
 */
import { existsSync } from 'fs';
import path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startHarness, type HarnessServer } from './harness-server';

const CHROMIUM = '/usr/bin/chromium';
const FIXTURE = path.join(__dirname, 'fixtures/seed-workbook.json');
export const SCREENSHOT = '/tmp/lapkin-taskpane-320.png';

interface ListedFinding {
  rule: string;
  sheet: string;
  cell: string;
  severity: string;
}

let server: HarnessServer | undefined;
let browser: Browser | undefined;
let page: Page;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium tidak ditemukan di ${CHROMIUM}: install it (apt-get install chromium) to run the browser tests.`);
  }
  server = await startHarness(FIXTURE);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  page = await browser.newPage({ viewport: { width: 320, height: 900 } });
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(server.url);
  await page.waitForFunction(() => window.lapkinHarness !== undefined);
  const loadError = await page.evaluate(() => window.lapkinHarness?.loadError);
  if (loadError || pageErrors.length) throw new Error(`harness failed: ${loadError ?? pageErrors.join('; ')}`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function listedFindings(): Promise<ListedFinding[]> {
  return page.$$eval('[data-testid="finding"]', (els) =>
    els.map((el) => {
      const d = (el as HTMLElement).dataset;
      return { rule: d.rule ?? '', sheet: d.sheet ?? '', cell: d.cell ?? '', severity: d.severity ?? '' };
    }),
  );
}

describe('task pane in Chromium at 320 px', () => {
  it('runs the check on the seed workbook and lists the seed faults with their cells', async () => {
    await page.locator('[data-testid="run-check"]:not([disabled])').click();
    await page.locator('[data-testid="finding"]').first().waitFor();
    const errorBar = await page.locator('[data-testid="error-bar"]').count();
    expect(errorBar).toBe(0);
    const findings = await listedFindings();
    for (const f of findings) {
      expect(f.rule).toMatch(/^[a-z-]+$/);
      expect(['Tabel 3.1', 'Tabel 3.2', 'Capaian PK']).toContain(f.sheet);
      expect(f.cell).toMatch(/^[A-Z]+\d+$/);
      expect(['error', 'warning', 'info']).toContain(f.severity);
    }
    // The seed's typed faults: JUMLAH realisasi "375.000.00", "Rp. 22.8000", and "Rp. 2,100,000".
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ sheet: 'Tabel 3.1', cell: 'D17', rule: 'number-format', severity: 'error' }),
        expect.objectContaining({ sheet: 'Tabel 3.2', cell: 'D13', rule: 'number-format', severity: 'error' }),
        expect.objectContaining({ sheet: 'Tabel 3.2', cell: 'C8', rule: 'separator-style' }),
      ]),
    );
  });

  it('selects the clicked finding’s cell through the host', async () => {
    await page.locator('[data-testid="finding"][data-sheet="Tabel 3.1"][data-cell="D17"]').first().click();
    await page.waitForFunction(() => (window.lapkinHarness?.log.selected.length ?? 0) > 0);
    const selected = await page.evaluate(() => window.lapkinHarness?.log.selected);
    expect(selected).toEqual([{ sheet: 'Tabel 3.1', cell: 'D17' }]);
  });

  it('fits the pane into 320 px without horizontal scrolling, and keeps a screenshot', async () => {
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(existsSync(SCREENSHOT)).toBe(true);
  });
});
