/**
 * Dinas Kesehatan's Perjanjian Kinerja, TW II: Target Tahunan beside Target TW I–IV (cumulative) under a merged
 * "Target" group, values with units ("75 %", "20 Puskesmas"), a grade, "Tersedia", and a (-) indicator.
 * The quarter's target is the one to score against. Planted: a capaian computed against the annual target
 * instead of TW II's, a Kategori that does not fit its capaian.
 */
import type { LayoutCase } from '../../case';

const layout: LayoutCase = {
  name: 'trial-pk-dinkes',
  about: 'Blind trial: Dinkes PK TW II, Target Tahunan beside merged Target TW I–IV, unit-bearing and qualitative values, (-) polarity.',
  sheets: [
    {
      name: 'Capaian PK',
      title: [['PENGUKURAN KINERJA DINAS KESEHATAN'], ['TRIWULAN II TAHUN 2024'], []],
      header: [
        ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Target Tahunan', 'Target', '', '', '', 'Realisasi TW II', 'Capaian (%)', 'Kategori'],
        ['', '', '', '', '', 'TW I', 'TW II', 'TW III', 'TW IV', '', '', ''],
      ],
      headerMerges: ['A1:L1', 'A2:L2', 'A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:E5', 'F4:I4', 'J4:J5', 'K4:K5', 'L4:L5'],
      rows: [
        /* 6 */ ['1', 'Meningkatnya derajat kesehatan masyarakat', 'Angka Kematian Ibu (-)', 'per 100.000 KH', 120, 120, 120, 120, 120, 126, 95, 'Sangat Tinggi'],
        /* 7 */ ['', '', 'Persentase Puskesmas terakreditasi', '%', '90 %', '60 %', '75 %', '85 %', '90 %', '72 %', 80, 'Tinggi'],
        /* 8 */ ['', '', 'Jumlah Puskesmas yang menerapkan SIK', 'Puskesmas', '40 Puskesmas', '10 Puskesmas', '20 Puskesmas', '30 Puskesmas', '40 Puskesmas', '18 Puskesmas', 90, 'Sangat Tinggi'],
        /* 9 */ ['2', 'Meningkatnya akuntabilitas kinerja', 'Predikat SAKIP Dinas', 'Predikat', 'BB', 'BB', 'BB', 'BB', 'BB', 'BB', 100, 'Sangat Tinggi'],
        /* 10 */ ['', '', 'Dokumen Renstra yang ditetapkan', 'Dokumen', 'Tersedia', 'Tersedia', 'Tersedia', 'Tersedia', 'Tersedia', 'Tersedia', 100, 'Sangat Tinggi'],
      ],
      percentColumns: [10],
      widths: [5, 35, 40, 14, 12, 10, 10, 10, 10, 14, 11, 14],
    },
  ],
  faults: [
    { rule: 'capaian-mismatch', sheet: 'Capaian PK', cell: 'K7', expected: '96,00' },
    { rule: 'kategori-mismatch', sheet: 'Capaian PK', cell: 'L8', expected: 'Tinggi' },
  ],
};

export default layout;
