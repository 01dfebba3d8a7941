/** Small workbooks built with exceljs the way planners fill them: the seed's Tabel 3.1 with its title block and faults. */
import ExcelJS from 'exceljs';
import type { SheetPlan } from '../../src/domain/report/sheet-plan';

/** Excel serial (1900 system) of a calendar date. */
export function serialOf(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / 86400000 + 25569;
}

/** exceljs's typings declare their own Buffer type; at run time load() takes Node's. */
export async function loadWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  return new ExcelJS.Workbook().xlsx.load(buffer as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
}

export async function toBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The seed's Tabel 3.1 (top part), starting at B2 so the used range does not begin at A1. */
export function seedWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Tabel 3.1');
  ws.getCell('B2').value = 'LAPORAN KINERJA TRIWULAN I TAHUN 2024';
  ws.mergeCells('B2:F2');
  ws.getCell('B3').value = 'BIRO ORGANISASI SETDA PROVINSI NTT';
  ws.mergeCells('B3:F3');
  ws.getRow(5).values = [undefined, 'Kode Rek', 'Uraian', 'Pagu Anggaran 2024', 'Realisasi Triwulan I Tahun 2024', 'Capaian'];
  ws.getCell('C6').value = { richText: [{ text: 'Biro ', font: { bold: true } }, { text: 'Organisasi' }] };
  ws.getCell('D6').value = 1500000000;
  ws.getCell('D6').numFmt = '#,##0';
  ws.getCell('E6').value = 375000000;
  ws.getCell('E6').numFmt = '#,##0';
  ws.getCell('F6').value = { formula: 'E6/D6', result: 0.25 };
  ws.getCell('F6').numFmt = '0.00%';
  ws.getRow(7).values = [undefined, '4.01.01', 'Program penunjang urusan pemerintahan', 661473673, 168615100, 0.2549];
  ws.getCell('F7').numFmt = '0.00%';
  ws.getRow(8).values = [undefined, '4.01.02.1.01.02', 'Fasilitasi Penataan Kelembagaan Kab/kota', 30356250, '-', '-'];
  ws.getCell('F8').value = { formula: 'E8/D8', result: { error: '#DIV/0!' } };
  // The seed's JUMLAH row carries the fault "375.000.00" typed as text.
  ws.getRow(9).values = [undefined, 'JUMLAH', undefined, 'Rp. 1.500.000.000,-', '375.000.00', '25,00'];
  ws.getCell('B11').value = 'Kupang';
  ws.getCell('C11').value = new Date(Date.UTC(2024, 6, 24));
  ws.getCell('C11').numFmt = 'dd mmmm yyyy';
  ws.getCell('B12').value = { text: 'SIPD', hyperlink: 'https://sipd.kemendagri.go.id' };
  ws.getCell('C12').value = true;
  ws.getColumn(3).width = 40;
  return wb;
}

const STYLES: SheetPlan['styles'] = {
  title: { bold: true, fontSize: 14, hAlign: 'center' },
  header: { bold: true, fill: '#D9E1F2', border: true, wrap: true, hAlign: 'center', vAlign: 'middle' },
  body: { border: true },
  flagged: { fill: '#FFC7CE', fontColor: '#9C0006', border: true },
  link: { fontColor: '#0563C1', underline: true },
};

/** A recalculated Tabel 3.1 as the report module would plan it, with one flagged stated value. */
export function tabel31Plan(name = 'Tabel 3.1 (Lapkin)'): SheetPlan {
  return {
    name,
    kind: 'tabel-3.1',
    rows: [
      [{ kind: 'text', text: 'Tabel 3.1 Realisasi Anggaran Triwulan I Tahun 2024', style: 'title' }],
      [],
      [
        { kind: 'text', text: 'Kode Rek', style: 'header' },
        { kind: 'text', text: 'Uraian', style: 'header' },
        { kind: 'text', text: 'Pagu Anggaran 2024', style: 'header' },
        { kind: 'text', text: 'Realisasi Triwulan I', style: 'header' },
        { kind: 'text', text: 'Capaian (%)', style: 'header' },
      ],
      [
        { kind: 'text', text: '4.01.01', style: 'body' },
        { kind: 'text', text: 'Program penunjang urusan pemerintahan', style: 'body' },
        { kind: 'number', value: 661473673, format: '#,##0', style: 'body' },
        { kind: 'number', value: 168615100, format: '#,##0', style: 'body' },
        { kind: 'formula', formula: 'ROUND(D4/C4*100,2)', cached: 25.49, format: '0.00', style: 'body' },
      ],
      [
        { kind: 'text', text: 'JUMLAH', style: 'body' },
        null,
        { kind: 'formula', formula: 'SUM(C4:C4)', cached: 661473673, format: '#,##0', style: 'body' },
        { kind: 'number', value: 37500000, format: '#,##0', style: 'flagged' },
        { kind: 'formula', formula: 'IF(C5=0,"-",D5/C5*100)', cached: null, format: '0.00', style: 'body' },
      ],
      [
        { kind: 'text', text: '=375.000.00 tertulis di sumber', style: 'body' },
        { kind: 'link', text: 'Lihat sel sumber', sheet: "Tabel 3.1", cell: 'E9', style: 'link' },
      ],
    ],
    styles: STYLES,
    merges: ['A1:E1'],
    widths: [18, 45, 20, 20, 12],
    freeze: { rows: 3, cols: 2 },
    print: { orientation: 'landscape', paperSize: 'F4', fitToWidth: true, printTitleRows: '3:3' },
    conditionalFormats: [
      {
        range: 'E4:E5',
        bands: [
          { min: 91, fill: '#00B050' },
          { min: 76, max: 91, fill: '#92D050' },
          { min: 0, max: 51, fill: '#FF0000', fontColor: '#FFFFFF' },
        ],
      },
    ],
    charts: [{ type: 'bar', title: 'Capaian', categories: 'B4:B4', series: [{ name: 'Capaian', values: 'E4:E4' }], anchor: 'G3' }],
  };
}

export function temuanPlan(name = 'Temuan'): SheetPlan {
  return {
    name,
    kind: 'temuan',
    rows: [[{ kind: 'text', text: 'Temuan', style: 'title' }], [{ kind: 'text', text: 'Realisasi JUMLAH "375.000.00" bukan angka yang sah' }]],
    styles: STYLES,
    merges: [],
    widths: [60],
    print: { orientation: 'portrait', paperSize: 'A4', fitToWidth: false },
    conditionalFormats: [],
    charts: [],
  };
}
