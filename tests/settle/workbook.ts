/**
 * A small unit's workbook built as grids: a Tabel 3.1 (unit row, two programmes, three kegiatan, six sub kegiatan,
 * JUMLAH), a detail table listing kegiatan 4.01.02.1.01's two sub kegiatan with their Total, and the Rencana Kerja
 * list of section 3.1. Every pagu is true unless a case overrides the cell; realisasi is a quarter of each pagu.
 */
import type { Cell, Grid } from '../../src/domain/grid/grid';
import { formatRupiah } from '../../src/domain/parse/format';

export type Overrides = Record<string, number | null>;

const num = (n: number): Cell => ({ value: n, numberFormat: '#,##0' });
const txt = (s: string): Cell => ({ value: s });

/** [kode, uraian, true pagu] of the Tabel 3.1 rows from row 7; JUMLAH follows. */
export const T31_ROWS: [string, string, number][] = [
  ['', 'Biro Contoh', 1_000_000_000],
  ['4.01.01', 'Program Penunjang Urusan Pemerintahan Daerah', 300_000_000],
  ['4.01.01.1.01', 'Perencanaan dan Evaluasi Kinerja', 300_000_000],
  ['4.01.01.1.01.01', 'Penyusunan Dokumen Perencanaan', 100_000_000],
  ['4.01.01.1.01.02', 'Evaluasi Kinerja Perangkat Daerah', 200_000_000],
  ['4.01.02', 'Program Penataan Organisasi', 700_000_000],
  ['4.01.02.1.01', 'Fasilitasi Kelembagaan dan Analisis Jabatan', 400_000_000],
  ['4.01.02.1.01.01', 'Fasilitasi Kelembagaan Provinsi', 150_000_000],
  ['4.01.02.1.01.02', 'Penataan Analisis Jabatan', 250_000_000],
  ['4.01.02.1.02', 'Fasilitasi Reformasi Birokrasi', 300_000_000],
  ['4.01.02.1.02.01', 'Pembinaan Reformasi Birokrasi', 120_000_000],
  ['4.01.02.1.02.02', 'Pelayanan Publik', 180_000_000],
];
export const T31_FIRST = 7;
export const T31_JUMLAH = T31_FIRST + T31_ROWS.length;
export const TRUE_TOTAL = 1_000_000_000;

/** The Tabel 3.1 pagu cell of a kode ("" for the unit row). */
export const paguCell = (kode: string): string => `C${T31_FIRST + T31_ROWS.findIndex(([k]) => k === kode)}`;

function grid(name: string, index: number, rows: (Cell | undefined)[][]): Grid {
  return { name, index, rows, originRow: 0, originCol: 0, merges: [] };
}

const value = (overrides: Overrides, key: string, truth: number): Cell | undefined => {
  if (!(key in overrides)) return num(truth);
  const v = overrides[key];
  return v === null ? undefined : num(v);
};

export interface WorkbookOptions {
  detail?: boolean;
  rencana?: boolean;
  /** The Perjanjian Kinerja sheet with its budget block (total in D9, programmes in D10, D11). */
  pk?: boolean;
  /** A DPA block of the workbook's own: 'sheet' (a sheet named DPA, pagu in C), 'block' (titled, under the Rencana Kerja list). */
  dpa?: 'sheet' | 'block';
}

/** Cells of the stated figures outside the budget tables. */
export const PK_TOTAL = 'PK 2024!D9';
export const DPA_SHEET_TOTAL = 'DPA!C6';

