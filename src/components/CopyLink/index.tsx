import React, { useId, useRef, useState } from 'react';
import clsx from 'clsx';
import { COPY_LINK_TEXT as T } from '@locale/copyLink';
import styles from './styles.module.css';

interface Props {
  /** The link to show and copy. */
  readonly link: string;
  /** Visible label of the text field, e.g. "Plan link". */
  readonly label: string;
  readonly className?: string;
}

type CopyResult = 'idle' | 'copied' | 'manual';

/** Copies with the old execCommand route, for browsers without (or refusing) the Clipboard API. */
function legacyCopy(field: HTMLInputElement): boolean {
  field.focus();
  field.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

/**
 * A read-only field holding a link, and a button that copies it. The result is announced to
 * screen readers; if copying is not possible the link is selected so the reader can copy it.
 */
export default function CopyLink({ link, label, className }: Props): React.ReactElement {
  const fieldId = useId();
  const field = useRef<HTMLInputElement>(null);
  const [result, setResult] = useState<CopyResult>('idle');

  async function copy(): Promise<void> {
    setResult('idle');
    let copied = false;
    try {
      if (navigator.clipboard?.writeText) {
        await navigator.clipboard.writeText(link);
        copied = true;
      }
    } catch {
      copied = false;
    }
    if (!copied && field.current) copied = legacyCopy(field.current);
    if (!copied) field.current?.select();
    setResult(copied ? 'copied' : 'manual');
  }

  return (
    <div className={clsx(styles.copy, className)}>
      <label htmlFor={fieldId} className={styles.label}>
        {label}
      </label>
      <div className={styles.row}>
        <input
          id={fieldId}
          ref={field}
          className={styles.field}
          type="text"
          readOnly
          value={link}
          onFocus={(e) => e.currentTarget.select()}
          spellCheck={false}
        />
        <button type="button" className={clsx('button button--primary', styles.button)} onClick={() => void copy()}>
          {T.copy}
        </button>
      </div>
      <p role="status" className={styles.status}>
        {result === 'copied' && T.copied}
        {result === 'manual' && T.manual}
      </p>
    </div>
  );
}
