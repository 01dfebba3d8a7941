/**
 * `lapkin map`'s readable view of the mapping in force, for the planner at the terminal (stderr; stdout keeps the
 * JSON to edit): each table's sheet, kind and rows, then one line per mapped column — letter, role, header —
 * marking a column the sheet hides ("kolom tersembunyi"), which a planner reading the sheet would not see.
 */
import { SHEET_KIND_WORDS } from '../domain/glossary';
import type { SheetMapping, WorkbookMapping } from '../domain/mapping/types';
import type { Lang } from '../domain/settings';
import { terminalSafe } from './terminal-text';

const HIDDEN_COLUMN: Record<Lang, string> = { id: '(kolom tersembunyi)', en: '(hidden column)' };

function rowsOf(sheet: SheetMapping, lang: Lang): string {
  if (sheet.headerRow === undefined) return '';
  const last = sheet.lastDataRow === undefined ? '' : lang === 'en' ? `, data to row ${sheet.lastDataRow}` : `, data sampai baris ${sheet.lastDataRow}`;
  return lang === 'en' ? ` — header row ${sheet.headerRow}${last}` : ` — baris judul ${sheet.headerRow}${last}`;
}

/** The mapping as lines of text ending in a newline; '' for a mapping of no sheets. */
export function formatMapping(mapping: WorkbookMapping, lang: Lang): string {
  const out: string[] = [];
  for (const sheet of mapping.sheets) {
    out.push(`${terminalSafe(sheet.sheet, true)}  ${SHEET_KIND_WORDS[lang][sheet.kind]}${rowsOf(sheet, lang)}`);
    const letters = Math.max(0, ...sheet.columns.map((c) => c.column.length));
    const roles = Math.max(0, ...sheet.columns.map((c) => c.role.length));
    for (const c of sheet.columns) {
      const header = c.header ? `'${terminalSafe(c.header, true)}'` : '';
      const line = [c.column.padEnd(letters), c.role.padEnd(roles), header, c.hidden ? HIDDEN_COLUMN[lang] : ''].filter((p) => p !== '').join('  ');
      out.push(`  ${line.trimEnd()}`);
    }
  }
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}
