/**
 * A stand-in for the core facade in component tests: small, but it honours the mapping it is given
 * (kinds and column roles change what it reports), so the pane's wiring is tested against behaviour,
 * not against canned answers. The real core is exercised by the browser harness.
 */
import type { Analysis } from '../../src/domain/analysis';
import type { AnalyzeOptions } from '../../src/domain/analyze';
import type { Finding } from '../../src/domain/findings';
import { a1, cellAt, columnIndex, gridEndCol, gridEndRow, type Grid } from '../../src/domain/grid/grid';
import type { ColumnMapping, ColumnRole, SheetKind, SheetMapping, WorkbookMapping } from '../../src/domain/mapping/types';
import type { RecomputedRow, RecomputedTable } from '../../src/domain/model';
import type { SheetPlan } from '../../src/domain/report/sheet-plan';
import { DEFAULT_SETTINGS, type Settings } from '../../src/domain/settings';
import type { PaneCore } from '../../src/taskpane/core';

const HEADER_ROLES: [RegExp, ColumnRole][] = [
  [/^no\.?$/i, 'no'],
  [/kode/i, 'kode'],
  [/sasaran/i, 'sasaran'],
  [/indikator/i, 'indikator'],
  [/uraian|sub kegiatan/i, 'uraian'],
  [/pagu|alokasi/i, 'pagu'],
  [/target/i, 'target'],
  [/realisasi/i, 'realisasi'],
  [/capaian/i, 'capaian'],
];

function text(grid: Grid, row: number, col: number): string {
  const c = cellAt(grid, row, col);
  if (!c || c.value === null) return '';
  return c.text ?? String(c.value);
}

function detectSheet(grid: Grid): SheetMapping {
  for (let r = 0; r < gridEndRow(grid); r++) {
    const headers = Array.from({ length: gridEndCol(grid) }, (_, c) => text(grid, r, c));
    const joined = headers.join(' | ');
    const kind: SheetKind | undefined = /kode rek/i.test(joined)
      ? 'tabel-3.1'
      : /sub kegiatan/i.test(joined)
        ? 'detail'
        : /indikator/i.test(joined)
          ? 'capaian-pk'
          : undefined;
    if (!kind) continue;
    const columns: ColumnMapping[] = [];
    headers.forEach((h, c) => {
      const role = HEADER_ROLES.find(([re]) => re.test(h))?.[1];
      if (role) columns.push({ column: a1(0, c).replace(/\d+$/, ''), role, header: h });
    });
    return { sheet: grid.name, kind, headerRow: r + 1, firstDataRow: r + 2, columns };
  }
  return { sheet: grid.name, kind: 'unknown', columns: [] };
}

/** "Rp. 375.000.00" → a finding when the digit groups are wrong; "Rp. 2,100,000" → English separators. */
function amountFinding(raw: string, sheet: string, cell: string, lang: Settings['lang']): Finding | undefined {
  const t = raw.replace(/^Rp\.?\s*/i, '').replace(/,-$/, '').trim();
  // A percentage in an amount column is a header problem the fake does not model.
  if (t === '' || t === '-' || t.endsWith('%') || /^\d{1,3}(\.\d{3})*$/.test(t)) return undefined;
  if (/^\d{1,3}(,\d{3})+$/.test(t)) {
    const message = lang === 'en' ? 'English thousands separators' : 'Pemisah ribuan gaya Inggris';
    return { rule: 'separator-style', severity: 'warning', sheet, cell, message, actual: raw };
  }
  const message = lang === 'en' ? `Not a valid amount: ${raw}` : `Bukan angka yang sah: ${raw}`;
  return { rule: 'number-format', severity: 'error', sheet, cell, message, actual: raw };
}

function amount(grid: Grid, row: number, col: number | undefined): number {
  if (col === undefined) return 0;
  const c = cellAt(grid, row, col);
  return typeof c?.value === 'number' ? c.value : 0;
}

