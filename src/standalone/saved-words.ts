/**
 * Where the page keeps a workbook's mapping and settings: in this browser, for this workbook (file-host.ts),
 * said instead of the add-in's "disimpan di workbook". Kept in the page's own chunk, not the Office bundle.
 */
import type { Lang } from '../domain/settings';
import type { PaneStrings } from '../taskpane/strings';

export const SAVED_IN_BROWSER: Record<Lang, Pick<PaneStrings, 'mappingSaved' | 'settingsSaved'>> = {
  id: {
    mappingSaved: 'Pemetaan disimpan di browser ini untuk workbook ini.',
    settingsSaved: 'Pengaturan disimpan di browser ini untuk workbook ini.',
  },
  en: {
    mappingSaved: 'Mapping saved in this browser for this workbook.',
    settingsSaved: 'Settings saved in this browser for this workbook.',
  },
};
