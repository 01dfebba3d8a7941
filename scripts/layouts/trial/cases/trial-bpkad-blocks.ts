/**
 * BPKAD, TW II: one block per Bidang, each opened by a row with the Bidang's name only (no amounts), the same
 * codes in every block, a "Sub Total Bidang …" under each, and "TOTAL BPKAD" under all. Header "APBD 2024 (Rp)".
 * Planted: one block's subtotal realisasi off, a % off in the second block, the grand total pagu off.
 */
import type { LayoutCase } from '../../case';
import type { Row } from '../../../examples/sheet-spec';
import { budgetLines, pct, pctText, rp, totalOf, type ProgramSpec, type TrialLine } from '../trial-kit';

function programsOf(scale: number): ProgramSpec[] {
  return [
    ['5.02.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI', [
      ['5.02.01.2.01', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', [
        ['5.02.01.2.01.0001', 'Penyusunan Dokumen Perencanaan Perangkat Daerah', 60000000 * scale, 27000000 * scale],
      ]],
    ]],
    ['5.02.02', 'PROGRAM PENGELOLAAN KEUANGAN DAERAH', [
      ['5.02.02.2.01', 'Koordinasi dan Penyusunan Rencana Anggaran Daerah', [
        ['5.02.02.2.01.0001', 'Koordinasi, Penyusunan, dan Verifikasi RKA-SKPD', 140000000 * scale, 63000000 * scale],
        ['5.02.02.2.01.0002', 'Koordinasi, Penyusunan, dan Verifikasi DPA-SKPD', 100000000 * scale, 41000000 * scale],
      ]],
    ]],
  ];
}

const BLOCKS: [string, TrialLine[]][] = [
  ['Bidang Anggaran', budgetLines(programsOf(1))],
  ['Bidang Akuntansi dan Pelaporan', budgetLines(programsOf(2))],
];

const rows: Row[] = [];
const boldRows: number[] = [];
const ABOVE = 4;
let subtotalOff = '';
let pctOff = '';
let grandRow = 0;
const grand = { pagu: 0, realisasi: 0 };
BLOCKS.forEach(([bidang, lines], b) => {
  const t = totalOf(lines);
  boldRows.push(rows.length);
  rows.push(['', '', bidang.toUpperCase(), null, null, null]);
  for (const l of lines) {
    const persen = b === 1 && l.code === '5.02.02.2.01.0002' ? 20.5 : pct(l.realisasi, l.pagu);
    if (persen === 20.5) pctOff = `F${ABOVE + rows.length + 1}`;
    rows.push(['', l.code, l.uraian, l.pagu, l.realisasi, persen]);
  }
  const statedRealisasi = b === 0 ? t.realisasi + 9000000 : t.realisasi;
  if (b === 0) subtotalOff = `E${ABOVE + rows.length + 1}`;
  boldRows.push(rows.length);
  rows.push(['', '', `Sub Total ${bidang}`, t.pagu, statedRealisasi, pct(t.realisasi, t.pagu)]);
  grand.pagu += t.pagu;
  grand.realisasi += t.realisasi;
});
grandRow = ABOVE + rows.length + 1;
boldRows.push(rows.length);
rows.push(['', '', 'TOTAL BPKAD', grand.pagu - 100000000, grand.realisasi, pct(grand.realisasi, grand.pagu)]);

const layout: LayoutCase = {
  name: 'trial-bpkad-blocks',
  about: 'Blind trial: BPKAD TW II, per-Bidang blocks opened by a name-only row, same codes per block, "Sub Total Bidang …", "TOTAL BPKAD".',
  sheets: [
    {
      name: 'Realisasi per Bidang',
      title: [['BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH'], ['Realisasi Anggaran per Bidang s.d. Triwulan II Tahun 2024'], []],
      header: [['No.', 'Kode Rekening', 'Uraian', 'APBD 2024 (Rp)', 'Realisasi (Rp)', '%']],
      rows,
      boldRows,
      amountColumns: [3, 4],
      percentColumns: [5],
      widths: [5, 20, 55, 18, 18, 8],
    },
  ],
  faults: [
    { rule: 'sum-mismatch', sheet: 'Realisasi per Bidang', cell: subtotalOff, expected: rp(131000000) },
    { rule: 'percent-mismatch', sheet: 'Realisasi per Bidang', cell: pctOff, expected: pctText(41) },
    { rule: 'sum-mismatch', sheet: 'Realisasi per Bidang', cell: `D${grandRow}`, expected: rp(900000000) },
  ],
};

export default layout;
