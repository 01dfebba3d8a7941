/**
 * The mapping as a planner edits it (JSON text): validated field by field, with one clear line per error
 * that says where the fault is, in Indonesian and English.
 */
import { COLUMN_ROLES, SHEET_KINDS, type ColumnMapping, type ColumnRole, type SheetKind, type SheetMapping, type WorkbookMapping } from './types';
import type { Period } from '../settings';

export interface MappingError {
  id: string;
  en: string;
}

export type ParsedMapping = { ok: true; mapping: WorkbookMapping } | { ok: false; error: MappingError };

/** Thrown inside the validator only; parseMappingJson turns it into its result. */
class Invalid extends Error {
  constructor(readonly detail: MappingError) {
    super(detail.en);
  }
}

function fail(path: string, id: string, en: string): never {
  throw new Invalid({ id: `${path}: ${id}`, en: `${path}: ${en}` });
}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function positiveInt(obj: Json, key: string, path: string): number | undefined {
  const v = obj[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
    fail(`${path}.${key}`, `harus bilangan bulat ≥ 1, bukan ${JSON.stringify(v)}`, `must be a whole number ≥ 1, not ${JSON.stringify(v)}`);
  }
  return v;
}

function readPeriod(v: unknown): Period {
  if (!isObject(v)) fail('period', 'harus objek {"year": …, "quarter": …}', 'must be an object {"year": …, "quarter": …}');
  const { year, quarter } = v;
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1990 || year > 2100) {
    fail('period.year', `tahun tidak sah: ${JSON.stringify(year)}`, `invalid year: ${JSON.stringify(year)}`);
  }
  if (quarter !== 1 && quarter !== 2 && quarter !== 3 && quarter !== 4) {
    fail('period.quarter', `triwulan harus 1–4, bukan ${JSON.stringify(quarter)}`, `quarter must be 1–4, not ${JSON.stringify(quarter)}`);
  }
  return { year, quarter };
}

function readColumn(v: unknown, path: string): ColumnMapping {
  if (!isObject(v)) fail(path, 'harus objek {"column": "C", "role": "pagu"}', 'must be an object {"column": "C", "role": "pagu"}');
  const { column, role, header, hidden } = v;
  if (typeof column !== 'string' || !/^[A-Za-z]{1,3}$/.test(column.trim())) {
    fail(`${path}.column`, `huruf kolom tidak sah: ${JSON.stringify(column)} (contoh: "C")`, `invalid column letter: ${JSON.stringify(column)} (e.g. "C")`);
  }
  if (typeof role !== 'string' || !COLUMN_ROLES.includes(role as ColumnRole)) {
    const choices = COLUMN_ROLES.join(', ');
    fail(`${path}.role`, `peran tidak dikenal: ${JSON.stringify(role)} (pilihan: ${choices})`, `unknown role: ${JSON.stringify(role)} (choices: ${choices})`);
  }
  const out: ColumnMapping = { column: column.trim().toUpperCase(), role: role as ColumnRole };
  if (header !== undefined) {
    if (typeof header !== 'string') fail(`${path}.header`, 'harus teks', 'must be text');
    out.header = header;
  }
  // Written by Lapkin for display; the mapping in force takes it from the sheet again (map-workbook.ts).
  if (hidden !== undefined && typeof hidden !== 'boolean') fail(`${path}.hidden`, 'harus true atau false', 'must be true or false');
  if (hidden === true) out.hidden = true;
  return out;
}

function readSheet(v: unknown, path: string): SheetMapping {
  if (!isObject(v)) fail(path, 'harus objek {"sheet": …, "kind": …, "columns": […]}', 'must be an object {"sheet": …, "kind": …, "columns": […]}');
  const { sheet, kind, columns, title } = v;
  if (typeof sheet !== 'string' || sheet.trim() === '') fail(`${path}.sheet`, 'nama lembar wajib diisi', 'the sheet name is required');
  if (typeof kind !== 'string' || !SHEET_KINDS.includes(kind as SheetKind)) {
    const choices = SHEET_KINDS.join(', ');
    fail(`${path}.kind`, `jenis lembar tidak dikenal: ${JSON.stringify(kind)} (pilihan: ${choices})`, `unknown sheet kind: ${JSON.stringify(kind)} (choices: ${choices})`);
  }
  if (!Array.isArray(columns)) fail(`${path}.columns`, 'harus daftar kolom […]', 'must be a list of columns […]');
  const out: SheetMapping = { sheet, kind: kind as SheetKind, columns: columns.map((c, i) => readColumn(c, `${path}.columns[${i}]`)) };
  const seen = new Set<string>();
  out.columns.forEach((c, i) => {
    if (seen.has(c.column)) fail(`${path}.columns[${i}].column`, `kolom ${c.column} disebut dua kali`, `column ${c.column} is listed twice`);
    seen.add(c.column);
  });
  for (const key of ['headerRow', 'headerRows', 'firstDataRow', 'lastDataRow', 'grandTotalRow'] as const) {
    const n = positiveInt(v, key, path);
    if (n !== undefined) out[key] = n;
  }
  if (out.firstDataRow !== undefined && out.lastDataRow !== undefined && out.lastDataRow < out.firstDataRow) {
    fail(`${path}.lastDataRow`, 'lebih kecil dari firstDataRow', 'is less than firstDataRow');
  }
  if (title !== undefined) {
    if (typeof title !== 'string') fail(`${path}.title`, 'harus teks', 'must be text');
    out.title = title;
  }
  return out;
}

