import { buildActivityTable } from '../../src/domain/activities/build';
import type { ActivityDate } from '../../src/domain/model';
import { FIRST_DATA_ROW, kegiatanSheet, mappedRows, TABEL_3_3, TABEL_3_5, TABEL_3_7, type Line } from './seed-kegiatan';

const rowOf = (lines: Line[], uraianStart: string): number => {
  const i = lines.findIndex((l) => l[1].startsWith(uraianStart));
  if (i < 0) throw new Error(`no line ${uraianStart}`);
  return FIRST_DATA_ROW + i;
};
const d = (year: number, month: number, day?: number): ActivityDate => (day === undefined ? { year, month } : { year, month, day });

describe('buildActivityTable on the seed kegiatan tables', () => {
  test.each<[string, Line[], number, string[]]>([
    ['Tabel 3.3', TABEL_3_3, 11, ['A. Kelembagaan', 'B. Analisis Jabatan dan Analisis Beban Kerja']],
    ['Tabel 3.5', TABEL_3_5, 7, ['A. Tata Laksana Pemerintahan', 'B. Pelayanan Publik']],
    ['Tabel 3.7', TABEL_3_7, 17, ['A. Reformasi Birokrasi', 'B. Akuntabilitas Kinerja']],
  ])('%s: %d activities under their sections, headings and split rows not counted', (name, lines, count, groups) => {
    const table = buildActivityTable(kegiatanSheet(name, 'Bagian'), mappedRows(lines), 2024);
    expect(table.sheet).toBe(name);
    expect(table.title).toBe('Bagian');
    expect(table.activities).toHaveLength(count);
    expect([...new Set(table.activities.map((a) => a.group))]).toEqual(groups);
    for (const a of table.activities) expect(a.uraian).toMatch(/^\d+\. /);
  });

  test.each<[Line[], string, ActivityDate | undefined, ActivityDate | undefined]>([
    [TABEL_3_3, '1. Desk Evaluasi', d(2024, 2, 26), d(2024, 2, 26)],
    [TABEL_3_3, '2. Fasilitasi ke', undefined, undefined],
    [TABEL_3_3, '4. Melakukan Studi Tiru', d(2024, 1, 30), d(2024, 2, 1)],
    [TABEL_3_3, '6. Asistensi', d(2024, 3), d(2024, 3)],
    [TABEL_3_3, '2. Konsultasi', d(2024, 2, 26), d(2024, 2, 28)],
    [TABEL_3_3, '3. Melakukan Desk', d(2024, 3, 25), d(2024, 3, 26)],
    [TABEL_3_3, '4. Penerbitan', d(2024, 1), d(2024, 2)],
    [TABEL_3_7, '4. Rapat Rencana', d(2024, 3, 7), d(2024, 3, 8)],
    [TABEL_3_7, '7. Menyusun draft', d(2024, 1), d(2024, 3)],
    [TABEL_3_7, '8. Menyusun SK', d(2024, 3), d(2024, 3)],
    [TABEL_3_7, '1. Menyusun LKIP', d(2024, 1), d(2024, 3)],
    [TABEL_3_7, '2. Menyusun PK', d(2026, 3), d(2026, 3)],
  ])('%#: %s is dated %j – %j from its waktu cell', (lines, start, from, to) => {
    const table = buildActivityTable(kegiatanSheet('S', 'T'), mappedRows(lines), 2024);
    const a = table.activities.find((x) => x.uraian.startsWith(start));
    expect(a).toBeDefined();
    expect(a?.start).toEqual(from);
    expect(a?.end).toEqual(to);
    expect(a?.row).toBe(rowOf(lines, start));
    expect(a?.cell).toBe(`C${rowOf(lines, start)}`);
  });

  test('a row the page break split off joins the activity above (uraian, hasil, keterangan)', () => {
    const table = buildActivityTable(kegiatanSheet('3.5', ''), mappedRows(TABEL_3_5));
    const a = table.activities[1];
    expect(a.uraian).toBe('2. Pendampingan Evaluasi SOP AP Biro Organisasi Provinsi NTT');
    expect(a.hasil).toBe('Terlaksananya Penyusunan Review SOP AP');
    expect(a.keterangan).toBe('Kep Gub Nomor 350/KEP/HK/2021(Proses Review)');
    expect(a.keteranganCell).toBe(`E${rowOf(TABEL_3_5, '2. Pendampingan')}`);
    const first = buildActivityTable(kegiatanSheet('3.3', ''), mappedRows(TABEL_3_3)).activities[0];
    expect(first.uraian).toBe(
      '1. Desk Evaluasi Kelembagaan Perangkat daerah berdasarkan PerMenPAN RB Nomor 20 tahun 2018 tentang Pedoman Evaluasi Kelembagaan Instansi Pemerintah',
    );
    const lkip = buildActivityTable(kegiatanSheet('3.7', ''), mappedRows(TABEL_3_7)).activities.find((x) => x.uraian.startsWith('4. Memfasilitasi'));
    expect(lkip?.hasil).toBe('Tersusunnya dokumen LKIP, PK dan Rencana Aksi PD.');
  });

  test('a year-less waktu ("Januari- Maret") stays undated without the report year', () => {
    const a = buildActivityTable(kegiatanSheet('3.7', ''), mappedRows(TABEL_3_7)).activities.find((x) => x.raw === 'Januari- Maret');
    expect(a?.start).toBeUndefined();
    expect(a?.raw).toBe('Januari- Maret');
  });

  test('a table numbered in the No column, with a column-number row, empty rows and an Excel date cell', () => {
    const lines: Line[] = [
      ['1', '2', '3', '4', '5'],
      ['1', 'Rapat koordinasi', { value: 45351, numberFormat: 'dd mmmm yyyy', text: '29 Februari 2024' }, 'Notulen', ''],
      ['', '', '', '', ''],
      ['2', 'Bimbingan teknis', '26/02/2024', 'Laporan', ''],
      ['3', 'Monitoring', 'Setiap bulan', '', ''],
    ];
    const table = buildActivityTable(kegiatanSheet('K', ''), mappedRows(lines));
    expect(table.activities.map((a) => [a.row, a.uraian, a.raw, a.start])).toEqual([
      [FIRST_DATA_ROW + 1, 'Rapat koordinasi', '29 Februari 2024', d(2024, 2, 29)],
      [FIRST_DATA_ROW + 3, 'Bimbingan teknis', '26/02/2024', d(2024, 2, 26)],
      [FIRST_DATA_ROW + 4, 'Monitoring', 'Setiap bulan', undefined],
    ]);
  });
});
