// office-addin-mock imports office-addin-manifest only for its OfficeApp enum; the real package pulls in an
// ES-module dependency (strip-bom) this jest setup does not transform, so the enum is provided here.
jest.mock('office-addin-manifest', () => ({
  OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' },
}));

import { OfficeMockObject } from 'office-addin-mock';
import { registerRibbonCommands, RIBBON_FUNCTIONS } from '../../src/commands/commands';
import { messageUrl } from '../../src/commands/notify';
import { runRibbonAction } from '../../src/commands/ribbon-action';
import type { RibbonCore } from '../../src/commands/ribbon-action';
import { analyzeWorkbook } from '../../src/domain/analyze';
import type { Grid } from '../../src/domain/grid/grid';
import type { SavedState, WorkbookHost, WrittenSheet } from '../../src/domain/ports';
import type { SheetPlan } from '../../src/domain/report/sheet-plan';
import { createOfficeHost } from '../../src/excel/office-host';
import { STATE_KEY } from '../../src/excel/state-store';
import { FakeExcel, OfficeError } from './fake-excel';
import { fakeSheetOf, readSeedGrids } from './seed-workbook';

/** Office's document settings as office-addin-mock gives them: a store the add-in writes and saves. */
function mockOffice(stored: Record<string, unknown> = {}) {
  const associated: Record<string, unknown> = {};
  const opened: string[] = [];
  const mock = new OfficeMockObject({
    context: {
      document: {
        settings: {
          store: stored,
          saved: 0,
          get(name: string) {
            return stored[name];
          },
          set(name: string, value: unknown) {
            stored[name] = value;
          },
          saveAsync(callback: (r: { status: string }) => void) {
            this.saved++;
            callback({ status: 'succeeded' });
          },
        },
      },
      requirements: { isSetSupported: () => true },
      ui: {
        displayDialogAsync(url: string, _options: unknown, callback: (r: { status: string }) => void) {
          opened.push(url);
          callback({ status: 'failed' }); // no dialog in a test: the command must still complete
        },
      },
    },
    actions: {
      associate(name: string, fn: unknown) {
        associated[name] = fn;
      },
    },
  });
  // Enums stay plain data: office-addin-mock treats a scalar read after a method call as "not loaded".
  const office = {
    context: mock.context,
    actions: mock.actions,
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
  };
  (globalThis as unknown as { Office: unknown }).Office = office;
  return { office, stored, associated, opened };
}

async function seedFake(): Promise<FakeExcel> {
  return new FakeExcel((await readSeedGrids()).map(fakeSheetOf));
}

describe('runRibbonAction on the seed workbook (real core, fake Excel)', () => {
  beforeEach(() => mockOffice());

  it('Hitung Ulang Tabel 3.1 writes only the Tabel 3.1 sheet and counts the seed faults of T3.1 Realisasi', async () => {
    const fx = await seedFake();
    const result = await runRibbonAction(createOfficeHost({ run: fx.run }), 'tabel-3.1');
    expect(result.ok).toBe(true);
    expect(result.written).toEqual([{ name: 'Lapkin Tabel 3.1', kind: 'tabel-3.1' }]);
    // the seed's Tabel 3.1 faults: sub-total D9 and C13, percentages E10 and E17, and "375.000.00" in D19
    const analysis = analyzeWorkbook(await readSeedGrids());
    const t31 = analysis.findings.filter((f) => f.sheet === 'T3.1 Realisasi');
    expect(t31.map((f) => f.cell)).toEqual(expect.arrayContaining(['D9', 'C16', 'E10', 'E17', 'D19']));
    const errors = t31.filter((f) => f.severity === 'error').length;
    expect(result.message).toBe(`Tabel 3.1 (realisasi anggaran) ditulis ke sheet “Lapkin Tabel 3.1”: ${t31.length} temuan (${errors} kesalahan). Buka Lapkin untuk melihat setiap selnya.`);
    expect(fx.sheets.map((s) => s.name)).toContain('Lapkin Tabel 3.1');
    expect(fx.sheets.filter((s) => s.name.startsWith('Lapkin'))).toHaveLength(1);
  });

  it('Buat Capaian PK writes the Capaian PK sheet, in English when the saved settings say so', async () => {
    const { stored } = mockOffice();
    const fx = await seedFake();
    const host = createOfficeHost({ run: fx.run });
    await host.saveState({ settings: { lang: 'en' } });
    expect(JSON.parse(String(stored[STATE_KEY]))).toEqual({ version: 1, state: { settings: { lang: 'en' } } });
    const result = await runRibbonAction(host, 'capaian-pk');
    expect(result).toMatchObject({ ok: true, lang: 'en' });
    expect(result.written).toHaveLength(1);
    expect(result.written[0].kind).toBe('capaian-pk');
    // the seed's section 3.4 faults: capaian stated 100% in H8 and H9 where the values give otherwise
    expect(result.message).toMatch(new RegExp(`^Perjanjian Kinerja capaian written to sheet “${result.written[0].name}”: \\d+ findings? \\(\\d+ errors?\\)\\. Open Lapkin`));
  });

  it.each([
    ['id', 'Tidak ada temuan'.toLowerCase(), ' 1 sheet tidak diperiksa: buka Lapkin untuk memetakannya.'],
    ['en', 'no findings', ' 1 sheet not checked: open Lapkin to map them.'],
  ] as const)('says how many sheets were not checked, even when its own sheet has no findings (%s)', async (lang, none, unchecked) => {
    const values: (string | number)[][] = [['Kode', 'Uraian', 'Pagu', 'Realisasi', 'Capaian']];
    values.push(['4.01.02', 'Program', 100000000, 25000000, 25], ['4.01.02.1.01', 'Kegiatan', 100000000, 25000000, 25]);
    values.push(['4.01.02.1.01.0001', 'Sub kegiatan', 100000000, 25000000, 25]);
    const rekap: (string | number)[][] = [['Bidang', 'Anggaran', 'Serapan'], ['Sekretariat', 150000000, 60000000], ['Bidang A', 250000000, 90000000], ['Bidang B', 300000000, 120000000]];
    const fx = new FakeExcel([{ name: 'Tabel 3.1', values }, { name: 'Rekap', values: rekap }]);
    const host = createOfficeHost({ run: fx.run });
    await host.saveState({ settings: { lang } });
    const result = await runRibbonAction(host, 'tabel-3.1');
    expect(result.message).toContain(`: ${none}.`);
    expect(result.message.endsWith(unchecked)).toBe(true);
  });

  it('a second click replaces its own sheet instead of piling up copies', async () => {
    const fx = await seedFake();
    const host = createOfficeHost({ run: fx.run });
    await runRibbonAction(host, 'tabel-3.1');
    await runRibbonAction(host, 'tabel-3.1');
    expect(fx.sheets.filter((s) => s.name.startsWith('Lapkin')).map((s) => s.name)).toEqual(['Lapkin Tabel 3.1']);
  });
});

