/**
 * Showing the ribbon command's outcome. Excel has no notification API for add-in commands, and an
 * ExecuteFunction cannot open the task pane without a shared runtime (whose <Runtimes> manifest markup
 * the offline schema rejects). The new sheet being activated already shows success, but a planner also
 * needs the finding count, and on failure the reason in words: so a small dialog with one line and a
 * close button. Its page is message.html on the same origin as the function file.
 */

export interface MessageToShow {
  ok: boolean;
  message: string;
  lang: 'id' | 'en';
}

/** message.html?m=…&ok=1&lang=id next to the page this code runs in. */
export function messageUrl(base: string, shown: MessageToShow): string {
  const url = new URL('message.html', base);
  url.searchParams.set('m', shown.message);
  url.searchParams.set('ok', shown.ok ? '1' : '0');
  url.searchParams.set('lang', shown.lang);
  return url.toString();
}

/** Opens the dialog and resolves once the planner closes it (or at once when no dialog can open). */
export function showMessageDialog(shown: MessageToShow): Promise<void> {
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(
      messageUrl(window.location.href, shown),
      { height: 22, width: 32, displayInIframe: true },
      (result) => {
        if (result.status === Office.AsyncResultStatus.Failed) {
          // Another dialog is open or dialogs are blocked: the written sheet is still the visible result.
          console.warn(`Lapkin: ${shown.message}`);
          resolve();
          return;
        }
        const dialog = result.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
          dialog.close();
          resolve();
        });
        // Closed with its own X, or navigation failed.
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
      },
    );
  });
}
