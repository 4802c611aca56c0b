import React, { useState, useSyncExternalStore } from 'react';
import { OFFLINE_IDLE, offlineStatus, type OfflineState } from '@site/src/pwa/offlineStatus';
import { NOTICES_TEXT as T } from '@locale/notices';
import styles from './styles.module.css';

/**
 * A newer version of the course is ready: a short line at the top of the page, in the page's
 * flow (it pushes the page down and covers nothing). The reader decides when to reload;
 * "Later" keeps the current version.
 */
export default function OfflineNotice(): React.ReactElement {
  const state = useSyncExternalStore(offlineStatus.subscribe, offlineStatus.get, () => OFFLINE_IDLE);
  const [dismissed, setDismissed] = useState<OfflineState | null>(null);
  const visible = state.kind === 'update-available' && dismissed !== state;
  return (
    <div className={styles.region} role="status" aria-live="polite">
      {visible && (
        <div className={styles.notice}>
          <p className={styles.text}>{T.newerVersion}</p>
          <div className={styles.actions}>
            <button type="button" className="button button--primary button--sm" onClick={state.reload}>
              {T.reloadNow}
            </button>
            <button type="button" className="button button--secondary button--sm" onClick={() => setDismissed(state)}>
              {T.later}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
