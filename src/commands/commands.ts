/**
 * The function file behind the ribbon's ExecuteFunction buttons. Each handler runs the testable
 * runRibbonAction against the office-js host, shows the result, and always calls event.completed()
 * (Excel keeps the button busy until it is called).
 */
import { createOfficeHost } from '../excel/office-host';
import { showMessageDialog } from './notify';
import { runRibbonAction } from './ribbon-action';
import type { RibbonAction } from './ribbon-action';

/** The FunctionName values of manifest.xml; tests/manifest checks both sides agree. */
export const RIBBON_FUNCTIONS: Record<string, RibbonAction> = {
  hitungUlangTabel31: 'tabel-3.1',
  buatCapaianPk: 'capaian-pk',
};

function handler(action: RibbonAction): (event: Office.AddinCommands.Event) => Promise<void> {
  return async (event) => {
    try {
      const result = await runRibbonAction(createOfficeHost(), action);
      await showMessageDialog(result);
    } finally {
      event.completed();
    }
  };
}

export function registerRibbonCommands(): void {
  Office.actions.associate('hitungUlangTabel31', handler(RIBBON_FUNCTIONS.hitungUlangTabel31));
  Office.actions.associate('buatCapaianPk', handler(RIBBON_FUNCTIONS.buatCapaianPk));
}

if (typeof Office !== 'undefined') {
  Office.onReady(() => registerRibbonCommands());
}
