/**
 * The Perjanjian Kinerja / Renstra target tables of the corpus (targets by year, with or without the PK's budget
 * block): read as their own kind, never "not checked", the budget block counted as read (a settlement witness).
 */
import { analyzeCase, faultsOf, gridsOf } from './corpus-kit';

test.each([
  ['layout-pk-targets', [['Target Renstra', 'target-pk']]],
  ['layout-pk-targets-budget', [['PK 2024', 'target-pk'], ['Tabel 3.1', 'tabel-3.1']]],
  ['layout-pk-targets-mismatch', [['PK', 'target-pk'], ['Capaian PK', 'capaian-pk']]],
])('%s: sheets read as %j', async (name, kinds) => {
  const analysis = analyzeCase(await gridsOf(name), faultsOf(name));
  expect(analysis.sheets.map((s) => [s.name, s.kind])).toEqual(kinds);
  expect(analysis.findings.filter((f) => f.rule === 'sheet-not-checked')).toEqual([]);
});

test('the PK budget block is a witness: the wrong JUMLAH is named with the PK beside the programmes', async () => {
  const analysis = analyzeCase(await gridsOf('layout-pk-targets-budget'), faultsOf('layout-pk-targets-budget'));
  const sum = analysis.findings.find((f) => f.rule === 'sum-mismatch');
  expect(sum?.message).toContain('Perjanjian Kinerja juga 1.250.000.000');
});
