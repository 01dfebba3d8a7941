/**
 * 'capaian-pk': the Perjanjian Kinerja achievement table (report section 3.4) with capaian as a live formula per
 * polarity, kategori as a live nested IF over the configured bands, and the capaian column coloured by band.
 */
import type { Analysis } from '../analysis';
import { a1, columnLetter } from '../grid/grid';
import type { IndicatorResult, IndicatorRow, IndicatorTable, Polarity } from '../model';
import { formatPercent } from '../parse/format';
import { quarterRoman } from '../period-words';
import type { CategoryBand, NegativePolarityFormula } from '../settings';
import type { ReportLabels } from './labels';
import type { ConditionalBand, ConditionalFormat, ConditionalTextBand, PlanCell, SheetPlan } from './sheet-plan';
import {
  PERCENT_FORMAT, REPORT_STYLES, a4Landscape, findingsByRow, formula, formulaString, num, text,
} from './plan-kit';
import { pkNote } from './pk-notes';
import {
  COUNT, COUNT_DASH, COUNT_PERCENT, WHOLE_PERCENT, WHOLE_PERCENT_DASH, exactDecimalFormat, type NumberKind,
} from './indonesian-numbers';

/**
 * An indicator measured in percent: its satuan says so ("%", "persen"), its target or realisasi was written with
 * "%", or its name is a "Persentase …" (the seed's own spellings "Presentase", "Prosentase" too).
 */
export function isPercentIndicator(src: IndicatorRow): boolean {
  return /%|persen/i.test(src.satuan ?? '') || /%/.test(`${src.target.raw} ${src.realisasi.raw}`) || /^\s*p[re]{2}[so]?sentase/i.test(src.indikator);
}

/**
 * A target or realisasi as the published table writes it: whole numbers grouped (a realisasi of zero as "-"),
 * percentages with decimals as "37,35 %", other decimals as written ("76,5") through a code naming the value.
 */
function pkValueCell(value: number, percent: boolean, zeroDash: boolean): PlanCell {
  if (Number.isInteger(value)) {
    const whole: NumberKind = percent ? (zeroDash ? WHOLE_PERCENT_DASH : WHOLE_PERCENT) : zeroDash ? COUNT_DASH : COUNT;
    return num(value, whole);
  }
  return num(value, percent ? COUNT_PERCENT : exactDecimalFormat(value));
}

interface PkColumns {
  no: number; sasaran: number; indikator: number;
  /** Absent where no indicator has a satuan: the published table has no empty column to match. */
  satuan?: number;
  /** Absent where the workbook states no polarity and every indicator is scored R / T (the default, positive). */
  polaritas?: number;
  carried: number; target: number; realisasi: number; capaian: number; kategori: number; catatan: number;
}

/** 0-based columns: the carried ones (kondisi awal, earlier targets) sit between Polaritas and the target scored against. */
function columnsFor(carried: number, has: { satuan: boolean; polaritas: boolean }): PkColumns {
  let next = 3;
  const satuan = has.satuan ? next++ : undefined;
  const polaritas = has.polaritas ? next++ : undefined;
  const target = next + carried;
  return { no: 0, sasaran: 1, indikator: 2, satuan, polaritas, carried: next, target, realisasi: target + 1, capaian: target + 2, kategori: target + 3, catatan: target + 4 };
}

/**
 * Capaian in percent units. Target 0 or not a number, or realisasi not a number (blank, or the "-" the sheet
 * writes for none): undefined ("-"), never a division and never an error.
 * Negative polarity: (2T − R)/T × 100 by default (PermenPAN-RB), or T/R × 100 where the settings say so.
 */
export function capaianFormula(polarity: Polarity, negative: NegativePolarityFormula, t: string, r: string): string {
  const guard = (body: string): string => `IF(ISNUMBER(${t}),IF(${t}=0,"-",IF(ISNUMBER(${r}),${body},"-")),"-")`;
  if (polarity === 'positif') return guard(`${r}/${t}*100`);
  if (negative === '2T-R') return guard(`(2*${t}-${r})/${t}*100`);
  return guard(`IF(${r}=0,"-",${t}/${r}*100)`);
}

/** Bands from the highest minimum down, the order they are checked in. */
function sortedBands(bands: CategoryBand[]): CategoryBand[] {
  return [...bands].sort((a, b) => b.min - a.min);
}

/** Nested IF over the capaian cell: `IF(H5="-","-",IF(H5>=91,"Sangat Tinggi",…,"Sangat Rendah"))`. */
export function kategoriFormula(bands: CategoryBand[], capaian: string): string {
  const sorted = sortedBands(bands);
  let body = '"-"';
  for (let i = sorted.length - 1; i >= 0; i--) {
    const b = sorted[i];
    body = Number.isFinite(b.min) ? `IF(${capaian}>=${b.min},${formulaString(b.label)},${body})` : formulaString(b.label);
  }
  // "-" first: Excel ranks any text above every number, so "-">=91 would be TRUE.
  return `IF(${capaian}="-","-",${body})`;
}

