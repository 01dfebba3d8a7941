/**
 * Dinas PUPR, TW II: Uraian before Kode Rekening, "APBD-P 2024 (Rp)", "Realisasi Keuangan (Rp)" with its %
 * beside "Realisasi Fisik (%)" and "Deviasi (%)"; amounts partly numbers, partly text as pasted from SIPD
 * ("1.250.000.000", "Rp. 2.500.000,-"). Planted: a kegiatan realisasi off, a sub kegiatan % off, one amount
 * written with English separators (read, and warned).
 */
import type { LayoutCase } from '../../case';
import type { Row } from '../../../examples/sheet-spec';
import { budgetLines, pct, pctText, rp, rupiahText, sheetRow, totalOf, type ProgramSpec } from '../trial-kit';

const PROGRAMS: ProgramSpec[] = [
  ['1.03.02', 'PROGRAM PENGELOLAAN SUMBER DAYA AIR (SDA)', [
    ['1.03.02.1.01', 'Pengelolaan SDA dan Bangunan Pengaman Pantai pada Wilayah Sungai Lintas Kabupaten/Kota', [
      ['1.03.02.1.01.0013', 'Rehabilitasi Bendungan, Bendung, Saluran Induk/Primer', 8750000000, 2625000000],
      ['1.03.02.1.01.0031', 'Operasi dan Pemeliharaan Jaringan Irigasi', 1200000000, 600000000],
    ]],
  ]],
  ['1.03.10', 'PROGRAM PENYELENGGARAAN JALAN', [
    ['1.03.10.1.01', 'Penyelenggaraan Jalan Provinsi', [
      ['1.03.10.1.01.0025', 'Rekonstruksi Jalan', 12500000000, 3125000000],
      ['1.03.10.1.01.0027', 'Pemeliharaan Berkala Jalan', 4300000000, 2150000000],
      ['1.03.10.1.01.0034', 'Survei Kondisi Jalan/Jembatan', 2100000, 0],
    ]],
  ]],
];

const lines = budgetLines(PROGRAMS);
const total = totalOf(lines);
const ABOVE = 5;
const REAL_OFF = '1.03.02.1.01';
const PCT_OFF = '1.03.10.1.01.0027';
const ENGLISH = '1.03.10.1.01.0034';
const rowOf = (code: string): number => sheetRow(ABOVE, lines.findIndex((l) => l.code === code));
const FISIK: Record<string, number> = { sub: 45, kegiatan: 48, program: 50 };

const rows: Row[] = lines.map((l, i) => {
  const pagu: string | number = l.code === ENGLISH ? 'Rp. 2,100,000' : i % 2 === 0 ? l.pagu : rupiahText(l.pagu, 'plain');
  const realisasi = l.code === REAL_OFF ? l.realisasi - 25000000 : l.realisasi;
  const persen = l.code === PCT_OFF ? 5 : pct(l.realisasi, l.pagu);
  const realText: string | number = i % 3 === 1 ? rupiahText(realisasi, 'rp-dash') : realisasi;
  return [l.uraian, l.code, pagu, realText, persen, FISIK[l.level], Math.round((persen - FISIK[l.level]) * 100) / 100];
});
const tp = pct(total.realisasi, total.pagu);
rows.push(['TOTAL', '', total.pagu, total.realisasi, tp, 49, Math.round((tp - 49) * 100) / 100]);

const layout: LayoutCase = {
  name: 'trial-dinas-pupr',
  about: 'Blind trial: Dinas PUPR TW II, Uraian before Kode Rekening, APBD-P, Realisasi Keuangan/Fisik/Deviasi, amounts mixed numbers and SIPD text.',
  sheets: [
    {
      name: 'Keu-Fisik',
      title: [['PEMERINTAH PROVINSI NUSA TENGGARA TIMUR'], ['DINAS PEKERJAAN UMUM DAN PENATAAN RUANG'], ['LAPORAN REALISASI KEUANGAN DAN FISIK TRIWULAN II TAHUN 2024'], []],
      header: [['Uraian', 'Kode Rekening', 'APBD-P 2024 (Rp)', 'Realisasi Keuangan (Rp)', '% Keu', 'Realisasi Fisik (%)', 'Deviasi (%)']],
      rows,
      amountColumns: [2, 3],
      percentColumns: [4, 5, 6],
      widths: [60, 22, 20, 20, 8, 10, 10],
    },
  ],
  faults: [
    { rule: 'sum-mismatch', sheet: 'Keu-Fisik', cell: `D${rowOf(REAL_OFF)}`, expected: rp(3225000000) },
    { rule: 'percent-mismatch', sheet: 'Keu-Fisik', cell: `E${rowOf(PCT_OFF)}`, expected: pctText(50) },
    { rule: 'separator-style', sheet: 'Keu-Fisik', cell: `C${rowOf(ENGLISH)}` },
  ],
};

export default layout;
