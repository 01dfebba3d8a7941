/**
 * Header warnings: every column read as something other than its header says, with the reason.
 * The lead turns them into `header-mismatch` info findings.
 */
import { columnIndex, columnLetter, type Grid } from '../grid/grid';
import type { ColumnRole, WorkbookMapping } from './types';
import { readLayout } from './header';
import { contentKindOf, type ValueKind } from './content';
import { detectPeriodEvidence } from './period';
import { currencyColumns } from './currency-columns';

export interface HeaderWarning {
  sheet: string;
  /** A1 address of the header cell. */
  cell: string;
  message: { id: string; en: string };
}

const ROLE_LABEL: Record<ColumnRole, { id: string; en: string }> = {
  no: { id: 'nomor', en: 'number' },
  kode: { id: 'kode', en: 'kode' },
  uraian: { id: 'uraian', en: 'uraian' },
  pagu: { id: 'pagu', en: 'pagu' },
  target: { id: 'target', en: 'target' },
  realisasi: { id: 'realisasi', en: 'realisasi' },
  capaian: { id: 'capaian', en: 'capaian' },
  sasaran: { id: 'sasaran', en: 'sasaran' },
  indikator: { id: 'indikator', en: 'indikator' },
  satuan: { id: 'satuan', en: 'satuan' },
  polaritas: { id: 'polaritas', en: 'polarity' },
  kondisiAwal: { id: 'kondisi awal', en: 'kondisi awal' },
  definisi: { id: 'definisi operasional', en: 'definisi operasional' },
  formula: { id: 'formula', en: 'formula' },
  waktu: { id: 'waktu pelaksanaan', en: 'waktu pelaksanaan' },
  hasil: { id: 'hasil', en: 'hasil' },
  keterangan: { id: 'keterangan', en: 'keterangan' },
  kategori: { id: 'kategori', en: 'kategori' },
  kodeBagian: { id: 'bagian kode', en: 'part of the kode' },
  realisasiBulan: { id: 'realisasi bulanan', en: 'monthly realisasi' },
  fisik: { id: 'realisasi fisik', en: 'physical progress' },
  paguMurni: { id: 'pagu murni', en: 'original pagu' },
  targetTahunan: { id: 'target tahunan', en: 'annual target' },
  sisa: { id: 'sisa anggaran', en: 'remaining budget' },
  tanggalMulai: { id: 'tanggal mulai', en: 'start date' },
  tanggalSelesai: { id: 'tanggal selesai', en: 'end date' },
  ignore: { id: 'diabaikan', en: 'ignored' },
};

const CONTENTS: Record<ValueKind, { id: string; en: string } | undefined> = {
  amount: { id: ' berisi nilai rupiah', en: ' holds rupiah amounts' },
  percent: { id: ' berisi persentase', en: ' holds percentages' },
  unclear: undefined,
};

function describe(letter: string, header: string, contents: ValueKind, role: ColumnRole): { id: string; en: string } {
  const what = CONTENTS[contents];
  const label = ROLE_LABEL[role];
  const readId = role === 'ignore' ? 'diabaikan' : `dibaca sebagai ${label.id}`;
  const readEn = role === 'ignore' ? 'ignored' : `read as ${label.en}`;
  return {
    id: what ? `Kolom ${letter} berjudul '${header}'${what.id}; ${readId}` : `Kolom ${letter} berjudul '${header}' ${readId}`,
    en: what ? `Column ${letter} headed '${header}'${what.en}; ${readEn}` : `Column ${letter} headed '${header}' is ${readEn}`,
  };
}

/** Roles the rows may swap between columns the words left tied (choice-evidence.ts): its column-choice finding says so. */
const ROW_CHOICES: [ColumnRole, ColumnRole][] = [
  ['pagu', 'paguMurni'],
  ['realisasi', 'ignore'],
];

function chosenByRows(header: ColumnRole, mapped: ColumnRole): boolean {
  return ROW_CHOICES.some(([a, b]) => (header === a && mapped === b) || (header === b && mapped === a));
}

/** Every column whose mapped role differs from the role its header names, for detected and edited mappings alike. */
export function headerWarnings(grids: Grid[], mapping: WorkbookMapping): HeaderWarning[] {
  const warnings: HeaderWarning[] = [];
  // The same year detection used, so "Target Tahun 2024" reads the same way here as it did there.
  const year = mapping.period?.year ?? detectPeriodEvidence(grids).year;
  for (const sheet of mapping.sheets) {
    const grid = grids.find((g) => g.name === sheet.sheet);
    if (!grid || sheet.headerRow === undefined || sheet.kind === 'unknown') continue;
    const context = { year, quarter: mapping.period?.quarter };
    const first = (sheet.firstDataRow ?? sheet.headerRow + (sheet.headerRows ?? 1)) - 1;
    const last = sheet.lastDataRow !== undefined ? sheet.lastDataRow - 1 : grid.originRow + grid.rows.length - 1;
    let layout = readLayout(grid, sheet.headerRow - 1, sheet.headerRows ?? 1, context);
    // Read as detection read it: without the "Rp" columns under an amount's merged header.
    const currency = currencyColumns(grid, layout.columns, first, last);
    if (currency.length > 0) layout = readLayout(grid, sheet.headerRow - 1, sheet.headerRows ?? 1, context, currency);
    const kindOf = contentKindOf(grid, { first, last });
    for (const mapped of sheet.columns) {
      const col = columnIndex(mapped.column);
      const header = layout.columns.find((c) => c.col === col);
      if (!header?.role || header.role === mapped.role || chosenByRows(header.role, mapped.role)) continue;
      warnings.push({
        sheet: sheet.sheet,
        cell: header.leafCell,
        message: describe(columnLetter(col), header.leafText, kindOf(header), mapped.role),
      });
    }
  }
  return warnings;
}
