/** Entry of the standalone page (index.html): the pane over a file opened in the browser, kept for offline use. */
import { createRoot } from 'react-dom/client';
import { StandalonePage } from './StandalonePage';

const container = document.getElementById('root');
if (!container) throw new Error('Lapkin: elemen #root tidak ada di index.html');
createRoot(container).render(<StandalonePage />);

// The service worker keeps the page's own files, so it opens again without a connection.
// Browsers allow it only on https or localhost; elsewhere the page still works, online.
if ('serviceWorker' in navigator && window.isSecureContext) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('sw.js').catch(() => undefined);
  });
}
