import React, { useState } from 'react';
import clsx from 'clsx';
import { CHECKLIST } from '@locale/checklist';
import { CHECKLIST_UI_TEXT as T } from '@locale/checklistUi';
import { isChecklistItemTicked, resetChecklist, setChecklistItem, setNotes } from '@site/src/course/progress';
import { useProgress } from '@site/src/hooks/useProgress';
import ConfirmButton from '@site/src/components/ConfirmButton';
import ChecklistGroup from './Group';
import NotesField from './NotesField';
import styles from './styles.module.css';

const ALL_IDS = CHECKLIST.flatMap((g) => g.items.map((i) => i.id));

/** Counts ticks that belong to today's checklist (ignores ids of removed items). */
export function countDone(ticked: readonly string[]): number {
  return ALL_IDS.filter((id) => ticked.includes(id)).length;
}

/**
 * The "What to expect" checklist: grouped items to tick, each with a reason and a link, a
 * private notes box, print, and reset. Ticks and notes are kept on this device only.
 */
export default function Checklist(): React.ReactElement {
  const { progress, ready, update } = useProgress();
  const [announcement, setAnnouncement] = useState('');
  const ticked = ready ? progress.checklist : [];
  const done = countDone(ticked);
  const total = ALL_IDS.length;
  const counter = T.done(done, total);

  function toggle(itemId: string, on: boolean): void {
    update((p) => setChecklistItem(p, itemId, on));
    const next = countDone(on ? [...ticked, itemId] : ticked.filter((id) => id !== itemId));
    setAnnouncement(T.done(next, total));
  }

  return (
    <section className={styles.checklist} aria-label={T.label} data-checklist="">
      <p className={styles.first}>
        <strong>{T.firstStrong}</strong> {T.firstRest}
      </p>
      <p className={styles.counter}>{counter}</p>
      <div role="status" aria-live="polite" className="sr-only">
        {announcement}
      </div>
      {CHECKLIST.map((group) => (
        <ChecklistGroup
          key={group.id}
          group={group}
          isTicked={(id) => ready && isChecklistItemTicked(progress, id)}
          onToggle={toggle}
        />
      ))}
      <NotesField
        value={ready ? progress.notes : ''}
        disabled={!ready}
        onChange={(text) => update((p) => setNotes(p, text))}
      />
      <div className={clsx(styles.actions, 'no-print')}>
        <button type="button" className={clsx('button button--primary', styles.button)} onClick={() => window.print()}>
          {T.print}
        </button>
        <ConfirmButton
          label={T.untick}
          question={T.untickQuestion(total)}
          confirmLabel={T.untickConfirm}
          onConfirm={() => {
            update(resetChecklist);
            setAnnouncement(T.done(0, total));
          }}
        />
      </div>
    </section>
  );
}
