/**
 * What detection tells the planner about its own reading: a table-like sheet (or table) it could not map, with
 * what was missing (sheet-not-checked, warning; how to map it is advice each face words, the pane's Pemetaan or
 * the CLI's `lapkin map`), and which column it read where several could fill one role (column-choice, info).
 * Both are findings on the sheet, in Indonesian and English.
 */
import { countOf, countWord } from '../count-words';
import type { FindingAdvice } from '../findings';
import { columnLetter } from '../grid/grid';
import type { ColumnRole } from './types';
import type { ColumnChoice, ChoiceReason } from './column-choice';
import type { HeaderColumn } from './header';
import { isRekeningPartner, namesRekening } from './rekening-column';

export type Text = { id: string; en: string };

export interface MappingNote {
  rule: 'sheet-not-checked' | 'column-choice';
  sheet: string;
  /** A1 address without the sheet name: the header cell, or A1. */
  cell: string;
  message: Text;
  /** For a table of a sheet holding several: its 1-based Excel rows, header to last data row. */
  rows?: [number, number];
  /** What to do about it, worded by each face (the pane's Pemetaan tab, the CLI's `lapkin map`). */
  advice?: FindingAdvice;
}

/** Why a table was not understood: the first thing missing for the kind it came closest to. */
export type MissingReason =
  | { kind: 'no-header' }
  | { kind: 'no-column'; role: ColumnRole }
  | { kind: 'no-codes'; column: string }
  | { kind: 'unread-headers'; headers: string[] };

const ROLE_WORD: Partial<Record<ColumnRole, Text>> = {
  kode: { id: 'kode (atau No.)', en: 'kode (or No.)' },
  pagu: { id: 'pagu/anggaran', en: 'pagu (budget)' },
  realisasi: { id: 'realisasi', en: 'realisasi' },
  target: { id: 'target', en: 'target' },
  indikator: { id: 'indikator', en: 'indikator' },
};

function reasonText(reason: MissingReason): Text {
  switch (reason.kind) {
    case 'no-header':
      return { id: 'tidak ada baris judul kolom yang dikenali', en: 'no header row naming its columns was found' };
    case 'no-column': {
      const word = ROLE_WORD[reason.role] ?? { id: reason.role, en: reason.role };
      return { id: `tidak ada kolom ${word.id}`, en: `no ${word.en} column found` };
    }
    case 'no-codes':
      return { id: `kolom kode ${reason.column} tidak berisi kode anggaran (4.01.02…)`, en: `kode column ${reason.column} holds no budget codes (4.01.02…)` };
    case 'unread-headers': {
      const list = reason.headers.slice(0, 4).map((h) => `'${h}'`).join(', ');
      return { id: `judul kolom tidak dikenali: ${list}`, en: `column headers not recognised: ${list}` };
    }
  }
}

export function sheetNotCheckedNote(sheet: string, cell: string, reason: MissingReason, rows?: [number, number]): MappingNote {
  const why = reasonText(reason);
  const where = rows ? { id: `Tabel di baris ${rows[0]}–${rows[1]}`, en: `The table on rows ${rows[0]}–${rows[1]}` } : { id: 'Sheet ini', en: 'This sheet' };
  const note: MappingNote = {
    rule: 'sheet-not-checked',
    sheet,
    cell,
    message: {
      id: `${where.id} berisi tabel angka tetapi tidak diperiksa: ${why.id}.`,
      en: `${where.en} holds a table of figures but was not checked: ${why.en}.`,
    },
    advice: 'map-sheet',
  };
  if (rows) note.rows = rows;
  return note;
}

const ROLE_NAME: Partial<Record<ColumnRole, Text>> = {
  pagu: { id: 'Pagu', en: 'Pagu' },
  realisasi: { id: 'Realisasi', en: 'Realisasi' },
  target: { id: 'Target', en: 'Target' },
  capaian: { id: 'Capaian', en: 'Capaian' },
  kode: { id: 'Kode', en: 'Kode' },
  uraian: { id: 'Uraian', en: 'Uraian' },
  paguMurni: { id: 'pagu murni', en: 'original pagu' },
  targetTahunan: { id: 'target tahunan', en: 'annual target' },
  realisasiBulan: { id: 'realisasi bulanan', en: 'monthly realisasi' },
  fisik: { id: 'realisasi fisik', en: 'physical progress' },
};