/** Dark green → green → yellow → orange → red, each with a font that stays readable on it. */
const PALETTE: { fill: string; fontColor: string }[] = [
  { fill: '#006100', fontColor: '#FFFFFF' },
  { fill: '#92D050', fontColor: '#000000' },
  { fill: '#FFEB84', fontColor: '#000000' },
  { fill: '#F4B183', fontColor: '#000000' },
  { fill: '#C00000', fontColor: '#FFFFFF' },
];

/** A lower bound standing in for −∞, which conditional formats cannot hold. */
const LOWEST = -1e9;

export function categoryColourBands(bands: CategoryBand[]): ConditionalBand[] {
  const sorted = sortedBands(bands);
  return sorted.map((b, i) => {
    const rank = sorted.length === 1 ? 0 : Math.round((i * (PALETTE.length - 1)) / (sorted.length - 1));
    const band: ConditionalBand = { min: Number.isFinite(b.min) ? b.min : LOWEST, ...PALETTE[rank] };
    if (i > 0) band.max = sorted[i - 1].min;
    return band;
  });
}

/** The kategori labels with the colours their capaian bands have. */
export function categoryTextBands(bands: CategoryBand[]): ConditionalTextBand[] {
  const colours = categoryColourBands(bands);
  return sortedBands(bands).map((b, i) => ({ text: b.label, fill: colours[i].fill, fontColor: colours[i].fontColor }));
}

