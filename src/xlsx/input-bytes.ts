/** Turns the accepted inputs (a path, a Buffer, an ArrayBuffer) into bytes, and sorts out files that are not .xlsx. */
import { readFile } from 'fs/promises';
import { WorkbookReadError } from './read-error';

export type WorkbookInput = string | Buffer | ArrayBuffer;

export interface InputBytes {
  bytes: Uint8Array;
  /** The path, when the input was one (for messages). */
  fileName?: string;
}

export async function inputBytes(input: WorkbookInput): Promise<InputBytes> {
  if (typeof input !== 'string') {
    return { bytes: input instanceof ArrayBuffer ? new Uint8Array(input) : new Uint8Array(input.buffer, input.byteOffset, input.byteLength) };
  }
  try {
    return { bytes: await readFile(input), fileName: input };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new WorkbookReadError('not-found', input);
    if (code === 'EISDIR') throw new WorkbookReadError('folder', input);
    if (code === 'EACCES' || code === 'EPERM') throw new WorkbookReadError('no-access', input);
    throw err;
  }
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

/** "EncryptionInfo" as UTF-16LE: the stream name every encrypted OOXML package carries inside its OLE container. */
function containsEncryptionInfo(bytes: Uint8Array): boolean {
  const needle = 'EncryptionInfo';
  const first = needle.charCodeAt(0);
  const limit = Math.min(bytes.length, 1 << 20) - needle.length * 2;
  outer: for (let i = 0; i < limit; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let k = 1; k < needle.length; k++) {
      if (bytes[i + 2 * k] !== needle.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

/** Throws a WorkbookReadError unless the bytes look like a zip package. */
export function assertZipPackage({ bytes, fileName }: InputBytes): void {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return;
  if (startsWith(bytes, OLE_SIGNATURE)) throw new WorkbookReadError(containsEncryptionInfo(bytes) ? 'encrypted' : 'xls', fileName);
  if (startsWith(bytes, [0x50, 0x4b])) throw new WorkbookReadError('corrupt', fileName);
  throw new WorkbookReadError('not-xlsx', fileName);
}
