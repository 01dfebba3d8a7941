/**
 * Writes a zip: carried-over entries keep their compressed bytes as stored, new entries are deflated
 * by the codec handed in (Node's zlib in the CLI, a browser's own in a Web Worker). ZIP64 records are
 * added only when a size, an offset or the entry count passes what the classic format holds.
 */
import { crc32 } from './zip-crc32';
import type { StoredEntry } from './zip-source';

export type DeflateRaw = (bytes: Uint8Array) => Uint8Array | Promise<Uint8Array>;
/** Deflates pieces as they are read from the iterable, returning the compressed chunks: only those are held. */
export type DeflateRawPieces = (pieces: Iterable<Uint8Array>) => Promise<Uint8Array[]>;

export interface DeflateCodec {
  deflateRaw: DeflateRaw;
  /** Optional: without it a part's pieces are joined and deflated whole. */
  deflateRawPieces?: DeflateRawPieces;
}

/** A new part, compressed and not yet placed in the zip. */
export interface DeflatedPart {
  name: string;
  crc32: number;
  size: number;
  chunks: Uint8Array[];
}

const MAX32 = 0xffffffff;
const UTF8_FLAG = 0x0800;
/** 2 January 2024, 00:00 in DOS form: new entries get a fixed time, so the same report gives the same bytes. */
const FIXED_DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 2;

interface Written {
  entry: Omit<StoredEntry, 'data'>;
  offset: number;
}

/** The pieces as they pass, their CRC and length counted into `sum`. */
function* counted(pieces: Iterable<Uint8Array>, sum: { crc: number; size: number }): Generator<Uint8Array, void, undefined> {
  for (const p of pieces) {
    sum.crc = crc32(p, sum.crc);
    sum.size += p.length;
    yield p;
  }
}

export class ZipWriter {
  private readonly chunks: Uint8Array[] = [];
  private readonly written: Written[] = [];
  private offset = 0;

  constructor(private readonly codec: DeflateCodec) {}

  /** An entry of another zip, its compressed bytes copied as they are. */
  copy(entry: StoredEntry): void {
    // Bit 3 (sizes in a trailing descriptor) is cleared: this local header states them.
    this.append({ ...entry, flags: entry.flags & ~0x0008 }, [entry.data]);
  }

  /** A new part compressed from its pieces, read one at a time (a generator's are made only as they are read). */
  async deflate(name: string, pieces: Iterable<Uint8Array>): Promise<DeflatedPart> {
    const sum = { crc: 0, size: 0 };
    let chunks: Uint8Array[];
    if (this.codec.deflateRawPieces) chunks = await this.codec.deflateRawPieces(counted(pieces, sum));
    else {
      const all = [...counted(pieces, sum)];
      chunks = [await this.codec.deflateRaw(all.length === 1 ? all[0] : concat(all, sum.size))];
    }
    return { name, crc32: sum.crc, size: sum.size, chunks };
  }

  /** Places a part deflated earlier (its name decides nothing about its place: parts go in the order placed). */
  place(part: DeflatedPart): void {
    const nameBytes = new TextEncoder().encode(part.name);
    const compressedSize = part.chunks.reduce((n, c) => n + c.length, 0);
    this.append(
      { nameBytes, name: part.name, flags: UTF8_FLAG, method: 8, dosTime: 0, dosDate: FIXED_DOS_DATE, crc32: part.crc32, compressedSize, uncompressedSize: part.size },
      part.chunks,
    );
  }

  /** A new entry from its uncompressed pieces, deflated and placed. */
  async add(name: string, pieces: Iterable<Uint8Array>): Promise<void> {
    this.place(await this.deflate(name, pieces));
  }

  /** The whole zip, central directory included. */
  finish(): Uint8Array {
    const dirStart = this.offset;
    for (const w of this.written) this.push(centralRecord(w));
    const dirSize = this.offset - dirStart;
    const count = this.written.length;
    if (count >= 0xffff || dirStart >= MAX32 || dirSize >= MAX32) {
      const z64 = new DataView(new ArrayBuffer(56 + 20));
      z64.setUint32(0, 0x06064b50, true);
      setU64(z64, 4, 44);
      z64.setUint16(12, 45, true);
      z64.setUint16(14, 45, true);
      setU64(z64, 24, count);
      setU64(z64, 32, count);
      setU64(z64, 40, dirSize);
      setU64(z64, 48, dirStart);
      z64.setUint32(56, 0x07064b50, true);
      setU64(z64, 64, this.offset);
      z64.setUint32(72, 1, true);
      this.push(new Uint8Array(z64.buffer));
    }
    const end = new DataView(new ArrayBuffer(22));
    end.setUint32(0, 0x06054b50, true);
    end.setUint16(8, Math.min(count, 0xffff), true);
    end.setUint16(10, Math.min(count, 0xffff), true);
    end.setUint32(12, Math.min(dirSize, MAX32), true);
    end.setUint32(16, Math.min(dirStart, MAX32), true);
    this.push(new Uint8Array(end.buffer));
    return concat(this.chunks, this.offset);
  }

