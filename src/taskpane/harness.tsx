/**
 * Browser harness: the real pane and the real core over an in-memory workbook loaded from fixture.json,
 * with no office.js and no exceljs. The e2e test drives it and reads what the pane asked of the
 * workbook from window.lapkinHarness.
 */
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { gridsFromFixture, type WorkbookFixture } from './fixture-grids';
import { createMemoryHost, type MemoryHostLog } from './memory-host';
import { realCore } from './real-core';

declare global {
  interface Window {
    lapkinHarness?: { log: MemoryHostLog; ready: boolean; loadError?: string };
  }
}

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('harness: #root missing');
  try {
    const response = await fetch('fixture.json');
    if (!response.ok) throw new Error(`fixture.json: HTTP ${response.status}`);
    const host = createMemoryHost(gridsFromFixture((await response.json()) as WorkbookFixture));
    window.lapkinHarness = { log: host.log, ready: true };
    createRoot(container).render(<App host={host} core={realCore} />);
  } catch (e) {
    // Shown on the page and on window so a failing test says why instead of timing out blind.
    const message = e instanceof Error ? e.message : String(e);
    window.lapkinHarness = { log: { selected: [], saved: [], written: [] }, ready: false, loadError: message };
    container.textContent = `Harness gagal dimuat: ${message}`;
  }
}

void start();
