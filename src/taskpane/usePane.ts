/**
 * The pane's state and actions: read the workbook, analyse, edit the mapping and settings, write report sheets.
 * Every host or core failure lands in `error` (shown as a MessageBar), never swallowed.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Analysis } from '../domain/analysis';
import type { Finding } from '../domain/findings';
import type { Grid } from '../domain/grid/grid';
import type { WorkbookMapping } from '../domain/mapping/types';
import type { WorkbookHost, WrittenSheet } from '../domain/ports';
import { DEFAULT_SETTINGS, type Settings } from '../domain/settings';
import type { PaneCore } from './core';
import { restoreSettings } from './settings-edit';
import { summarize, type PaneSummary } from './summary';

export type PaneErrorKind = 'read' | 'analyze' | 'save' | 'select' | 'write' | 'noTabel31';

export interface PaneError {
  kind: PaneErrorKind;
  detail?: string;
}

export type BusyWith = 'load' | 'check' | 'recalc' | 'report';

export interface Progress {
  done: number;
  /** 0 while the total is not known yet */
  total: number;
}

export interface PaneRun {
  kind: 'recalc' | 'report';
  written: WrittenSheet[];
  summary: PaneSummary;
}

/** What was last saved, so the pane can say so. */
export type SavedNote = 'mapping' | 'settings' | undefined;

export interface PaneState {
  grids?: Grid[];
  analysis?: Analysis;
  settings: Settings;
  /** findings are listed once the planner has asked for a check (or a run) */
  checked: boolean;
  busy?: BusyWith;
  progress?: Progress;
  lastRun?: PaneRun;
  error?: PaneError;
  saved: SavedNote;
}

export interface PaneActions {
  check(): Promise<void>;
  recalc(): Promise<void>;
  report(): Promise<void>;
  editMapping(next: WorkbookMapping): Promise<void>;
  changeSettings(patch: Partial<Settings>): Promise<void>;
  selectFinding(f: Finding): Promise<void>;
  dismissError(): void;
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function usePane(host: WorkbookHost, core: PaneCore): [PaneState, PaneActions] {
  const [state, setState] = useState<PaneState>({ settings: DEFAULT_SETTINGS, checked: false, saved: undefined, busy: 'load' });
  // The mapping the planner saved or edited; undefined = let the core detect every sheet.
  const mappingRef = useRef<WorkbookMapping | undefined>(undefined);
  const stateRef = useRef(state);
  stateRef.current = state;

  const patch = useCallback((p: Partial<PaneState>) => setState((s) => ({ ...s, ...p })), []);

  /** Runs the core; a throw becomes an 'analyze' error rather than a blank pane. */
  const analyze = useCallback(
    async (grids: Grid[], settings: Settings): Promise<Analysis | undefined> => {
      try {
        return await core.analyzeWorkbook(grids, { settings, mapping: mappingRef.current });
      } catch (e) {
        patch({ error: { kind: 'analyze', detail: message(e) } });
        return undefined;
      }
    },
    [core, patch],
  );

  useEffect(() => {
    let cancelled = false;
    (async () => {
      let settings = DEFAULT_SETTINGS;
      let grids: Grid[];
      try {
        const saved = await host.loadState();
        settings = restoreSettings(saved?.settings);
        mappingRef.current = saved?.mapping;
        grids = await host.readGrids();
      } catch (e) {
        if (!cancelled) patch({ busy: undefined, settings, error: { kind: 'read', detail: message(e) } });
        return;
      }
      if (cancelled) return;
      const analysis = await analyze(grids, settings);
      if (cancelled) return;
      patch({ busy: undefined, grids, settings, analysis });
    })();
    return () => {
      cancelled = true;
    };
  }, [host, analyze, patch]);

  /** Re-reads the workbook (the planner may have typed since) and analyses it. */
  const refresh = useCallback(async (): Promise<Analysis | undefined> => {
    let grids: Grid[];
    try {
      grids = await host.readGrids();
    } catch (e) {
      patch({ error: { kind: 'read', detail: message(e) } });
      return undefined;
    }
    const analysis = await analyze(grids, stateRef.current.settings);
    patch(analysis ? { grids, analysis, checked: true } : { grids });
    return analysis;
  }, [host, analyze, patch]);

  const check = useCallback(async () => {
    patch({ busy: 'check', error: undefined, progress: { done: 0, total: 0 } });
    await refresh();
    patch({ busy: undefined, progress: undefined });
  }, [patch, refresh]);

  const write = useCallback(
    async (kind: 'recalc' | 'report') => {
      patch({ busy: kind, error: undefined, progress: { done: 0, total: 0 }, lastRun: undefined });
      try {
        const analysis = await refresh();
        if (!analysis) return;
        let plans;
        try {
          plans = await core.buildReportPlans(analysis);
        } catch (e) {
          patch({ error: { kind: 'analyze', detail: message(e) } });
          return;
        }
        if (kind === 'recalc') plans = plans.filter((p) => p.kind === 'tabel-3.1');
        if (plans.length === 0) {
          patch({ error: { kind: kind === 'recalc' ? 'noTabel31' : 'write' } });
          return;
        }
        try {
          const written = await host.writePlans(plans, (done, total) => patch({ progress: { done, total } }));
          patch({ lastRun: { kind, written, summary: summarize(analysis) } });
        } catch (e) {
          patch({ error: { kind: 'write', detail: message(e) } });
        }
      } finally {
        patch({ busy: undefined, progress: undefined });
      }
    },
    [core, host, patch, refresh],
  );

  const save = useCallback(
    async (what: SavedNote, settings: Settings) => {
      try {
        await host.saveState({ mapping: mappingRef.current, settings });
        patch({ saved: what });
      } catch (e) {
        patch({ saved: undefined, error: { kind: 'save', detail: message(e) } });
      }
    },
    [host, patch],
  );

  const editMapping = useCallback(
    async (next: WorkbookMapping) => {
      mappingRef.current = next;
      const { grids, settings } = stateRef.current;
      if (grids) {
        const analysis = await analyze(grids, settings);
        if (analysis) patch({ analysis });
      }
      await save('mapping', settings);
    },
    [analyze, patch, save],
  );

  const changeSettings = useCallback(
    async (p: Partial<Settings>) => {
      const settings = { ...stateRef.current.settings, ...p };
      patch({ settings });
      const { grids } = stateRef.current;
      // Findings carry messages in the run's language and depend on the formula and bands: rerun.
      if (grids) {
        const analysis = await analyze(grids, settings);
        if (analysis) patch({ analysis });
      }
      await save('settings', settings);
    },
    [analyze, patch, save],
  );

  const selectFinding = useCallback(
    async (f: Finding) => {
      try {
        await host.selectCell(f.sheet, f.cell);
      } catch (e) {
        patch({ error: { kind: 'select', detail: message(e) } });
      }
    },
    [host, patch],
  );

  const dismissError = useCallback(() => patch({ error: undefined }), [patch]);
  const recalc = useCallback(() => write('recalc'), [write]);
  const report = useCallback(() => write('report'), [write]);

  return [state, { check, recalc, report, editMapping, changeSettings, selectFinding, dismissError }];
}
