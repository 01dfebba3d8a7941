/** Debian's Chromium, started the way every browser test starts it: headless, no sandbox, a fresh profile. */
import { existsSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export async function launchContext(): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium tidak ditemukan di ${CHROMIUM}: install it (apt-get install chromium) to run the browser tests.`);
  }
  return chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'lapkin-chromium-')), {
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    viewport: { width: 800, height: 900 },
    acceptDownloads: true,
  });
}

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/**
 * axe-core's violations of Lapkin's markup on the page as it is now, as "rule: selector" lines (empty = none).
 * Fluent's focus-trap sentinels (tabster's aria-hidden dummy elements, which must take focus to work) are not ours.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  // A fade or slide still under way shows colours at part opacity: contrast is judged on the settled page.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: object): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run({ include: [['body']], exclude: [['[data-tabster-dummy]']] })).violations;
  })) as AxeViolation[];
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.help}): ${n.target.join(' ')} ${n.html}`));
}

/** No element wider than the viewport: the page never scrolls sideways. */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
