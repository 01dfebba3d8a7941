/**
 * A small zip writer for the hostile corpus: entries stored or deflated, or given as raw deflate data
 * already made (a bomb built from repeated chunks), with any name (including ones a real tool would
 * refuse, such as "../x"), and an optional ZIP64 locator. Only what the corpus needs.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntryInput {
  name: string;
  /** The part's bytes (deflated here unless `store`). */
  data?: Uint8Array | string;
  /** Raw deflate data made elsewhere, with the size it inflates to (the CRC is then left 0). */
  deflated?: { bytes: Uint8Array; size: number };
  store?: boolean;
}

export interface ZipOptions {
  /** Writes a ZIP64 end-of-central-directory record and locator before the classic one. */
  zip64?: boolean;
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}

export function zipBytes(entries: ZipEntryInput[], options: ZipOptions = {}): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    let method = 8;
    let body: Uint8Array;
    let size: number;
    let crc = 0;
    if (e.deflated) {
      body = e.deflated.bytes;
      size = e.deflated.size;
    } else {
      const raw = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : Buffer.from(e.data ?? new Uint8Array());
      size = raw.length;
      crc = crc32(raw);
      if (e.store) {
        method = 0;
        body = raw;
      } else body = deflateRawSync(raw);
    }
    const common = Buffer.concat([u16(20), u16(0x0800), u16(method), u16(0), u16(0), u32(crc), u32(body.length), u32(size), u16(name.length), u16(0)]);
    const local = Buffer.concat([u32(0x04034b50), common, name]);
    locals.push(local, Buffer.from(body));
    central.push(Buffer.concat([u32(0x02014b50), u16(20), common, u16(0), u16(0), u16(0), u32(0), u32(offset), name]));
    offset += local.length + body.length;
  }
  const cd = Buffer.concat(central);
  const tail: Buffer[] = [];
  if (options.zip64) {
    const record = Buffer.concat([u32(0x06064b50), u32(44), u32(0), u32(0), u16(45), u16(45), u32(0), u32(0), u32(entries.length), u32(0), u32(entries.length), u32(0), u32(cd.length), u32(0), u32(offset), u32(0)]);
    const locator = Buffer.concat([u32(0x07064b50), u32(0), u32(offset + cd.length), u32(0), u32(1)]);
    tail.push(record, locator);
  }
  const eocd = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(entries.length), u16(entries.length), u32(cd.length), u32(offset), u16(0)]);
  return Buffer.concat([...locals, cd, ...tail, eocd]);
}
