/** Detected sheets and the period; each sheet opens into its mapping editor. */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Grid } from '../../domain/grid/grid';
import type { WorkbookMapping } from '../../domain/mapping/types';
import type { Lang } from '../../domain/settings';
import { SHEET_KIND_LABELS } from '../labels';
import { withColumnRole, withHeaderRow, withSheetKind } from '../mapping-edit';
import type { PaneStrings } from '../strings';
import { SheetMappingEditor } from './SheetMappingEditor';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  kind: { color: tokens.colorNeutralForeground2, marginLeft: tokens.spacingHorizontalXS },
  name: { overflowWrap: 'anywhere', fontWeight: tokens.fontWeightSemibold },
});

export interface MappingPanelProps {
  mapping: WorkbookMapping;
  grids: Grid[];
  lang: Lang;
  strings: PaneStrings;
  saved: boolean;
  onChange(next: WorkbookMapping): void;
}

export function MappingPanel({ mapping, grids, lang, strings, saved, onChange }: MappingPanelProps) {
  const styles = useStyles();
  return (
    <section className={styles.panel} aria-label={strings.tabMapping}>
      <Caption1>{strings.mappingHint}</Caption1>
      <Accordion multiple collapsible>
        {mapping.sheets.map((s) => (
          <AccordionItem key={s.sheet} value={s.sheet} data-testid="sheet-mapping" data-sheet={s.sheet} data-kind={s.kind}>
            <AccordionHeader>
              <span className={styles.name}>{s.sheet}</span>
              <span className={styles.kind}>· {SHEET_KIND_LABELS[lang][s.kind]}</span>
            </AccordionHeader>
            <AccordionPanel>
              <SheetMappingEditor
                // a new key when the detected header row changes, so the field shows it
                key={`${s.sheet}:${s.headerRow ?? ''}`}
                sheet={s}
                grid={grids.find((g) => g.name === s.sheet)}
                lang={lang}
                strings={strings}
                onKind={(kind) => onChange(withSheetKind(mapping, s.sheet, kind))}
                onHeaderRow={(row) => onChange(withHeaderRow(mapping, s.sheet, row))}
                onColumnRole={(column, role, header) => onChange(withColumnRole(mapping, s.sheet, column, role, header))}
              />
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
      {saved && (
        <Caption1 role="status" data-testid="mapping-saved">
          {strings.mappingSaved}
        </Caption1>
      )}
    </section>
  );
}
