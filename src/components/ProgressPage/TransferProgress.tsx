import React, { useId, useRef, useState } from 'react';
import clsx from 'clsx';
import {
  encodeExportFile,
  exportFileName,
  parseImportFile,
  progressCounts,
  type Progress,
  type ProgressCounts,
} from '@site/src/course/progress';
import { downloadText, readFileText } from './download';
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
  const parts = [
    `${c.read} ${c.read === 1 ? 'module' : 'modules'} read`,
    `${c.passed} ${c.passed === 1 ? 'check' : 'checks'} done`,
    `${c.ticked} checklist ${c.ticked === 1 ? 'item' : 'items'} ticked`,
    c.hasNotes ? 'your notes' : 'no notes',
  ];
  if (c.hasPlan) parts.push('a saved plan');
  return parts.join(', ');
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
      show({ kind: 'error', message: 'The file could not be read.' });
      return;
    }
    const result = parseImportFile(text);
    if (!result.ok) show({ kind: 'error', message: result.reason });
    else show({ kind: 'confirm', fileName: file.name, incoming: result.value });
  }

  function clearFile(): void {
    if (fileRef.current) fileRef.current.value = '';
  }

  return (
    <div>
      <h3 className={styles.subheading}>Download a copy</h3>
      <p>
        The file holds your progress, checklist ticks and notes. Anyone who opens it can read them, so keep it somewhere
        private.
      </p>
      <button
        type="button"
        className={clsx('button button--primary', styles.button)}
        onClick={() => {
          const now = new Date();
          downloadText(exportFileName(now), encodeExportFile(progress, now));
        }}
      >
        Download my progress
      </button>

      <h3 className={styles.subheading}>Load a copy</h3>
      <p>
        Loading a file replaces everything saved in this browser now. Nothing changes until you have seen what the file
        holds and said yes.
      </p>
      <label htmlFor={inputId} className={styles.fileLabel}>
        Choose a progress file (.json)
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
            <strong>Nothing was changed.</strong> {state.message}
          </p>
        )}
        {state.kind === 'confirm' && (
          <div role="group" aria-label="Confirm loading the file">
            <p>
              <strong>{state.fileName}</strong> holds:{' '}
              {describeCounts(progressCounts(state.incoming, moduleIds, checklistIds))}.
            </p>
            <p>It will replace what is saved in this browser now: {describeCounts(current)}.</p>
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
                Replace my progress with this file
              </button>
              <button
                type="button"
                className={clsx('button button--secondary', styles.button)}
                onClick={() => {
                  clearFile();
                  show({ kind: 'idle' });
                }}
              >
                Cancel
              </button>
            </div>
          </div>
        )}
        {state.kind === 'done' && (
          <p role="status" className={styles.success}>
            Your progress was loaded from the file.
          </p>
        )}
      </div>
    </div>
  );
}
