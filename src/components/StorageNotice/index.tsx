import React, { useEffect, useRef } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import type { StorageStatus } from '@site/src/course/storage';
import { progressStore } from '@site/src/course/storage';
import { useProgress } from '@site/src/hooks/useProgress';
import { NOTICES_TEXT as T } from '@locale/notices';
import styles from './styles.module.css';

/** What to tell the reader about where their progress is kept, or null when all is well. */
export function noticeText(status: StorageStatus): string | null {
  return T.storage(status);
}

/** A site-wide notice when progress cannot be kept or could not be read. */
export default function StorageNotice(): React.ReactElement | null {
  const { status, ready, noticeDismissed } = useProgress();
  const text = ready && !noticeDismissed ? noticeText(status) : null;
  const ref = useRef<HTMLDivElement>(null);
  useKeepClear(ref, text !== null);
  if (!text) return null;
  return (
    <div
      ref={ref}
      className={clsx(styles.notice, 'no-print')}
      role="region"
      aria-label={T.storageRegion}
      data-storage-notice={status.kind}
    >
      <p className={styles.text}>
        {text} <Link to="/progress">{T.aboutProgress}</Link>
      </p>
      <button
        type="button"
        className={clsx('button button--secondary button--sm', styles.dismiss)}
        onClick={() => {
          progressStore.dismissNotice();
          document.getElementById('__docusaurus_skipToContent_fallback')?.focus();
        }}
      >
        {T.dismiss}
        <span className="sr-only">{T.dismissWhat}</span>
      </button>
    </div>
  );
}

/** Set on <html> while the notice shows (see styles.module.css). */
export const SHOWN_CLASS = 'kap-storage-notice-shown';

/** While the fixed notice shows, tells the page its height so content and focus stay clear of it. */
function useKeepClear(ref: React.RefObject<HTMLDivElement | null>, shown: boolean): void {
  useEffect(() => {
    const el = ref.current;
    if (!shown || !el) return undefined;
    const root = document.documentElement;
    const measure = () => root.style.setProperty('--kap-storage-notice-height', `${el.offsetHeight}px`);
    measure();
    root.classList.add(SHOWN_CLASS);
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(el);
    return () => {
      observer?.disconnect();
      root.classList.remove(SHOWN_CLASS);
      root.style.removeProperty('--kap-storage-notice-height');
    };
  }, [ref, shown]);
}
