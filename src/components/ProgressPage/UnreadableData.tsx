import React, { useEffect, useState } from 'react';
import clsx from 'clsx';
import { progressStore, type UnreadableCopy } from '@site/src/course/storage';
import ConfirmButton from '@site/src/components/ConfirmButton';
import { downloadText } from './download';
import { PROGRESS_TEXT as T } from '@locale/progress';
import styles from './styles.module.css';

/** Saved data that could not be read, kept aside: the reader can download or delete it. */
export default function UnreadableData(): React.ReactElement | null {
  const [copies, setCopies] = useState<UnreadableCopy[]>([]);
  // Read after hydration: storage exists only in the browser.
  useEffect(() => setCopies(progressStore.unreadableCopies()), []);
  if (copies.length === 0) return null;
  return (
    <section aria-labelledby="unreadable-heading" className={styles.section}>
      <h2 id="unreadable-heading">{T.unreadableHeading}</h2>
      <p>{T.unreadableText}</p>
      <ul className={styles.copies}>
        {copies.map((copy, i) => (
          <li key={copy.key}>
            <span>{T.copyName(i + 1)}</span>{' '}
            <button
              type="button"
              className={clsx('button button--secondary', styles.button)}
              onClick={() => downloadText(`kap-course-unreadable-${i + 1}.txt`, copy.text, 'text/plain')}
            >
              {T.downloadCopy(i + 1)}
            </button>{' '}
            <ConfirmButton
              label={T.deleteCopy(i + 1)}
              question={T.deleteCopyQuestion}
              confirmLabel={T.deleteCopyConfirm}
              onConfirm={() => {
                progressStore.removeUnreadableCopy(copy.key);
                setCopies(progressStore.unreadableCopies());
              }}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
