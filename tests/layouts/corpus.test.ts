/**
 * The layouts corpus: every workbook of tests/fixtures/layouts/ with its planted faults. Lapkin must find each
 * fault at its cell with the right expected value, raise no error anywhere else, and mark exactly the sheets
 * it could not understand with sheet-not-checked.
 */
import { analyzeCase, corpusNames, faultsOf, gridsOf } from './corpus-kit';

const names = corpusNames();

test('the corpus holds the layouts workbooks', () => {
  expect(names.filter((n) => n.startsWith('layout-')).length).toBeGreaterThanOrEqual(12);
});

describe.each(names)('%s', (name) => {
  const faults = faultsOf(name);
  const analysis = (async () => analyzeCase(await gridsOf(name), faults))();

  test.each(faults.faults.map((f) => [`${f.rule} ${f.sheet}!${f.cell}`, f] as const))('finds %s', async (_, fault) => {
    const found = (await analysis).findings.filter((f) => f.rule === fault.rule && f.sheet === fault.sheet && f.cell === fault.cell);
    expect(found.map((f) => `${f.rule} ${f.sheet}!${f.cell}`)).toEqual([`${fault.rule} ${fault.sheet}!${fault.cell}`]);
    if (fault.expected !== undefined) expect(found[0].expected).toBe(fault.expected);
  });

  test('raises no error on a cell without a planted fault', async () => {
    const planted = new Set(faults.faults.map((f) => `${f.sheet}!${f.cell}`));
    const stray = (await analysis).findings.filter((f) => f.severity === 'error' && !planted.has(`${f.sheet}!${f.cell}`));
    expect(stray.map((f) => `${f.rule} ${f.sheet}!${f.cell}: ${f.message}`)).toEqual([]);
  });

  test('marks exactly the sheets it could not understand', async () => {
    const marked = new Set((await analysis).findings.filter((f) => f.rule === 'sheet-not-checked').map((f) => f.sheet));
    expect([...marked].sort()).toEqual([...(faults.uncheckedSheets ?? [])].sort());
  });
});
