/**
 * Lapkin as a page of its own: open a .xlsx (picked or dropped), then the same pane as in Excel over a
 * file host, with the reading, checking and writing done in a Web Worker. Nothing leaves the computer.
 */
import { useCallback, useRef, useState, type DragEvent } from 'react';
import { Body1, Caption1, Field, FluentProvider, MessageBar, MessageBarBody, ProgressBar, Title3, makeStyles, tokens } from '@fluentui/react-components';
import type { Grid } from '../domain/grid/grid';
import type { WorkbookHost } from '../domain/ports';
import type { Lang } from '../domain/settings';
import { App, type PageFace } from '../taskpane/App';
import type { PaneCore } from '../taskpane/core';
import { FACE_STRINGS, type FaceStrings } from '../taskpane/face-strings';
import { STRINGS } from '../taskpane/strings';
import { paneTheme } from '../taskpane/theme';
import { CellPreview } from './CellPreview';
import { SAVED_IN_BROWSER } from './saved-words';
import { browserStorage, createFileHost, workbookStateKey } from './file-host';
import { downloadBytes, openWorkbook, reportFileName } from './open-workbook';
import { startWorkbookWorker, type WorkbookWorker } from './worker-client';
import type { WorkProgress } from './worker-protocol';
import { WorkbookPicker } from './WorkbookPicker';
import { createWorkerCore } from './worker-core';

/** The first screen speaks the pane's default language; the pane then follows its own setting. */
const FIRST_LANG: Lang = 'id';

const useStyles = makeStyles({
  drop: { minHeight: '100vh' },
  first: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: '40em',
    boxSizing: 'border-box',
  },
  title: { margin: 0 },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
  fileName: { overflowWrap: 'anywhere', minWidth: 0 },
});

interface OpenedWorkbook {
  host: WorkbookHost;
  core: PaneCore;
  grids: Grid[];
  fileName: string;
  rows: number;
}

function progressText(work: WorkProgress | undefined, face: FaceStrings): string | undefined {
  if (!work) return undefined;
  if (work.step === 'read') return face.progressReading(work.bytes);
  if (work.step === 'check') return face.progressChecking(work.rows);
  return face.progressWritingReport(work.sheets);
}

export function StandalonePage() {
  const styles = useStyles();
  const workerRef = useRef<WorkbookWorker | undefined>(undefined);
  const [opened, setOpened] = useState<OpenedWorkbook | undefined>(undefined);
  const [reading, setReading] = useState(false);
  const [fileError, setFileError] = useState<string | undefined>(undefined);
  const [work, setWork] = useState<WorkProgress | undefined>(undefined);
  const [selected, setSelected] = useState<{ sheet: string; cell: string } | undefined>(undefined);
  const [downloaded, setDownloaded] = useState<string | undefined>(undefined);

  const open = useCallback(async (file: File) => {
    if (!workerRef.current) {
      workerRef.current = startWorkbookWorker();
      workerRef.current.onProgress = setWork;
    }
    const worker = workerRef.current;
    setFileError(undefined);
    setReading(true);
    const result = await openWorkbook(worker, file, FIRST_LANG);
    setReading(false);
    setSelected(undefined);
    setDownloaded(undefined);
    if (!result.ok) {
      // The worker let go of the previous workbook when it began reading this one.
      setOpened(undefined);
      setFileError(result.message);
      return;
    }
    const host = createFileHost({
      worker,
      grids: result.grids,
      onSelect: (sheet, cell) => setSelected({ sheet, cell }),
      saved: { storage: browserStorage(), key: workbookStateKey(file.name, result.grids) },
      onReport: (bytes) => {
        const name = reportFileName(file.name);
        downloadBytes(bytes, name);
        setDownloaded(name);
      },
    });
    setOpened({ host, core: createWorkerCore(worker, result.grids), grids: result.grids, fileName: file.name, rows: result.rows });
  }, []);

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    const file = e.dataTransfer.files[0];
    if (file && !reading) void open(file);
  };

  const readingBar = (face: FaceStrings) =>
    reading && (
      <Field validationMessage={progressText(work, face) ?? STRINGS[FIRST_LANG].loading} validationState="none">
        <ProgressBar data-testid="read-progress" aria-label={progressText(work, face) ?? STRINGS[FIRST_LANG].loading} />
      </Field>
    );
  const errorLine = fileError && (
    <MessageBar intent="error" data-testid="file-error" layout="multiline">
      <MessageBarBody>{fileError}</MessageBarBody>
    </MessageBar>
  );

  const page = (lang: Lang): PageFace => {
    const face = FACE_STRINGS[lang];
    const grid = selected && opened?.grids.find((g) => g.name === selected.sheet);
    return {
      toolbar: (
        <>
          <div className={styles.toolbar}>
            <WorkbookPicker label={face.openAnother} disabled={reading} onFile={(f) => void open(f)} />
            <Caption1 className={styles.fileName} data-testid="file-name">
              {opened && face.openedFile(opened.fileName, opened.rows)}
            </Caption1>
          </div>
          {readingBar(face)}
          {errorLine}
          {downloaded && (
            <Caption1 role="status" data-testid="report-downloaded">
              {face.reportReady(downloaded)}
            </Caption1>
          )}
        </>
      ),
      aside: grid && selected ? <CellPreview grid={grid} cell={selected.cell} face={face} /> : undefined,
      progressText: progressText(work, face),
      savedWhere: SAVED_IN_BROWSER[lang],
    };
  };

  const face = FACE_STRINGS[FIRST_LANG];
  return (
    <div className={styles.drop} onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      {opened ? (
        <App key={opened.fileName + opened.rows} host={opened.host} core={opened.core} page={page} />
      ) : (
        <FluentProvider theme={paneTheme(undefined)} lang={FIRST_LANG}>
          <main className={styles.first}>
            <Title3 as="h1" className={styles.title}>
              {STRINGS[FIRST_LANG].appTitle}
            </Title3>
            <Body1>{face.pageIntro}</Body1>
            <div className={styles.toolbar}>
              <WorkbookPicker label={face.openWorkbook} primary disabled={reading} onFile={(f) => void open(f)} />
            </div>
            <Caption1>{face.dropHint}</Caption1>
            {readingBar(face)}
            {errorLine}
            <Caption1>{face.privacyNote}</Caption1>
          </main>
        </FluentProvider>
      )}
    </div>
  );
}
