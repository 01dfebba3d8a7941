/**
 * A Tabel 3.1 workbook of any size, as a bureau would type it: codes, uraian, Indonesian text amounts
 * ("Rp. 1.234.500") and percentages ("25,49"), programs → kegiatan → sub kegiatan. Written with exceljs's
 * streaming writer (a bench fixture, not product code).
 */
import ExcelJS from 'exceljs';
import { formatPercent, formatRupiah } from '../../src/domain/parse/format';

interface Node {
  kode: string;
  uraian: string;
  pagu: number;
  realisasi: number;
}

/** Deterministic amounts: the bench measures the same file every run. */
function amountsFor(i: number): { pagu: number; realisasi: number } {
  const pagu = 10_000_000 + ((i * 7919) % 900) * 1_000_000;
  const realisasi = Math.floor((pagu * (((i * 31) % 60) + 10)) / 100 / 1000) * 1000;
  return { pagu, realisasi };
}

function buildTree(subCount: number): Node[] {
  const perKegiatan = 100;
  const kegiatanPerProgram = 100;
  const rows: Node[] = [];
  let sub = 0;
  for (let p = 1; sub < subCount; p++) {
    const program: Node = { kode: `4.01.${String(p).padStart(2, '0')}`, uraian: `Program ${p}`, pagu: 0, realisasi: 0 };
    rows.push(program);
    for (let k = 1; k <= kegiatanPerProgram && sub < subCount; k++) {
      const kegiatan: Node = { kode: `${program.kode}.1.${String(k).padStart(2, '0')}`, uraian: `Kegiatan ${p}.${k}`, pagu: 0, realisasi: 0 };
      rows.push(kegiatan);
      for (let s = 1; s <= perKegiatan && sub < subCount; s++, sub++) {
        const { pagu, realisasi } = amountsFor(sub);
        rows.push({ kode: `${kegiatan.kode}.${String(s).padStart(4, '0')}`, uraian: `Sub Kegiatan ${p}.${k}.${s}`, pagu, realisasi });
        kegiatan.pagu += pagu;
        kegiatan.realisasi += realisasi;
      }
      program.pagu += kegiatan.pagu;
      program.realisasi += kegiatan.realisasi;
    }
  }
  return rows;
}

export async function generateTabel31(path: string, subCount: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet('Tabel 3.1');
  ws.addRow(['LAPORAN KINERJA TRIWULAN I TAHUN 2024']).commit();
  ws.addRow([]).commit();
  ws.addRow(['Kode Rek', 'Uraian', 'Pagu Anggaran 2024', 'Realisasi Triwulan I Tahun 2024', 'Capaian']).commit();
  const tree = buildTree(subCount);
  let pagu = 0;
  let realisasi = 0;
  for (const n of tree) {
    const capaian = n.pagu === 0 ? '-' : formatPercent((n.realisasi / n.pagu) * 100);
    ws.addRow([n.kode, n.uraian, `Rp. ${formatRupiah(n.pagu)}`, `Rp. ${formatRupiah(n.realisasi)}`, capaian]).commit();
    if (n.kode.split('.').length === 3) {
      pagu += n.pagu;
      realisasi += n.realisasi;
    }
  }
  ws.addRow(['JUMLAH', '', `Rp. ${formatRupiah(pagu)}`, `Rp. ${formatRupiah(realisasi)}`, formatPercent((realisasi / pagu) * 100)]).commit();
  ws.commit();
  await wb.commit();
}
