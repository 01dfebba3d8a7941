/**
 * Budget sheets that list, under each sub kegiatan, its belanja by kode rekening, grouped as a DPA lists it
 * (5 Belanja → 5.1 Belanja Operasi → 5.1.02 Belanja Barang dan Jasa → … → 5.1.02.01.01.0024 Alat Tulis Kantor).
 * A unit's programmes, kegiatan and sub kegiatan with each sub kegiatan's items (the leaves), and which group
 * levels a layout writes; every stated amount is a sum, so a case's planted faults are its only ones.
 */
import { percentOf } from './layout-kit';

/** A line item (a leaf kode rekening): code, name, pagu, realisasi. */
export type ItemSpec = [code: string, uraian: string, pagu: number, realisasi: number];
export type RekeningSubSpec = [code: string, uraian: string, items: ItemSpec[]];
export type RekeningKegiatanSpec = [code: string, uraian: string, subs: RekeningSubSpec[]];
export type RekeningProgramSpec = [code: string, uraian: string, kegiatan: RekeningKegiatanSpec[]];

/** The names of the kode rekening groups the cases write (Permendagri 90/2019's akun, kelompok, jenis, objek, rincian objek). */
export const GROUP_NAMES: Record<string, string> = {
  '5': 'BELANJA DAERAH',
  '5.1': 'BELANJA OPERASI',
  '5.1.01': 'Belanja Pegawai',
  '5.1.01.01': 'Belanja Gaji dan Tunjangan ASN',
  '5.1.01.01.01': 'Belanja Gaji Pokok ASN',
  '5.1.02': 'Belanja Barang dan Jasa',
  '5.1.02.01': 'Belanja Barang',
  '5.1.02.01.01': 'Belanja Barang Pakai Habis',
  '5.1.02.02': 'Belanja Jasa',
  '5.1.02.02.01': 'Belanja Jasa Kantor',
  '5.1.02.04': 'Belanja Perjalanan Dinas',
  '5.1.02.04.01': 'Belanja Perjalanan Dinas Dalam Negeri',
  '5.2': 'BELANJA MODAL',
  '5.2.02': 'Belanja Modal Peralatan dan Mesin',
  '5.2.02.05': 'Belanja Modal Alat Kantor dan Rumah Tangga',
  '5.2.02.05.01': 'Belanja Modal Alat Kantor',
};

export type LineLevel = 'program' | 'kegiatan' | 'sub' | 'group' | 'item';

export interface RekeningLine {
  level: LineLevel;
  /** The programme, kegiatan or sub kegiatan code ('' for a group or an item). */
  kode: string;
  /** The kode rekening of a group or an item ('' for the others). */
  rekening: string;
  uraian: string;
  pagu: number;
  realisasi: number;
  /** The sub kegiatan a group or an item belongs to. */
  sub: string;
}

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

/**
 * The lines in report order: each programme, its kegiatan, each sub kegiatan followed by its items, and above each
 * item the groups it opens of the levels in `groupLevels` (segment counts: 1 for "5", 3 for "5.1.02", 5 for
 * "5.1.02.01.01"). A group's amounts are the sums of the items under it.
 */
export function rekeningLines(programs: RekeningProgramSpec[], groupLevels: number[]): RekeningLine[] {
  const out: RekeningLine[] = [];
  const itemsOf = (subs: RekeningSubSpec[]): ItemSpec[] => subs.flatMap((s) => s[2]);
  const line = (level: LineLevel, kode: string, uraian: string, items: ItemSpec[], sub = '', rekening = ''): RekeningLine => ({
    level,
    kode,
    rekening,
    uraian,
    pagu: sum(items.map((i) => i[2])),
    realisasi: sum(items.map((i) => i[3])),
    sub,
  });
  for (const [pCode, pName, kegiatan] of programs) {
    out.push(line('program', pCode, pName, itemsOf(kegiatan.flatMap((k) => k[2]))));
    for (const [kCode, kName, subs] of kegiatan) {
      out.push(line('kegiatan', kCode, kName, itemsOf(subs)));
      for (const [sCode, sName, items] of subs) {
        out.push(line('sub', sCode, sName, items));
        const open: string[] = [];
        for (const item of items) {
          const segments = item[0].split('.');
          for (const depth of groupLevels) {
            const group = segments.slice(0, depth).join('.');
            if (depth >= segments.length || open.includes(group)) continue;
            open.push(group);
            const under = items.filter((i) => i[0].startsWith(`${group}.`));
            out.push(line('group', '', GROUP_NAMES[group] ?? `Belanja ${group}`, under, sCode, group));
          }
          out.push(line('item', '', item[1], [item], sCode, item[0]));
        }
      }
    }
  }
  return out;
}

