import { findMarks, kindOfMark, planReplacement } from '../../src/excel/write/sheet-names';
import type { ReportSheetKind, SheetPlan } from '../../src/domain/report/sheet-plan';

function plan(name: string, kind: ReportSheetKind): SheetPlan {
  return { name, kind, rows: [], styles: {}, merges: [], widths: [], print: { orientation: 'landscape', paperSize: 'A4', fitToWidth: true }, conditionalFormats: [], charts: [] };
}

describe('kindOfMark', () => {
  it.each([
    ['Lapkin_tabel_3_1_1', 'tabel-3.1'],
    ['Lapkin_tabel_3_1_12', 'tabel-3.1'],
    ['Lapkin_capaian_pk_2', 'capaian-pk'],
    ['Lapkin_detail_3', 'detail'],
    ['Lapkin_temuan_1', 'temuan'],
    ['Lapkin_grafik_1', undefined],
    ['Lapkin_tabel_3_1_x', undefined],
    ['Tabel31', undefined],
  ])('%s → %s', (name, kind) => {
    expect(kindOfMark(name)).toBe(kind);
  });
});

describe('planReplacement', () => {
  // The seed's source sheets, plus Lapkin's sheets from an earlier run.
  const existing = ['Tabel 3.1', 'Tatalaksana', 'Capaian PK', 'Tabel 3.1 (Lapkin)', 'Temuan'];
  const marks = findMarks([
    { name: 'Lapkin_tabel_3_1_1', value: "='Tabel 3.1 (Lapkin)'!$A$1" },
    { name: 'Lapkin_temuan_1', value: '=Temuan!$A$1' },
    { name: 'Lapkin_capaian_pk_1', value: '=#REF!$A$1' },
    { name: 'PrintArea', value: "='Tabel 3.1'!$A$1:$F$20" },
  ]);

  it('replaces only Lapkin sheets of the kinds written, and drops marks whose sheet is gone', () => {
    const r = planReplacement([plan('Tabel 3.1 (Lapkin)', 'tabel-3.1')], existing, marks);
    expect(r.deleteSheets).toEqual(['Tabel 3.1 (Lapkin)']);
    expect(r.deleteMarks.sort()).toEqual(['Lapkin_capaian_pk_1', 'Lapkin_tabel_3_1_1']);
    expect(r.sheetNames).toEqual(['Tabel 3.1 (Lapkin)']);
    expect(r.markNames).toEqual(['Lapkin_tabel_3_1_1']);
  });

  it("never takes a user's sheet name: the new sheet gets (2), (3) …, compared without case", () => {
    const plans = [plan('tabel 3.1', 'tabel-3.1'), plan('Capaian PK', 'capaian-pk'), plan('Capaian PK', 'capaian-pk')];
    const r = planReplacement(plans, existing, marks);
    expect(r.sheetNames).toEqual(['tabel 3.1 (2)', 'Capaian PK (2)', 'Capaian PK (3)']);
    expect(r.markNames).toEqual(['Lapkin_tabel_3_1_1', 'Lapkin_capaian_pk_1', 'Lapkin_capaian_pk_2']);
    // The Temuan sheet is Lapkin's but of a kind not being written: it stays.
    expect(r.deleteSheets).toEqual(['Tabel 3.1 (Lapkin)']);
  });

  it('keeps names within 31 characters when adding the suffix', () => {
    const long = 'Rincian Bagian Reformasi Birokrasi';
    const r = planReplacement([plan(long, 'detail')], ['Rincian Bagian Reformasi Birokr'], []);
    expect(r.sheetNames[0]).toBe('Rincian Bagian Reformasi Bi (2)');
    expect(r.sheetNames[0].length).toBeLessThanOrEqual(31);
  });

  it('numbers new marks past those of kept sheets of the same kind', () => {
    const kept = findMarks([{ name: 'Lapkin_temuan_1', value: '=Temuan!$A$1' }]);
    // Writing temuan replaces the old temuan sheet, so its mark number is free again.
    expect(planReplacement([plan('Temuan', 'temuan')], ['Temuan'], kept)).toMatchObject({ deleteSheets: ['Temuan'], sheetNames: ['Temuan'], markNames: ['Lapkin_temuan_1'] });
  });
});
