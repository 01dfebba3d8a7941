/**
 * One child of compare-layout.ts: reads the workbook with the given build's reader, then times that
 * build's core (analyzeWorkbook) on the grids: the first call (cold) and, after three warm-ups, the
 * median of five (warm). Prints {cold, warm, findings} as JSON.
 */
const path = require('node:path');

async function main() {
  const [build, file] = process.argv.slice(2);
  const { analyzeWorkbook } = require(path.join(build, 'domain', 'analyze.js'));
  const { readWorkbook } = require(path.join(build, 'xlsx', 'read-workbook.js'));
  const grids = await readWorkbook(file);
  const time = () => {
    const t = process.hrtime.bigint();
    const findings = analyzeWorkbook(grids).findings.length;
    return { ms: Number(process.hrtime.bigint() - t) / 1e6, findings };
  };
  const cold = time();
  for (let i = 0; i < 3; i++) time();
  const warm = Array.from({ length: 5 }, () => time().ms).sort((a, b) => a - b)[2];
  process.stdout.write(JSON.stringify({ cold: cold.ms, warm, findings: cold.findings }));
}

main().catch((e) => {
  process.stderr.write(String(e instanceof Error ? e.stack : e));
  process.exitCode = 1;
});