/** Pagu and realisasi of the programmes together (what JUMLAH states). */
export function totalOfLines(lines: RekeningLine[]): { pagu: number; realisasi: number } {
  const programs = lines.filter((l) => l.level === 'program');
  return { pagu: sum(programs.map((l) => l.pagu)), realisasi: sum(programs.map((l) => l.realisasi)) };
}

/** The index of a line: a programme/kegiatan/sub kegiatan by its code, a group or an item by its sub kegiatan and kode rekening. */
export function lineIndex(lines: RekeningLine[], code: string, sub?: string): number {
  const i = lines.findIndex((l) => (sub === undefined ? l.kode === code : l.sub === sub && l.rekening === code));
  if (i < 0) throw new Error(`no line ${sub ?? ''} ${code}`);
  return i;
}

export { percentOf };

/** The Dinas Kelautan dan Perikanan's budget every rekening case lays out its own way. */
export const DKP_PROGRAMS: RekeningProgramSpec[] = [
  [
    '3.25.02',
    'PROGRAM PENGELOLAAN PERIKANAN TANGKAP',
    [
      [
        '3.25.02.1.01',
        'Pengelolaan Penangkapan Ikan di Wilayah Laut sampai dengan 12 Mil',
        [
          [
            '3.25.02.1.01.0001',
            'Pemberdayaan Nelayan Kecil dalam Daerah Provinsi',
            [
              ['5.1.02.01.01.0024', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor', 40000000, 25000000],
              ['5.1.02.01.01.0026', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak', 60000000, 30000000],
              ['5.1.02.02.01.0003', 'Belanja Jasa Tenaga Ahli', 150000000, 90000000],
              ['5.1.02.04.01.0001', 'Belanja Perjalanan Dinas Biasa', 250000000, 120000000],
              ['5.2.02.05.01.0005', 'Belanja Modal Alat Kantor Lainnya', 100000000, 20000000],
            ],
          ],
          [
            '3.25.02.1.01.0002',
            'Penyediaan Prasarana Usaha Perikanan Tangkap',
            [
              ['5.1.02.01.01.0024', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor', 15000000, 5000000],
              ['5.1.02.04.01.0001', 'Belanja Perjalanan Dinas Biasa', 85000000, 45000000],
              ['5.2.02.05.01.0005', 'Belanja Modal Alat Kantor Lainnya', 300000000, 150000000],
            ],
          ],
        ],
      ],
    ],
  ],
  [
    '3.25.03',
    'PROGRAM PENGELOLAAN PERIKANAN BUDIDAYA',
    [
      [
        '3.25.03.1.02',
        'Pengelolaan Pembudidayaan Ikan',
        [
          [
            '3.25.03.1.02.0003',
            'Pemberdayaan Pembudi Daya Ikan Kecil',
            [
              ['5.1.01.01.01.0001', 'Belanja Gaji Pokok PNS', 120000000, 60000000],
              ['5.1.02.01.01.0024', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor', 30000000, 12000000],
              ['5.1.02.02.01.0003', 'Belanja Jasa Tenaga Ahli', 250000000, 100000000],
            ],
          ],
        ],
      ],
    ],
  ],
];
