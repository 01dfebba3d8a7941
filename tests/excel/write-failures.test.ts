/**
 * A write that fails at any sync, wholly or after part of its batch, leaves the previous report in place (or,
 * only when the swap itself was partly carried out, the complete new one), never a half-written or temporary
 * sheet, and never touches the planner's sheets.
 */
import { gridFingerprint, planFingerprint } from '../../src/domain/report/lapkin-mark';
import { ALL_FEATURES } from '../../src/excel/features';
import { readGridsWith } from '../../src/excel/read-grids';
import { writePlansWith } from '../../src/excel/write/write-plans';
import { findMarks, isTempSheetName } from '../../src/excel/write/sheet-names';
import { FakeExcel, OfficeError } from './fake-excel';
import { tabel31Plan } from './seed-workbook';

const OLD = tabel31Plan(30);
const NEW = tabel31Plan(45);
/** small requests, so the new report takes several syncs of rows */
const BUDGET = 3_000;
const REPORT = 'Lapkin Tabel 3.1';

const write = (fx: FakeExcel, plan = NEW) => writePlansWith(fx.run, [plan], { features: ALL_FEATURES, chunkBudget: BUDGET });

/** A workbook with the planner's sheets and the report Lapkin wrote earlier. */
async function withPreviousReport(): Promise<FakeExcel> {
  const fx = new FakeExcel([
    { name: 'T3.1 Realisasi', values: [['Kode', 'Uraian', 'Pagu'], ['4.01.02', 'Program Penataan Organisasi', 838526327]] },
    { name: 'Catatan', values: [['catatan perencana']] },
  ]);
  await write(fx, OLD);
  fx.syncCount = 0;
  fx.log = [];
  fx.requestSizes = [];
  return fx;
}

/** Every sheet's name and cells, and the names: what must not change when a write fails. */
function snapshot(fx: FakeExcel): string {
  return JSON.stringify({
    sheets: fx.sheets.map((s) => ({ name: s.name, values: s.values, written: [...s.written.entries()].sort(), links: [...s.hyperlinks.entries()] })),
    names: [...fx.names].sort((a, b) => a.name.localeCompare(b.name)),
  });
}

/** The fingerprint of the report sheet's cells as read back, and whether a verified mark refers to it. */
async function reportOf(fx: FakeExcel): Promise<{ fingerprint: string; marked: boolean } | undefined> {
  const grid = (await readGridsWith(fx.run, ALL_FEATURES)).find((g) => g.name === REPORT);
  if (!grid) return undefined;
  const marked = findMarks(fx.names).some((m) => m.sheet === REPORT);
  return { fingerprint: gridFingerprint(grid), marked };
}

async function syncsOfASuccessfulWrite(): Promise<number[]> {
  const fx = await withPreviousReport();
  const ops: number[] = [];
  const sync = fx.sync.bind(fx);
  fx.sync = () => {
    ops.push(fx.log.length);
    return sync();
  };
  await write(fx);
  // actions carried out by each sync (loads included)
  return ops.map((_, i) => (i + 1 < ops.length ? ops[i + 1] : fx.log.length) - ops[i]);
}

describe('a write that fails', () => {
  let opsPerSync: number[] = [];
  beforeAll(async () => {
    opsPerSync = await syncsOfASuccessfulWrite();
  });

  it('takes several syncs of rows here, so every stage is tried below', () => {
    // list, check of the old sheet, its cells, rows (several), swap
    expect(opsPerSync.length).toBeGreaterThanOrEqual(6);
  });

  it('at any sync, wholly refused: the workbook is exactly as before, no temporary sheet', async () => {
    for (let k = 1; k <= opsPerSync.length; k++) {
      const fx = await withPreviousReport();
      const before = snapshot(fx);
      fx.failAt(k);
      await expect(write(fx)).rejects.toBeInstanceOf(OfficeError);
      expect({ k, after: snapshot(fx) }).toEqual({ k, after: before });
    }
  });

  it('at any sync, after part of its batch: the previous report or the complete new one, nothing half-written, the planner’s sheets untouched', async () => {
    const oldPrint = planFingerprint(OLD);
    const newPrint = planFingerprint(NEW);
    let newOnes = 0;
    for (let k = 1; k <= opsPerSync.length; k++) {
      for (let j = 1; j < opsPerSync[k - 1]; j++) {
        const fx = await withPreviousReport();
        const before = snapshot(fx);
        fx.failAt(k, j);
        await expect(write(fx)).rejects.toBeInstanceOf(OfficeError);
        const where = `sync ${k}, after ${j} actions`;
        expect({ where, temps: fx.sheets.map((s) => s.name).filter(isTempSheetName) }).toEqual({ where, temps: [] });
        expect({ where, sheets: fx.sheets.map((s) => s.name) }).toEqual({ where, sheets: ['T3.1 Realisasi', 'Catatan', REPORT] });
        expect(fx.sheet('Catatan').values).toEqual([['catatan perencana']]);
        const report = await reportOf(fx);
        expect({ where, marked: report?.marked }).toEqual({ where, marked: true });
        if (report?.fingerprint === newPrint) newOnes++;
        else {
          expect({ where, fingerprint: report?.fingerprint }).toEqual({ where, fingerprint: oldPrint });
          // before the swap, nothing of the previous report or its mark has changed
          if (k < opsPerSync.length) expect(snapshot(fx)).toBe(before);
        }
      }
    }
    // only a swap stopped after the old sheet was deleted finishes with the new report
    expect(newOnes).toBeGreaterThan(0);
  });

  it('and whose cleanup fails too leaves a marked temporary sheet, which the next write removes', async () => {
    const fx = await withPreviousReport();
    const rowsSync = 4;
    fx.failAt(rowsSync);
    fx.failAt(rowsSync + 1); // the cleanup's first sync: the connection is still gone
    await expect(write(fx)).rejects.toBeInstanceOf(OfficeError);
    const left = fx.sheets.map((s) => s.name).filter(isTempSheetName);
    expect(left).toHaveLength(1);
    // a reader takes it for Lapkin's, not for a source sheet
    const grids = await readGridsWith(fx.run, ALL_FEATURES);
    expect(grids.find((g) => g.name === left[0])?.generatedBy).toBe('tabel-3.1');

    await write(fx);
    expect(fx.sheets.map((s) => s.name)).toEqual(['T3.1 Realisasi', 'Catatan', REPORT]);
    expect(findMarks(fx.names).map((m) => m.sheet)).toEqual([REPORT]);
    expect((await reportOf(fx))?.fingerprint).toBe(planFingerprint(NEW));
  });

  it("never deletes a temporary-looking sheet of the planner's (no verified mark, cells in it)", async () => {
    const fx = await withPreviousReport();
    fx.addSheet('Lapkin~abcdef~1', { values: [['salinan perencana']] });
    fx.names.push({ name: 'Lapkin_tabel_3_1_9', value: "'Lapkin~abcdef~1'!$A$1" });
    await write(fx);
    expect(fx.sheet('Lapkin~abcdef~1').values).toEqual([['salinan perencana']]);
  });
});
