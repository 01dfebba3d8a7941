/**
 * Writing the report without ever touching the input, and without leaving a half-written file:
 * - the output is compared with the input by identity (device and inode, after links are resolved),
 *   not by path text, so a symlink, a hard link, "./x/../in.xlsx" or "IN.XLSX" on a case-insensitive
 *   file system are all recognised as the input;
 * - the bytes go to a temporary file in the output's own folder and are renamed over the output only
 *   when complete, so a failed write (a full disk) leaves the previous output as it was and no partial file.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { LapkinError } from '../domain/errors';

/** The file operations used, so a test can make one fail (a full disk, a read-only folder) without root tricks. */
export interface OutputFs {
  writeFile(file: string, data: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
}

const nodeFs: OutputFs = {
  writeFile: (file, data) => fs.writeFile(file, data, { flag: 'wx' }),
  rename: (from, to) => fs.rename(from, to),
  unlink: (file) => fs.unlink(file),
};

function sameFileError(): LapkinError {
  return new LapkinError({
    id: 'berkas keluaran sama dengan berkas masukan: Lapkin tidak menulis ke workbook sumber, pilih nama lain dengan -o',
    en: 'the output file is the input file: Lapkin never writes to the source workbook, choose another name with -o',
  });
}

async function statOrUndefined(file: string) {
  try {
    return await fs.stat(file);
  } catch {
    return undefined;
  }
}

/** Whether names in `dir` that differ only in case are the same file there (macOS and Windows defaults). */
async function isCaseInsensitive(dir: string, existing: string): Promise<boolean> {
  const flipped = existing.replace(/\p{L}/u, (ch) => (ch === ch.toLowerCase() ? ch.toUpperCase() : ch.toLowerCase()));
  if (flipped === existing) return false;
  const [a, b] = await Promise.all([statOrUndefined(path.join(dir, existing)), statOrUndefined(path.join(dir, flipped))]);
  return a !== undefined && b !== undefined && a.dev === b.dev && a.ino === b.ino;
}

/**
 * Refuses, before any work, an output that is the input or cannot be a file: a folder, or a name in a
 * folder that does not exist. `input` must exist (it was given to be read).
 */
export async function checkOutputPath(input: string, output: string): Promise<void> {
  const inputStat = await statOrUndefined(input);
  const outputStat = await statOrUndefined(output);
  if (inputStat && outputStat && inputStat.dev === outputStat.dev && inputStat.ino === outputStat.ino) throw sameFileError();
  if (outputStat?.isDirectory()) {
    throw new LapkinError({
      id: `-o menunjuk sebuah folder, bukan berkas: ${output} (berikan nama berkas, mis. ${path.join(output, 'laporan.xlsx')})`,
      en: `-o names a folder, not a file: ${output} (give a file name, e.g. ${path.join(output, 'report.xlsx')})`,
    });
  }
  const folder = path.dirname(path.resolve(output));
  const folderStat = await statOrUndefined(folder);
  if (!folderStat?.isDirectory()) {
    throw new LapkinError({ id: `folder keluaran tidak ada: ${folder}`, en: `the output folder does not exist: ${folder}` });
  }
  if (outputStat || !inputStat) return;
  // The output does not exist yet: on a case-insensitive file system "IN.XLSX" would still be the input.
  const realInput = await fs.realpath(input);
  const realFolder = await fs.realpath(folder);
  const inputName = path.basename(realInput);
  if (path.dirname(realInput) === realFolder && inputName.toLowerCase() === path.basename(output).toLowerCase()) {
    if (await isCaseInsensitive(realFolder, inputName)) throw sameFileError();
  }
}

/** A name beside `output` that nothing else uses: hidden, and marked as Lapkin's in case it is ever left behind. */
function temporaryName(output: string): string {
  const random = Math.random().toString(36).slice(2, 10);
  return path.join(path.dirname(output), `.${path.basename(output)}.lapkin-${process.pid}-${random}.tmp`);
}

/**
 * Writes `bytes` to `output` through a temporary file renamed into place. On any failure the temporary
 * file is removed, the previous output (if any) is untouched, and one LapkinError says why.
 */
export async function writeOutputFile(output: string, bytes: Uint8Array, io: OutputFs = nodeFs): Promise<void> {
  const temp = temporaryName(output);
  try {
    await io.writeFile(temp, bytes);
    await io.rename(temp, output);
  } catch (err) {
    await io.unlink(temp).catch(() => undefined);
    const reason = (err as NodeJS.ErrnoException).code ?? (err instanceof Error ? err.message : String(err));
    throw new LapkinError({
      id: `laporan tidak dapat ditulis ke ${output} (${reasonId(reason)}); berkas lama, bila ada, tidak berubah`,
      en: `the report could not be written to ${output} (${reasonEn(reason)}); any previous file there is unchanged`,
    });
  }
}

function reasonId(code: string): string {
  if (code === 'ENOSPC') return 'disk penuh';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'tidak ada izin menulis';
  return code;
}

function reasonEn(code: string): string {
  if (code === 'ENOSPC') return 'the disk is full';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'no permission to write';
  return code;
}
