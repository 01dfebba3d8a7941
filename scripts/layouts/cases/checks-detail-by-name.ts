/**
 * A detail table without codes beside Tabel 3.1: its sub kegiatan are numbered, named as in Tabel 3.1, with
 * their line items beneath. One sub kegiatan's pagu differs from Tabel 3.1's, so no equal pagu pairs them:
 * the name alone does, and the difference is reported on the detail's cell.
 */
import type { LayoutCase } from '../case';
import { DINAS_TOTAL, percentOf, tabel31 } from '../checks-kit';

const layout: LayoutCase = {
  name: 'checks-detail-by-name',
  about: 'Tabel 3.1 and a detail table without codes that disagree on a sub kegiatan\'s pagu, matched by name (issue 7, detail vs Tabel 3.1 by name).',
  period: { year: 2024, quarter: 2 },
  sheets: [
    tabel31(
      'Tabel 3.1',
      'Triwulan II Tahun 2024',
      ['Kode', 'Uraian', 'Pagu', 'Realisasi', 'Capaian (%)'],
      (line) => [line.pagu, line.realisasi, percentOf(line.realisasi, line.pagu)],
      [DINAS_TOTAL.pagu, DINAS_TOTAL.realisasi, percentOf(DINAS_TOTAL.realisasi, DINAS_TOTAL.pagu)],
    ),
    {
      name: 'Bidang LLAJ',
      title: [['Tabel 3.2 Bidang Lalu Lintas dan Angkutan Jalan'], ['Alokasi anggaran tahun 2024 dan realisasi sampai dengan 30 Juni 2024'], []],
      header: [['No.', 'Sub Kegiatan', 'Alokasi Dana', 'Realisasi']],
      rows: [
        /* 5 */ [1, 'Penyusunan Rencana Induk Jaringan LLAJ', 'Rp. 250.000.000', 'Rp. 100.000.000'],
        /* 6 */ ['', 'Belanja Jasa Tenaga Ahli', 'Rp. 200.000.000', 'Rp. 80.000.000'],
        /* 7 */ ['', 'Belanja Perjalanan Dinas Biasa', 'Rp. 50.000.000', 'Rp. 20.000.000'],
        /* 8 */ [2, 'Survei Lalu Lintas Jalan Provinsi', 'Rp. 220.000.000', 'Rp. 80.000.000'],
        /* 9 */ ['', 'Belanja Jasa Survei', 'Rp. 220.000.000', 'Rp. 80.000.000'],
      ],
      widths: [5, 50, 18, 18],
    },
  ],
  faults: [{ rule: 'cross-table-mismatch', sheet: 'Bidang LLAJ', cell: 'C8', expected: '200.000.000' }],
};

export default layout;
