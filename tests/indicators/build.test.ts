import { buildIndicatorTable, expectFor } from '../../src/domain/indicators/build';
import { mappedRows, pct, PK_SHEET, SEED_PK_LINES, type PkLine } from './pk-fixture';

describe('buildIndicatorTable on the seed PK table (section 3.4)', () => {
  const { table, findings } = buildIndicatorTable(PK_SHEET, mappedRows(SEED_PK_LINES), 'id');

  test('one indicator per data row, with the columns of the mapping', () => {
    expect(table.sheet).toBe('Capaian PK');
    expect(table.rows.map((r) => r.row)).toEqual([8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);
    expect(table.columns).toEqual({ sasaran: 'B', indikator: 'C', target: 'F', realisasi: 'G', capaian: 'H' });
  });

  // [row, target, realisasi, stated capaian, capaian decimals, realisasi raw]
  const values: [number, number | null, number | null, number | null, number | undefined, string][] = [
    [8, 100, 37.35, null, undefined, '37,35'],
    [9, 100, 0, null, undefined, '-'],
    [10, 96.96, 0, 100, 0, '0 %'],
    [11, 100, 13.36, 100, 0, '13.36%'],
    [12, 100, 0, null, undefined, '-'],
    [13, 100, null, null, undefined, ''],
    [14, 100, 25.49, 25.49, 2, '25.49%'],
    [15, 100, 37.35, 37.35, 2, '37.35%'],
    [16, 100, 26, 26, 0, '26%'],
    [17, 100, 0, 0, 0, '0%'],
  ];
  test.each(values)('row %p: T %p, R %p, stated capaian %p', (row, t, r, c, decimals, raw) => {
    const ind = table.rows.find((x) => x.row === row);
    expect(ind?.target.value).toBe(t);
    expect(ind?.realisasi.value).toBe(r);
    expect(ind?.realisasi.raw).toBe(raw);
    expect(ind?.realisasi.cell).toBe(`G${row}`);
    expect(ind?.capaian?.value).toBe(c);
    expect(ind?.capaian?.cell).toBe(`H${row}`);
    expect(ind?.capaianDecimals).toBe(decimals);
    expect(ind?.polaritas).toBe('positif');
    expect(ind?.polaritasStated).toBe(false);
  });

  test('merged sasaran reaches the indicators beneath it', () => {
    expect(table.rows[1].sasaran).toBe('Tertaksananya Penataan Kelembagaan Provinsi dan Kabupaten/Kota');
    expect(table.rows[3].sasaran).toBe('Tertaksananya Fasilitasi Penyusunan Analisis Jabatan dan Analisis Beban Kerja');
  });

  test('English decimal points become separator-style warnings with the Indonesian form suggested', () => {
    expect(findings.map((f) => [f.rule, f.severity, f.cell, f.actual, f.suggestion])).toEqual([
      ['separator-style', 'warning', 'G11', '13.36%', '13,36'],
      ['separator-style', 'warning', 'G14', '25.49%', '25,49'],
      ['separator-style', 'warning', 'H14', '25.49%', '25,49'],
      ['separator-style', 'warning', 'G15', '37.35%', '37,35'],
      ['separator-style', 'warning', 'H15', '37.35%', '37,35'],
    ]);
    expect(findings.every((f) => f.sheet === 'Capaian PK')).toBe(true);
    expect(findings[0].message).toMatch(/koma/);
  });

  test('messages follow the language of the run', () => {
    const en = buildIndicatorTable(PK_SHEET, mappedRows(SEED_PK_LINES), 'en').findings;
    expect(en[0].message).toMatch(/decimal comma/);
    expect(en[0].suggestion).toBe('13,36');
  });
});

describe('buildIndicatorTable: values as planners and Excel store them', () => {
  const line = (over: Partial<PkLine>): PkLine => ({ indikator: 'Indikator uji', target: '100%', realisasi: '50%', ...over });
  // [what, line, target, realisasi, capaian, capaian decimals]
  const cases: [string, PkLine, number | null, number | null, number | null, number | undefined][] = [
    ['fractions under a % format', line({ target: pct(1), realisasi: pct(0.2549, '0.00%'), capaian: pct(0.2549, '0.00%') }), 100, 25.49, 25.49, 2],
    ['"100 %" with a space and "96,96%"', line({ target: '100 %', realisasi: '96,96%', capaian: '96,96 %' }), 100, 96.96, 96.96, 2],
    ['a plain number for a percent', line({ target: 100, realisasi: 37.35, capaian: 37.35 }), 100, 37.35, 37.35, 2],
    ['"-" reads as zero', line({ realisasi: '-', capaian: '-' }), 100, 0, 0, 0],
    ['Indeks, a non-percent unit', line({ satuan: 'Indeks', target: '3,5', realisasi: '3,2', capaian: '91,43' }), 3.5, 3.2, 91.43, 2],
    ['Level as whole numbers', line({ satuan: 'Level', target: 45, realisasi: '40,67' }), 45, 40.67, null, undefined],
    ['a blank target', line({ target: null }), null, 50, null, undefined],
  ];
  test.each(cases)('%s', (_what, l, t, r, c, decimals) => {
    const { table } = buildIndicatorTable(PK_SHEET, mappedRows([l]), 'id');
    const row = table.rows[0];
    expect(row.target.value).toBe(t);
    expect(row.realisasi.value).toBe(r);
    expect(row.capaian?.value ?? null).toBe(c);
    expect(row.capaianDecimals).toBe(decimals);
  });

  test('satuan decides whether a cell is a percentage', () => {
    expect([expectFor(undefined), expectFor(''), expectFor('%'), expectFor('Persen'), expectFor('Indeks'), expectFor('Level'), expectFor('Dokumen')])
      .toEqual(['percent', 'percent', 'percent', 'percent', 'number', 'number', 'number']);
  });

  test('a polaritas column sets the polarity and marks it stated', () => {
    const { table } = buildIndicatorTable(
      { ...PK_SHEET, columns: [...PK_SHEET.columns, { column: 'I', role: 'satuan' }, { column: 'J', role: 'polaritas' }] },
      mappedRows([line({ polaritas: 'Negatif', satuan: 'Kasus' }), line({ polaritas: 'Maksimal' }), line({ polaritas: '' })]),
      'id',
    );
    expect(table.rows.map((r) => [r.polaritas, r.polaritasStated, r.satuan])).toEqual([
      ['negatif', true, 'Kasus'],
      ['positif', true, undefined],
      ['positif', false, undefined],
    ]);
    expect(table.columns.polaritas).toBe('J');
    expect(table.columns.satuan).toBe('I');
  });

  test('an unreadable cell is refused with a number-format error and its likely value', () => {
    const { table, findings } = buildIndicatorTable(
      PK_SHEET,
      mappedRows([line({ satuan: 'Orang', target: '1.500', realisasi: '1.500.00' })]),
      'id',
    );
    expect(table.rows[0].realisasi).toMatchObject({ value: null, invalid: true, raw: '1.500.00', cell: 'G8' });
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'number-format', severity: 'error', cell: 'G8', actual: '1.500.00', suggestion: '1.500.000' }),
    ]);
  });

  test('rows without an indicator or any value are not indicators; blank sasaran cells take the one above', () => {
    const lines: PkLine[] = [
      { sasaran: 'Meningkatnya Kualitas Pelayanan Publik', indikator: 'Indeks Kepuasan masyarakat', target: '100%', realisasi: '80%' },
      { indikator: '', target: null, realisasi: null },
      { indikator: 'Persentase pengaduan yang ditindaklanjuti', target: '100%', realisasi: '90%' },
    ];
    const { table } = buildIndicatorTable(PK_SHEET, mappedRows(lines, 8, false), 'id');
    expect(table.rows.map((r) => [r.row, r.sasaran])).toEqual([
      [8, 'Meningkatnya Kualitas Pelayanan Publik'],
      [10, 'Meningkatnya Kualitas Pelayanan Publik'],
    ]);
  });

  test('a capaian column the row omits still gets its address', () => {
    const rows = mappedRows([line({})]);
    delete rows[0].cells.capaian;
    const { table } = buildIndicatorTable(PK_SHEET, rows, 'id');
    expect(table.rows[0].capaian).toMatchObject({ value: null, cell: 'H8' });
  });
});
