/**
 * Office round trips in proportion to data: a 20,000-sub-kegiatan Tabel 3.1 (the bench's generator, as a
 * bureau types it) read, recalculated by the real core and written back, then recalculated again over its
 * own previous report, counted and sized by the fake request context. Each phase takes at most 3 syncs
 * plus one per 4.5 MB it really sent or got answered, and no request or answer reaches 5 MB.
 * LAPKIN_SYNC_REPORT=1 prints the figures (docs/performance.md, Office section).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { generateTabel31 } from '../../scripts/bench/generate';
import { analyzeWorkbook } from '../../src/domain/analyze';
import { buildReportPlans } from '../../src/domain/report/build-report';
import { createOfficeHost } from '../../src/excel/office-host';
import { ALL_FEATURES } from '../../src/excel/features';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { FakeExcel } from './fake-excel';
import { fakeSheetOf } from './seed-workbook';

const FIVE_MB = 5 * 1024 * 1024;
const BUDGET = 4_500_000;
const SUB_KEGIATAN = 20_000;

interface Phase {
  name: string;
  syncs: number;
  sent: number;
  answered: number;
  largestRequest: number;
  largestAnswer: number;
}

/** What the fake measured from sync `from` on. */
function phase(fx: FakeExcel, name: string, from: number): Phase {
  const sent = fx.requestSizes.slice(from);
  const answered = fx.responseSizes.slice(from);
  const sum = (xs: number[]) => xs.reduce((n, x) => n + x, 0);
  return { name, syncs: fx.syncCount - from, sent: sum(sent), answered: sum(answered), largestRequest: Math.max(0, ...sent), largestAnswer: Math.max(0, ...answered) };
}

const allowed = (p: Phase) => 3 + Math.ceil((p.sent + p.answered) / BUDGET);

describe('a 20,000-row Tabel 3.1 in Excel on the web', () => {
  let dir = '';
  const phases: Phase[] = [];
  let fx: FakeExcel;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lapkin-office-'));
    const file = path.join(dir, 'tabel-3.1-20000.xlsx');
    await generateTabel31(file, SUB_KEGIATAN);
    fx = new FakeExcel((await readWorkbook(file)).map(fakeSheetOf));
    fx.requestLimit = FIVE_MB;
    fx.responseLimit = FIVE_MB;
  }, 60_000);

  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    if (process.env.LAPKIN_SYNC_REPORT) {
      console.info(phases.map((p) => `${p.name}: ${p.syncs} syncs (allowed ${allowed(p)}), sent ${p.sent} B, answered ${p.answered} B, largest request ${p.largestRequest} B, largest answer ${p.largestAnswer} B`).join('\n'));
    }
  });

  /** One recalculation as the ribbon does it: read, analyse, write the Tabel 3.1 report. */
  async function recalculate(round: string): Promise<string> {
    const host = createOfficeHost({ run: fx.run, features: ALL_FEATURES, settings: { get: () => undefined, set: () => undefined, saveAsync: () => undefined } });
    let from = fx.syncCount;
    const grids = await host.readGrids();
    phases.push(phase(fx, `${round}: read`, from));
    const plans = buildReportPlans(analyzeWorkbook(grids)).filter((p) => p.kind === 'tabel-3.1');
    expect(plans).toHaveLength(1);
    expect(plans[0].rows.length).toBeGreaterThan(SUB_KEGIATAN);
    from = fx.syncCount;
    const written = await host.writePlans(plans);
    phases.push(phase(fx, `${round}: write`, from));
    return written[0].name;
  }

  it('reads and writes it in at most 3 syncs plus one per 4.5 MB sent or answered, each phase, none refused or over 5 MB', async () => {
    const name = await recalculate('first');
    const rows = fx.sheet(name).written;
    expect([...rows.keys()].filter((k) => k.endsWith(',0')).length).toBeGreaterThan(SUB_KEGIATAN);
    // the second recalculation also reads the previous report's cells before replacing it
    const again = await recalculate('again');
    expect(again).toBe(name);
    expect(fx.sheets.map((s) => s.name)).toEqual(['Tabel 3.1', name]);

    expect(fx.appliedSizes).toHaveLength(fx.requestSizes.length);
    for (const p of phases) {
      expect({ phase: p.name, syncs: p.syncs }).toEqual({ phase: p.name, syncs: expect.any(Number) as number });
      expect(p.syncs).toBeLessThanOrEqual(allowed(p));
      expect(p.largestRequest).toBeLessThan(FIVE_MB);
      expect(p.largestAnswer).toBeLessThan(FIVE_MB);
    }
    // the data is several megabytes each way: more than a handful of syncs would mean per-row round trips
    const read = phases[0];
    expect(read.answered).toBeGreaterThan(BUDGET);
    expect(phases[3].answered).toBeGreaterThan(1_000_000);
  }, 120_000);
});
