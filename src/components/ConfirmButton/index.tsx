import React, { useEffect, useId, useRef, useState } from 'react';
import clsx from 'clsx';
import { CONFIRM_TEXT } from '@locale/confirm';
import styles from './styles.module.css';

interface Props {
  /** The button that starts it, e.g. "Reset the checklist". */
  readonly label: string;
  /** What will happen, asked plainly, e.g. "Untick all 23 items? Your notes are kept." */
  readonly question: string;
  /** The button that does it, e.g. "Yes, untick all". */
  readonly confirmLabel: string;
  readonly onConfirm: () => void;
  readonly className?: string;
}

/**
 * A button that asks before doing something that cannot be undone: an inline question with
 * "yes" and "cancel" (no window.confirm, no modal). Focus goes to Cancel, the safe choice,
 * and returns to the first button afterwards.
 */
export default function ConfirmButton({
  label,
  question,
  confirmLabel,
  onConfirm,
  className,
}: Props): React.ReactElement {
  const [asking, setAsking] = useState(false);
  const questionId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (asking) cancelRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      triggerRef.current?.focus();
    }
  }, [asking]);

  function close(): void {
    returnFocus.current = true;
    setAsking(false);
  }

  if (!asking) {
    return (
      <button
        ref={triggerRef}
        type="button"
        className={clsx('button button--secondary', styles.button, className)}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    // Escape anywhere in the question closes it; the buttons inside are the interactive parts.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      role="group"
      aria-labelledby={questionId}
      className={styles.confirm}
      onKeyDown={(e) => {
        if (e.key === 'Escape') close();
      }}
    >
      <p id={questionId} className={styles.question}>
        {question}
      </p>
      <div className={styles.actions}>
        <button
          type="button"
          className={clsx('button', styles.button, styles.danger)}
          onClick={() => {
            onConfirm();
            close();
          }}
        >
          {confirmLabel}
        </button>
        <button
          ref={cancelRef}
          type="button"
          className={clsx('button button--secondary', styles.button)}
          onClick={close}
        >
          {CONFIRM_TEXT.cancel}
        </button>
      </div>
    </div>
  );
}