const BECAUSE: Record<ChoiceReason, Text> = {
  cumulative: { id: 'judulnya menyebut jumlah kumulatif', en: 'its header names the cumulative amount' },
  quarter: { id: 'judulnya menyebut triwulan laporan', en: "its header names the report's quarter" },
  'changed-budget': { id: 'anggaran perubahan adalah pagu yang berlaku', en: 'the changed budget is the pagu in force' },
  'of-pagu': { id: 'judulnya menyebut persentase terhadap pagu', en: 'its header names the percentage of the pagu' },
  first: { id: 'kolom pertama dengan judul itu; judulnya tidak membedakan', en: 'the first column so headed; the headers do not tell them apart' },
  evidence: { id: 'dengan kolom itu baris-barisnya saling cocok', en: 'under it the rows agree with each other' },
  companion: { id: 'kolom uang yang dilaporkan', en: 'the money column reported' },
  visible: { id: 'kolom yang terlihat didahulukan dari kolom tersembunyi', en: 'a visible column comes before a hidden one' },
  'only-hidden': { id: 'satu-satunya kolom untuk peran ini; tampilkan kolomnya bila memang dipakai', en: 'the only column for this role; unhide it if it is meant to be read' },
};

const HIDDEN_MARK: Text = { id: ', kolom tersembunyi', en: ', hidden column' };

function named(column: HeaderColumn, lang: 'id' | 'en'): string {
  return `${columnLetter(column.col)} ('${column.leafText}'${column.hidden ? HIDDEN_MARK[lang] : ''})`;
}

function sep(text: string): string {
  return text === '' ? '' : `; ${text}`;
}

/** Both code columns read, the chosen one's code first where a row fills both: said instead of a tie the headers did not decide. */
const BOTH_CODE_COLUMNS: Text = { id: 'kedua kolom kode dibaca, kolom ini lebih dulu', en: 'both code columns are read, this one first' };

/**
 * The kode column's partner (rekening-column.ts): the first code column passed over beside it, whose codes fill the
 * rows the kode column leaves blank. What it is read as, in words: the kode rekening of each sub kegiatan's lines,
 * or (when the kode column read is the rekening one) the programme codes of the rows that column leaves blank.
 */
function rekeningPartner(choice: ColumnChoice): { column: HeaderColumn; read: Text } | undefined {
  if (choice.role !== 'kode') return undefined;
  const partner = choice.passedOver.find((p) => p.role === 'ignore' && isRekeningPartner(choice.used.text, p.column.text))?.column;
  if (!partner) return undefined;
  if (namesRekening(partner.text)) {
    return { column: partner, read: { id: 'dibaca sebagai kode rekening di bawah tiap sub kegiatan', en: 'read as the kode rekening of the lines under each sub kegiatan' } };
  }
  const kode = columnLetter(choice.used.col);
  return { column: partner, read: { id: `dibaca pada baris yang kolom ${kode}-nya kosong (kode program, kegiatan, sub kegiatan)`, en: `read on the rows where column ${kode} is blank (the programme, kegiatan and sub kegiatan codes)` } };
}

export function columnChoiceNote(sheet: string, choice: ColumnChoice): MappingNote {
  const role = ROLE_NAME[choice.role] ?? { id: choice.role, en: choice.role };
  const partner = rekeningPartner(choice);
  const because = partner && choice.because === 'first' ? BOTH_CODE_COLUMNS : BECAUSE[choice.because];
  const evidence = choice.agreeing
    ? { id: ` (${countWord(choice.agreeing[0], 'id')} dari ${countOf(choice.agreeing[1], 'baris', 'id')})`, en: ` (${countWord(choice.agreeing[0], 'en')} of ${countOf(choice.agreeing[1], 'row', 'en')})` }
    : { id: '', en: '' };
  // Columns passed over for the same role are named together ("kolom D ('Januari') … I ('Juni')").
  const groups = new Map<ColumnRole, HeaderColumn[]>();
  for (const p of choice.passedOver) if (p.column !== partner?.column) groups.set(p.role, [...(groups.get(p.role) ?? []), p.column]);
  const passed = (lang: 'id' | 'en'): string => {
    const said = [...groups].map(([role, columns]) => {
      const as = ROLE_NAME[role];
      const read = role === 'ignore' || !as ? (lang === 'id' ? 'dilewati' : 'passed over') : lang === 'id' ? `dibaca sebagai ${as.id}` : `read as ${as.en}`;
      const list = columns.length > 4 ? `${named(columns[0], lang)} … ${named(columns[columns.length - 1], lang)}` : columns.map((c) => named(c, lang)).join(', ');
      return `${lang === 'id' ? 'kolom' : (columns.length > 1 ? 'columns' : 'column')} ${list} ${read}`;
    });
    if (partner) said.unshift(`${lang === 'id' ? 'kolom' : 'column'} ${named(partner.column, lang)} ${partner.read[lang]}`);
    return said.join('; ');
  };
  return {
    rule: 'column-choice',
    sheet,
    cell: choice.used.leafCell,
    message: {
      id: `${role.id} dibaca dari kolom ${named(choice.used, 'id')}: ${because.id}${evidence.id}${sep(passed('id'))}.`,
      en: `${role.en} read from column ${named(choice.used, 'en')}: ${because.en}${evidence.en}${sep(passed('en'))}.`,
    },
    advice: 'change-mapping',
  };
}
