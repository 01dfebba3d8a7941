/** Node's zlib as the report writer's codec (the CLI); a browser passes its own. */
import { deflateRawSync, inflateRawSync } from 'zlib';
import { READ_LIMITS } from './read/limits';
import type { ReportCodec } from './report-bytes';

export const nodeCodec: ReportCodec = {
  // zlib's default 16 KB output chunks cost a large sheet thousands of copies; a sheet compresses about 5:1.
  inflateRaw: (b) => inflateRawSync(b, { chunkSize: Math.min(1 << 20, Math.max(1 << 14, b.length * 4)), maxOutputLength: READ_LIMITS.maxPartBytes }),
  // Level 6 (zlib's default) costs twice level 1's time on a 100,000-row sheet for a file a fifth smaller.
  deflateRaw: (b) => deflateRawSync(b, { level: 6 }),
};
