import React, { useId } from 'react';
import { LIMITS } from '@site/src/course/progress';
import { CHECKLIST_UI_TEXT as T } from '@locale/checklistUi';
import styles from './styles.module.css';

interface Props {
  readonly value: string;
  readonly disabled: boolean;
  readonly onChange: (text: string) => void;
}

/** "My questions for my care team": private notes kept on this device and printed with the list. */
export default function NotesField({ value, disabled, onChange }: Props): React.ReactElement {
  const id = useId();
  return (
    <div className={styles.notes}>
      <label htmlFor={`${id}-notes`} className={styles.notesLabel}>
        {T.notesLabel}
      </label>
      <p id={`${id}-hint`} className={styles.notesHint}>
        {T.notesHint}
      </p>
      <textarea
        id={`${id}-notes`}
        aria-describedby={`${id}-hint`}
        className={styles.textarea}
        rows={5}
        maxLength={LIMITS.notesLength}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
      <div className={styles.printNotes} aria-hidden="true">
        {value}
      </div>
    </div>
  );
}