function budgetOf(grid: Grid, s: SheetMapping): RecomputedTable {
  const col = (role: ColumnRole) => {
    const m = s.columns.find((c) => c.role === role);
    return m ? columnIndex(m.column) : undefined;
  };
  const rows: RecomputedRow[] = [];
  for (let r = (s.firstDataRow ?? 1) - 1; r < gridEndRow(grid); r++) {
    const kode = col('kode') === undefined ? '' : text(grid, r, col('kode') as number);
    if (!/^\d\.\d\d\.\d\d$/.test(kode)) continue;
    const pagu = amount(grid, r, col('pagu'));
    const realisasi = amount(grid, r, col('realisasi'));
    const source = {
      row: r + 1, kode, uraian: text(grid, r, col('uraian') ?? 1), level: 'program' as const, parent: -1, children: [],
      pagu: { value: pagu, cell: '', raw: '' }, realisasi: { value: realisasi, cell: '', raw: '' },
    };
    rows.push({ source, pagu, realisasi, capaian: pagu ? (realisasi / pagu) * 100 : null, summed: false });
  }
  const pagu = rows.reduce((n, r) => n + r.pagu, 0);
  const realisasi = rows.reduce((n, r) => n + r.realisasi, 0);
  return {
    table: { sheet: s.sheet, kind: 'tabel-3.1', rows: rows.map((r) => r.source), columns: {} },
    rows,
    total: { pagu, realisasi, capaian: pagu ? (realisasi / pagu) * 100 : null },
  };
}

function analyze(grids: Grid[], options: AnalyzeOptions): Analysis {
  const settings: Settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const sheets = grids.map((g) => options.mapping?.sheets.find((s) => s.sheet === g.name) ?? detectSheet(g));
  const title = grids.map((g) => text(g, 0, 0)).find((t) => /triwulan i tahun (\d{4})/i.test(t));
  const year = title ? Number(/tahun (\d{4})/i.exec(title)?.[1]) : undefined;
  const mapping: WorkbookMapping = { version: 1, period: year ? { year, quarter: 1 } : undefined, sheets };
  const findings: Finding[] = [];
  const budgets: RecomputedTable[] = [];
  sheets.forEach((s, i) => {
    const grid = grids[i];
    if (s.kind === 'unknown') return;
    if (s.kind === 'tabel-3.1') budgets.push(budgetOf(grid, s));
    for (let r = (s.firstDataRow ?? 1) - 1; r < gridEndRow(grid); r++) {
      for (const c of s.columns) {
        const value = cellAt(grid, r, columnIndex(c.column))?.value;
        // Numbers stored as numbers are well-formed; only typed text can be malformed.
        if (typeof value !== 'string') continue;
        const raw = value;
        const cell = a1(r, columnIndex(c.column));
        // Amount checks belong to budget sheets; indicator targets are percentages.
        if (s.kind !== 'capaian-pk' && ['pagu', 'target', 'realisasi'].includes(c.role)) {
          const f = amountFinding(raw, s.sheet, cell, settings.lang);
          if (f) findings.push(f);
        } else if (c.role === 'capaian' && raw === '-' && s.kind === 'tabel-3.1') {
          const message = settings.lang === 'en' ? 'Capaian undefined: no realisasi' : 'Capaian tidak terdefinisi: realisasi kosong';
          findings.push({ rule: 'capaian-undefined', severity: 'info', sheet: s.sheet, cell, message });
        }
      }
    }
  });
  return {
    mapping, period: settings.period ?? mapping.period, settings,
    sheets: sheets.map((s) => ({ name: s.sheet, kind: s.kind })),
    budgets, indicators: [], activities: [], findings,
  };
}

function plan(name: string, kind: SheetPlan['kind']): SheetPlan {
  return {
    name, kind, rows: [[{ kind: 'text', text: name }]], styles: {}, merges: [], widths: [], conditionalFormats: [], charts: [],
    print: { orientation: 'landscape', paperSize: 'A4', fitToWidth: true },
  };
}

export interface FakeCore extends PaneCore {
  /** Options of every analyzeWorkbook call, in order. */
  calls: AnalyzeOptions[];
}

export function createFakeCore(): FakeCore {
  const calls: AnalyzeOptions[] = [];
  return {
    calls,
    analyzeWorkbook(grids, options) {
      calls.push(JSON.parse(JSON.stringify(options)) as AnalyzeOptions);
      return analyze(grids, options);
    },
    buildReportPlans(analysis) {
      const plans = analysis.budgets.map((b) => plan(`${b.table.sheet} (Lapkin)`, 'tabel-3.1'));
      if (analysis.sheets.some((s) => s.kind === 'capaian-pk')) plans.push(plan('Capaian PK (Lapkin)', 'capaian-pk'));
      plans.push(plan('Temuan', 'temuan'));
      return plans;
    },
  };
}
