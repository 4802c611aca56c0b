import React, { useId, useRef, useState } from 'react';
import clsx from 'clsx';
import {
  encodeExportFile,
  exportFileName,
  checkImportFile,
  progressCounts,
  type Progress,
  type ProgressCounts,
} from '@site/src/course/progress';
import { downloadText, readFileText } from './download';
import { PROGRESS_TEXT as T } from '@locale/progress';
import styles from './styles.module.css';

interface Props {
  readonly progress: Progress;
  readonly moduleIds: readonly string[];
  readonly checklistIds: readonly string[];
  readonly replace: (progress: Progress) => void;
}

type ImportState =
  | { kind: 'idle' }
  | { kind: 'error'; message: string }
  | { kind: 'confirm'; fileName: string; incoming: Progress }
  | { kind: 'done' };

export function describeCounts(c: ProgressCounts): string {
  return T.counts(c);
}

/** Download progress as a file, and load such a file, replacing everything only after checking it. */
export default function TransferProgress({ progress, moduleIds, checklistIds, replace }: Props): React.ReactElement {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const inputId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const current = progressCounts(progress, moduleIds, checklistIds);

  function show(next: ImportState): void {
    setState(next);
    // Let the message render, then take focus there so it is read out.
    setTimeout(() => messageRef.current?.focus(), 0);
  }

  async function onFile(e: React.ChangeEvent<HTMLInputElement>): Promise<void> {
    const file = e.currentTarget.files?.[0];
    if (!file) return;
    let text: string;
    try {
      text = await readFileText(file);
    } catch {
      show({ kind: 'error', message: T.fileUnreadable });
      return;
    }
    const result = checkImportFile(text);
    if (!result.ok) show({ kind: 'error', message: T.importProblem(result.problem, result.reason) });
    else show({ kind: 'confirm', fileName: file.name, incoming: result.value });
  }

  function clearFile(): void {
    if (fileRef.current) fileRef.current.value = '';
  }

  return (
    <div>
      <h3 className={styles.subheading}>{T.downloadHeading}</h3>
      <p>{T.downloadText}</p>
      <button
        type="button"
        className={clsx('button button--primary', styles.button)}
        onClick={() => {
          const now = new Date();
          downloadText(exportFileName(now), encodeExportFile(progress, now));
        }}
      >
        {T.downloadButton}
      </button>

      <h3 className={styles.subheading}>{T.loadHeading}</h3>
      <p>{T.loadText}</p>
      <label htmlFor={inputId} className={styles.fileLabel}>
        {T.chooseFile}
      </label>
      <input
        ref={fileRef}
        id={inputId}
        type="file"
        accept=".json,application/json"
        className={styles.file}
        onChange={(e) => void onFile(e)}
      />
      <div ref={messageRef} tabIndex={-1} className={styles.message} data-import-state={state.kind}>
        {state.kind === 'error' && (
          <p className={styles.error} role="alert">
            <strong>{T.nothingChanged}</strong> {state.message}
          </p>
        )}
        {state.kind === 'confirm' && (
          <div role="group" aria-label={T.confirmGroup}>
            <p>
              <strong>{state.fileName}</strong>
              {T.fileHolds(describeCounts(progressCounts(state.incoming, moduleIds, checklistIds)))}
            </p>
            <p>{T.willReplace(describeCounts(current))}</p>
            <div className={styles.actions}>
              <button
                type="button"
                className={clsx('button button--primary', styles.button)}
                onClick={() => {
                  replace(state.incoming);
                  clearFile();
                  show({ kind: 'done' });
                }}
              >
                {T.replaceButton}
              </button>
              <button
                type="button"
                className={clsx('button button--secondary', styles.button)}
                onClick={() => {
                  clearFile();
                  show({ kind: 'idle' });
                }}
              >
                {T.cancel}
              </button>
            </div>
          </div>
        )}
        {state.kind === 'done' && (
          <p role="status" className={styles.success}>
            {T.loaded}
          </p>
        )}
      </div>
    </div>
  );
}
