import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import JSZip from 'jszip';
import { readWorkbook, WorkbookReadError } from '../../src/xlsx/read-workbook';
import { reportWorkbookBuffer } from '../../src/xlsx/write-report';
import { seedWorkbook, toBuffer } from './fixtures';

const dir = mkdtempSync(join(tmpdir(), 'lapkin-xlsx-'));

/** An OLE2 compound file header, what both .xls and password-protected .xlsx files are. */
function oleFile(streamName: string): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([header, Buffer.alloc(504), Buffer.from(streamName, 'utf16le'), Buffer.alloc(64)]);
}

async function docxLikeZip(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('word/document.xml', '<w:document/>');
  return zip.generateAsync({ type: 'nodebuffer' });
}

async function truncatedXlsx(): Promise<Buffer> {
  const whole = await toBuffer(seedWorkbook());
  return whole.subarray(0, Math.floor(whole.length / 2));
}

const csv = Buffer.from('Kode Rek;Uraian;Pagu\n4.01.01;Program penunjang;661.473.673\n', 'utf8');

describe('unreadable files give a one-line WorkbookReadError', () => {
  it.each<[string, () => Promise<Buffer | string>, RegExp, RegExp]>([
    ['a missing file', async () => join(dir, 'tidak-ada.xlsx'), /^Berkas tidak ditemukan: .*tidak-ada\.xlsx$/, /^File not found/],
    ['a CSV renamed .xlsx', async () => csv, /bukan workbook Excel \.xlsx/, /not an Excel \.xlsx workbook/],
    ['an old .xls', async () => oleFile('Workbook'), /format Excel lama \(\.xls\)/, /old Excel format/],
    ['a password-protected .xlsx', async () => oleFile('EncryptionInfo'), /dilindungi kata sandi/, /password-protected/],
    ['a damaged zip', truncatedXlsx, /rusak/, /damaged/],
    ['a Word document renamed .xlsx', docxLikeZip, /bukan workbook Excel/, /not an Excel workbook/],
  ])('%s', async (_label, make, id, en) => {
    let input = await make();
    if (typeof input !== 'string') {
      // Through a path too, so the message names the file.
      const path = join(dir, `${_label.replace(/\W+/g, '-')}.xlsx`);
      writeFileSync(path, input);
      input = path;
    }
    const error = await readWorkbook(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookReadError);
    const { message, en: english } = error as WorkbookReadError;
    expect(message).toMatch(id);
    expect(english).toMatch(en);
    expect(message).not.toMatch(/\n/);
    expect(english).not.toMatch(/\n/);
    // The writer refuses the same files the same way.
    await expect(reportWorkbookBuffer(input, [])).rejects.toBeInstanceOf(WorkbookReadError);
  });
});
