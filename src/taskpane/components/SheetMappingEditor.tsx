/** One sheet's mapping: its kind, header row and the role of each column, each a labelled dropdown or field. */
import { useState } from 'react';
import { Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { gridEndRow, type Grid } from '../../domain/grid/grid';
import { COLUMN_ROLES, SHEET_KINDS, type ColumnRole, type SheetKind, type SheetMapping } from '../../domain/mapping/types';
import type { Lang } from '../../domain/settings';
import { COLUMN_ROLE_LABELS, SHEET_KIND_LABELS } from '../labels';
import { editableColumns } from '../mapping-edit';
import type { PaneStrings } from '../strings';

const NONE = '';

const useStyles = makeStyles({
  editor: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  columns: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0, border: 'none' },
  legend: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS, padding: 0 },
});

export interface SheetMappingEditorProps {
  sheet: SheetMapping;
  grid?: Grid;
  lang: Lang;
  strings: PaneStrings;
  onKind(kind: SheetKind): void;
  onHeaderRow(row: number): void;
  onColumnRole(column: string, role: ColumnRole | undefined, header?: string): void;
}

export function SheetMappingEditor({ sheet, grid, lang, strings, onKind, onHeaderRow, onColumnRole }: SheetMappingEditorProps) {
  const styles = useStyles();
  const lastRow = grid ? gridEndRow(grid) : undefined;
  const [headerText, setHeaderText] = useState(sheet.headerRow === undefined ? '' : String(sheet.headerRow));
  const headerValue = Number(headerText);
  const headerValid = headerText === '' || (Number.isInteger(headerValue) && headerValue >= 1 && (lastRow === undefined || headerValue <= lastRow));

  // Only a changed, valid row is an edit; blurring an untouched field must not save anything.
  const commitHeader = () => {
    if (headerText !== '' && headerValid && headerValue !== sheet.headerRow) onHeaderRow(headerValue);
  };

  return (
    <div className={styles.editor}>
      <Field label={strings.sheetKind}>
        <Select data-testid="sheet-kind" value={sheet.kind} onChange={(_, d) => onKind(d.value as SheetKind)}>
          {SHEET_KINDS.map((k) => (
            <option key={k} value={k}>
              {SHEET_KIND_LABELS[lang][k]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={strings.headerRow} validationMessage={headerValid ? undefined : strings.invalidNumber}>
        <Input
          data-testid="header-row"
          type="number"
          inputMode="numeric"
          min={1}
          max={lastRow}
          value={headerText}
          onChange={(_, d) => setHeaderText(d.value)}
          onBlur={commitHeader}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commitHeader();
          }}
        />
      </Field>
      <fieldset className={styles.columns}>
        <legend className={styles.legend}>{strings.columnsLabel}</legend>
        {editableColumns(sheet, grid).map((c) => (
          <Field key={c.column} label={strings.columnLabel(c.column, c.header, c.hidden)}>
            <Select
              data-testid="column-role"
              data-column={c.column}
              data-hidden={c.hidden ? 'true' : undefined}
              value={c.role ?? NONE}
              onChange={(_, d) => onColumnRole(c.column, d.value === NONE ? undefined : (d.value as ColumnRole), c.header)}
            >
              <option value={NONE}>{strings.roleNone}</option>
              {COLUMN_ROLES.map((r) => (
                <option key={r} value={r}>
                  {COLUMN_ROLE_LABELS[lang][r]}
                </option>
              ))}
            </Select>
          </Field>
        ))}
      </fieldset>
    </div>
  );
}