export function buildCapaianPkPlan(
  indicators: { table: IndicatorTable; results: IndicatorResult[] },
  analysis: Analysis,
  labels: ReportLabels,
  name: string,
): SheetPlan {
  const { table, results } = indicators;
  const { settings, period } = analysis;
  const carried = table.carried ?? [];
  const COL = columnsFor(carried.length, {
    satuan: results.some((r) => (r.source.satuan ?? '').trim() !== ''),
    polaritas: results.some((r) => r.source.polaritasStated || r.source.polaritas !== 'positif'),
  });
  const rows: (PlanCell | null)[][] = [];
  const merges: string[] = [];
  const mergeAcross = (row1: number): void => void merges.push(`A${row1}:${columnLetter(COL.catatan)}${row1}`);

  rows.push([text(labels.capaianPkTitle, 'title')]);
  mergeAcross(rows.length);
  const periodLine = labels.periodLine(period);
  if (periodLine) {
    rows.push([text(periodLine, 'subtitle')]);
    mergeAcross(rows.length);
  }
  rows.push([]);

  const header: (PlanCell | null)[] = [];
  header[COL.no] = text(labels.no, 'header');
  header[COL.sasaran] = text(labels.sasaran, 'header');
  header[COL.indikator] = text(labels.indikator, 'header');
  if (COL.satuan !== undefined) header[COL.satuan] = text(labels.satuan, 'header');
  if (COL.polaritas !== undefined) header[COL.polaritas] = text(labels.polaritas, 'header');
  carried.forEach((c, k) => void (header[COL.carried + k] = text(c.header, 'header')));
  // Scored against the quarter's target where the workbook has one (Target TW I … IV), else the year's: the headers say which.
  const quarter = table.targetQuarter;
  const en = settings.lang === 'en';
  const against = quarter !== undefined
    ? (en ? `against the Q${quarterRoman(quarter)} target` : `terhadap target TW ${quarterRoman(quarter)}`)
    : (en ? 'against the annual target' : 'terhadap target tahunan');
  const targetLabel = quarter !== undefined ? `${en ? 'Target Q' : 'Target TW '}${quarterRoman(quarter)}${period ? ` ${period.year}` : ''}` : labels.targetYear(period);
  header[COL.target] = text(targetLabel, 'header');
  header[COL.realisasi] = text(labels.realisasiYear(period), 'header');
  header[COL.capaian] = text(`${labels.capaianPct} ${against}`, 'header');
  header[COL.kategori] = text(`${labels.kategori} (${against})`, 'header');
  header[COL.catatan] = text(labels.catatan, 'header');
  rows.push(header);
  const headerRow = rows.length;
  const firstData = headerRow + 1;

  const byRow = findingsByRow(analysis.findings, table.sheet);
  let ordinal = 0;
  let groupStart = -1;
  let groupSasaran: string | undefined;
  const closeGroup = (lastRow: number): void => {
    if (groupStart > 0 && lastRow > groupStart) {
      merges.push(`${a1(groupStart - 1, COL.no)}:${a1(lastRow - 1, COL.no)}`);
      merges.push(`${a1(groupStart - 1, COL.sasaran)}:${a1(lastRow - 1, COL.sasaran)}`);
    }
  };

  results.forEach((res, i) => {
    const src = res.source;
    const r = firstData + i;
    const cells: (PlanCell | null)[] = [];
    // A sasaran merged over its indicators: the first row carries it, the rest stay empty under the merge.
    const sasaran = src.sasaran.trim();
    if (sasaran !== groupSasaran || sasaran === '') {
      closeGroup(r - 1);
      groupStart = r;
      groupSasaran = sasaran;
      cells[COL.no] = text(String(++ordinal), 'bodyCenter');
      cells[COL.sasaran] = text(src.sasaran);
    }
    cells[COL.indikator] = text(src.indikator);
    if (COL.satuan !== undefined) cells[COL.satuan] = text(src.satuan ?? '', 'bodyCenter');
    if (COL.polaritas !== undefined) cells[COL.polaritas] = text(labels.polarity(src.polaritas), 'bodyCenter');
    carried.forEach((_, k) => void (cells[COL.carried + k] = text(src.carried?.[k] ?? '', 'bodyCenter')));
    // A blank target stays empty; the capaian formula reads it as undefined.
    cells[COL.target] = src.target.value === null ? null : pkValueCell(src.target.value, isPercentIndicator(src), false);
    // A realisasi of zero or none reads "-", as the published table writes it: zero stays the number 0 under a
    // format whose zero shows "-"; none is the text "-", which the capaian formula's ISNUMBER reads as undefined.
    // A written one that is not a number ("Tersedia", "BB") stays as written.
    cells[COL.realisasi] = src.realisasi.value === null
      ? text(src.realisasi.raw.trim() || '-', 'number')
      : pkValueCell(src.realisasi.value, isPercentIndicator(src), true);
    const t = a1(r - 1, COL.target);
    const rr = a1(r - 1, COL.realisasi);
    const h = a1(r - 1, COL.capaian);
    cells[COL.capaian] = formula(capaianFormula(src.polaritas, settings.negativeFormula, t, rr), res.capaian ?? '-', PERCENT_FORMAT);
    // A label, not a number: it keeps the body style's left alignment.
    cells[COL.kategori] = { kind: 'formula', formula: kategoriFormula(settings.categoryBands, h), cached: res.kategori ?? '-', format: 'General', style: 'body' };
    cells[COL.catatan] = text(pkNote(res, byRow.get(src.row), labels, settings.lang, settings.percentTolerance), 'note');
    rows.push(cells);
  });
  closeGroup(firstData + results.length - 1);
  const lastData = firstData + results.length - 1;

  // The bands the Kategori column applies, below the table, so a printed sheet explains its own colours.
  rows.push([]);
  const legendHead: (PlanCell | null)[] = [];
  legendHead[COL.indikator] = text(settings.lang === 'en' ? 'Categories (capaian %):' : 'Kategori capaian (%):', 'caption');
  rows.push(legendHead);
  const bands = [...settings.categoryBands].sort((a, b) => b.min - a.min);
  bands.forEach((b, i) => {
    const line: (PlanCell | null)[] = [];
    const upper = i > 0 ? bands[i - 1].min : undefined;
    const range = !Number.isFinite(b.min) ? `< ${formatPercent(upper ?? 0, 0)}` : upper === undefined ? `≥ ${formatPercent(b.min, 0)}` : `${formatPercent(b.min, 0)} – < ${formatPercent(upper, 0)}`;
    line[COL.indikator] = text(range);
    line[COL.indikator + 1] = text(b.label);
    rows.push(line);
  });

  const column = (c: number): string => `${a1(firstData - 1, c)}:${a1(lastData - 1, c)}`;
  // Capaian by its number, Kategori by its label: the same colour either way, and both follow a changed realisasi.
  const conditionalFormats: ConditionalFormat[] = results.length === 0 ? [] : [
    { range: column(COL.capaian), bands: categoryColourBands(settings.categoryBands) },
    { range: column(COL.kategori), bands: [], textBands: categoryTextBands(settings.categoryBands) },
  ];

  return {
    name,
    kind: 'capaian-pk',
    rows,
    styles: REPORT_STYLES,
    merges,
    widths: [5, 30, 40, ...(COL.satuan !== undefined ? [10] : []), ...(COL.polaritas !== undefined ? [10] : []), ...carried.map(() => 12), 11, 11, 11, 14, 30],
    freeze: { rows: headerRow, cols: 0 },
    print: a4Landscape(headerRow, headerRow, labels),
    conditionalFormats,
    charts: [],
  };
}
