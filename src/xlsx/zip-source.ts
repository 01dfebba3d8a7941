/**
 * The entries of an existing zip as they are stored: name, method, CRC, sizes and the compressed
 * bytes, so a writer can carry a part over without inflating it (ZIP64 sizes and offsets included).
 */

export class ZipSourceError extends Error {}

export interface StoredEntry {
  /** the name's bytes exactly as stored, and the name decoded for lookups */
  nameBytes: Uint8Array;
  name: string;
  /** general purpose flags (bit 11: UTF-8 name) */
  flags: number;
  method: number;
  dosTime: number;
  dosDate: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  /** the compressed bytes, a view into the source */
  data: Uint8Array;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function endOfCentralDirectory(view: DataView): number {
  const minStart = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= minStart; i--) if (view.getUint32(i, true) === EOCD) return i;
  throw new ZipSourceError('no end of central directory');
}

function u64(view: DataView, at: number): number {
  return view.getUint32(at, true) + view.getUint32(at + 4, true) * 0x100000000;
}

/** Where the central directory starts and how many records it has, from the ZIP64 record when there is one. */
function directoryBounds(view: DataView): { start: number; count: number } {
  const eocd = endOfCentralDirectory(view);
  let count = view.getUint16(eocd + 10, true);
  let start = view.getUint32(eocd + 16, true);
  const locator = eocd - 20;
  if ((count === 0xffff || start === 0xffffffff) && locator >= 0 && view.getUint32(locator, true) === ZIP64_LOCATOR) {
    const at = u64(view, locator + 8);
    if (at + 56 > view.byteLength || view.getUint32(at, true) !== ZIP64_EOCD) throw new ZipSourceError('bad zip64 end record');
    count = u64(view, at + 32);
    start = u64(view, at + 48);
  }
  return { start, count };
}

/** Replaces 0xFFFFFFFF fields with their values from the ZIP64 extra field (id 1), in the order the format lists them. */
function applyZip64(view: DataView, extraStart: number, extraEnd: number, sizes: { uncompressed: number; compressed: number; offset: number }): void {
  for (let p = extraStart; p + 4 <= extraEnd; ) {
    const id = view.getUint16(p, true);
    const len = view.getUint16(p + 2, true);
    if (id === 1) {
      let q = p + 4;
      const take = (): number => {
        if (q + 8 > p + 4 + len) throw new ZipSourceError('short zip64 field');
        const v = u64(view, q);
        q += 8;
        return v;
      };
      if (sizes.uncompressed === 0xffffffff) sizes.uncompressed = take();
      if (sizes.compressed === 0xffffffff) sizes.compressed = take();
      if (sizes.offset === 0xffffffff) sizes.offset = take();
      return;
    }
    p += 4 + len;
  }
}

export function storedEntries(bytes: Uint8Array): StoredEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { start, count } = directoryBounds(view);
  const decoder = new TextDecoder('utf-8');
  const entries: StoredEntry[] = [];
  let p = start;
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) throw new ZipSourceError('bad central directory');
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const nameBytes = bytes.slice(p + 46, p + 46 + nameLength);
    const sizes = { compressed: view.getUint32(p + 20, true), uncompressed: view.getUint32(p + 24, true), offset: view.getUint32(p + 42, true) };
    applyZip64(view, p + 46 + nameLength, p + 46 + nameLength + extraLength, sizes);
    const at = sizes.offset;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw new ZipSourceError('bad local header');
    const dataStart = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    if (dataStart + sizes.compressed > bytes.length) throw new ZipSourceError('entry cut short');
    entries.push({
      nameBytes,
      name: decoder.decode(nameBytes),
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      dosTime: view.getUint16(p + 12, true),
      dosDate: view.getUint16(p + 14, true),
      crc32: view.getUint32(p + 16, true),
      compressedSize: sizes.compressed,
      uncompressedSize: sizes.uncompressed,
      data: bytes.subarray(dataStart, dataStart + sizes.compressed),
    });
    p += 46 + nameLength + extraLength + view.getUint16(p + 32, true);
  }
  return entries;
}
