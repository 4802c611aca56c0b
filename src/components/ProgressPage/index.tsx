import React, { useEffect, useRef, useState } from 'react';
import Link from '@docusaurus/Link';
import { visibleModules } from '@locale/modules';
import { useClinicConfig } from '@site/src/hooks/useClinicConfig';
import { CHECKLIST } from '@locale/checklist';
import { progressCounts, resetAll } from '@site/src/course/progress';
import { progressStore } from '@site/src/course/storage';
import { useProgress } from '@site/src/hooks/useProgress';
import { noticeText } from '@site/src/components/StorageNotice';
import ConfirmButton from '@site/src/components/ConfirmButton';
import ModuleStatus from './ModuleStatus';
import PlanStatus from '@site/src/components/PlanStatus';
import TransferProgress from './TransferProgress';
import UnreadableData from './UnreadableData';
import { PROGRESS_TEXT as T } from '@locale/progress';
import styles from './styles.module.css';

const CHECKLIST_IDS = CHECKLIST.flatMap((g) => g.items.map((i) => i.id));

/** "My progress": what is saved on this device, per module and for the checklist; move or erase it. */
export default function ProgressPage(): React.ReactElement {
  const { progress, status, ready, update } = useProgress();
  // A clinic's own copy leaves out the modules it hides (src/clinic.config.ts).
  const modules = visibleModules(useClinicConfig());
  const MODULE_IDS = modules.map((m) => m.id);
  const [erased, setErased] = useState(false);
  const erasedRef = useRef<HTMLParagraphElement>(null);
  const counts = progressCounts(progress, MODULE_IDS, CHECKLIST_IDS);
  const warning = ready ? noticeText(status) : null;
  // This page explains the problem in full, so the site-wide notice is not needed on top.
  useEffect(() => {
    if (warning) progressStore.dismissNotice();
  }, [warning]);

  const intro = (
    <p className={styles.lead}>
      {T.lead} <Link to="/privacy#progress">{T.howKept}</Link>
    </p>
  );
  if (!ready) {
    return (
      <>
        {intro}
        <p>{T.loading}</p>
      </>
    );
  }

  return (
    <div className={styles.page}>
      {intro}
      {warning && (
        <p className={styles.warning} data-progress-warning={status.kind}>
          {warning}
        </p>
      )}
      <UnreadableData />
      <PlanStatus />

      <section aria-labelledby="modules-heading" className={styles.section}>
        <h2 id="modules-heading">{T.modulesHeading}</h2>
        <p className={styles.countLine}>{T.modulesDone(counts.complete, modules.length)}</p>
        <ModuleStatus modules={modules} progress={progress} update={update} />
      </section>

      <section aria-labelledby="checklist-heading" className={styles.section}>
        <h2 id="checklist-heading">{T.checklistHeading}</h2>
        <p className={styles.countLine}>
          {T.itemsTicked(counts.ticked, CHECKLIST_IDS.length)} {counts.hasNotes ? T.hasNotes : T.noNotes}
        </p>
        <p>
          <Link to="/learn/what-to-expect#checklist">{T.openChecklist}</Link>
        </p>
      </section>

      <section aria-labelledby="move-heading" className={styles.section}>
        <h2 id="move-heading">{T.moveHeading}</h2>
        <TransferProgress
          progress={progress}
          moduleIds={MODULE_IDS}
          checklistIds={CHECKLIST_IDS}
          replace={(p) => {
            progressStore.replace(p);
            setErased(false);
          }}
        />
      </section>

      <section aria-labelledby="erase-heading" className={styles.section}>
        <h2 id="erase-heading">{T.eraseHeading}</h2>
        <p>{T.eraseText}</p>
        <ConfirmButton
          label={T.eraseLabel}
          question={T.eraseQuestion}
          confirmLabel={T.eraseConfirm}
          onConfirm={() => {
            update(resetAll);
            setErased(true);
            setTimeout(() => erasedRef.current?.focus(), 0);
          }}
        />
        {erased && (
          <p ref={erasedRef} tabIndex={-1} role="status" className={styles.success}>
            {T.erased}
          </p>
        )}
      </section>
    </div>
  );
}
