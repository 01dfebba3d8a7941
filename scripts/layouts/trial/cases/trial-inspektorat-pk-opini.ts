/**
 * Inspektorat, TW IV: a Perjanjian Kinerja capaian table whose targets are partly qualitative — the BPK opinion
 * ("WTP"), a SAKIP grade ("BB"), a maturity level ("Level 3") — beside numbers typed as Indonesian text ("86,4"),
 * a (-) indicator and a Kategori column.
 * Planted: the (-) indicator's capaian computed as R / T, a Kategori one band too low.
 */
import type { LayoutCase } from '../../case';

const layout: LayoutCase = {
  name: 'trial-inspektorat-pk-opini',
  about: 'Blind trial: Inspektorat PK TW IV, qualitative targets (WTP opinion, SAKIP grade, Level 3) beside numbers typed as text, a (-) indicator, Kategori.',
  sheets: [
    {
      name: 'Capaian Kinerja',
      title: [['INSPEKTORAT DAERAH PROVINSI'], ['PENGUKURAN CAPAIAN KINERJA TRIWULAN IV TAHUN 2024'], [], []],
      header: [['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Target 2024', 'Realisasi 2024', 'Capaian (%)', 'Kategori', 'Ket.']],
      rows: [
        /* 6 */ ['1', 'Meningkatnya akuntabilitas keuangan dan kinerja Pemerintah Provinsi', 'Opini BPK atas LKPD Provinsi', 'Opini', 'WTP', 'WTP', 100, 'Sangat Tinggi', 'LHP BPK Mei 2024'],
        /* 7 */ ['', '', 'Nilai SAKIP Pemerintah Provinsi', 'Predikat', 'BB', 'BB', 100, 'Sangat Tinggi', ''],
        /* 8 */ ['', '', 'Level Maturitas SPIP', 'Level', 'Level 3', 'Level 3', 100, 'Sangat Tinggi', 'Penilaian BPKP'],
        /* 9 */ ['2', 'Meningkatnya kualitas pengawasan internal', 'Persentase rekomendasi hasil pengawasan yang ditindaklanjuti', '%', '80', '86,4', 108, 'Sangat Tinggi', ''],
        /* 10 */ ['', '', 'Jumlah temuan berulang (-)', 'Temuan', 10, 12, 120, 'Tinggi', ''],
        /* 11 */ ['', '', 'Indeks Kepuasan Auditi', 'Indeks', '3,5', '3,2', 91.43, 'Tinggi', 'Survei Desember 2024'],
        /* 12 */ ['', '', 'Persentase PD dengan nilai SAKIP minimal BB', '%', 45.45, 51.51, 113.33, 'Sangat Tinggi', '17 dari 33 PD'],
      ],
      percentColumns: [6],
      widths: [5, 40, 45, 10, 12, 12, 11, 14, 20],
    },
  ],
  faults: [
    { rule: 'capaian-mismatch', sheet: 'Capaian Kinerja', cell: 'G10', expected: '80,00' },
    { rule: 'kategori-mismatch', sheet: 'Capaian Kinerja', cell: 'H11', expected: 'Sangat Tinggi' },
  ],
};

export default layout;
