/**
 * Inspektorat, TW III: a Tabel 3.1 with an anggaran kas column ("Target Keuangan TW III (Rp)") before the
 * realisasi, a "Catatan" sheet of paragraphs only (amounts inside sentences: not a table) and a "Grafik" sheet
 * holding the small per-quarter series a chart is drawn from: figures Lapkin does not check, so the sheet must say
 * so (sheet-not-checked) rather than pass silently.
 * Planted: JUMLAH's realisasi off, a kegiatan's capaian off.
 */
import type { LayoutCase } from '../../case';
import type { Row } from '../../../examples/sheet-spec';
import { budgetLines, pct, pctText, rp, sheetRow, totalOf, type ProgramSpec } from '../trial-kit';

const PROGRAMS: ProgramSpec[] = [
  ['6.01.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI', [
    ['6.01.01.2.02', 'Administrasi Keuangan Perangkat Daerah', [
      ['6.01.01.2.02.0001', 'Penyediaan Gaji dan Tunjangan ASN', 3800000000, 2831000000],
    ]],
  ]],
  ['6.01.02', 'PROGRAM PENYELENGGARAAN PENGAWASAN', [
    ['6.01.02.2.01', 'Penyelenggaraan Pengawasan Internal', [
      ['6.01.02.2.01.0001', 'Pengawasan Kinerja Pemerintah Daerah', 425000000, 297500000],
      ['6.01.02.2.01.0002', 'Pengawasan Keuangan Pemerintah Daerah', 515000000, 386250000],
    ]],
    ['6.01.02.2.02', 'Penyelenggaraan Pengawasan dengan Tujuan Tertentu', [
      ['6.01.02.2.02.0001', 'Reviu Laporan Kinerja', 60000000, 45000000],
    ]],
  ]],
];

const lines = budgetLines(PROGRAMS);
const total = totalOf(lines);
const ABOVE = 4;
const PCT_OFF = '6.01.02.2.01';
const rowOf = (code: string): number => sheetRow(ABOVE, lines.findIndex((l) => l.code === code));
/** Anggaran kas: three quarters of the pagu by the end of TW III. */
const kas = (pagu: number): number => Math.round(pagu * 0.75);

const rows: Row[] = lines.map((l) => [l.code, l.uraian, l.pagu, kas(l.pagu), l.realisasi, l.code === PCT_OFF ? 68.4 : pct(l.realisasi, l.pagu)]);
const jumlahRow = sheetRow(ABOVE, rows.length);
rows.push(['', 'JUMLAH', total.pagu, kas(total.pagu), total.realisasi - 50000000, pct(total.realisasi, total.pagu)]);

const layout: LayoutCase = {
  name: 'trial-inspektorat-notes',
  about: 'Blind trial: Inspektorat TW III, anggaran kas column beside realisasi, a notes-only sheet and a chart-data sheet that are not tables.',
  sheets: [
    {
      name: 'Tabel 3.1',
      title: [['Tabel 3.1'], ['Realisasi Anggaran Inspektorat Daerah Triwulan III Tahun 2024'], []],
      header: [['Kode', 'Program/Kegiatan/Sub Kegiatan', 'Pagu (Rp)', 'Target Keuangan TW III (Rp)', 'Realisasi (Rp)', 'Capaian (%)']],
      rows,
      amountColumns: [2, 3, 4],
      percentColumns: [5],
      widths: [20, 55, 18, 18, 18, 10],
    },
    {
      name: 'Catatan',
      title: [['CATATAN ATAS REALISASI TRIWULAN III']],
      header: [[]],
      rows: [
        [],
        ['1. Realisasi belanja pegawai sebesar Rp 2.831.000.000 atau 74,50 % dari pagu.'],
        ['2. Pengawasan keuangan dilaksanakan pada 12 perangkat daerah sesuai PKPT 2024.'],
        ['3. Reviu Laporan Kinerja selesai pada 15 Agustus 2024.'],
        [],
        ['Permasalahan:'],
        ['Keterlambatan pencairan SP2D pada bulan Juli menyebabkan serapan di bawah rencana kas.'],
        [],
        ['Kupang, 7 Oktober 2024'],
        ['Inspektur Daerah'],
      ],
      widths: [110],
    },
    {
      name: 'Grafik',
      title: [['Data Grafik Serapan Anggaran 2024'], []],
      header: [['Triwulan', 'Rencana (%)', 'Realisasi (%)']],
      rows: [
        ['TW I', 22, 19.8],
        ['TW II', 47, 44.1],
        ['TW III', 75, 74.16],
        ['TW IV', 100, null],
      ],
      percentColumns: [1, 2],
      widths: [12, 14, 14],
    },
  ],
  uncheckedSheets: ['Grafik'],
  faults: [
    { rule: 'sum-mismatch', sheet: 'Tabel 3.1', cell: `E${jumlahRow}`, expected: rp(total.realisasi) },
    { rule: 'percent-mismatch', sheet: 'Tabel 3.1', cell: `F${rowOf(PCT_OFF)}`, expected: pctText(pct(683750000, 940000000)) },
  ],
};

export default layout;
