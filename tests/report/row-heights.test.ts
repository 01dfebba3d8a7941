import fc from 'fast-check';
import { buildReportPlans } from '../../src/domain/report/build-report';
import { REPORT_STYLES } from '../../src/domain/report/plan-kit';
import {
  DEFAULT_ROW_HEIGHT, cellHeight, estimateRowHeights, lineHeight, textWidth, wrappedLines,
} from '../../src/domain/report/row-heights';
import type { PlanCell, SheetPlan } from '../../src/domain/report/sheet-plan';
import { rowWithText } from './fixtures/plan-helpers';
import { seedAnalysis } from './fixtures/seed-analysis';

const t = (text: string, style: PlanCell['style'] = 'body'): PlanCell => ({ kind: 'text', text, style });

type Layout = Pick<SheetPlan, 'rows' | 'styles' | 'merges' | 'widths'>;
const layout = (rows: (PlanCell | null)[][], widths: number[], merges: string[] = []): Layout =>
  ({ rows, styles: REPORT_STYLES, merges, widths });

describe('wrappedLines: lines a cell text takes at a column width', () => {
  // text | column width (chars) | font size | bold | lines LibreOffice drew for it in the rendered seed report.
  // The estimate must never fall short (text would spill) and may run one line over (the price of being safe).
  it.each<[string, number, number, boolean, number]>([
    ['Fasilitasi Penataan Kelembagaan Provinsi', 44, 11, false, 1],
    // Dinas Kominfo writes its programs in capitals.
    ['PROGRAM INFORMASI DAN KOMUNIKASI PUBLIK', 44, 11, true, 1],
    ['PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI', 44, 11, true, 2],
    ['PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI', 44, 11, false, 2],
    ['    Penyusunan Dokumen Perencanaan Perangkat Daerah', 44, 11, false, 2],
    ['  Administrasi Keuangan Perangkat Daerah', 44, 11, false, 1],
    ['Target Triwulan II Tahun 2024', 17, 11, true, 2],
    ['Program Penunjang Urusan Pemerintahan Daerah Provinsi', 52, 11, true, 2],
    ['  Kegiatan Penyediaan Jasa Penunjang Urusan Pemerintah Daerah', 52, 11, false, 2],
    ['  Kegiatan Koordinasi dan Penyusunan Dokumen RKA-SKPD', 52, 11, false, 1],
    ['  Kegiatan Fasilitasi Reformasi Birokrasi dan Akuntabilitas kinerja', 52, 11, false, 1],
    ['    Belanja Alat/Bahan untuk kegiatan Kantor - Alat Tulis Kantor', 52, 11, false, 1],
    ['Rincian hanya sebagian: 6 rincian berjumlah 20.931.441 dari realisasi 28.331.441', 60, 11, false, 2],
    ['Rincian hanya sebagian: 6 rincian berjumlah 65.500.000 dari pagu 75.000.000', 60, 11, false, 1],
    ['Tertelaksananya Pelayanan Administrasi Ketatausahaan Biro yang mencakup Perencanaan, Keuangan serta Kepegawaian dan Umum', 30, 11, false, 5],
    ['Realisasi Triwulan I Tahun 2024', 17, 11, true, 2],
    ['Pagu Anggaran 2024', 17, 11, true, 2],
    ['Capaian (%)', 10, 11, true, 2],
    ['rincian kurang dari jumlah; persentase tidak sesuai', 30, 9, false, 2],
  ])('%p in %p chars at %p pt (bold %p): LibreOffice drew %p lines', (text, width, size, bold, drawn) => {
    const lines = wrappedLines(text, width, size, bold);
    expect(lines).toBeGreaterThanOrEqual(drawn);
    expect(lines).toBeLessThanOrEqual(drawn + 1);
  });

  it.each<[string, string, number, number]>([
    ['an empty cell is still one line', '', 10, 1],
    ['an explicit line break starts a line even where both halves would fit on one', 'Nomor :\nTanggal : 03 April 2024', 40, 2],
    ['a word wider than the column (a long kode) is cut across lines', '4.01.02.1.01.01.5.1.02.01.01.0024', 10, 4],
    ['a short kode fits', '4.01.02.1.01', 17, 1],
  ])('%s', (_what, text, width, lines) => {
    expect(wrappedLines(text, width)).toBe(lines);
  });

  const words = fc.array(fc.stringMatching(/^[A-Za-z0-9.,%/-]{1,14}$/), { minLength: 1, maxLength: 30 }).map((ws) => ws.join(' '));

  it('never needs more lines in a wider column', () => {
    fc.assert(fc.property(words, fc.integer({ min: 4, max: 80 }), fc.integer({ min: 1, max: 40 }), (text, w, extra) => {
      expect(wrappedLines(text, w + extra)).toBeLessThanOrEqual(wrappedLines(text, w));
    }));
  });

  it('never needs fewer lines in bold or in a larger font', () => {
    fc.assert(fc.property(words, fc.integer({ min: 4, max: 80 }), (text, w) => {
      expect(wrappedLines(text, w, 11, true)).toBeGreaterThanOrEqual(wrappedLines(text, w, 11, false));
      expect(wrappedLines(text, w, 14)).toBeGreaterThanOrEqual(wrappedLines(text, w, 11));
    }));
  });

  it('gives every line no more text than the column holds', () => {
    fc.assert(fc.property(words, fc.integer({ min: 4, max: 80 }), (text, w) => {
      const ink = textWidth(text.replace(/\s+/g, ''));
      expect(wrappedLines(text, w) * (w - 1)).toBeGreaterThanOrEqual(ink - 1e-9);
    }));
  });
});

