#!/usr/bin/env node
'use strict';
// The compiled CLI lives in build/ (made by `npm install` through the prepare script, or `npm run build:cli`).
const path = require('node:path');
const fs = require('node:fs');
const main = path.join(__dirname, '..', 'build', 'cli', 'main.js');
if (!fs.existsSync(main)) {
  process.stderr.write('lapkin: belum dibangun — jalankan `npm install` (atau `npm run build:cli`) di folder Lapkin\n');
  process.exit(2);
}
require(main);