/**
 * Two tables of one sheet whose data rows (first to last) do not overlap. Per-unit blocks share one header, so the
 * header rows are not compared.
 */
function rowsApart(a: SheetMapping, b: SheetMapping): boolean {
  const span = (t: SheetMapping): [number, number] | undefined => {
    const first = t.firstDataRow ?? (t.headerRow !== undefined ? t.headerRow + (t.headerRows ?? 1) : undefined);
    return first === undefined ? undefined : [first, t.lastDataRow ?? Infinity];
  };
  const x = span(a);
  const y = span(b);
  return x !== undefined && y !== undefined && (x[1] < y[0] || y[1] < x[0]);
}

function readMapping(v: unknown): WorkbookMapping {
  if (!isObject(v)) fail('mapping', 'harus objek {"version": 1, "sheets": […]}', 'must be an object {"version": 1, "sheets": […]}');
  if (v.version !== 1) fail('version', `versi harus 1, bukan ${JSON.stringify(v.version)}`, `version must be 1, not ${JSON.stringify(v.version)}`);
  if (!Array.isArray(v.sheets)) fail('sheets', 'harus daftar lembar […]', 'must be a list of sheets […]');
  const mapping: WorkbookMapping = { version: 1, sheets: v.sheets.map((s, i) => readSheet(s, `sheets[${i}]`)) };
  // A sheet may be listed once per table it holds, each with its own rows; two tables may not share a row.
  mapping.sheets.forEach((s, i) => {
    mapping.sheets.slice(0, i).forEach((earlier) => {
      if (earlier.sheet !== s.sheet) return;
      if (!rowsApart(earlier, s)) {
        fail(`sheets[${i}].sheet`, `lembar '${s.sheet}' disebut dua kali dengan baris yang bertumpuk (beri tiap tabel headerRow dan lastDataRow sendiri)`, `sheet '${s.sheet}' is listed twice with overlapping rows (give each table its own headerRow and lastDataRow)`);
      }
    });
  });
  if (v.period !== undefined) mapping.period = readPeriod(v.period);
  return mapping;
}

/** Validate a mapping a planner edited (JSON text). One clear line on error, Indonesian and English. */
export function parseMappingJson(text: string): ParsedMapping {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, error: { id: `JSON mapping tidak sah: ${why}`, en: `Mapping is not valid JSON: ${why}` } };
  }
  try {
    return { ok: true, mapping: readMapping(raw) };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, error: { id: `Mapping tidak sah — ${e.detail.id}`, en: `Invalid mapping — ${e.detail.en}` } };
    throw e;
  }
}

/** An edited mapping wins for the sheets it lists (matched by name; all of a sheet's tables at once); detection fills the rest. Sheets it names that the workbook lacks are an error line. */
export function mergeMappings(detected: WorkbookMapping, edited: WorkbookMapping): { mapping: WorkbookMapping; errors: MappingError[] } {
  const errors: MappingError[] = [];
  const byName = new Map<string, SheetMapping[]>();
  for (const sheet of edited.sheets) {
    // Exact name first; a planner who typed "tabel 3.1" for "Tabel 3.1" still means that sheet.
    const target =
      detected.sheets.find((d) => d.sheet === sheet.sheet) ??
      detected.sheets.find((d) => d.sheet.trim().toLowerCase() === sheet.sheet.trim().toLowerCase());
    if (!target) {
      errors.push({
        id: `Sheet '${sheet.sheet}' di mapping tidak ada di workbook`,
        en: `Sheet '${sheet.sheet}' in the mapping is not in the workbook`,
      });
      continue;
    }
    const tables = byName.get(target.sheet) ?? [];
    tables.push({ ...sheet, sheet: target.sheet });
    byName.set(target.sheet, tables);
  }
  // Every table the planner lists for a sheet replaces every table detected there, in the detected sheet order.
  const sheets: SheetMapping[] = [];
  const placed = new Set<string>();
  for (const d of detected.sheets) {
    const edits = byName.get(d.sheet);
    if (!edits) sheets.push(d);
    else if (!placed.has(d.sheet)) sheets.push(...edits);
    placed.add(d.sheet);
  }
  const mapping: WorkbookMapping = { version: 1, sheets };
  const period = edited.period ?? detected.period;
  if (period) mapping.period = period;
  return { mapping, errors };
}
