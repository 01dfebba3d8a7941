/**
 * 'temuan': every finding as one row, errors first, then warnings, then info, each severity in sheet, row and
 * column order, each naming its cell with a link back into the source sheet,
 * counts per severity on top, and a frozen, filterable header so a planner can work through them.
 */
import type { Analysis } from '../analysis';
import { SEVERITIES } from '../glossary';
import { findingText, orderBySeverity } from '../findings';
import { columnLetter } from '../grid/grid';
import type { ReportLabels } from './labels';
import type { PlanCell, SheetPlan } from './sheet-plan';
import { REPORT_STYLES, a4Landscape, num, text } from './plan-kit';

const COL = { no: 0, sheet: 1, sel: 2, aturan: 3, tingkat: 4, pesan: 5, tertulis: 6, seharusnya: 7, saran: 8 };
const LAST_COL = columnLetter(COL.saran);

export function buildTemuanPlan(analysis: Analysis, labels: ReportLabels, name: string): SheetPlan {
  const findings = orderBySeverity(analysis.findings, analysis.sheets.map((s) => s.name));
  const rows: (PlanCell | null)[][] = [];
  const merges: string[] = [];

  rows.push([text(labels.temuanTitle, 'title')]);
  merges.push(`A1:${LAST_COL}1`);
  for (const s of SEVERITIES) {
    const count = findings.filter((f) => f.severity === s).length;
    const line: (PlanCell | null)[] = [];
    line[COL.sheet] = text(labels.severity(s), s === 'error' && count > 0 ? 'flagged' : 'bodyBold');
    line[COL.sel] = num(count, '0', s === 'error' && count > 0 ? 'flagged' : 'body');
    rows.push(line);
  }
  rows.push([]);

  const header: (PlanCell | null)[] = [];
  header[COL.no] = text(labels.no, 'header');
  header[COL.sheet] = text(labels.sheet, 'header');
  header[COL.sel] = text(labels.sel, 'header');
  header[COL.aturan] = text(labels.aturan, 'header');
  header[COL.tingkat] = text(labels.tingkat, 'header');
  header[COL.pesan] = text(labels.pesan, 'header');
  header[COL.tertulis] = text(labels.nilaiTertulis, 'header');
  header[COL.seharusnya] = text(labels.seharusnya, 'header');
  header[COL.saran] = text(labels.saran, 'header');
  rows.push(header);
  const headerRow = rows.length;

  findings.forEach((f, i) => {
    const line: (PlanCell | null)[] = [];
    line[COL.no] = num(i + 1, '0');
    line[COL.sheet] = text(f.sheet);
    // A finding without a cell (a whole-sheet matter) has nothing to link to.
    line[COL.sel] = f.cell ? { kind: 'link', text: f.cell, sheet: f.sheet, cell: f.cell, style: 'link' } : text('');
    line[COL.aturan] = text(labels.rule(f.rule));
    line[COL.tingkat] = text(labels.severity(f.severity), f.severity === 'error' ? 'flagged' : 'body');
    line[COL.pesan] = text(findingText(f, labels.advice));
    line[COL.tertulis] = text(f.actual ?? '');
    line[COL.seharusnya] = text(f.expected ?? '');
    line[COL.saran] = text(f.suggestion ?? '');
    rows.push(line);
  });
  if (findings.length === 0) {
    rows.push([text(labels.noFindings, 'note')]);
    merges.push(`A${rows.length}:${LAST_COL}${rows.length}`);
  }

  return {
    name,
    kind: 'temuan',
    rows,
    styles: REPORT_STYLES,
    merges,
    // Pesan widest; Nilai tertulis holds whole source texts (a dated letter, a long keterangan), Saran mostly a number.
    widths: [5, 16, 8, 22, 11, 60, 24, 20, 20],
    freeze: { rows: headerRow, cols: 0 },
    print: a4Landscape(headerRow, headerRow, labels),
    conditionalFormats: [],
    charts: [],
    autoFilter: `A${headerRow}:${LAST_COL}${Math.max(headerRow, headerRow + findings.length)}`,
  };
}
