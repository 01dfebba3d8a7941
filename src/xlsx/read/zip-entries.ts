/**
 * Just enough of the zip format to pull parts out of an .xlsx: the central directory, stored and
 * deflated entries. Decompression is handed in: Node uses its native zlib, a browser its own.
 */

export type InflateRaw = (compressed: Uint8Array) => Uint8Array | Promise<Uint8Array>;

export class ZipFormatError extends Error {}

interface ZipEntry {
  method: number;
  encrypted: boolean;
  compressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

export class ZipEntries {
  private readonly entries = new Map<string, ZipEntry>();
  private readonly view: DataView;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly inflateRaw: InflateRaw,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.readCentralDirectory();
  }

  /** Part names are compared without case: some generators write "xl/SharedStrings.xml". */
  has(path: string): boolean {
    return this.entries.has(path.toLowerCase());
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  /** The entry's bytes, or undefined when the package lacks it. */
  async read(path: string): Promise<Uint8Array | undefined> {
    const entry = this.entries.get(path.toLowerCase());
    if (!entry) return undefined;
    if (entry.encrypted) throw new ZipFormatError(`${path} is encrypted`);
    const at = entry.localHeaderOffset;
    if (at + 30 > this.bytes.length || this.view.getUint32(at, true) !== LOCAL_SIGNATURE) throw new ZipFormatError(`bad local header for ${path}`);
    const start = at + 30 + this.view.getUint16(at + 26, true) + this.view.getUint16(at + 28, true);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw new ZipFormatError(`${path} is cut short`);
    const data = this.bytes.subarray(start, end);
    if (entry.method === 0) return data;
    if (entry.method === 8) return this.inflateRaw(data);
    throw new ZipFormatError(`${path} uses compression method ${entry.method}`);
  }

  private findEndOfCentralDirectory(): number {
    const minStart = Math.max(0, this.bytes.length - 22 - 0xffff);
    for (let i = this.bytes.length - 22; i >= minStart; i--) {
      if (this.view.getUint32(i, true) === EOCD_SIGNATURE) return i;
    }
    throw new ZipFormatError('no end of central directory');
  }

  private readCentralDirectory(): void {
    const eocd = this.findEndOfCentralDirectory();
    const count = this.view.getUint16(eocd + 10, true);
    let p = this.view.getUint32(eocd + 16, true);
    if (p === 0xffffffff || count === 0xffff) throw new ZipFormatError('zip64 is not supported');
    const decoder = new TextDecoder('utf-8');
    for (let k = 0; k < count; k++) {
      if (p + 46 > this.bytes.length || this.view.getUint32(p, true) !== CENTRAL_SIGNATURE) throw new ZipFormatError('bad central directory');
      const nameLength = this.view.getUint16(p + 28, true);
      const name = decoder.decode(this.bytes.subarray(p + 46, p + 46 + nameLength)).replace(/^\//, '');
      this.entries.set(name.toLowerCase(), {
        encrypted: (this.view.getUint16(p + 8, true) & 1) === 1,
        method: this.view.getUint16(p + 10, true),
        compressedSize: this.view.getUint32(p + 20, true),
        localHeaderOffset: this.view.getUint32(p + 42, true),
      });
      p += 46 + nameLength + this.view.getUint16(p + 30, true) + this.view.getUint16(p + 32, true);
    }
  }
}

/** A part's bytes as text: UTF-8, unless a UTF-16 byte-order mark says otherwise. */
export function partText(bytes: Uint8Array): string {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe;
  return new TextDecoder(utf16 ? 'utf-16le' : 'utf-8').decode(bytes);
}
