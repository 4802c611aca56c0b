import React, { useEffect, useState } from 'react';
import clsx from 'clsx';
import { progressStore, type UnreadableCopy } from '@site/src/course/storage';
import ConfirmButton from '@site/src/components/ConfirmButton';
import { downloadText } from './download';
import styles from './styles.module.css';

/** Saved data that could not be read, kept aside: the reader can download or delete it. */
export default function UnreadableData(): React.ReactElement | null {
  const [copies, setCopies] = useState<UnreadableCopy[]>([]);
  // Read after hydration: storage exists only in the browser.
  useEffect(() => setCopies(progressStore.unreadableCopies()), []);
  if (copies.length === 0) return null;
  return (
    <section aria-labelledby="unreadable-heading" className={styles.section}>
      <h2 id="unreadable-heading">Saved data that could not be read</h2>
      <p>
        Some progress saved in this browser could not be read (it may be damaged, or from another version of the
        course). It has been kept aside, not deleted. You can download it or delete it.
      </p>
      <ul className={styles.copies}>
        {copies.map((copy, i) => (
          <li key={copy.key}>
            <span>Set-aside copy {i + 1}</span>{' '}
            <button
              type="button"
              className={clsx('button button--secondary', styles.button)}
              onClick={() => downloadText(`kap-course-unreadable-${i + 1}.txt`, copy.text, 'text/plain')}
            >
              Download copy {i + 1}
            </button>{' '}
            <ConfirmButton
              label={`Delete copy ${i + 1}`}
              question="Delete this set-aside copy for good?"
              confirmLabel="Yes, delete it"
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
