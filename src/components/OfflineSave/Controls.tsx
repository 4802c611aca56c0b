import React, { useCallback, useEffect, useRef, useState } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {
  countSaved,
  countKept,
  describeFailure,
  formatSize,
  loadOfflineList,
  offlineStorageAvailable,
  removeOfflineCopy,
  saveDataOn,
  saveWholeCourse,
  type OfflineList,
  type SaveProgress,
} from '@site/src/pwa/offlineCopy';
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
      show({ kind: 'no-list', reason: describeFailure(error) });
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
      show({ kind: 'failed', list, reason: describeFailure(error) });
    }
  };

  const remove = async (list: OfflineList) => {
    try {
      await removeOfflineCopy();
      show({ kind: 'removed', list });
    } catch (error) {
      show({ kind: 'failed', list, reason: describeFailure(error) });
    }
  };

  const saveButton = (list: OfflineList) => (
    <button type="button" className={`button button--primary ${styles.button}`} onClick={() => void save(list)}>
      Save the whole course for offline reading (about {formatSize(list.downloadBytes)})
    </button>
  );
  const removeButton = (list: OfflineList) => (
    <button type="button" className={`button button--secondary ${styles.button}`} onClick={() => void remove(list)}>
      Remove the offline copy from this device
    </button>
  );
  const saveData = saveDataOn();

  let status: React.ReactNode = null;
  let body: React.ReactNode = null;
  switch (view.kind) {
    case 'checking':
      body = <p>Checking what is kept on this device…</p>;
      break;
    case 'unavailable':
      status =
        'This browser cannot keep a copy of the course on this device (private windows often cannot). You can still read it online.';
      break;
    case 'no-list':
      status = `The course cannot be saved right now. ${view.reason} Try again when you have a connection.`;
      body = (
        <button type="button" className={`button button--secondary ${styles.button}`} onClick={() => void check()}>
          Try again
        </button>
      );
      break;
    case 'saving':
      status = 'Saving the course on this device…';
      body = (
        <>
          <label htmlFor="offline-progress">
            {view.progress.done} of {view.progress.total} files saved
          </label>
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
      status = complete
        ? 'The whole course is saved on this device. You can read every chapter without a connection.'
        : null;
      body = (
        <>
          {!complete && (
            <>
              <p>
                Saving takes about {formatSize(view.list.downloadBytes)} of data and about {formatSize(view.list.bytes)}{' '}
                of space on this device.
              </p>
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
      status = `Saving stopped. ${view.reason} What was saved so far stays on this device. You can try again later.`;
      body = (
        <>
          {saveButton(view.list)}
          {removeButton(view.list)}
        </>
      );
      break;
    case 'removed':
      status = 'The offline copy was removed from this device. Pages you open from now on are kept again as you read.';
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
      Your browser is set to save data, so the course is never saved by itself. You can still save it if you choose, for
      example on Wi-Fi.
    </p>
  );
}
