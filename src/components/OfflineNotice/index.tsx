import React, { useState, useSyncExternalStore } from 'react';
import { OFFLINE_IDLE, offlineStatus, type OfflineState } from '@site/src/pwa/offlineStatus';
import styles from './styles.module.css';

/**
 * A small notice that the course now works without a connection, or that a new version is
 * ready. The reader decides when to reload; closing the notice keeps the current version.
 */
export default function OfflineNotice(): React.ReactElement {
  const state = useSyncExternalStore(offlineStatus.subscribe, offlineStatus.get, () => OFFLINE_IDLE);
  const [dismissed, setDismissed] = useState<OfflineState | null>(null);
  const visible = state.kind !== 'idle' && dismissed !== state;
  return (
    <div className={styles.region} role="status" aria-live="polite">
      {visible && (
        <div className={styles.notice}>
          {state.kind === 'ready-offline' ? (
            <p className={styles.text}>This course is now saved on this device. You can read it without a connection.</p>
          ) : (
            <p className={styles.text}>A newer version of the course is ready. Reload when it suits you: your progress is kept.</p>
          )}
          <div className={styles.actions}>
            {state.kind === 'update-available' && (
              <button type="button" className="button button--primary button--sm" onClick={state.reload}>
                Reload now
              </button>
            )}
            <button type="button" className="button button--secondary button--sm" onClick={() => setDismissed(state)}>
              {state.kind === 'update-available' ? 'Later' : 'OK'}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
