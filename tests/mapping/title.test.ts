import { findTitle } from '../../src/domain/mapping/title';
import { gridOf } from './grid-builder';

describe('findTitle above a detail or kegiatan table', () => {
  const cases: [string[], string | undefined][] = [
    [['I. Bagian Kelembagaan dan Analisis Jabatan', '1. Pelaksanaan Kegiatan Triwulan I sesuai dengan Renja/DPA 2024', 'Tabel 3.2'], 'Bagian Kelembagaan dan Analisis Jabatan'],
    [['Tabel 3.4 Bagian Tatalaksana', 'Alokasi anggaran tahun 2024 dan realisasi sampai dengan tanggal 31 Maret 2024'], 'Bagian Tatalaksana'],
    [['Tabel 3.6 - Bagian Reformasi Birokrasi dan Akuntabilitas Kinerja'], 'Bagian Reformasi Birokrasi dan Akuntabilitas Kinerja'],
    [['Jadwal Pelaksanaan Kegiatan Triwulan II 2024', 'Tabel 5'], 'Jadwal Pelaksanaan Kegiatan Triwulan II 2024'],
    [['Tabel 3.3'], undefined],
    [[], undefined],
  ];
  test.each(cases)('%j → %s', (lines, title) => {
    const grid = gridOf('S', [...lines.map((l) => [l]), ['No.', 'Kegiatan', 'Waktu Pelaksanaan']]);
    expect(findTitle(grid, lines.length)).toBe(title);
  });
});
