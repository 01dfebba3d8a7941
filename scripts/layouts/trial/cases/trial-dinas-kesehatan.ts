/**
 * Dinas Kesehatan, TW II: amounts typed as text ("Rp 1.250.000.000,00") as a web export leaves them, Anggaran
 * Sebelum / Setelah Perubahan side by side (the later one is the pagu), "% Capaian", a "TOTAL" row.
 * Planted: a sub kegiatan spent over its pagu, and a sub kegiatan code typed twice.
 */
import type { LayoutCase } from '../../case';
import type { Row } from '../../../examples/sheet-spec';
import { budgetLines, pct, rupiahText, sheetRow, totalOf, type ProgramSpec } from '../trial-kit';

const PROGRAMS: ProgramSpec[] = [
  ['1.02.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI', [
    ['1.02.01.2.02', 'Administrasi Keuangan Perangkat Daerah', [
      ['1.02.01.2.02.0001', 'Penyediaan Gaji dan Tunjangan ASN', 6400000000, 3150000000],
      ['1.02.01.2.02.0005', 'Koordinasi dan Pelaksanaan Akuntansi SKPD', 120000000, 48000000],
    ]],
  ]],
  ['1.02.02', 'PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT', [
    ['1.02.02.2.01', 'Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Provinsi', [
      ['1.02.02.2.01.0014', 'Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan', 2350000000, 987000000],
      ['1.02.02.2.01.0020', 'Pemeliharaan Rutin dan Berkala Alat Kesehatan', 180000000, 205500000],
    ]],
    ['1.02.02.2.02', 'Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Provinsi', [
      ['1.02.02.2.02.0001', 'Pengelolaan Pelayanan Kesehatan bagi Penduduk Terdampak Krisis Kesehatan', 275000000, 96250000],
      ['1.02.02.2.02.0003', 'Pengelolaan Pelayanan Kesehatan Gizi Masyarakat', 310000000, 124000000],
    ]],
  ]],
];

const lines = budgetLines(PROGRAMS);
const total = totalOf(lines);
const ABOVE = 4;
const OVER = '1.02.02.2.01.0020';
const TYPED_TWICE = '1.02.02.2.02.0003';
const rowOf = (code: string): number => sheetRow(ABOVE, lines.findIndex((l) => l.code === code));

/** The budget before the APBD-P: the sub kegiatan of 1.02.02.2.01 were cut by 5 %. */
const murni = (code: string, pagu: number): number => (code.startsWith('1.02.02.2.01') ? Math.round(pagu * 1.05) : pagu);
const murniOf = (l: (typeof lines)[number]): number =>
  l.level === 'sub'
    ? murni(l.code, l.pagu)
    : lines.filter((s) => s.level === 'sub' && s.code.startsWith(`${l.code}.`)).reduce((a, s) => a + murni(s.code, s.pagu), 0);

const rows: Row[] = lines.map((l) => [
  l.code === TYPED_TWICE ? '1.02.02.2.02.0001' : l.code,
  l.uraian,
  rupiahText(murniOf(l)),
  rupiahText(l.pagu),
  rupiahText(l.realisasi),
  `${pct(l.realisasi, l.pagu).toFixed(2).replace('.', ',')}%`,
]);
const murniTotal = lines.filter((l) => l.level === 'program').reduce((a, l) => a + murniOf(l), 0);
rows.push(['', 'TOTAL', rupiahText(murniTotal), rupiahText(total.pagu), rupiahText(total.realisasi), `${pct(total.realisasi, total.pagu).toFixed(2).replace('.', ',')}%`]);

const layout: LayoutCase = {
  name: 'trial-dinas-kesehatan',
  about: 'Blind trial: Dinas Kesehatan TW II, amounts as Indonesian text with Rp and ,00, Anggaran Sebelum/Setelah Perubahan, "% Capaian", TOTAL.',
  sheets: [
    {
      name: 'LRA Dinkes',
      title: [['LAPORAN REALISASI ANGGARAN DINAS KESEHATAN'], ['KEADAAN S.D. 30 JUNI 2024 (TRIWULAN II)'], []],
      header: [['Kode Rekening', 'Uraian', 'Anggaran Sebelum Perubahan', 'Anggaran Setelah Perubahan', 'Realisasi Keuangan s.d. Triwulan II (Rp)', '% Capaian']],
      rows,
      widths: [22, 60, 24, 24, 24, 10],
    },
  ],
  faults: [
    { rule: 'over-budget', sheet: 'LRA Dinkes', cell: `E${rowOf(OVER)}` },
    { rule: 'duplicate-code', sheet: 'LRA Dinkes', cell: `A${rowOf(TYPED_TWICE)}` },
  ],
};

export default layout;
