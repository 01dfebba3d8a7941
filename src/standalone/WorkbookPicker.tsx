/** "Buka workbook": a button over a file input (data-testid="workbook-input"), for a picked .xlsx. */
import { useRef } from 'react';
import { Button } from '@fluentui/react-components';

export interface WorkbookPickerProps {
  label: string;
  disabled?: boolean;
  primary?: boolean;
  onFile(file: File): void;
}

export function WorkbookPicker({ label, disabled, primary, onFile }: WorkbookPickerProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button appearance={primary ? 'primary' : 'secondary'} disabled={disabled} onClick={() => input.current?.click()} data-testid="open-workbook">
        {label}
      </Button>
      <input
        ref={input}
        type="file"
        hidden
        aria-label={label}
        data-testid="workbook-input"
        accept=".xlsx,.xls,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel"
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared so that picking the same file again (after fixing it in Excel) opens it again.
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
