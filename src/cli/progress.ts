/** A progress bar on stderr for long work, only when stderr is a terminal (never in pipes, CI or --json consumers). */

export interface Progress {
  stage(label: string, fraction: number): void;
  done(): void;
}

const WIDTH = 24;

export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export function progressBar(stream: OutputStream): Progress {
  if (!stream.isTTY) return { stage: () => undefined, done: () => undefined };
  let shown = false;
  return {
    stage(label, fraction) {
      const filled = Math.round(Math.max(0, Math.min(1, fraction)) * WIDTH);
      stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${label}\u001b[K`);
      shown = true;
    },
    done() {
      if (shown) stream.write('\r\u001b[K');
    },
  };
}
