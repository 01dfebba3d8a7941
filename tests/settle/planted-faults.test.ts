/**
 * One fault planted at each level of a small unit's workbook (leaf, kegiatan, program, total, detail table, Rencana
 * Kerja list, the Perjanjian Kinerja's budget), with and without the DPA's figure stated (given on the command line,
 * or stated in the workbook: a DPA sheet, a titled block, a sheet the mapping names): the settlement lands on the
 * planted cell, or names the planted group, and the unit's settled total is the true one wherever the evidence
 * decides it.
 */
import { analyzeWorkbook } from '../../src/domain/analyze';
import type { WorkbookMapping } from '../../src/domain/mapping/types';
import type { DpaFigure } from '../../src/domain/settings';
import { paguCell, PK_TOTAL, TRUE_TOTAL, T31_JUMLAH, workbook, type Overrides, type WorkbookOptions } from './workbook';

interface Case {
  name: string;
  overrides: Overrides;
  /** Where the fault must land: a cell ("T3.1!C18"), or the group under a cell ("group T3.1!C16"). */
  lands: string;
  /** The value the finding proposes for the cell, where one cell is named. */
  expected?: string;
  options?: WorkbookOptions;
}

const cell = (kode: string): string => `T3.1!${paguCell(kode)}`;

const CASES: Case[] = [
  { name: 'sub kegiatan, one typing slip', overrides: { [cell('4.01.02.1.02.02')]: 180_500_000 }, lands: cell('4.01.02.1.02.02'), expected: '180.000.000' },
  { name: 'sub kegiatan, not a slip: the group is named', overrides: { [cell('4.01.02.1.02.01')]: 123_456_000 }, lands: `group ${cell('4.01.02.1.02')}` },
  { name: 'sub kegiatan also listed in the detail table', overrides: { [cell('4.01.02.1.01.01')]: 151_234_000 }, lands: cell('4.01.02.1.01.01'), expected: '150.000.000' },
  { name: 'kegiatan', overrides: { [cell('4.01.02.1.02')]: 312_345_000 }, lands: cell('4.01.02.1.02'), expected: '300.000.000' },
  { name: 'program', overrides: { [cell('4.01.02')]: 712_345_000 }, lands: cell('4.01.02'), expected: '700.000.000' },
  { name: 'unit row', overrides: { [cell('')]: 1_012_345_000 }, lands: cell(''), expected: '1.000.000.000' },
  { name: 'JUMLAH', overrides: { [`T3.1!C${T31_JUMLAH}`]: 1_012_345_000 }, lands: `T3.1!C${T31_JUMLAH}`, expected: '1.000.000.000' },
  { name: 'detail table row', overrides: { 'Tabel 3.2!C5': 151_234_000 }, lands: 'Tabel 3.2!C5' },
  { name: 'detail table Total', overrides: { 'Tabel 3.2!C7': 401_234_000 }, lands: 'Tabel 3.2!C7' },
  { name: 'Rencana Kerja list', overrides: { 'Rencana Kerja!C8': 301_234_000 }, lands: 'Rencana Kerja!C8' },
  { name: 'PK total budget', overrides: { [PK_TOTAL]: 1_012_345_000 }, lands: PK_TOTAL, expected: '1.000.000.000', options: { pk: true } },
  { name: 'PK programme line', overrides: { 'PK 2024!D11': 712_345_000 }, lands: 'PK 2024!D11', expected: '700.000.000', options: { pk: true } },
  { name: 'kegiatan, with the PK budget as one more witness', overrides: { [cell('4.01.02.1.02')]: 312_345_000 }, lands: cell('4.01.02.1.02'), expected: '300.000.000', options: { pk: true } },
  { name: 'unit row, with the PK budget as one more witness', overrides: { [cell('')]: 1_012_345_000 }, lands: cell(''), expected: '1.000.000.000', options: { pk: true } },
];

/** A planner's mapping naming the DPA sheet: a table whose title says DPA is read as the DPA's figures. */
const DPA_MAPPING: WorkbookMapping = {
  version: 1,
  sheets: [{
    sheet: 'DPA', kind: 'detail', title: 'DPA', headerRow: 3, firstDataRow: 4, lastDataRow: 6,
    columns: [{ column: 'A', role: 'kode' }, { column: 'B', role: 'uraian' }, { column: 'C', role: 'pagu' }],
  }],
};

interface DpaSource { dpa: DpaFigure[]; options?: WorkbookOptions; mapping?: WorkbookMapping }

const DPA: [string, DpaSource][] = [
  ['no DPA figure', { dpa: [] }],
  ['the unit\'s DPA pagu (--dpa)', { dpa: [{ pagu: TRUE_TOTAL }] }],
  ['the programme\'s DPA pagu (--dpa)', { dpa: [{ kode: '4.01.02', pagu: 700_000_000 }] }],
  ['a DPA sheet in the workbook', { dpa: [], options: { dpa: 'sheet' } }],
  ['a titled DPA block for one kegiatan in the workbook', { dpa: [], options: { dpa: 'block' } }],
  ['a DPA sheet the mapping names', { dpa: [], options: { dpa: 'sheet' }, mapping: DPA_MAPPING }],
];

