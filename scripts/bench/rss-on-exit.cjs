// Preloaded into each bench child (node -r): on exit, append the child's peak resident memory to $LAPKIN_BENCH_OUT.
'use strict';
const fs = require('node:fs');
process.on('exit', () => {
  const out = process.env.LAPKIN_BENCH_OUT;
  if (out) fs.writeFileSync(out, JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS }));
});
