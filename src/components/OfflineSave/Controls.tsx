import React, { useCallback, useEffect, useRef, useState } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {
  countSaved,
  countKept,
  saveFailure,
  formatSize,
  loadOfflineList,
  offlineStorageAvailable,
  removeOfflineCopy,
  saveDataOn,
  saveWholeCourse,
  type OfflineList,
  type SaveProgress,
} from '@site/src/pwa/offlineCopy';
import { OFFLINE_TEXT as T } from '@locale/offline';
import styles from './styles.module.css';

type View =
  | { readonly kind: 'checking' }
  | { readonly kind: 'unavailable' }
  | { readonly kind: 'no-list'; readonly reason: string }
  | { readonly kind: 'ready'; readonly list: OfflineList; readonly saved: number; readonly kept: number }
  | { readonly kind: 'saving'; readonly list: OfflineList; readonly progress: SaveProgress }
  | { readonly kind: 'failed'; readonly list: OfflineList; readonly reason: string }
  | { readonly kind: 'removed'; readonly list: OfflineList };

/** The buttons and messages of "Read without a connection" (see ./index.tsx). */
export default function OfflineSaveControls(): React.ReactElement {
  const { siteConfig } = useDocusaurusContext();
  const [view, setView] = useState<View>({ kind: 'checking' });
  const alive = useRef(true);
  const show = useCallback((next: View) => {
    if (alive.current) setView(next);
  }, []);

  const check = useCallback(async () => {
    if (!offlineStorageAvailable()) return show({ kind: 'unavailable' });
    try {
      const list = await loadOfflineList(siteConfig.baseUrl);
      const [saved, kept] = await Promise.all([countSaved(list), countKept()]);
      show({ kind: 'ready', list, saved, kept });
    } catch (error) {
      // Cache storage can refuse to open (some private windows) even where it exists.
      if (error instanceof DOMException && error.name === 'SecurityError') return show({ kind: 'unavailable' });
      show({ kind: 'no-list', reason: T.failure(saveFailure(error)) });
    }
  }, [show, siteConfig.baseUrl]);

  useEffect(() => {
    alive.current = true;
    void check();
    return () => {
      alive.current = false;
    };
  }, [check]);

  const save = async (list: OfflineList) => {
    show({ kind: 'saving', list, progress: { done: 0, total: list.files.length } });
    try {
      await saveWholeCourse(list, siteConfig.baseUrl, (progress) => show({ kind: 'saving', list, progress }));
      show({ kind: 'ready', list, saved: list.files.length, kept: list.files.length });
    } catch (error) {
      show({ kind: 'failed', list, reason: T.failure(saveFailure(error)) });
    }
  };

  const remove = async (list: OfflineList) => {
    try {
      await removeOfflineCopy();
      show({ kind: 'removed', list });
    } catch (error) {
      show({ kind: 'failed', list, reason: T.failure(saveFailure(error)) });
    }
  };

  const saveButton = (list: OfflineList) => (
    <button type="button" className={`button button--primary ${styles.button}`} onClick={() => void save(list)}>
      {T.saveButton(formatSize(list.downloadBytes))}
    </button>
  );
  const removeButton = (list: OfflineList) => (
    <button type="button" className={`button button--secondary ${styles.button}`} onClick={() => void remove(list)}>
      {T.removeButton}
    </button>
  );
  const saveData = saveDataOn();

  let status: React.ReactNode = null;
  let body: React.ReactNode = null;
  switch (view.kind) {
    case 'checking':
      body = <p>{T.checking}</p>;
      break;
    case 'unavailable':
      status = T.unavailable;
      break;
    case 'no-list':
      status = T.noList(view.reason);
      body = (
        <button type="button" className={`button button--secondary ${styles.button}`} onClick={() => void check()}>
          {T.tryAgain}
        </button>
      );
      break;
    case 'saving':
      status = T.saving;
      body = (
        <>
          <label htmlFor="offline-progress">{T.filesSaved(view.progress.done, view.progress.total)}</label>
          <progress
            id="offline-progress"
            className={styles.progress}
            max={view.progress.total}
            value={view.progress.done}
          />
        </>
      );
      break;
    case 'ready': {
      const complete = view.saved === view.list.files.length;
      status = complete ? T.allSaved : null;
      body = (
        <>
          {!complete && (
            <>
              <p>{T.sizes(formatSize(view.list.downloadBytes), formatSize(view.list.bytes))}</p>
              {saveData && <SaveDataNote />}
              {saveButton(view.list)}
            </>
          )}
          {view.kept > 0 && removeButton(view.list)}
        </>
      );
      break;
    }
    case 'failed':
      status = T.failed(view.reason);
      body = (
        <>
          {saveButton(view.list)}
          {removeButton(view.list)}
        </>
      );
      break;
    case 'removed':
      status = T.removed;
      body = (
        <>
          {saveData && <SaveDataNote />}
          {saveButton(view.list)}
        </>
      );
      break;
  }

  return (
    <div data-offline-state={view.kind}>
      <p role="status" aria-live="polite">
        {status}
      </p>
      {body}
    </div>
  );
}

function SaveDataNote(): React.ReactElement {
  return (
    <p className={styles.note} data-save-data>
      {T.saveDataNote}
    </p>
  );
}
