// Preloaded with node -r: on exit, lists every CommonJS module the process loaded, one "module: PATH" line each on stderr.
'use strict';
process.on('exit', () => {
  for (const file of Object.keys(require.cache)) process.stderr.write(`module: ${file}\n`);
});
