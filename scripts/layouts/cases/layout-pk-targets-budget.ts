/**
 * The Perjanjian Kinerja as a bureau keeps it: the target table by year (two header rows), then under it the PK's
 * budget block ("Pelaksanaan Anggaran": Uraian | Alokasi, "Rp. 1.250.000.000,-" and a line per programme), beside
 * the Tabel 3.1 it signs for. The targets are read as a table of targets; the budget lines are witnesses for the
 * settlement: planted, a JUMLAH pagu typed wrong that the programmes and the PK's budget both contradict.
 */
import type { LayoutCase } from '../case';
import type { Row } from '../../examples/sheet-spec';
import { DINAS_BUDGET, DINAS_TOTAL, percentOf } from '../layout-kit';

const budgetRows: Row[] = DINAS_BUDGET.map((l) => [l.code, l.uraian, l.pagu, l.realisasi, percentOf(l.realisasi, l.pagu)]);
budgetRows.push(['', 'JUMLAH', 1205000000, DINAS_TOTAL.realisasi, percentOf(DINAS_TOTAL.realisasi, DINAS_TOTAL.pagu)]);

const layout: LayoutCase = {
  name: 'layout-pk-targets-budget',
  about: 'Perjanjian Kinerja sheet: targets by year over two header rows, then the PK budget block (Uraian | Alokasi) used as a witness for Tabel 3.1 (issue 7, PK target table with a budget block).',
  sheets: [
    {
      name: 'PK 2024',
      title: [['PERJANJIAN KINERJA TAHUN 2024'], ['DINAS PERHUBUNGAN PROVINSI'], ['Tabel 2.2'], []],
      header: [
        ['NO', 'SASARAN STRATEGIS', 'INDIKATOR KINERJA', 'KONDISI AWAL', 'TARGET', '', ''],
        ['', '', '', '2023', '2024', '2025', '2026'],
      ],
      headerMerges: ['A5:A6', 'B5:B6', 'C5:C6', 'E5:G5'],
      rows: [
        /* 7 */ ['1.', 'Meningkatnya keselamatan lalu lintas', 'Persentase penurunan angka kecelakaan', '15', '20', '25', '30'],
        /* 8 */ ['', '', 'Indeks kepuasan layanan angkutan umum', '74,5', 76, 78, 80],
        /* 9 */ ['', '', 'Jumlah kendaraan yang diuji', 3500, 4000, 4500, 5000],
        /* 10 */ [],
        /* 11 */ ['B.', 'Pelaksanaan Anggaran'],
        /* 12 */ ['1)', 'APBD', 'Uraian', 'Alokasi', 'Keterangan'],
        /* 13 */ ['', '', 'a) Belanja (Program)', 'Rp. 1.250.000.000,-', 'Realisasi minimal 85%'],
        /* 14 */ ['', '1', 'Program Penunjang Urusan Pemerintahan Daerah Provinsi', 'Rp. 800.000.000,-', 'Realisasi minimal 90%'],
        /* 15 */ ['', '2', 'Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan', 'Rp. 450.000.000,-', 'Realisasi minimal 85%'],
      ],
      bodyMerges: ['A7:A9', 'B7:B9'],
      widths: [5, 35, 45, 16, 12, 10, 10],
    },
    {
      name: 'Tabel 3.1',
      title: [['Realisasi Anggaran Triwulan II Tahun 2024'], []],
      header: [['Kode', 'Uraian', 'Pagu (Rp)', 'Realisasi (Rp)', 'Capaian (%)']],
      rows: budgetRows,
      amountColumns: [2, 3],
      percentColumns: [4],
    },
  ],
  // JUMLAH's pagu: 1.205.000.000 typed where both programmes and the PK's Belanja (Program) say 1.250.000.000.
  faults: [{ rule: 'sum-mismatch', sheet: 'Tabel 3.1', cell: 'C14', expected: '1.250.000.000' }],
};

export default layout;
