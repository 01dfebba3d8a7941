import { detectMapping } from '../../src/domain/mapping/detect';
import { mergeMappings, parseMappingJson } from '../../src/domain/mapping/mapping-json';
import type { WorkbookMapping } from '../../src/domain/mapping/types';
import { reorderedBudget, seedWorkbook } from './seed-sheets';

const sheet = (over: Record<string, unknown> = {}, column: Record<string, unknown> = {}) =>
  JSON.stringify({
    version: 1,
    sheets: [{ sheet: 'Tabel 3.1', kind: 'tabel-3.1', headerRow: 4, columns: [{ column: 'C', role: 'pagu', ...column }], ...over }],
  });

describe('parseMappingJson errors: one line, Indonesian and English, naming the place', () => {
  const cases: [string, string, RegExp, RegExp][] = [
    ['bad JSON', '{"version": 1, "sheets": [', /^JSON mapping tidak sah: /, /^Mapping is not valid JSON: /],
    ['not an object', '[1, 2]', /mapping: harus objek/, /mapping: must be an object/],
    ['wrong version', JSON.stringify({ version: 2, sheets: [] }), /version: versi harus 1, bukan 2/, /version: version must be 1, not 2/],
    ['sheets missing', JSON.stringify({ version: 1 }), /sheets: harus daftar lembar/, /sheets: must be a list of sheets/],
    ['unknown role', sheet({}, { role: 'anggaran' }), /sheets\[0\]\.columns\[0\]\.role: peran tidak dikenal: "anggaran" \(pilihan: no, kode, /, /sheets\[0\]\.columns\[0\]\.role: unknown role: "anggaran"/],
    ['unknown kind', sheet({ kind: 'tabel-3.2' }), /sheets\[0\]\.kind: jenis lembar tidak dikenal: "tabel-3.2"/, /sheets\[0\]\.kind: unknown sheet kind: "tabel-3.2" \(choices: tabel-3.1, detail/],
    ['bad column letter', sheet({}, { column: 'C3' }), /sheets\[0\]\.columns\[0\]\.column: huruf kolom tidak sah: "C3" \(contoh: "C"\)/, /invalid column letter: "C3"/],
    ['column number instead of letter', sheet({}, { column: 3 }), /huruf kolom tidak sah: 3/, /invalid column letter: 3/],
    ['row zero', sheet({ headerRow: 0 }), /sheets\[0\]\.headerRow: harus bilangan bulat ≥ 1, bukan 0/, /must be a whole number ≥ 1, not 0/],
    ['fractional row', sheet({ firstDataRow: 5.5 }), /sheets\[0\]\.firstDataRow: harus bilangan bulat/, /whole number/],
    ['last before first', sheet({ firstDataRow: 9, lastDataRow: 5 }), /lastDataRow: lebih kecil dari firstDataRow/, /lastDataRow: is less than firstDataRow/],
    ['empty sheet name', sheet({ sheet: ' ' }), /sheets\[0\]\.sheet: nama lembar wajib diisi/, /the sheet name is required/],
    ['bad quarter', JSON.stringify({ version: 1, period: { year: 2024, quarter: 5 }, sheets: [] }), /period\.quarter: triwulan harus 1–4, bukan 5/, /quarter must be 1–4, not 5/],
    ['hidden not a yes/no', sheet({}, { hidden: 'ya' }), /sheets\[0\]\.columns\[0\]\.hidden: harus true atau false/, /sheets\[0\]\.columns\[0\]\.hidden: must be true or false/],
    ['bad year', JSON.stringify({ version: 1, period: { year: '2024', quarter: 1 }, sheets: [] }), /period\.year: tahun tidak sah: "2024"/, /invalid year: "2024"/],
  ];
  test.each(cases)('%s', (_name, text, id, en) => {
    const parsed = parseMappingJson(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.id).toMatch(id);
    expect(parsed.error.en).toMatch(en);
    expect(parsed.error.id).not.toContain('\n');
    expect(parsed.error.en).not.toContain('\n');
  });

  test('a column listed twice and a sheet listed twice are errors', () => {
    const twiceColumn = parseMappingJson(sheet({ columns: [{ column: 'c', role: 'pagu' }, { column: 'C', role: 'realisasi' }] }));
    expect(twiceColumn).toMatchObject({ ok: false, error: { id: expect.stringContaining('kolom C disebut dua kali') } });
    const s = { sheet: 'Tabel 3.1', kind: 'unknown', columns: [] };
    const twiceSheet = parseMappingJson(JSON.stringify({ version: 1, sheets: [s, s] }));
    expect(twiceSheet).toMatchObject({ ok: false, error: { en: expect.stringContaining("sheet 'Tabel 3.1' is listed twice") } });
  });
});

describe('parseMappingJson accepts what detection writes', () => {
  test.each([
    ['the seed workbook', seedWorkbook],
    ['the reordered layout', () => [reorderedBudget()]],
  ])('round trip: JSON.stringify(detected) parses back to the same mapping (%s)', (_name, make) => {
    const detected = detectMapping(make());
    const parsed = parseMappingJson(JSON.stringify(detected, null, 2));
    expect(parsed).toEqual({ ok: true, mapping: detected });
  });

  test('a hidden column round-trips, and a mapping saved without the mark (or with it false) loads unmarked', () => {
    const column = (hidden: unknown) => (parseMappingJson(sheet({}, hidden === undefined ? {} : { hidden })) as { ok: true; mapping: WorkbookMapping }).mapping.sheets[0].columns[0];
    expect(column(true)).toEqual({ column: 'C', role: 'pagu', hidden: true });
    expect(column(undefined)).toEqual({ column: 'C', role: 'pagu' });
    expect(column(false)).toEqual({ column: 'C', role: 'pagu' });
  });

  test('column letters are upper-cased, unknown keys dropped', () => {
    const parsed = parseMappingJson(sheet({ note: 'diubah oleh perencana' }, { column: 'aa', header: 'Pagu' }));
    expect(parsed).toEqual({
      ok: true,
      mapping: { version: 1, sheets: [{ sheet: 'Tabel 3.1', kind: 'tabel-3.1', headerRow: 4, columns: [{ column: 'AA', role: 'pagu', header: 'Pagu' }] }] },
    });
  });
});

describe('mergeMappings', () => {
  const detected = detectMapping(seedWorkbook());

  test('an edited sheet wins by name, the rest stays detected, in workbook order', () => {
    const edited: WorkbookMapping = {
      version: 1,
      period: { year: 2024, quarter: 2 },
      sheets: [{ sheet: 'tabel 2.2', kind: 'capaian-pk', headerRow: 3, headerRows: 2, firstDataRow: 6, columns: [{ column: 'C', role: 'indikator' }, { column: 'F', role: 'target' }] }],
    };
    const { mapping, errors } = mergeMappings(detected, edited);
    expect(errors).toEqual([]);
    expect(mapping.period).toEqual({ year: 2024, quarter: 2 });
    expect(mapping.sheets.map((s) => [s.sheet, s.kind])).toEqual([
      ['Tabel 2.2', 'capaian-pk'],
      ['Tabel 3.1', 'tabel-3.1'],
      ['Kelembagaan', 'detail'],
      ['Kegiatan Kelembagaan', 'kegiatan'],
      ['Capaian PK', 'capaian-pk'],
    ]);
    expect(mapping.sheets[0].columns).toEqual(edited.sheets[0].columns);
    expect(mapping.sheets[1]).toBe(detected.sheets[1]);
  });

  test('a sheet the workbook lacks is an error line; the period falls back to detection', () => {
    const edited: WorkbookMapping = { version: 1, sheets: [{ sheet: 'Tabel 3.9', kind: 'unknown', columns: [] }] };
    const { mapping, errors } = mergeMappings(detected, edited);
    expect(errors).toEqual([
      { id: "Sheet 'Tabel 3.9' di mapping tidak ada di workbook", en: "Sheet 'Tabel 3.9' in the mapping is not in the workbook" },
    ]);
    expect(mapping).toEqual(detected);
  });
});
