import React, { useEffect, useRef } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import type { StorageStatus } from '@site/src/course/storage';
import { progressStore } from '@site/src/course/storage';
import { useProgress } from '@site/src/hooks/useProgress';
import styles from './styles.module.css';

/** What to tell the reader about where their progress is kept, or null when all is well. */
export function noticeText(status: StorageStatus): string | null {
  switch (status.kind) {
    case 'unavailable':
      return 'This browser is not letting the site save anything, so your progress will not be kept on this device after you close this tab. Everything else still works.';
    case 'write-failed':
      return 'Your latest progress could not be saved on this device (the browser’s storage may be full or blocked). Everything else still works.';
    case 'recovered':
      return status.keptAs
        ? 'The progress saved on this device could not be read, so you are starting fresh. The old data has been set aside, not deleted.'
        : 'The progress saved on this device could not be read, so you are starting fresh. To keep the old data safe, new progress will not be saved over it.';
    default:
      return null;
  }
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
      aria-label="About your saved progress"
      data-storage-notice={status.kind}
    >
      <p className={styles.text}>
        {text} <Link to="/progress">About your progress</Link>
      </p>
      <button
        type="button"
        className={clsx('button button--secondary button--sm', styles.dismiss)}
        onClick={() => {
          progressStore.dismissNotice();
          document.getElementById('__docusaurus_skipToContent_fallback')?.focus();
        }}
      >
        Dismiss<span className="sr-only"> this notice</span>
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
