/**
 * The task pane. Gets the workbook host and the core as props (office-js stays in index.tsx and src/excel),
 * so the same component runs in Excel, in the browser harness and in tests.
 */
import { useState, type ReactNode } from 'react';
import {
  Body1,
  Caption1,
  FluentProvider,
  Spinner,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { WorkbookHost } from '../domain/ports';
import type { Lang } from '../domain/settings';
import { ActionBar } from './components/ActionBar';
import { ErrorBar } from './components/ErrorBar';
import { FindingsPanel } from './components/FindingsPanel';
import { MappingPanel } from './components/MappingPanel';
import { SettingsPanel } from './components/SettingsPanel';
import { SummaryCard } from './components/SummaryCard';
import type { PaneCore } from './core';
import { FACE_STRINGS } from './face-strings';
import { STRINGS, type PaneStrings } from './strings';
import { paneTheme, type OfficeThemeColors } from './theme';
import { usePane, type PaneState } from './usePane';

type TabName = 'findings' | 'mapping' | 'settings';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: '100vh',
    boxSizing: 'border-box',
    minWidth: 0,
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  title: { margin: 0 },
  meta: { color: tokens.colorNeutralForeground2 },
  tabs: { flexWrap: 'wrap' },
  // Visually hidden but read by screen readers: the live region that announces results.
  liveRegion: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});

/** What the standalone page adds to the pane: its file picker, its cell preview, its download. */
export interface PageFace {
  /** Shown under the title: the page's "Buka workbook". */
  toolbar?: ReactNode;
  /** Shown after the tab panel: the preview of the clicked finding's row. */
  aside?: ReactNode;
  /** What the page's worker is doing, said with what it counts. */
  progressText?: string;
  /** Where the page keeps the mapping and settings, said instead of "disimpan di workbook". */
  savedWhere?: Pick<PaneStrings, 'mappingSaved' | 'settingsSaved'>;
}

export interface AppProps {
  host: WorkbookHost;
  core: PaneCore;
  /** Office.context.officeTheme, when the pane runs in Office. */
  officeTheme?: OfficeThemeColors;
  /** Set when the pane runs as the standalone page (in the pane's language): the report is downloaded, there is no in-place recalculation. */
  page?: (lang: Lang) => PageFace;
}

/** What the live region says: the latest outcome, so a screen-reader user hears each result once. */
function announcement(state: PaneState, t: PaneStrings): string {
  if (state.busy === 'load') return t.loading;
  if (state.busy) return t.progressWorking;
  if (state.lastRun) return t.runDone(state.lastRun.kind, state.lastRun.written.length);
  if (state.checked && state.analysis) return t.checkDone(state.analysis.findings.length);
  return '';
}

export function App({ host, core, officeTheme, page: pageFace }: AppProps) {
  const styles = useStyles();
  const [state, actions] = usePane(host, core);
  const [tab, setTab] = useState<TabName>('findings');
  const { analysis, settings } = state;
  const page = pageFace?.(settings.lang);
  const t: PaneStrings = page?.savedWhere ? { ...STRINGS[settings.lang], ...page.savedWhere } : STRINGS[settings.lang];
  const face = FACE_STRINGS[settings.lang];

  return (
    <FluentProvider theme={paneTheme(officeTheme)} lang={settings.lang}>
      <main className={styles.root} aria-busy={state.busy !== undefined}>
        <header className={styles.header}>
          <Title3 as="h1" className={styles.title}>
            {t.appTitle}
          </Title3>
          {analysis && (
            <Caption1 className={styles.meta} data-testid="period">
              {t.period(analysis.period)} · {t.sheetsDetected(analysis.sheets.length)}
            </Caption1>
          )}
          {page?.toolbar}
        </header>
        {state.error && <ErrorBar error={state.error} strings={t} onDismiss={actions.dismissError} />}
        <ActionBar
          strings={t}
          face={face}
          download={page !== undefined}
          progressText={page?.progressText}
          busy={state.busy}
          progress={state.progress}
          ready={state.grids !== undefined}
          onCheck={() => void actions.check()}
          onRecalc={() => void actions.recalc()}
          onReport={() => void actions.report()}
        />
        <div className={styles.liveRegion} role="status" aria-live="polite" data-testid="live-region">
          {announcement(state, t)}
        </div>
        {state.busy === 'load' && <Spinner size="small" label={t.loading} />}
        {state.lastRun && <SummaryCard run={state.lastRun} strings={t} />}
        <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabName)} size="small">
          <Tab value="findings">{t.tabFindings}</Tab>
          <Tab value="mapping">{t.tabMapping}</Tab>
          <Tab value="settings">{t.tabSettings}</Tab>
        </TabList>
        <div role="tabpanel" aria-label={tab === 'findings' ? t.tabFindings : tab === 'mapping' ? t.tabMapping : t.tabSettings}>
          {tab === 'findings' &&
            (analysis ? (
              <FindingsPanel
                findings={analysis.findings}
                checked={state.checked}
                lang={settings.lang}
                strings={t}
                face={face}
                grids={state.grids}
                onSelect={(f) => void actions.selectFinding(f)}
              />
            ) : (
              state.busy !== 'load' && <Body1>{t.notChecked}</Body1>
            ))}
          {tab === 'mapping' && analysis && (
            <MappingPanel
              mapping={analysis.mapping}
              grids={state.grids ?? []}
              lang={settings.lang}
              strings={t}
              saved={state.saved === 'mapping'}
              onChange={(m) => void actions.editMapping(m)}
            />
          )}
          {tab === 'settings' && (
            <SettingsPanel settings={settings} strings={t} saved={state.saved === 'settings'} onChange={(p) => void actions.changeSettings(p)} />
          )}
        </div>
        {page?.aside}
      </main>
    </FluentProvider>
  );
}
