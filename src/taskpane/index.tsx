/** Task pane entry: the only place in src/taskpane that touches office-js. */
import { createRoot } from 'react-dom/client';
import { createOfficeHost } from '../excel/office-host';
import { App } from './App';
import { realCore } from './real-core';

/** Opened in a plain browser (office.js missing, or no Office host answering): the standalone page is the same pane over a file. */
function openStandalonePage(): void {
  window.location.replace('index.html');
}

if (typeof Office === 'undefined') {
  openStandalonePage();
} else {
  Office.onReady((info) => {
    if (!info.host) {
      openStandalonePage();
      return;
    }
    const container = document.getElementById('root');
    if (!container) throw new Error('Lapkin: elemen #root tidak ada di taskpane.html');
    createRoot(container).render(<App host={createOfficeHost()} core={realCore} officeTheme={Office.context.officeTheme} />);
  });
}
