/** Node's zlib as the report writer's codec (the CLI); a browser passes its own. */
import { once } from 'events';
import { createDeflateRaw, deflateRawSync, inflateRawSync } from 'zlib';
import { READ_LIMITS } from './read/limits';
import type { ReportCodec } from './report-bytes';

/** Level 6 (zlib's default) costs twice level 1's time on a 100,000-row sheet for a file a fifth smaller. */
const LEVEL = 6;

/**
 * Deflates a part's pieces through one zlib stream: each piece is handed over and dropped, so a
 * 100,000-row sheet's XML is never held whole; zlib works on its own thread while the next piece is made.
 */
async function deflateRawPieces(pieces: Iterable<Uint8Array>): Promise<Uint8Array[]> {
  const z = createDeflateRaw({ level: LEVEL, chunkSize: 1 << 18 });
  const out: Uint8Array[] = [];
  z.on('data', (chunk: Buffer) => out.push(chunk));
  const ended = once(z, 'end');
  try {
    for (const piece of pieces) if (!z.write(piece)) await once(z, 'drain');
    z.end();
    await ended;
  } catch (err) {
    z.destroy();
    throw err;
  }
  return out;
}

export const nodeCodec: ReportCodec = {
  // zlib's default 16 KB output chunks cost a large sheet thousands of copies; a sheet compresses about 5:1.
  inflateRaw: (b) => inflateRawSync(b, { chunkSize: Math.min(1 << 20, Math.max(1 << 14, b.length * 4)), maxOutputLength: READ_LIMITS.maxPartBytes }),
  deflateRaw: (b) => deflateRawSync(b, { level: LEVEL }),
  deflateRawPieces,
};