describe('cellHeight', () => {
  it.each<[string, PlanCell, number, number]>([
    ['a one-line body cell', t('Biro Organisasi'), 44, 15],
    ['a title at 14 pt', t('Tabel 3.1 Realisasi Anggaran', 'title'), 17, lineHeight(14)],
    ['a long text that does not wrap (JUMLAH row style)', t('Jumlah seluruh program dan kegiatan Biro Organisasi', 'total'), 10, 15],
    ['a note on three lines at 9 pt', t('nilai kosong\ncapaian tidak sesuai\ntertulis 100', 'note'), 30, 3 * lineHeight(9)],
    ['a header with a break on two lines', t('Tertulis di sumber\nPagu', 'header'), 30, 30],
  ])('%s', (_what, cell, width, points) => {
    expect(cellHeight(cell, cell.style ? REPORT_STYLES[cell.style] : undefined, width)).toBeCloseTo(points, 6);
  });
});

describe('estimateRowHeights', () => {
  it('leaves one-line rows and empty rows to the default, sets the rest in whole points', () => {
    const heights = estimateRowHeights(layout([
      [t('Kode'), t('Uraian')],
      [],
      [t('4.01.01'), t('Nomor : 000.8.6/01/BO3.2\nTanggal : 03 April 2024\nPerihal : Undangan')],
    ], [10, 30]));
    expect(heights).toEqual([undefined, undefined, 45]);
  });

  it('wraps a merged cell across the full width of its merge', () => {
    const text = 'Persentase Penyusunan Analisis Jabatan dan Analisis Beban Kerja';
    const alone = estimateRowHeights(layout([[t(text), null]], [30, 45]));
    const merged = estimateRowHeights(layout([[t(text), null]], [30, 45], ['A1:B1']));
    expect(alone[0]).toBeGreaterThan(DEFAULT_ROW_HEIGHT);
    expect(merged[0]).toBeUndefined();
  });

  it('spreads what a sasaran merged over two indicator rows lacks evenly over both rows', () => {
    const sasaran = 'Tertelaksananya Pelayanan Administrasi Ketatausahaan Biro yang mencakup Perencanaan, Keuangan serta Kepegawaian dan Umum';
    const heights = estimateRowHeights(layout([[t(sasaran), t('Indeks A')], [null, t('Indeks B')]], [30, 20], ['A1:A2']));
    // Five lines of 15 pt over two rows: 37.5 each, rounded up.
    expect(heights).toEqual([38, 38]);
  });

  it('lets a tall indicator row keep its height inside a merge that needs less', () => {
    const heights = estimateRowHeights(layout(
      [[t('Sasaran 1'), t('Persentase Penyusunan Analisis Jabatan dan Analisis Beban Kerja Perangkat Daerah')], [null, t('Indeks B')]],
      [30, 20], ['A1:A2'],
    ));
    expect(heights[0]).toBe(75);
    expect(heights[1]).toBeUndefined();
  });
});

describe('row heights of the seed report plans', () => {
  const plans = buildReportPlans(seedAnalysis());
  const byKind = (kind: SheetPlan['kind']): SheetPlan => {
    const plan = plans.find((p) => p.kind === kind);
    if (!plan) throw new Error(`no ${kind} plan`);
    return plan;
  };

  it.each(plans.map((p) => [p.name, p] as const))('%s has one entry per row, each a height Excel accepts or undefined', (_name, plan) => {
    expect(plan.rowHeights).toHaveLength(plan.rows.length);
    for (const h of plan.rowHeights ?? []) if (h !== undefined) expect(h > DEFAULT_ROW_HEIGHT && h <= 409 && Number.isInteger(h)).toBe(true);
  });

  it('gives the long sasaran of section 3.4 room for all five of its lines', () => {
    const plan = byKind('capaian-pk');
    const r = rowWithText(plan, 'C', 'Persentase kualitas pelayanan ketatausahaan Biro');
    expect(plan.rowHeights?.[r - 1]).toBeGreaterThanOrEqual(5 * 15);
  });

  it('makes the two Tabel 3.1 header rows together tall enough for "Realisasi Triwulan I Tahun 2024" and "Capaian (%)"', () => {
    const plan = byKind('tabel-3.1');
    const h1 = Number(plan.print.printTitleRows?.split(':')[0]);
    const both = (plan.rowHeights?.[h1 - 1] ?? 15) + (plan.rowHeights?.[h1] ?? 15);
    expect(both).toBeGreaterThanOrEqual(45);
  });

  it('opens a Temuan row for a long message and leaves short ones at the default', () => {
    const plan = byKind('temuan');
    const header = Number(plan.print.printTitleRows?.split(':')[0]);
    const rowOf = (message: string): number => plan.rows.findIndex((row) => row.some((c) => c?.kind === 'text' && c.text === message));
    const short = rowOf('Target 0: capaian tidak dapat dihitung');
    const long = rowOf('Realisasi kegiatan 4.01.02.1.01 tidak sama dengan jumlah sub kegiatannya');
    expect(short).toBeGreaterThan(header - 1);
    expect(plan.rowHeights?.[short]).toBeUndefined();
    expect(plan.rowHeights?.[long]).toBeGreaterThanOrEqual(30);
  });
});
