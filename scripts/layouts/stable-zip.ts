/**
 * Makes a written .xlsx the same bytes on every run: exceljs stamps each zip entry with the time of writing, so
 * the corpus would change on every `npm run layouts`. Re-packs the entries, in their order, with one fixed date.
 */
import fs from 'node:fs';
import JSZip from 'jszip';

/** The date every entry carries (the examples' own `created` date). */
const FIXED_DATE = new Date(Date.UTC(2024, 3, 1));

export async function restampZip(file: string): Promise<void> {
  const source = await JSZip.loadAsync(fs.readFileSync(file));
  const out = new JSZip();
  for (const entry of Object.values(source.files)) {
    if (entry.dir) continue;
    out.file(entry.name, await entry.async('uint8array'), { date: FIXED_DATE, createFolders: false });
  }
  fs.writeFileSync(file, await out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } }));
}
