import { findMarks, isTempSheetName, kindOfMark, leftoverMarks, newTempToken, planReplacement, tempSheetName } from '../../src/excel/write/sheet-names';
import { lapkinMarkName } from '../../src/domain/report/lapkin-mark';
import type { ReportSheetKind, SheetPlan } from '../../src/domain/report/sheet-plan';

function plan(name: string, kind: ReportSheetKind): SheetPlan {
  return { name, kind, rows: [], styles: {}, merges: [], widths: [], print: { orientation: 'landscape', paperSize: 'A4', fitToWidth: true }, conditionalFormats: [], charts: [] };
}

const FP = '0a1b2c3d';
const mark = (kind: ReportSheetKind, n: number): string => lapkinMarkName(kind, n, FP);
const always = (): boolean => true;

describe('kindOfMark', () => {
  it.each([
    [mark('tabel-3.1', 1), 'tabel-3.1'],
    [mark('tabel-3.1', 12), 'tabel-3.1'],
    [mark('capaian-pk', 2), 'capaian-pk'],
    [mark('detail', 3), 'detail'],
    [mark('temuan', 1), 'temuan'],
    // names a planner could type: they look like marks but their checksum does not hold
    ['Lapkin_tabel_3_1_1', undefined],
    [`Lapkin_temuan_1_${FP}_00000000`, undefined],
    [mark('temuan', 1).replace('_1_', '_2_'), undefined],
    ['Lapkin_grafik_1', undefined],
    ['Tabel31', undefined],
  ])('%s → %s', (name, kind) => {
    expect(kindOfMark(name)).toBe(kind);
  });
});

describe('planReplacement', () => {
  // The seed's source sheets, plus Lapkin's sheets from an earlier run.
  const existing = ['Tabel 3.1', 'Tatalaksana', 'Capaian PK', 'Tabel 3.1 (Lapkin)', 'Temuan', 'Catatan'];
  const marks = findMarks([
    { name: mark('tabel-3.1', 1), value: "='Tabel 3.1 (Lapkin)'!$A$1" },
    { name: mark('temuan', 1), value: '=Temuan!$A$1' },
    { name: mark('capaian-pk', 1), value: '=#REF!$A$1' },
    { name: 'Lapkin_tabel_3_1_2', value: '=Catatan!$A$1' },
    { name: 'PrintArea', value: "='Tabel 3.1'!$A$1:$F$20" },
  ]);

  it('ignores a name that only imitates a mark', () => {
    expect(marks.map((m) => m.sheet)).toEqual(['Tabel 3.1 (Lapkin)', 'Temuan', undefined]);
    const r = planReplacement([plan('Tabel 3.1 (Lapkin)', 'tabel-3.1')], existing, marks, always);
    expect(r.deleteSheets).not.toContain('Catatan');
  });

  it('replaces only Lapkin sheets of the kinds written, and drops marks whose sheet is gone', () => {
    const r = planReplacement([plan('Tabel 3.1 (Lapkin)', 'tabel-3.1')], existing, marks, always);
    expect(r.deleteSheets).toEqual(['Tabel 3.1 (Lapkin)']);
    expect(r.deleteMarks.sort()).toEqual([mark('capaian-pk', 1), mark('tabel-3.1', 1)].sort());
    expect(r.sheetNames).toEqual(['Tabel 3.1 (Lapkin)']);
    // the new sheet is marked while the old mark still stands: another number
    expect(r.markNumbers).toEqual([2]);
  });

  it("keeps a sheet of Lapkin's the planner has written in, and names the new one beside it", () => {
    const r = planReplacement([plan('Tabel 3.1 (Lapkin)', 'tabel-3.1')], existing, marks, () => false);
    expect(r.deleteSheets).toEqual([]);
    expect(r.keptSheets).toEqual(['Tabel 3.1 (Lapkin)']);
    expect(r.sheetNames).toEqual(['Tabel 3.1 (Lapkin) (2)']);
    expect(r.markNumbers).toEqual([2]);
  });

  it("never takes a user's sheet name: the new sheet gets (2), (3) …, compared without case", () => {
    const plans = [plan('tabel 3.1', 'tabel-3.1'), plan('Capaian PK', 'capaian-pk'), plan('Capaian PK', 'capaian-pk')];
    const r = planReplacement(plans, existing, marks, always);
    expect(r.sheetNames).toEqual(['tabel 3.1 (2)', 'Capaian PK (2)', 'Capaian PK (3)']);
    expect(r.markNumbers).toEqual([2, 2, 3]);
    // The Temuan sheet is Lapkin's but of a kind not being written: it stays.
    expect(r.deleteSheets).toEqual(['Tabel 3.1 (Lapkin)']);
  });

  it('keeps names within 31 characters when adding the suffix', () => {
    const long = 'Rincian Bagian Reformasi Birokrasi';
    const r = planReplacement([plan(long, 'detail')], ['Rincian Bagian Reformasi Birokr'], [], always);
    expect(r.sheetNames[0]).toBe('Rincian Bagian Reformasi Bi (2)');
    expect(r.sheetNames[0].length).toBeLessThanOrEqual(31);
  });
});

describe('temporary sheet names', () => {
  it('are valid sheet names, recognised by their shape only', () => {
    const name = tempSheetName('k3x9qa', 0);
    expect(name).toBe('Lapkin~k3x9qa~1');
    expect(name.length).toBeLessThanOrEqual(31);
    expect(isTempSheetName(name)).toBe(true);
    for (const other of ['Lapkin Tabel 3.1', 'Lapkin~k3x9qa', 'Lapkin~k3x9q~1', 'Catatan~abcdef~1']) expect(isTempSheetName(other)).toBe(false);
  });

  it('get a token no existing sheet uses, compared without case', () => {
    const draws = [0, 0, 0, 0, 0, 0, 1 / 36, 0, 0, 0, 0, 0];
    let i = 0;
    const token = newTempToken(['LAPKIN~000000~1'], () => draws[i++]);
    expect(token).toBe('100000');
  });

  it('a temporary sheet with a verified mark is what an interrupted write left; one without is the planner’s', () => {
    const marks = findMarks([
      { name: mark('tabel-3.1', 3), value: "'Lapkin~k3x9qa~1'!$A$1" },
      { name: mark('tabel-3.1', 1), value: "'Tabel 3.1 (Lapkin)'!$A$1" },
      { name: 'Lapkin_tabel_3_1_4', value: "'Lapkin~zzzzzz~1'!$A$1" },
    ]);
    const left = leftoverMarks(marks, ['Tabel 3.1 (Lapkin)', 'Lapkin~k3x9qa~1', 'Lapkin~zzzzzz~1']);
    expect(left.map((l) => l.sheet)).toEqual(['Lapkin~k3x9qa~1']);
  });
});
