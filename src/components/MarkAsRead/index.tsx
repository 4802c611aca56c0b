import React, { Suspense, lazy, useEffect, useRef, useState } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import { isModuleComplete, moduleProgress, setRead } from '@site/src/course/progress';
import { useClinicConfig } from '@site/src/hooks/useClinicConfig';
import { useProgress } from '@site/src/hooks/useProgress';
import { useAfterLoad } from '@site/src/hooks/useAfterLoad';
import { visibleModules } from '@locale/modules';
import { MARK_AS_READ_TEXT as T } from '@locale/markAsRead';

// The plan bar and "Next in your plan" come once the page has settled (page-weight budgets).
const ChapterPlan = lazy(() => import('@site/src/components/PlanStatus/PlanBar'));
import styles from './styles.module.css';

interface Props {
  readonly moduleId: string;
}

/**
 * "Mark as read" at the end of a module chapter. Once marked, the button becomes a status
 * ("✓ Read") with a separate, smaller "Undo" beside it, so a second tap never silently un-marks
 * the module. With a saved plan, the plan bar follows; if the plan includes this module, "Next
 * in your plan" leads to the plan's next module (or, at the end, to sending the summary).
 */
export default function MarkAsRead({ moduleId }: Props): React.ReactElement {
  const { progress, ready, update } = useProgress();
  const available = visibleModules(useClinicConfig()).map((m) => m.id);
  const m = ready ? moduleProgress(progress, moduleId) : { read: false };
  const passed = m.quiz?.passed === true;
  const complete = ready && isModuleComplete(progress, moduleId);
  const settled = useAfterLoad();
  const readRef = useRef<HTMLParagraphElement>(null);
  const markRef = useRef<HTMLButtonElement>(null);
  const [focusAfter, setFocusAfter] = useState<'read' | 'mark' | null>(null);

  useEffect(() => {
    if (focusAfter === 'read') readRef.current?.focus();
    if (focusAfter === 'mark') markRef.current?.focus();
    if (focusAfter) setFocusAfter(null);
  }, [focusAfter]);

  return (
    <>
      <div className={clsx(styles.box, 'no-print')} data-mark-as-read={moduleId}>
        {m.read ? (
          <div className={styles.readRow}>
            <p ref={readRef} tabIndex={-1} className={styles.readState} data-testid="read-state">
              <span aria-hidden="true">✓ </span>
              {T.read}
            </p>
            <button
              type="button"
              className={clsx('button button--sm button--link', styles.undo)}
              aria-label={T.undoLabel}
              onClick={() => {
                update((p) => setRead(p, moduleId, false, new Date()));
                setFocusAfter('mark');
              }}
            >
              {T.undo}
            </button>
          </div>
        ) : (
          <button
            ref={markRef}
            type="button"
            className={clsx('button button--secondary', styles.button)}
            onClick={() => {
              update((p) => setRead(p, moduleId, true, new Date()));
              setFocusAfter('read');
            }}
          >
            {T.mark}
          </button>
        )}
        <p className={styles.status} aria-live="polite">
          {statusText(m.read, passed, complete)}
          {!passed && (
            <>
              {' '}
              <a href="#check">{T.goToCheck}</a>
            </>
          )}{' '}
          <Link to="/progress">{T.seeProgress}</Link>
        </p>
      </div>
      {ready && settled && progress.plan && (
        <Suspense fallback={null}>
          <ChapterPlan
            moduleId={moduleId}
            progress={progress}
            available={available}
            isDone={(id) => isModuleComplete(progress, id)}
          />
        </Suspense>
      )}
    </>
  );
}

function statusText(read: boolean, passed: boolean, complete: boolean): string {
  if (complete) return T.complete;
  if (read) return T.readNotPassed;
  if (passed) return T.passedNotRead;
  return T.notRead;
}
