/** The one-line result dialog of a ribbon command (see notify.ts): shows ?m= and closes on request. */

function show(): void {
  const params = new URLSearchParams(window.location.search);
  const lang = params.get('lang') === 'en' ? 'en' : 'id';
  const ok = params.get('ok') === '1';
  const title = document.getElementById('title');
  const text = document.getElementById('message');
  const close = document.getElementById('close');
  if (title) title.textContent = ok ? 'Lapkin' : lang === 'en' ? 'Lapkin: not done' : 'Lapkin: belum berhasil';
  // textContent, never innerHTML: the message carries sheet names the planner typed.
  if (text) text.textContent = params.get('m') ?? '';
  document.body.classList.add(ok ? 'ok' : 'failed');
  if (close) {
    close.textContent = lang === 'en' ? 'Close' : 'Tutup';
    close.addEventListener('click', () => Office.context.ui.messageParent('close'));
    close.focus();
  }
}

Office.onReady(() => show());
