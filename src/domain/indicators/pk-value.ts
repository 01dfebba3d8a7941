/**
 * PK target and realisasi values as planners write them when they are not plain numbers:
 * "Tersedia" / "Ada" (and "Tidak Tersedia", "Belum Ada"), SAKIP grades (AA > A > BB > B > CC > C > D),
 * "Level 3", "3 dokumen", "≥ 80%", "80 %", and a "(-)" / "(+)" polarity mark written beside a value.
 */
import { parseIndonesianNumber } from '../parse/number';
import type { Polarity } from '../model';

export const GRADES = ['D', 'C', 'CC', 'B', 'BB', 'A', 'AA'] as const;
export type Grade = (typeof GRADES)[number];

export type PkValue =
  /** A number with the unit written beside it ("3 dokumen", "Level 3", "80 %"); unit '' when none. */
  | { kind: 'number'; value: number; unit: string; comparator?: '≥' | '≤' | '>' | '<' }
  | { kind: 'grade'; grade: Grade; rank: number }
  | { kind: 'availability'; present: boolean }
  /** Text that names none of the above ("Terlaksana", "Baik"). */
  | { kind: 'text'; text: string };

export interface PkReading {
  value: PkValue;
  /** A "(-)" or "(+)" written with the value. */
  polarity?: Polarity;
}

const ABSENT = /^(tidak|belum|blm|tdk)\s+(tersedia|ada|terlaksana|lengkap)$|^(tidak ada|belum ada|nihil)$/;
const PRESENT = /^(tersedia|ada|sudah tersedia|sudah ada|lengkap)$/;
const COMPARATOR = /^(≥|>=|≤|<=|>|<|minimal|min\.?|maksimal|maks\.?)\s*/i;

function comparatorOf(word: string): '≥' | '≤' | '>' | '<' {
  const w = word.toLowerCase().trim();
  if (w === '>') return '>';
  if (w === '<') return '<';
  return w.startsWith('≤') || w.startsWith('<=') || w.startsWith('maks') ? '≤' : '≥';
}

/** Unit words are compared case- and space-insensitively; "%" and "persen" are one unit. */
export function normalizeUnit(unit: string): string {
  const u = unit.toLowerCase().replace(/[().]/g, '').replace(/\s+/g, ' ').trim();
  return u === 'persen' || u === 'percent' ? '%' : u;
}

/** The value a PK cell's text states; undefined for blank text. */
export function readPkValue(text: string): PkReading | undefined {
  let t = text.replace(/\s+/g, ' ').trim();
  if (t === '') return undefined;
  let polarity: Polarity | undefined;
  const mark = /\s*\(([-+−])\)\s*/.exec(t);
  if (mark) {
    polarity = mark[1] === '+' ? 'positif' : 'negatif';
    t = t.replace(mark[0], ' ').trim();
    if (t === '') return undefined;
  }
  const out = (value: PkValue): PkReading => (polarity ? { value, polarity } : { value });
  const lower = t.toLowerCase();
  if (PRESENT.test(lower)) return out({ kind: 'availability', present: true });
  if (ABSENT.test(lower)) return out({ kind: 'availability', present: false });
  const grade = /^(?:(?:predikat|nilai|kategori)\s+)?(AA|BB|CC|A|B|C|D)(?:\s*\(.*\))?$/i.exec(t);
  if (grade) {
    const g = grade[1].toUpperCase() as Grade;
    return out({ kind: 'grade', grade: g, rank: GRADES.indexOf(g) });
  }
  const number = readNumberWithUnit(t);
  return out(number ?? { kind: 'text', text: t });
}

function readNumberWithUnit(text: string): PkValue | undefined {
  let t = text;
  let comparator: '≥' | '≤' | '>' | '<' | undefined;
  const cmp = COMPARATOR.exec(t);
  if (cmp) {
    comparator = comparatorOf(cmp[1]);
    t = t.slice(cmp[0].length);
  }
  // "Level 3", "Indeks 3,10": the unit before the number; "3 dokumen", "80 %": after it.
  const m = /^([A-Za-z][A-Za-z ]*?)?\s*([-+]?\d[\d.,]*)\s*([^\d\s].*)?$/.exec(t.trim());
  if (!m || (m[1] && m[3])) return undefined;
  const reading = parseIndonesianNumber(m[2], 'number');
  if (reading.value === null || (reading.issue && reading.issue.severity === 'error')) return undefined;
  const unit = normalizeUnit(m[1] ?? m[3] ?? '');
  if (unit.length > 30) return undefined;
  return comparator ? { kind: 'number', value: reading.value, unit, comparator } : { kind: 'number', value: reading.value, unit };
}
