#!/usr/bin/env node
/**
 * Draws Lapkin's ribbon and store icons (16, 32, 64, 80 px) as real PNG files with nothing but zlib,
 * so the icons can be regenerated anywhere Node runs: `node scripts/make-icons.js`.
 *
 * The motif is a rising bar chart (the Tabel 3.1 / capaian story) in white on Lapkin green,
 * on a rounded square with a transparent corner so it sits well on the ribbon in light and dark themes.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80];
const GREEN = [0x10, 0x7c, 0x41]; // Excel-like green, readable at 16 px
const WHITE = [0xff, 0xff, 0xff];

/** CRC-32 as the PNG chunk trailer needs it. */
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** RGBA pixel of the icon at (x, y) for a size×size canvas. */
function pixel(size, x, y) {
  const radius = Math.max(2, Math.round(size * 0.18));
  // Rounded-square mask: outside the corner circles is transparent.
  const cx = x < radius ? radius - 0.5 : x >= size - radius ? size - radius - 0.5 : x;
  const cy = y < radius ? radius - 0.5 : y >= size - radius ? size - radius - 0.5 : y;
  if ((x - cx) ** 2 + (y - cy) ** 2 > radius ** 2) return [0, 0, 0, 0];

  // Three bars rising left to right, standing on a common baseline.
  const margin = Math.round(size * 0.2);
  const base = size - margin;
  const inner = size - 2 * margin;
  const barW = Math.max(2, Math.floor(inner / 4));
  const gap = Math.floor((inner - 3 * barW) / 2);
  const heights = [0.45, 0.7, 1].map((f) => Math.max(2, Math.round(inner * f)));
  for (let i = 0; i < 3; i++) {
    const left = margin + i * (barW + gap);
    if (x >= left && x < left + barW && y >= base - heights[i] && y < base) return [...WHITE, 255];
  }
  return [...GREEN, 255];
}

function png(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  let o = 0;
  for (let y = 0; y < size; y++) {
    raw[o++] = 0; // filter: none
    for (let x = 0; x < size; x++) for (const v of pixel(size, x, y)) raw[o++] = v;
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = path.join(__dirname, '..', 'assets');
fs.mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = path.join(outDir, `icon-${size}.png`);
  fs.writeFileSync(file, png(size));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
