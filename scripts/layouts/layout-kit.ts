/**
 * The budget the layouts cases lay out in their own ways: one Dinas' programmes, kegiatan and sub kegiatan,
 * whose sums and percentages agree, so each case's planted faults are the only ones.
 */

export interface BudgetLine {
  code: string;
  uraian: string;
  pagu: number;
  realisasi: number;
}

export const DINAS_BUDGET: BudgetLine[] = [
  { code: '2.15.01', uraian: 'Program Penunjang Urusan Pemerintahan Daerah Provinsi', pagu: 800000000, realisasi: 400000000 },
  { code: '2.15.01.2.01', uraian: 'Perencanaan, Penganggaran, dan Evaluasi Kinerja', pagu: 300000000, realisasi: 150000000 },
  { code: '2.15.01.2.01.0001', uraian: 'Penyusunan Dokumen Perencanaan', pagu: 100000000, realisasi: 40000000 },
  { code: '2.15.01.2.01.0002', uraian: 'Koordinasi Penyusunan Laporan Kinerja', pagu: 200000000, realisasi: 110000000 },
  { code: '2.15.01.2.02', uraian: 'Administrasi Keuangan Perangkat Daerah', pagu: 500000000, realisasi: 250000000 },
  { code: '2.15.01.2.02.0001', uraian: 'Penyediaan Gaji dan Tunjangan ASN', pagu: 500000000, realisasi: 250000000 },
  { code: '2.15.02', uraian: 'Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan', pagu: 450000000, realisasi: 180000000 },
  { code: '2.15.02.1.01', uraian: 'Penetapan Rencana Induk Jaringan LLAJ', pagu: 450000000, realisasi: 180000000 },
  { code: '2.15.02.1.01.0001', uraian: 'Penyusunan Rencana Induk Jaringan LLAJ', pagu: 250000000, realisasi: 100000000 },
  { code: '2.15.02.1.01.0002', uraian: 'Survei Lalu Lintas Jalan Provinsi', pagu: 200000000, realisasi: 80000000 },
];

export const DINAS_TOTAL = { pagu: 1250000000, realisasi: 580000000 };

/** realisasi / pagu × 100, to two decimals, as planners type it. */
export function percentOf(realisasi: number, pagu: number): number {
  return Math.round((realisasi / pagu) * 10000) / 100;
}

/** The code's segments: 2.15.01.2.01.0001 → ["2", "15", "01", "2.01", "0001"] (kegiatan "2.01" is one part). */
export function kodeParts(code: string): string[] {
  const s = code.split('.');
  const parts = [s[0], s[1], s[2]];
  if (s.length >= 5) parts.push(`${s[3]}.${s[4]}`);
  if (s.length >= 6) parts.push(s[5]);
  return parts;
}