describe('runRibbonAction failures', () => {
  const emptyCore: RibbonCore = { analyze: (grids: Grid[]) => analyzeWorkbook(grids), buildPlans: (): SheetPlan[] => [] };

  function memoryHost(overrides: Partial<WorkbookHost> = {}, state?: SavedState): WorkbookHost {
    return {
      readGrids: async () => [],
      writePlans: async (): Promise<WrittenSheet[]> => [],
      loadState: async () => state,
      saveState: async () => undefined,
      selectCell: async () => undefined,
      ...overrides,
    };
  }

  it.each([
    ['tabel-3.1', 'id', /^Tidak ada sheet Tabel 3.1 .*Buka Lapkin/],
    ['capaian-pk', 'id', /^Tidak ada sheet Perjanjian Kinerja .*Buka Lapkin/],
    ['tabel-3.1', 'en', /^No Table 3.1 sheet .*Open Lapkin/],
  ] as const)('no %s sheet recognised (%s)', async (action, lang, message) => {
    const result = await runRibbonAction(memoryHost({}, { settings: { lang } }), action, emptyCore);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(message);
  });

  it('an Excel error becomes one line after "Lapkin gagal:"', async () => {
    mockOffice();
    const fx = await seedFake();
    fx.failures = [new OfficeError('InvalidOperationInCellEditMode', 'cell edit')];
    const result = await runRibbonAction(createOfficeHost({ run: fx.run }), 'tabel-3.1');
    expect(result).toMatchObject({ ok: false, written: [] });
    expect(result.message).toBe('Lapkin gagal: Excel sedang dalam mode edit sel: tekan Enter atau Esc untuk keluar dari sel, lalu coba lagi.');
  });

  it('ignores a damaged saved state and detects the mapping instead', async () => {
    const { office } = mockOffice({ [STATE_KEY]: '{"version":1,"state":{"mapping":{"sheets":"rusak"}}}' });
    const fx = await seedFake();
    const host = createOfficeHost({ run: fx.run, settings: (office as unknown as { context: { document: { settings: never } } }).context.document.settings });
    expect(await host.loadState()).toBeUndefined();
    expect((await runRibbonAction(host, 'tabel-3.1')).ok).toBe(true);
  });
});

describe('registerRibbonCommands', () => {
  it('associates the manifest FunctionNames and always completes the event, even when the dialog cannot open', async () => {
    const { associated, opened } = mockOffice();
    (globalThis as unknown as { Excel: unknown }).Excel = { run: (await seedFake()).run };
    (globalThis as unknown as { window: unknown }).window = { location: { href: 'https://localhost:3000/commands.html' } };
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    registerRibbonCommands();
    expect(Object.keys(associated).sort()).toEqual(Object.keys(RIBBON_FUNCTIONS).sort());
    let completed = 0;
    await (associated.hitungUlangTabel31 as (e: { completed: () => void }) => Promise<void>)({ completed: () => completed++ });
    expect(completed).toBe(1);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^Lapkin: Tabel 3.1 \(realisasi anggaran\) ditulis/));
    warn.mockRestore();
    expect(opened).toHaveLength(1);
    const url = new URL(opened[0]);
    expect(url.pathname).toBe('/message.html');
    expect(url.searchParams.get('ok')).toBe('1');
    expect(url.searchParams.get('m')).toMatch(/^Tabel 3.1 \(realisasi anggaran\) ditulis ke sheet “Lapkin Tabel 3.1”/);
  });

  it('messageUrl keeps the message intact through the query string', () => {
    const message = 'Tabel 3.1 ditulis ke lembar “Lapkin Tabel 3.1 (2)”: 5 temuan (3 kesalahan) & 100%';
    const url = new URL(messageUrl('https://example.go.id/lapkin/commands.html', { ok: false, message, lang: 'id' }));
    expect(url.origin + url.pathname).toBe('https://example.go.id/lapkin/message.html');
    expect(url.searchParams.get('m')).toBe(message);
    expect(url.searchParams.get('ok')).toBe('0');
  });
});
