/**
 * The Temuan sheet is read wherever the workbook goes, whichever face wrote it: a sheet-not-checked finding's advice
 * names both ways to map it there (the pane's tab and the CLI's commands), after the message.
 */
import { analyzeWorkbook } from '../../src/domain/analyze';
import { buildReportPlans } from '../../src/domain/report/build-report';
import type { Lang } from '../../src/domain/settings';
import { gridOf } from '../mapping/grid-builder';
import { rp } from '../rules/mapping-cases';
import { workbook } from '../settle/workbook';

const REKAP = { ...gridOf('Rekap', [
  ['Rekap Belanja'],
  ['Nama', 'Jumlah', 'Keterangan'],
  ['Belanja ATK', rp(1_500_000), 'Triwulan I'],
  ['Belanja Modal', rp(2_500_000), 'Triwulan I'],
  ['Total', rp(4_000_000), ''],
]), index: 5 };

test.each<[Lang, string]>([
  ['id', "Sheet ini berisi tabel angka tetapi tidak diperiksa: judul kolom tidak dikenali: 'Jumlah'. Petakan lewat tab Pemetaan di panel Lapkin, atau dengan `lapkin map` lalu `lapkin check --mapping`."],
  ['en', "This sheet holds a table of figures but was not checked: column headers not recognised: 'Jumlah'. Map it in the Lapkin pane's Mapping tab, or with `lapkin map` then `lapkin check --mapping`."],
])('the Temuan sheet words the advice for any reader (%s)', (lang, message) => {
  const plans = buildReportPlans(analyzeWorkbook([...workbook({}, { dpa: 'sheet' }), REKAP], { settings: { lang } }));
  const temuan = plans.find((p) => p.kind === 'temuan');
  const texts = (temuan?.rows ?? []).flat().map((c) => (c && 'text' in c ? c.text : undefined));
  expect(texts).toContain(message);
  // The DPA sheet, read as a witness, is no row of it.
  expect(texts.filter((t) => typeof t === 'string' && /tidak diperiksa:|was not checked:/.test(t))).toHaveLength(1);
});
