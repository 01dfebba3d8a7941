/**
 * A PK capaian table whose targets and realisasi are written as planners write them: SAKIP grades, "Tersedia",
 * "n dokumen", "Level 3", "≥ 80%", "85 %", and an indicator marked "(-)" for negative polarity. None of it is a
 * number-format fault. Planted: a capaian of 4 vs 3 dokumen stated 80 (75), a Kategori that does not fit
 * 106,25 %, and a grade not reached (capaian cannot be a percentage: info).
 */
import type { LayoutCase } from '../case';

const layout: LayoutCase = {
  name: 'checks-pk-qualitative',
  about: 'PK indicators with grades, availability, counts with units, levels, "≥ 80%" and a (-) polarity mark (issue 7, qualitative and unit-bearing PK values).',
  period: { year: 2024, quarter: 1 },
  sheets: [
    {
      name: 'Capaian IKU',
      title: [['CAPAIAN INDIKATOR KINERJA'], ['Triwulan I Tahun 2024'], []],
      header: [['No', 'Sasaran', 'Indikator Kinerja', 'Satuan', 'Target 2024', 'Realisasi TW I', 'Capaian (%)', 'Kategori']],
      rows: [
        /* 5 */ ['1', 'Meningkatnya akuntabilitas kinerja', 'Predikat SAKIP', 'Predikat', 'BB', 'BB', 100, 'Sangat Tinggi'],
        /* 6 */ ['', '', 'Dokumen Renstra yang ditetapkan', 'Dokumen', 'Tersedia', 'Tersedia', 100, 'Sangat Tinggi'],
        /* 7 */ ['', '', 'Jumlah dokumen evaluasi kinerja', 'Dokumen', '4 dokumen', '3 dokumen', 80, 'Tinggi'],
        /* 8 */ ['', '', 'Tingkat maturitas SPIP', 'Level', 'Level 3', 'Level 3', 100, 'Sangat Tinggi'],
        /* 9 */ ['2', 'Meningkatnya tindak lanjut hasil pengawasan', 'Persentase temuan yang ditindaklanjuti', '%', '≥ 80%', '85 %', 106.25, 'Tinggi'],
        /* 10 */ ['', '', 'Jumlah pengaduan masyarakat (-)', 'Kasus', 10, 12, 80, 'Tinggi'],
        /* 11 */ ['', '', 'Predikat Reformasi Birokrasi', 'Predikat', 'A', 'BB', '', ''],
      ],
      widths: [5, 35, 45, 10, 12, 14, 12, 14],
    },
  ],
  faults: [
    { rule: 'capaian-mismatch', sheet: 'Capaian IKU', cell: 'G7', expected: '75,00' },
    { rule: 'kategori-mismatch', sheet: 'Capaian IKU', cell: 'H9', expected: 'Sangat Tinggi' },
    { rule: 'capaian-undefined', sheet: 'Capaian IKU', cell: 'E11' },
  ],
};

export default layout;