function settle(overrides: Overrides, source: DpaSource, options?: Case['options']) {
  const analysis = analyzeWorkbook(workbook(overrides, { ...source.options, ...options }), { settings: { dpa: source.dpa }, ...(source.mapping ? { mapping: source.mapping } : {}) });
  const pagu = analysis.settlement?.tables[0]?.columns.pagu;
  if (!pagu) throw new Error('no settlement');
  return { analysis, pagu };
}

describe.each(DPA)('with %s', (_, dpa) => {
  it('finds nothing in the true workbook', () => {
    const { analysis, pagu } = settle({}, dpa);
    expect(pagu.faults).toEqual([]);
    expect(analysis.findings.filter((f) => f.rule === 'sum-mismatch')).toEqual([]);
  });

  it.each(CASES)('a fault in the $name lands where it was planted', ({ overrides, lands, expected, options }) => {
    const { analysis, pagu } = settle(overrides, dpa, options);
    expect(pagu.values.get(-1)).toBe(TRUE_TOTAL);
    const landed = pagu.faults.map((f) => {
      if (f.kind === 'cell') return `${f.observation.sheet}!${f.observation.cell}`;
      const own = f.node.observations.find((o) => o.source === 'own');
      return `${f.kind} ${own?.sheet}!${own?.cell}`;
    });
    expect(landed).toEqual([lands]);
    // The finding points at the cell the planner must fix (or at the total over the planted group).
    const at = lands.replace(/^group /, '');
    expect(analysis.findings.filter((f) => f.rule === 'sum-mismatch').map((f) => `${f.sheet}!${f.cell}`)).toContain(at);
    // Tables that disagree are reported on the planted cell too: Tabel 3.1 is no truth where the evidence says otherwise.
    for (const f of analysis.findings.filter((x) => x.rule === 'cross-table-mismatch')) expect(`${f.sheet}!${f.cell}`).toBe(at);
    if (expected !== undefined) {
      const [sheet, at] = lands.split('!');
      expect(analysis.findings.find((f) => f.rule === 'sum-mismatch' && f.sheet === sheet && f.cell === at)?.expected).toBe(expected);
    }
  });
});

describe('evenly split evidence', () => {
  // The kegiatan alone states 312.345.000 over sub kegiatan adding up to 300.000.000; nothing above it is stated.
  const overrides: Overrides = { [cell('4.01.02.1.02')]: 312_345_000, [cell('4.01.02')]: null, [cell('')]: null, [`T3.1!C${T31_JUMLAH}`]: null };
  const options = { rencana: false };

  it('says so and proposes no number', () => {
    const { analysis, pagu } = settle(overrides, { dpa: [] }, options);
    expect(pagu.faults.map((f) => f.kind)).toEqual(['split']);
    const finding = analysis.findings.find((f) => f.rule === 'sum-mismatch');
    expect(finding?.cell).toBe(paguCell('4.01.02.1.02'));
    expect(finding?.expected).toBeUndefined();
    expect(finding?.message).toContain('bukti sama kuat — cocokkan dengan DPA');
  });

  it('is settled by the DPA figure of the kegiatan', () => {
    const { analysis, pagu } = settle(overrides, { dpa: [{ kode: '4.01.02.1.02', pagu: 300_000_000 }] }, options);
    expect(pagu.values.get(-1)).toBe(TRUE_TOTAL);
    expect(analysis.findings.find((f) => f.rule === 'sum-mismatch')?.expected).toBe('300.000.000');
  });

  it('is settled the other way by a DPA figure for the whole unit: then the sub kegiatan are short', () => {
    const { pagu } = settle(overrides, { dpa: [{ pagu: 1_012_345_000 }] }, options);
    expect(pagu.values.get(-1)).toBe(1_012_345_000);
    expect(pagu.faults.map((f) => `${f.kind} ${f.node.name}`)).toEqual(['group 4.01.02.1.02']);
  });
});

describe('English', () => {
  it('words the finding in English with lang en', () => {
    const analysis = analyzeWorkbook(workbook({ [cell('4.01.02.1.02.01')]: 123_456_000 }), { settings: { lang: 'en' } });
    expect(analysis.findings.find((f) => f.rule === 'sum-mismatch')?.message).toBe(
      'Two sub kegiatan add up to 303.456.000; kegiatan, the Rencana Kerja list, programme, the Biro Contoh row and JUMLAH all say 300.000.000: likely one sub kegiatan is 3.456.000 too much — check it against the DPA',
    );
  });
});
