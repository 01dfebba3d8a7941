/**
 * Just enough of the zip format to pull parts out of an .xlsx: the central directory, stored and
 * deflated entries. Decompression is handed in: Node uses its native zlib, a browser its own. Every part
 * read is charged to a ReadBudget, and the inflater is told the most it may produce, so a zip bomb stops
 * at the cap instead of filling memory.
 */
import type { Bilingual } from '../../domain/errors';
import { limitDetail, READ_LIMITS, ReadBudget, ReadLimitError } from './limits';

/**
 * Inflates raw deflate data, producing at most `maxOutput` bytes: past that it throws (or returns
 * more, which the caller refuses), never keeps inflating.
 */
export type InflateRaw = (compressed: Uint8Array, maxOutput: number) => Uint8Array | Promise<Uint8Array>;

/** Thrown by an InflateRaw that stopped at its maxOutput. */
export class InflateLimitError extends Error {}

/** A damaged or unsafe package; `detail` says what in both languages where the planner can act on it. */
export class ZipFormatError extends Error {
  constructor(
    message: string,
    readonly detail?: Bilingual,
  ) {
    super(message);
  }
}

interface ZipEntry {
  /** The name as stored, for messages. */
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** A part name that climbs out of the package ("../x", "a/../../x"), is absolute on Windows, or carries a NUL. */
function isUnsafePartName(name: string): boolean {
  if (name.includes('\\') || name.includes('\0') || /^[A-Za-z]:/.test(name)) return true;
  return name.split('/').some((segment) => segment === '..');
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
    private readonly budget: ReadBudget = new ReadBudget(),
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
    const allowance = this.budget.partAllowance();
    // The declared size is not trusted, but a part that says it is too large is refused without inflating.
    if (entry.uncompressedSize > allowance) throw this.budget.overAllowance(entry.name);
    let out: Uint8Array;
    if (entry.method === 0) out = data;
    else if (entry.method === 8) {
      try {
        out = await this.inflateRaw(data, allowance);
      } catch (err) {
        if (err instanceof InflateLimitError) throw this.budget.overAllowance(entry.name);
        throw err;
      }
    } else throw new ZipFormatError(`${path} uses compression method ${entry.method}`);
    if (out.length > allowance) throw this.budget.overAllowance(entry.name);
    this.budget.spend(entry.name, out.length);
    return out;
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
    if (p === 0xffffffff || count === 0xffff || this.hasZip64Locator(eocd)) throw new ReadLimitError(limitDetail.zip64());
    if (count > READ_LIMITS.maxParts) throw new ReadLimitError(limitDetail.tooManyParts(count));
    // Names are not decoded strictly: old zip tools wrote CP437, and a name only has to match or not.
    const decoder = new TextDecoder('utf-8');
    for (let k = 0; k < count; k++) {
      if (p + 46 > this.bytes.length || this.view.getUint32(p, true) !== CENTRAL_SIGNATURE) throw new ZipFormatError('bad central directory');
      const nameLength = this.view.getUint16(p + 28, true);
      const stored = decoder.decode(this.bytes.subarray(p + 46, p + 46 + nameLength));
      if (isUnsafePartName(stored)) {
        const shown = JSON.stringify(stored);
        throw new ZipFormatError(`unsafe part name ${shown}`, { id: `nama bagian tidak aman ${shown}`, en: `unsafe part name ${shown}` });
      }
      const name = stored.replace(/^\//, '');
      const compressedSize = this.view.getUint32(p + 20, true);
      const uncompressedSize = this.view.getUint32(p + 24, true);
      const localHeaderOffset = this.view.getUint32(p + 42, true);
      if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
        throw new ReadLimitError(limitDetail.zip64());
      }
      this.entries.set(name.toLowerCase(), {
        name,
        encrypted: (this.view.getUint16(p + 8, true) & 1) === 1,
        method: this.view.getUint16(p + 10, true),
        compressedSize,
        uncompressedSize,
        localHeaderOffset,
      });
      p += 46 + nameLength + this.view.getUint16(p + 30, true) + this.view.getUint16(p + 32, true);
    }
  }

  /** A ZIP64 end-of-central-directory locator right before the classic record. */
  private hasZip64Locator(eocd: number): boolean {
    return eocd >= 20 && this.view.getUint32(eocd - 20, true) === 0x07064b50;
  }
}

/** A part's bytes as text: UTF-8, unless a UTF-16 byte-order mark says otherwise. Bytes that are not valid text are refused. */
export function partText(bytes: Uint8Array, part: string): string {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe;
  try {
    return new TextDecoder(utf16 ? 'utf-16le' : 'utf-8', { fatal: true }).decode(bytes);
  } catch {
    const encoding = utf16 ? 'UTF-16' : 'UTF-8';
    throw new ZipFormatError(`${part} is not valid ${encoding} text`, { id: `${part} bukan teks ${encoding} yang sah`, en: `${part} is not valid ${encoding} text` });
  }
}
