/**
 * Two activity tables of TW I 2024: one with "Tanggal Mulai" / "Tanggal Selesai" columns (Excel dates and typed
 * text), one with ranges in one cell ("26–28 Februari 2024"). Planted: an end before its start in each, and an
 * end date after the quarter.
 */
import type { LayoutCase } from '../case';

const layout: LayoutCase = {
  name: 'checks-activity-dates',
  about: 'Activities with Tanggal Mulai/Selesai columns and with date ranges in one cell (issue 7, end before start or after the quarter).',
  period: { year: 2024, quarter: 1 },
  sheets: [
    {
      name: 'Jadwal Kegiatan',
      title: [['JADWAL PELAKSANAAN KEGIATAN'], ['Triwulan I Tahun 2024'], []],
      header: [['No', 'Kegiatan', 'Tanggal Mulai', 'Tanggal Selesai', 'Hasil']],
      rows: [
        /* 5 */ ['1', 'Rapat koordinasi perencanaan', { date: '2024-01-15' }, { date: '2024-01-16' }, 'Notulen'],
        /* 6 */ ['2', 'Bimbingan teknis SAKIP', { date: '2024-02-20' }, { date: '2024-02-12' }, 'Laporan bimtek'],
        /* 7 */ ['3', 'Monitoring dan evaluasi triwulan', '25 Maret 2024', '5 April 2024', 'Laporan monev'],
        /* 8 */ ['4', 'Penyusunan laporan kinerja', '4 Maret 2024', '28 Maret 2024', 'Dokumen LKj'],
      ],
      widths: [5, 45, 16, 16, 20],
    },
    {
      name: 'Kegiatan Bagian',
      title: [['KEGIATAN BAGIAN TATA LAKSANA'], ['Triwulan I Tahun 2024'], []],
      header: [['No', 'Kegiatan', 'Waktu Pelaksanaan', 'Hasil']],
      rows: [
        /* 5 */ ['1', 'Sosialisasi tata naskah dinas', '26–28 Februari 2024', 'Laporan'],
        /* 6 */ ['2', 'Evaluasi standar pelayanan', '28–26 Februari 2024', 'Laporan'],
        /* 7 */ ['3', 'Desk analisis beban kerja', '11 s/d 13 Maret 2024', 'Dokumen ABK'],
      ],
      widths: [5, 45, 24, 20],
    },
  ],
  faults: [
    { rule: 'date-order', sheet: 'Jadwal Kegiatan', cell: 'D6', expected: '20 Februari 2024' },
    { rule: 'date-out-of-period', sheet: 'Jadwal Kegiatan', cell: 'D7', expected: '1 Januari – 31 Maret 2024' },
    { rule: 'date-order', sheet: 'Kegiatan Bagian', cell: 'C6' },
  ],
};

export default layout;
