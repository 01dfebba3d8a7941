/**
 * Raw deflate for the page, on the browser's own CompressionStream / DecompressionStream ('deflate-raw'):
 * no JavaScript inflater ships with the page, and nothing leaves the computer.
 */

async function throughStream(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  // A copy into a plain ArrayBuffer: the input may be a view on a larger (or shared) buffer.
  void writer.write(new Uint8Array(bytes)).then(() => writer.close()).catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = stream.readable.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.length;
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export interface DeflateCodec {
  inflateRaw(bytes: Uint8Array): Promise<Uint8Array>;
  deflateRaw(bytes: Uint8Array): Promise<Uint8Array>;
}

/** True where the browser can inflate and deflate raw streams (Chromium 103+, Firefox 113+, Safari 16.4+). */
export function browserCodecAvailable(): boolean {
  try {
    new DecompressionStream('deflate-raw');
    new CompressionStream('deflate-raw');
    return true;
  } catch {
    return false;
  }
}

export const browserCodec: DeflateCodec = {
  inflateRaw: (bytes) => throughStream(bytes, new DecompressionStream('deflate-raw')),
  deflateRaw: (bytes) => throughStream(bytes, new CompressionStream('deflate-raw')),
};
