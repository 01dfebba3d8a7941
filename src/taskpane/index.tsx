/** Task pane entry: the only place in src/taskpane that touches office-js. */
import { createRoot } from 'react-dom/client';
import { createOfficeHost } from '../excel/office-host';
import { App } from './App';
import { realCore } from './real-core';

Office.onReady(() => {
  const container = document.getElementById('root');
  if (!container) throw new Error('Lapkin: elemen #root tidak ada di taskpane.html');
  createRoot(container).render(<App host={createOfficeHost()} core={realCore} officeTheme={Office.context.officeTheme} />);
});
