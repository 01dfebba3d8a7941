/** The pane's pure helpers: findings view, settings input, mapping edits, theme, strings, memory host. */
import fc from 'fast-check';
import type { Finding, RuleName, Severity } from '../../src/domain/findings';
import type { Grid } from '../../src/domain/grid/grid';
import { COLUMN_ROLES, SHEET_KINDS, type WorkbookMapping } from '../../src/domain/mapping/types';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { countBySeverity, filterFindings, groupFindings } from '../../src/taskpane/findings-view';
import { COLUMN_ROLE_LABELS, RULE_LABELS, SEVERITY_LABELS, SHEET_KIND_LABELS } from '../../src/taskpane/labels';
import { editableColumns, withColumnRole, withHeaderRow } from '../../src/taskpane/mapping-edit';
import { createMemoryHost } from '../../src/taskpane/memory-host';
import { formatDecimalInput, parseDecimalInput, restoreSettings, withBandMin } from '../../src/taskpane/settings-edit';
import { STRINGS } from '../../src/taskpane/strings';
import { isDarkOfficeTheme } from '../../src/taskpane/theme';
import { seedGrids } from './seed';

const RULES = Object.keys(RULE_LABELS.id) as RuleName[];
const arbFinding: fc.Arbitrary<Finding> = fc.record({
  rule: fc.constantFrom(...RULES),
  severity: fc.constantFrom<Severity>('error', 'warning', 'info'),
  sheet: fc.constantFrom('Tabel 3.1', 'Tabel 3.2', 'Capaian PK'),
  cell: fc.tuple(fc.constantFrom('C', 'D', 'E'), fc.integer({ min: 1, max: 40 })).map(([c, r]) => `${c}${r}`),
  message: fc.string(),
});

describe('findings view', () => {
  it('groups every finding exactly once, counts add up, and most severe rules come first', () => {
    fc.assert(
      fc.property(fc.array(arbFinding, { maxLength: 60 }), (findings) => {
        const groups = groupFindings(findings);
        const regrouped = groups.flatMap((g) => g.rules.flatMap((r) => r.findings));
        expect(regrouped).toHaveLength(findings.length);
        expect(new Set(regrouped)).toEqual(new Set(findings));
        for (const g of groups) {
          expect(g.count).toBe(g.rules.reduce((n, r) => n + r.findings.length, 0));
          const order = g.rules.map((r) => ['error', 'warning', 'info'].indexOf(r.severity));
          expect(order).toEqual([...order].sort((a, b) => a - b));
        }
        const c = countBySeverity(findings);
        expect(c.error + c.warning + c.info).toBe(findings.length);
      }),
    );
  });

  it('filters keep exactly the findings that match', () => {
    fc.assert(
      fc.property(fc.array(arbFinding, { maxLength: 40 }), fc.constantFrom<Severity | undefined>('error', 'info', undefined), (findings, severity) => {
        const shown = filterFindings(findings, { severity, sheet: 'Tabel 3.2' });
        expect(shown).toEqual(findings.filter((f) => f.sheet === 'Tabel 3.2' && (!severity || f.severity === severity)));
      }),
    );
  });
});

describe('settings input', () => {
  it.each([
    ['0,01', 0.01],
    ['0.01', 0.01],
    [' 91 ', 91],
    ['-5', -5],
    ['75,5', 75.5],
    ['1.000,5', undefined],
    ['2,100,000', undefined],
    ['', undefined],
    ['sembilan', undefined],
    ['1e3', undefined],
  ])('parseDecimalInput(%j) = %p', (text, expected) => {
    expect(parseDecimalInput(text)).toBe(expected);
  });

  it('reads back what it formats, in both languages', () => {
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 1000, noNaN: true }), fc.constantFrom<'id' | 'en'>('id', 'en'), (n, lang) => {
        fc.pre(!String(n).includes('e'));
        expect(parseDecimalInput(formatDecimalInput(n, lang))).toBe(n === 0 ? 0 : n);
      }),
    );
  });

  it('restores the lowest band’s -Infinity after the JSON round trip of saved state', () => {
    const saved = JSON.parse(JSON.stringify({ ...DEFAULT_SETTINGS, lang: 'en' }));
    const restored = restoreSettings(saved);
    expect(restored.categoryBands).toEqual(DEFAULT_SETTINGS.categoryBands);
    expect(restored.lang).toBe('en');
    expect(restoreSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps bands ordered from the highest down after an edit', () => {
    const bands = withBandMin(DEFAULT_SETTINGS.categoryBands, 3, 80); // Rendah above Tinggi
    expect(bands.map((b) => b.min)).toEqual([91, 80, 76, 66, -Infinity]);
  });
});

