/** The reader's limits at their edges, in-process: what is kept just inside, what is refused just outside, and what a sparse sheet costs. */
import { deflateRawSync } from 'node:zlib';
import { minimalXlsx, sheetXml } from '../../scripts/hostile/make-hostile';
import { readWorkbook, readWorkbookWith, WorkbookReadError } from '../../src/xlsx/read-workbook';
import { READ_LIMITS } from '../../src/xlsx/read/limits';

const book = (cells: string, after = '') => minimalXlsx({ sheets: [{ name: 'Tabel 3.1', xml: sheetXml(cells, after) }] });

async function refusal(bytes: Buffer): Promise<WorkbookReadError> {
  const err = await readWorkbook(bytes).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(WorkbookReadError);
  return err as WorkbookReadError;
}

describe('Excel grid', () => {
  it('keeps a cell at the last row and column (XFD1048576), in a grid whose empty rows share one empty row', async () => {
    const [grid] = await readWorkbook(book('<row r="1"><c r="A1"><v>7</v></c></row><row r="1048576"><c r="XFD1048576"><v>9</v></c></row>'));
    expect(grid.rows).toHaveLength(READ_LIMITS.maxRows);
    expect(grid.rows[0][0]?.value).toBe(7);
    expect(grid.rows[READ_LIMITS.maxRows - 1][READ_LIMITS.maxColumns - 1]?.value).toBe(9);
    expect(new Set(grid.rows.slice(1, -1)).size).toBe(1);
  });

  it.each([
    ['row 1,048,577', '<row r="1048577"><c r="A1048577"><v>1</v></c></row>', /baris 1048577, kolom 1 di luar batas Excel/],
    ['column XFE', '<row r="1"><c r="XFE1"><v>1</v></c></row>', /kolom 16385 di luar batas Excel/],
    ['a row number of 40 digits', `<row r="1"><c r="A${'9'.repeat(40)}"><v>1</v></c></row>`, /di luar batas Excel/],
  ])('refuses a cell at %s', async (_label, cells, message) => {
    const err = await refusal(book(cells));
    expect(err.problem).toBe('too-large');
    expect(err.message).toMatch(message);
    expect(err.en).toMatch(/outside Excel's grid/);
  });

  it('keeps a cell of 32,767 characters and refuses one of 32,768', async () => {
    const text = (n: number) => `<row r="1"><c r="A1" t="inlineStr"><is><t>${'a'.repeat(n)}</t></is></c></row>`;
    const [grid] = await readWorkbook(book(text(READ_LIMITS.maxCellChars)));
    expect(String(grid.rows[0][0]?.value)).toHaveLength(READ_LIMITS.maxCellChars);
    expect((await refusal(book(text(READ_LIMITS.maxCellChars + 1)))).en).toMatch(/32768 characters, more than Excel's limit of 32767/);
  });

  it('clips a whole-sheet merge written past the grid to the grid', async () => {
    const [grid] = await readWorkbook(book('<row r="1"><c r="A1"><v>1</v></c></row>', '<mergeCells count="1"><mergeCell ref="A1:ZZZ9999999"/></mergeCells>'));
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: READ_LIMITS.maxRows - 1, right: READ_LIMITS.maxColumns - 1 }]);
  });
});

describe('inflating', () => {
  it('an inflater that ignores its cap is refused all the same', async () => {
    const bytes = book('<row r="1"><c r="A1"><v>1</v></c></row>');
    const greedy = () => new Uint8Array(READ_LIMITS.maxPartBytes + 1);
    const err = await readWorkbookWith(bytes, greedy).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookReadError);
    expect((err as WorkbookReadError).en).toMatch(/inflates to more than 256 MiB|contents inflate to more than/);
  });

  it('reads a part whose declared size is wrong but whose real size is within the cap', async () => {
    const xml = Buffer.from(sheetXml('<row r="1"><c r="A1"><v>5</v></c></row>'));
    const [grid] = await readWorkbook(minimalXlsx({ sheets: [{ name: 'Tabel 3.1', xml: { bytes: deflateRawSync(xml), size: 1 } }] }));
    expect(grid.rows[0][0]?.value).toBe(5);
  });
});