  private append(entry: Omit<StoredEntry, 'data'>, data: Uint8Array[]): void {
    const offset = this.offset;
    this.push(localHeader(entry));
    for (const d of data) this.push(d);
    this.written.push({ entry, offset });
  }

  private push(bytes: Uint8Array): void {
    this.chunks.push(bytes);
    this.offset += bytes.length;
  }
}

function setU64(view: DataView, at: number, value: number): void {
  view.setUint32(at, value % 0x100000000, true);
  view.setUint32(at + 4, Math.floor(value / 0x100000000), true);
}

function needsZip64(e: Omit<StoredEntry, 'data'>): boolean {
  return e.compressedSize >= MAX32 || e.uncompressedSize >= MAX32;
}

function localHeader(e: Omit<StoredEntry, 'data'>): Uint8Array {
  const zip64 = needsZip64(e);
  const extra = zip64 ? 20 : 0;
  const view = new DataView(new ArrayBuffer(30 + e.nameBytes.length + extra));
  view.setUint32(0, 0x04034b50, true);
  view.setUint16(4, zip64 ? 45 : 20, true);
  view.setUint16(6, e.flags, true);
  view.setUint16(8, e.method, true);
  view.setUint16(10, e.dosTime, true);
  view.setUint16(12, e.dosDate, true);
  view.setUint32(14, e.crc32, true);
  view.setUint32(18, zip64 ? MAX32 : e.compressedSize, true);
  view.setUint32(22, zip64 ? MAX32 : e.uncompressedSize, true);
  view.setUint16(26, e.nameBytes.length, true);
  view.setUint16(28, extra, true);
  const out = new Uint8Array(view.buffer);
  out.set(e.nameBytes, 30);
  if (zip64) {
    const at = 30 + e.nameBytes.length;
    view.setUint16(at, 1, true);
    view.setUint16(at + 2, 16, true);
    setU64(view, at + 4, e.uncompressedSize);
    setU64(view, at + 12, e.compressedSize);
  }
  return out;
}

function centralRecord({ entry: e, offset }: Written): Uint8Array {
  const big = [e.uncompressedSize >= MAX32, e.compressedSize >= MAX32, offset >= MAX32];
  const extraFields = big.filter(Boolean).length;
  const extra = extraFields > 0 ? 4 + 8 * extraFields : 0;
  const view = new DataView(new ArrayBuffer(46 + e.nameBytes.length + extra));
  view.setUint32(0, 0x02014b50, true);
  view.setUint16(4, extra ? 45 : 20, true);
  view.setUint16(6, extra ? 45 : 20, true);
  view.setUint16(8, e.flags, true);
  view.setUint16(10, e.method, true);
  view.setUint16(12, e.dosTime, true);
  view.setUint16(14, e.dosDate, true);
  view.setUint32(16, e.crc32, true);
  view.setUint32(20, big[1] ? MAX32 : e.compressedSize, true);
  view.setUint32(24, big[0] ? MAX32 : e.uncompressedSize, true);
  view.setUint16(28, e.nameBytes.length, true);
  view.setUint16(30, extra, true);
  view.setUint32(42, big[2] ? MAX32 : offset, true);
  const out = new Uint8Array(view.buffer);
  out.set(e.nameBytes, 46);
  if (extra) {
    let at = 46 + e.nameBytes.length;
    view.setUint16(at, 1, true);
    view.setUint16(at + 2, extra - 4, true);
    at += 4;
    for (const [i, value] of [e.uncompressedSize, e.compressedSize, offset].entries()) {
      if (!big[i]) continue;
      setU64(view, at, value);
      at += 8;
    }
  }
  return out;
}

export function concat(pieces: Uint8Array[], total = pieces.reduce((n, p) => n + p.length, 0)): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
