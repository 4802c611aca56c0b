import React from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import { isModuleComplete, moduleProgress, setRead } from '@site/src/course/progress';
import { useProgress } from '@site/src/hooks/useProgress';
import styles from './styles.module.css';

interface Props {
  readonly moduleId: string;
}

/** "Mark as read" at the end of a module chapter: a toggle, and where the module stands. */
export default function MarkAsRead({ moduleId }: Props): React.ReactElement {
  const { progress, ready, update } = useProgress();
  const m = ready ? moduleProgress(progress, moduleId) : { read: false };
  const passed = m.quiz?.passed === true;
  const complete = ready && isModuleComplete(progress, moduleId);

  return (
    <div className={clsx(styles.box, 'no-print')} data-mark-as-read={moduleId}>
      <button
        type="button"
        className={clsx('button', m.read ? 'button--primary' : 'button--secondary', styles.button)}
        aria-pressed={m.read}
        onClick={() => update((p) => setRead(p, moduleId, !m.read, new Date()))}>
        <span aria-hidden="true" className={styles.tick}>
          {m.read ? '✓' : ''}
        </span>
        Mark as read
      </button>
      <p className={styles.status} aria-live="polite">
        {statusText(m.read, passed, complete)}
        {!passed && (
          <>
            {' '}
            <a href="#check">Go to the knowledge check</a>
          </>
        )}{' '}
        <Link to="/progress">See my progress</Link>
      </p>
    </div>
  );
}

function statusText(read: boolean, passed: boolean, complete: boolean): string {
  if (complete) return 'Done: you have read this module and finished its knowledge check.';
  if (read) return 'You marked this module as read. Its knowledge check is not done yet.';
  if (passed) return 'You finished the knowledge check. Mark the module as read when you have read it all.';
  return 'Not marked as read yet.';
}
