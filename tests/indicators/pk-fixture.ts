/**
 * The seed report's section 3.4 table (Capaian Kinerja berdasarkan Perjanjian Kinerja) as MappedRow[],
 * the way the mapping hands it over: sasaran merged over its indicators is filled down with the merge's
 * top-left address. Columns: A No, B Sasaran, C Indikator, D Kondisi awal 2023, E Target 2023 sebelum
 * perubahan (ignored), F Target 2024, G Realisasi 2024, H Capaian. Data starts at row 8.
 */
import type { Cell } from '../../src/domain/grid/grid';
import type { ColumnRole, MappedRow, SheetMapping } from '../../src/domain/mapping/types';

export const PK_SHEET: SheetMapping = {
  sheet: 'Capaian PK',
  kind: 'capaian-pk',
  headerRow: 4,
  headerRows: 2,
  firstDataRow: 8,
  columns: [
    { column: 'A', role: 'no' },
    { column: 'B', role: 'sasaran' },
    { column: 'C', role: 'indikator' },
    { column: 'D', role: 'kondisiAwal' },
    { column: 'E', role: 'ignore' },
    { column: 'F', role: 'target' },
    { column: 'G', role: 'realisasi' },
    { column: 'H', role: 'capaian' },
  ],
};

/** A cell as typed: strings are text cells; numbers may carry a format and Excel's display text. */
export type Typed = string | number | null | Cell;

function toCell(v: Typed): Cell | undefined {
  if (v === null) return undefined;
  if (typeof v === 'string') return { value: v };
  if (typeof v === 'number') return { value: v, numberFormat: 'General', text: String(v).replace('.', ',') };
  return v;
}

export interface PkLine {
  no?: string;
  /** Blank = merged with the sasaran above (the mapping fills it down). */
  sasaran?: string;
  indikator: string;
  satuan?: string;
  polaritas?: string;
  kondisiAwal?: Typed;
  target: Typed;
  realisasi: Typed;
  capaian?: Typed;
}

/** MappedRow[] from lines starting at `firstRow`, with merged sasaran filled down as the mapping does. */
export function mappedRows(lines: PkLine[], firstRow = 8, fillDown = true): MappedRow[] {
  let sasaran: { text: string; address: string } | undefined;
  return lines.map((line, i) => {
    const row = firstRow + i;
    const cells: MappedRow['cells'] = {};
    const put = (role: ColumnRole, column: string, v: Typed | undefined): void => {
      if (v === undefined) return;
      cells[role] = { cell: toCell(v), address: `${column}${row}` };
    };
    put('no', 'A', line.no ?? null);
    if (line.sasaran) {
      sasaran = { text: line.sasaran, address: `B${row}` };
      put('sasaran', 'B', line.sasaran);
    } else if (fillDown && sasaran) {
      cells.sasaran = { cell: { value: sasaran.text }, address: sasaran.address };
    } else {
      put('sasaran', 'B', null);
    }
    put('indikator', 'C', line.indikator);
    put('kondisiAwal', 'D', line.kondisiAwal ?? null);
    put('target', 'F', line.target);
    put('realisasi', 'G', line.realisasi);
    put('capaian', 'H', line.capaian ?? null);
    if (line.satuan !== undefined) put('satuan', 'I', line.satuan);
    if (line.polaritas !== undefined) put('polaritas', 'J', line.polaritas);
    return { row, cells };
  });
}

/** The seed's rows, typed as in the report (text copied from Word; 37,35 is a number cell). */
export const SEED_PK_LINES: PkLine[] = [
  { no: '1.', sasaran: 'Tertaksananya Penataan Kelembagaan Provinsi dan Kabupaten/Kota', indikator: 'Hasil Evaluasi Kelembagaan PD Provinsi', kondisiAwal: '100%', target: '100%', realisasi: 37.35, capaian: null },
  { indikator: 'Jumlah usulan penataan kelembagaan kabupaten/kota yang ditindaklanjuti', kondisiAwal: '100%', target: '100%', realisasi: '-', capaian: null },
  { no: '2.', sasaran: 'Tertaksananya Fasilitasi Penyusunan Analisis Jabatan dan Analisis Beban Kerja', indikator: 'Persentase Penyusunan Analisis Jabatan dan Analisis Beban Kerja Perangkat Daerah Lingkup Pemerintah Provinsi Nusa Tenggara Timur', kondisiAwal: '100 %', target: '96,96%', realisasi: '0 %', capaian: '100%' },
  { indikator: 'Persentase Penyusunan Analisis Jabatan dan Analisis Beban Kerja pada Kabupaten /Kota', kondisiAwal: '100%', target: '100%', realisasi: '13.36%', capaian: '100%' },
  { no: '3.', sasaran: 'Meningkatnya Perangkat Daerah yang melaksanakan Tatalaksana Pemerintahan sesuai Regulasi', indikator: 'Persentase Perangkat Daerah yang melaksanakan Tatalaksana Pemerintahan sesuai Regulasi', kondisiAwal: '100%', target: '100%', realisasi: '-', capaian: null },
  { no: '4.', sasaran: 'Meningkatnya Kualitas Pelayanan Publik', indikator: 'Indeks Kepuasan masyarakat', kondisiAwal: '100%', target: '100%', realisasi: null, capaian: null },
  { no: '5.', sasaran: 'Tertelaksananya Pelayanan Administrasi Ketatausahaan Biro yang mencakup Perencanaan, Keuangan serta Kepegawaian dan Umum', indikator: 'Persentase kualitas pelayanan ketatausahaan Biro', kondisiAwal: '100%', target: '100%', realisasi: '25.49%', capaian: '25.49%' },
  { no: '6.', sasaran: 'Tertelaksananya Monitoring dan Evaluasi Akuntabilitas Kinerja.', indikator: 'Persentase Monitoring dan Evaluasi Akuntabilitas Kinerja.', kondisiAwal: '100%', target: '100%', realisasi: '37.35%', capaian: '37.35%' },
  { no: '7.', sasaran: 'Tertaksananya Reformasi Birokrasi Perangkat Daerah', indikator: 'Persentase Reformasi Birokrasi Perangkat Daerah', kondisiAwal: '100%', target: '100%', realisasi: '26%', capaian: '26%' },
  { no: '8.', sasaran: 'Tertaksananya Budaya Kerja Perangkat Daerah', indikator: 'Persentase Budaya Kerja Perangkat Daerah', kondisiAwal: '100%', target: '100%', realisasi: '0%', capaian: '0%' },
];

/** Excel's storage of a typed percentage in an Indonesian-locale workbook: a fraction under a % format. */
export function pct(fraction: number, format = '0%'): Cell {
  return { value: fraction, numberFormat: format };
}
