import React, { useEffect, useRef, useState } from 'react';
import Link from '@docusaurus/Link';
import { visibleModules } from '@locale/modules';
import { useClinicConfig } from '@site/src/hooks/useClinicConfig';
import { CHECKLIST } from '@site/src/data/checklist';
import { progressCounts, resetAll } from '@site/src/course/progress';
import { progressStore } from '@site/src/course/storage';
import { useProgress } from '@site/src/hooks/useProgress';
import { noticeText } from '@site/src/components/StorageNotice';
import ConfirmButton from '@site/src/components/ConfirmButton';
import ModuleStatus from './ModuleStatus';
import PlanStatus from '@site/src/components/PlanStatus';
import TransferProgress from './TransferProgress';
import UnreadableData from './UnreadableData';
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
      Everything here is kept only in this browser on this device. Nothing is sent anywhere.{' '}
      <Link to="/privacy#progress">How your progress is kept</Link>
    </p>
  );
  if (!ready) {
    return (
      <>
        {intro}
        <p>Loading your progress from this browser…</p>
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
        <h2 id="modules-heading">Modules</h2>
        <p className={styles.countLine}>
          {counts.complete} of {modules.length} modules done (read, and knowledge check done).
        </p>
        <ModuleStatus modules={modules} progress={progress} update={update} />
      </section>

      <section aria-labelledby="checklist-heading" className={styles.section}>
        <h2 id="checklist-heading">What to expect checklist</h2>
        <p className={styles.countLine}>
          {counts.ticked} of {CHECKLIST_IDS.length} items ticked.{' '}
          {counts.hasNotes
            ? 'You have written questions for your care team.'
            : 'No questions for your care team written yet.'}
        </p>
        <p>
          <Link to="/learn/what-to-expect#checklist">Open the checklist</Link>
        </p>
      </section>

      <section aria-labelledby="move-heading" className={styles.section}>
        <h2 id="move-heading">Move your progress to another device</h2>
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
        <h2 id="erase-heading">Erase everything</h2>
        <p>
          This removes your reading marks, knowledge check answers and results, checklist ticks, notes and any saved
          plan from this browser. You may want to download a copy first.
        </p>
        <ConfirmButton
          label="Erase all my progress"
          question="Erase all your progress and notes from this browser? This cannot be undone."
          confirmLabel="Yes, erase everything"
          onConfirm={() => {
            update(resetAll);
            setErased(true);
            setTimeout(() => erasedRef.current?.focus(), 0);
          }}
        />
        {erased && (
          <p ref={erasedRef} tabIndex={-1} role="status" className={styles.success}>
            Everything was erased from this browser.
          </p>
        )}
      </section>
    </div>
  );
}
