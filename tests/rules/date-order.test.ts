import { analyzeWorkbook } from '../../src/domain/analyze';
import { gridOf, type CellSpec } from '../mapping/grid-builder';

const SERIAL = (iso: string): CellSpec => ({ v: (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86400000, fmt: 'd mmmm yyyy' });

function dated(header: string[], rows: CellSpec[][]): string[] {
  const grid = gridOf('Kegiatan', [['Jadwal Kegiatan Triwulan I Tahun 2024'], header, ...rows]);
  return analyzeWorkbook([grid], { settings: { period: { year: 2024, quarter: 1 } } })
    .findings.filter((f) => f.rule === 'date-order' || f.rule === 'date-out-of-period')
    .map((f) => `${f.rule} ${f.cell}`);
}

describe('date-order: a range in one cell', () => {
  it.each<[string, string[]]>([
    ['26–28 Februari 2024', []],
    ['26 - 28 Februari 2024', []],
    ['28–26 Februari 2024', ['date-order C3']],
    ['10 Maret 2024 - 2 Maret 2024', ['date-order C3']],
    ['25 s/d 26 Maret 2024', []],
    ['Februari s.d. Maret 2024', []],
    ['5 Maret 2024', []],
  ])('%s', (waktu, want) => {
    expect(dated(['No', 'Kegiatan', 'Waktu Pelaksanaan'], [['1', 'Rapat koordinasi', waktu]])).toEqual(want);
  });
});

describe('date-order: Tanggal Mulai and Tanggal Selesai columns', () => {
  it.each<[string, CellSpec, CellSpec, string[]]>([
    ['in order, date cells', SERIAL('2024-02-01'), SERIAL('2024-02-03'), []],
    ['same day', SERIAL('2024-02-01'), SERIAL('2024-02-01'), []],
    ['end before start, date cells', SERIAL('2024-02-20'), SERIAL('2024-02-12'), ['date-order D3']],
    ['end before start, typed', '20 Februari 2024', '12 Februari 2024', ['date-order D3']],
    ['end after the quarter', '25 Maret 2024', '5 April 2024', ['date-out-of-period D3']],
    ['start after the quarter (the start column is the waktu)', '2 April 2024', '5 April 2024', ['date-out-of-period C3', 'date-out-of-period D3']],
    ['no end date', '2 Maret 2024', null, []],
  ])('%s', (_, mulai, selesai, want) => {
    expect(dated(['No', 'Kegiatan', 'Tanggal Mulai', 'Tanggal Selesai'], [['1', 'Rapat koordinasi', mulai, selesai]])).toEqual(want);
  });
});
