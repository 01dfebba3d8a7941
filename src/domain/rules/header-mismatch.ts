/**
 * header-mismatch: a column whose header says one thing and whose contents another; it is read by its
 * contents. Found and worded by the mapping (mapping/warnings.ts); analysis-steps/mapping-findings.ts turns each warning into a finding.
 */
import type { Finding } from '../findings';
import type { HeaderWarning } from '../mapping/warnings';
import type { Lang } from '../settings';
import { defineRule } from './rule';

export const headerMismatch = defineRule({
  id: 'header-mismatch',
  severity: 'info',
  label: { id: 'Judul kolom tidak sesuai', en: 'Header does not match' },
  meaning: {
    id: 'kolom yang judulnya menyebut satu hal dan isinya hal lain; dibaca menurut isinya',
    en: 'a column whose header says one thing and whose contents another; read by its contents',
  },
  source: { over: 'read' },
});

export function headerMismatchFinding(warning: HeaderWarning, lang: Lang): Finding {
  return { rule: headerMismatch.id, severity: headerMismatch.severity, sheet: warning.sheet, cell: warning.cell, message: warning.message[lang] };
}