/** Keys of `overrides`: "T3.1!C12", "Tabel 3.2!C5", "Rencana Kerja!C6", "PK 2024!D9", "DPA!C4". */
export function workbook(overrides: Overrides = {}, options: WorkbookOptions = {}): Grid[] {
  const t31: (Cell | undefined)[][] = [
    [txt('LAPORAN KINERJA TRIWULAN I TAHUN 2024')], [txt('BIRO CONTOH')], [txt('Tabel 3.1 Realisasi Anggaran s.d. 31 Maret 2024')], [],
    [txt('Kode Rek'), txt('Uraian'), txt('Pagu Anggaran 2024'), txt('Realisasi Triwulan I Tahun 2024')], [],
  ];
  T31_ROWS.forEach(([kode, uraian, pagu], i) => {
    const r = T31_FIRST + i;
    t31.push([kode ? txt(kode) : undefined, txt(uraian), value(overrides, `T3.1!C${r}`, pagu), num(pagu / 4)]);
  });
  t31.push([txt('JUMLAH'), undefined, value(overrides, `T3.1!C${T31_JUMLAH}`, TRUE_TOTAL), num(TRUE_TOTAL / 4)]);
  const grids = [grid('T3.1', 0, t31)];
  if (options.detail !== false) {
    const d = (r: number, truth: number) => value(overrides, `Tabel 3.2!C${r}`, truth);
    grids.push(grid('Tabel 3.2', 1, [
      [txt('Tabel 3.2 Bagian Kelembagaan dan Analisis Jabatan')], [], [],
      [txt('No.'), txt('Sub Kegiatan'), txt('Alokasi dana'), txt('Realisasi')],
      [num(1), txt('Fasilitasi Kelembagaan Provinsi'), d(5, 150_000_000), num(37_500_000)],
      [num(2), txt('Penataan Analisis Jabatan'), d(6, 250_000_000), num(62_500_000)],
      [undefined, txt('Total'), d(7, 400_000_000), num(100_000_000)],
    ]));
  }
  if (options.rencana !== false) {
    const r = (row: number, truth: number) => value(overrides, `Rencana Kerja!C${row}`, truth);
    grids.push(grid('Rencana Kerja', 2, [
      [txt('3.1 Rencana Kerja pada Tahun 2024 pada Biro Contoh')], [],
      [txt('No'), txt('Program / Kegiatan'), txt('Anggaran')],
      [txt('I'), txt('Program Penunjang Urusan Pemerintahan Daerah'), r(4, 300_000_000)],
      [txt('1.1'), txt('Kegiatan Perencanaan dan Evaluasi Kinerja'), r(5, 300_000_000)],
      [txt('II'), txt('Program Penataan Organisasi'), r(6, 700_000_000)],
      [txt('2.1'), txt('Kegiatan Fasilitasi Kelembagaan dan Analisis Jabatan'), r(7, 400_000_000)],
      [txt('2.2'), txt('Kegiatan Fasilitasi Reformasi Birokrasi'), r(8, 300_000_000)],
    ]));
  }
  if (options.pk) {
    const p = (row: number, truth: number): Cell | undefined => rupiahText(overrides, `PK 2024!D${row}`, truth);
    grids.push(grid('PK 2024', 3, [
      [txt('PERJANJIAN KINERJA TAHUN 2024')], [txt('BIRO CONTOH')], [],
      [txt('No'), txt('Sasaran Strategis'), txt('Indikator Kinerja'), txt('Target 2024')],
      [txt('1.'), txt('Meningkatnya kualitas kelembagaan'), txt('Persentase PD dengan kelembagaan tepat fungsi'), txt('100%')],
      [],
      [txt('B. Pelaksanaan Anggaran')],
      [txt('1) APBD'), txt('Uraian'), txt('Alokasi'), txt('Alokasi'), txt('Keterangan')],
      [undefined, txt('a) Belanja (Program)'), undefined, p(9, TRUE_TOTAL), txt('Realisasi minimal 85%')],
      [txt('1'), txt('Penunjang Urusan Pemerintahan Daerah'), undefined, p(10, 300_000_000), txt('Realisasi minimal 90%')],
      [txt('2'), txt('Penataan Organisasi'), undefined, p(11, 700_000_000), txt('Realisasi minimal 80%')],
    ]));
  }
  if (options.dpa === 'sheet') {
    const d = (row: number, truth: number): Cell | undefined => value(overrides, `DPA!C${row}`, truth);
    grids.push(grid('DPA', 4, [
      [txt('Ringkasan DPA Biro Contoh Tahun 2024')], [],
      [txt('Kode'), txt('Uraian'), txt('Pagu DPA')],
      [txt('4.01.01'), txt('Program Penunjang Urusan Pemerintahan Daerah'), d(4, 300_000_000)],
      [txt('4.01.02'), txt('Program Penataan Organisasi'), d(5, 700_000_000)],
      [txt('Jumlah'), undefined, d(6, TRUE_TOTAL)],
    ]));
  }
  if (options.dpa === 'block') {
    const rencana = grids.find((g) => g.name === 'Rencana Kerja') ?? grids[0];
    const d = (row: number, truth: number): Cell | undefined => value(overrides, `${rencana.name}!C${row}`, truth);
    const at = rencana.rows.length + 3;
    rencana.rows.push([], [],
      [txt('Dokumen Pelaksanaan Anggaran (DPA) Tahun 2024')],
      [txt('Kode Rekening'), txt('Uraian'), txt('Pagu')],
      [txt('4.01.02.1.02'), txt('Fasilitasi Reformasi Birokrasi'), d(at + 2, 300_000_000)],
    );
  }
  return grids;
}

/** A PK figure as the seed writes it: "Rp. 1.000.000.000,-". */
function rupiahText(overrides: Overrides, key: string, truth: number): Cell | undefined {
  const v = key in overrides ? overrides[key] : truth;
  return v === null ? undefined : txt(`Rp. ${formatRupiah(v)},-`);
}
