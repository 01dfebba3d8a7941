/** The seed workbook (examples/biro-organisasi-tw1-2024.xlsx) and synthetic Tabel 3.1 plans built from its rows. */
import * as path from 'path';
import { areaAddress } from '../../src/excel/addresses';
import type { Grid } from '../../src/domain/grid/grid';
import type { PlanCell, SheetPlan } from '../../src/domain/report/sheet-plan';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import type { FakeSheet } from './fake-excel';

export const SEED_XLSX = path.join(__dirname, '..', '..', 'examples', 'biro-organisasi-tw1-2024.xlsx');

export function readSeedGrids(): Promise<Grid[]> {
  return readWorkbook(SEED_XLSX);
}

/** A grid as Excel would hold it: what the fake's used ranges return. */
export function fakeSheetOf(grid: Grid): Partial<FakeSheet> {
  const width = grid.rows.reduce((w, r) => Math.max(w, r.length), 0);
  const pad = <T>(f: (c: Grid['rows'][number][number]) => T): T[][] => grid.rows.map((r) => Array.from({ length: width }, (_, i) => f(r[i])));
  return {
    name: grid.name,
    originRow: grid.originRow,
    originCol: grid.originCol,
    values: pad((c) => (c?.value === null || c?.value === undefined ? '' : c.value)),
    numberFormat: pad((c) => c?.numberFormat ?? 'General'),
    formulas: pad((c) => (c?.formula ? `=${c.formula}` : c?.value === null || c?.value === undefined ? '' : c.value)),
    mergedAreas: grid.merges.length ? grid.merges.map((m) => `'${grid.name}'!${areaAddress(m.top, m.left, m.bottom, m.right)}`).join(', ') : undefined,
  };
}

/** Seed Tabel 3.1 rows (kode, uraian, pagu, realisasi), repeated to any length. */
const SEED_ROWS: [string, string, number, number][] = [
  ['4.01.02.1.01.01', 'Fasilitasi Penataan Kelembagaan Provinsi', 75000000, 28331441],
  ['4.01.02.1.01.02', 'Fasilitasi Penataan Kelembagaan Kab/kota', 30356250, 0],
  ['4.01.02.1.01.03', 'Penataan Analisi Jabatan', 78575000, 33992062],
  ['4.01.02.1.02.01', 'Pembinaan Pelaksanaan RB', 102678125, 26371770],
  ['4.01.02.1.02.02', 'Monitoring dan Evaluasi AK', 255356250, 52826947],
  ['4.01.02.1.02.04', 'Pengelolaan tatalaksana Pemerintah', 105256250, 39003000],
];

/** A Tabel 3.1 report plan with `n` sub kegiatan rows under a two-row header, styled, merged, frozen and charted. */
export function tabel31Plan(n: number, name = 'Lapkin Tabel 3.1'): SheetPlan {
  const t = (text: string, style: PlanCell['style'] = 'body'): PlanCell => ({ kind: 'text', text, style });
  const rows: (PlanCell | null)[][] = [
    [t('TABEL 3.1 REALISASI ANGGARAN TRIWULAN I TAHUN 2024', 'title')],
    [t('Kode', 'header'), t('Uraian', 'header'), t('Pagu (Rp)', 'header'), t('Realisasi (Rp)', 'header'), t('Capaian (%)', 'header')],
  ];
  for (let i = 0; i < n; i++) {
    const [kode, uraian, pagu, realisasi] = SEED_ROWS[i % SEED_ROWS.length];
    const r = rows.length + 1;
    rows.push([
      t(kode),
      t(uraian),
      { kind: 'number', value: pagu, format: '#,##0', style: 'body' },
      { kind: 'number', value: realisasi, format: '#,##0', style: 'body' },
      { kind: 'formula', formula: `IF(C${r}=0,"",D${r}/C${r}*100)`, cached: Math.round((realisasi / pagu) * 10000) / 100, format: '0.00', style: i % 7 === 6 ? 'flagged' : 'body' },
    ]);
  }
  const last = rows.length;
  rows.push([null, t('JUMLAH', 'total'), { kind: 'formula', formula: `SUM(C3:C${last})`, cached: null, format: '#,##0', style: 'total' }, { kind: 'formula', formula: `SUM(D3:D${last})`, cached: null, format: '#,##0', style: 'total' }, { kind: 'formula', formula: `D${last + 1}/C${last + 1}*100`, cached: null, format: '0.00', style: 'total' }]);
  return {
    name,
    kind: 'tabel-3.1',
    rows,
    styles: { title: { bold: true, fontSize: 12 }, header: { bold: true, fill: '#D9E1F2', border: true, wrap: true, hAlign: 'center' }, body: { border: true }, flagged: { border: true, fill: '#FFC7CE' }, total: { bold: true, border: true } },
    merges: ['A1:E1'],
    widths: [18, 48, 16, 16, 12],
    freeze: { rows: 2, cols: 2 },
    print: { orientation: 'landscape', paperSize: 'F4', fitToWidth: true, printTitleRows: '2:2' },
    conditionalFormats: [{ range: `E3:E${last}`, bands: [{ min: 91, fill: '#C6EFCE' }, { min: 51, max: 91, fill: '#FFEB9C' }, { min: -1e9, max: 51, fill: '#FFC7CE' }] }],
    charts: [{ type: 'bar', title: 'Capaian per sub kegiatan', categories: `B3:B${Math.min(last, 8)}`, series: [{ name: 'Capaian (%)', values: `E3:E${Math.min(last, 8)}` }], anchor: 'G2' }],
  };
}
