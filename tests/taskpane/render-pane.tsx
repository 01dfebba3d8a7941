/** Mounts the pane over a host and a core, waiting until the workbook has been read. */
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { WorkbookHost } from '../../src/domain/ports';
import { App } from '../../src/taskpane/App';
import type { PaneCore } from '../../src/taskpane/core';
import { createMemoryHost, type MemoryHost } from '../../src/taskpane/memory-host';
import { createFakeCore, type FakeCore } from './fake-core';
import { seedGrids } from './seed';

export interface RenderedPane<H extends WorkbookHost, C extends PaneCore> {
  host: H;
  core: C;
  user: UserEvent;
}

export async function renderPane<H extends WorkbookHost = MemoryHost, C extends PaneCore = FakeCore>(
  opts: { host?: H; core?: C; waitReady?: boolean } = {},
): Promise<RenderedPane<H, C>> {
  const host = opts.host ?? (createMemoryHost(seedGrids()) as unknown as H);
  const core = opts.core ?? (createFakeCore() as unknown as C);
  const user = userEvent.setup({ delay: null });
  render(<App host={host} core={core} />);
  if (opts.waitReady !== false) await waitFor(() => expect(screen.getByTestId('run-check')).toBeEnabled());
  // Not waiting for readiness (a host that fails at open): let the opening read settle inside act, so its state update is part of the test.
  else await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  return { host, core, user };
}

/** Every listed finding as "sheet!cell rule severity". */
export function listedFindings(): string[] {
  return screen
    .queryAllByTestId('finding')
    .map((el) => `${el.dataset.sheet}!${el.dataset.cell} ${el.dataset.rule} ${el.dataset.severity}`);
}