describe('mapping edits', () => {
  const mapping: WorkbookMapping = {
    version: 1,
    sheets: [{ sheet: 'Tabel 3.1', kind: 'tabel-3.1', headerRow: 3, firstDataRow: 4, columns: [{ column: 'C', role: 'pagu', header: 'Pagu Anggaran 2024' }] }],
  };

  it('moves the first data row with the header row, keeping the gap', () => {
    expect(withHeaderRow({ ...mapping, sheets: [{ ...mapping.sheets[0], firstDataRow: 5 }] }, 'Tabel 3.1', 6).sheets[0]).toMatchObject({ headerRow: 6, firstDataRow: 8 });
  });

  it('adds a column in column order, and removes it', () => {
    const added = withColumnRole(mapping, 'Tabel 3.1', 'A', 'kode', 'Kode Rek');
    expect(added.sheets[0].columns.map((c) => `${c.column}:${c.role}`)).toEqual(['A:kode', 'C:pagu']);
    expect(withColumnRole(added, 'Tabel 3.1', 'C', undefined).sheets[0].columns.map((c) => c.column)).toEqual(['A']);
    expect(mapping.sheets[0].columns).toHaveLength(1); // the input is not mutated
  });

  it('offers the unmapped columns of the seed’s header row with their header text', () => {
    const cols = editableColumns(mapping.sheets[0], seedGrids()[0]);
    expect(cols.map((c) => `${c.column}|${c.header}|${c.role ?? ''}`)).toEqual([
      'A|Kode Rek|',
      'B|Uraian|',
      'C|Pagu Anggaran 2024|pagu',
      'D|Realisasi Triwulan I Tahun 2024|',
      'E|Capaian|',
    ]);
  });

  it('marks the columns the sheet hides, from the mapping or from the sheet itself', () => {
    const grid: Grid = { ...seedGrids()[0], hiddenCols: [3] };
    const hidden = (sheet: WorkbookMapping['sheets'][number], g: Grid = grid) => editableColumns(sheet, g).filter((c) => c.hidden).map((c) => c.column);
    expect(hidden(mapping.sheets[0])).toEqual(['D']);
    expect(hidden(mapping.sheets[0], seedGrids()[0])).toEqual([]);
    const marked = { ...mapping.sheets[0], columns: [{ column: 'C', role: 'pagu' as const, hidden: true }] };
    expect(editableColumns(marked, undefined).map((c) => `${c.column}:${c.hidden ?? false}`)).toEqual(['C:true']);
    // An edit keeps the mark of the column it changes.
    const edited = withColumnRole({ ...mapping, sheets: [marked] }, 'Tabel 3.1', 'C', 'paguMurni');
    expect(edited.sheets[0].columns).toEqual([{ column: 'C', role: 'paguMurni', hidden: true }]);
  });
});

describe('theme', () => {
  it.each([
    [undefined, false],
    [{ bodyBackgroundColor: '#FFFFFF' }, false], // White, Colorful
    [{ bodyBackgroundColor: '#E6E6E6' }, false], // Light Gray
    [{ bodyBackgroundColor: '#444444' }, true], // Dark Gray
    [{ bodyBackgroundColor: '#262626' }, true], // Black
    [{ bodyBackgroundColor: '#FFFFFF', isDarkTheme: true }, true],
    [{ bodyBackgroundColor: 'not a colour' }, false],
  ])('%j is dark: %p', (theme, dark) => {
    expect(isDarkOfficeTheme(theme)).toBe(dark);
  });
});

describe('strings', () => {
  it('every text exists in both languages and the actions differ between them', () => {
    for (const key of Object.keys(STRINGS.id) as (keyof typeof STRINGS.id)[]) {
      const [id, en] = [STRINGS.id[key], STRINGS.en[key]];
      expect(typeof id).toBe(typeof en);
      if (typeof id === 'string') expect(id.length).toBeGreaterThan(0);
    }
    for (const key of ['runCheck', 'runRecalc', 'runReport', 'tabSettings'] as const) expect(STRINGS.id[key]).not.toBe(STRINGS.en[key]);
  });

  it.each(['id', 'en'] as const)('labels every sheet kind, column role, rule and severity in %s', (lang) => {
    for (const k of SHEET_KINDS) expect(SHEET_KIND_LABELS[lang][k]).toBeTruthy();
    for (const r of COLUMN_ROLES) expect(COLUMN_ROLE_LABELS[lang][r]).toBeTruthy();
    for (const r of RULES) expect(RULE_LABELS[lang][r]).toBeTruthy();
    for (const s of ['error', 'warning', 'info'] as const) expect(SEVERITY_LABELS[lang][s]).toBeTruthy();
  });

  it('a column the sheet hides says so in its label, in both languages', () => {
    expect(STRINGS.id.columnLabel('E', 'Realisasi TW I', true)).toBe('Kolom E — Realisasi TW I (kolom tersembunyi)');
    expect(STRINGS.en.columnLabel('E', 'Realisasi TW I', true)).toBe('Column E — Realisasi TW I (hidden column)');
    expect(STRINGS.en.columnLabel('E', undefined, true)).toBe('Column E (hidden column)');
    expect(STRINGS.id.columnLabel('F', 'Realisasi TW II', false)).toBe('Kolom F — Realisasi TW II');
  });
});

describe('memory host', () => {
  it('stores state as a workbook does (through JSON), reports progress in rows, refuses unknown sheets', async () => {
    const host = createMemoryHost(seedGrids());
    await host.saveState({ settings: { categoryBands: DEFAULT_SETTINGS.categoryBands } });
    expect((await host.loadState())?.settings?.categoryBands?.[4].min).toBeNull();
    const progress: string[] = [];
    const plan = { name: 'Temuan', kind: 'temuan' as const, rows: [], styles: {}, merges: [], widths: [], conditionalFormats: [], charts: [], print: { orientation: 'portrait' as const, paperSize: 'A4' as const, fitToWidth: true } };
    await host.writePlans([{ ...plan, rows: [[null], [null], [null]] }, { ...plan, name: 'Temuan 2', rows: [[null]] }], (d, t) => progress.push(`${d}/${t}`));
    // Rows written of all the plans' rows, as Office's writer counts.
    expect(progress).toEqual(['3/4', '4/4']);
    await expect(host.selectCell('Tabel 9', 'A1')).rejects.toThrow('Tabel 9');
  });
});
