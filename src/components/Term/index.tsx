import React, { useId, useState } from 'react';
import Link from '@docusaurus/Link';
import styles from './styles.module.css';

interface Props {
  /** Id of an entry in src/data/glossary.ts. */
  readonly id: string;
  /** The words as they read in the sentence. */
  readonly children: React.ReactNode;
  /** Filled in at build time by src/plugins/remarkCourseData.ts. */
  readonly term?: string;
  readonly definition?: string;
}

/**
 * A glossary word. It is a button that shows the plain definition right after it, so it works
 * the same by mouse, touch, keyboard and screen reader; Escape closes it.
 */
export default function Term({ id, children, term, definition }: Props): React.ReactElement {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  if (term === undefined || definition === undefined) {
    throw new Error(`<Term id="${id}"> was not filled in from src/data/glossary.ts`);
  }
  return (
    <span className={styles.term}>
      <button
        type="button"
        className={styles.button}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setOpen(false);
        }}
      >
        {children}
      </button>
      {/* The pop-up is not read aloud by "Listen" (src/course/readAloud.ts): the sentence goes on. */}
      <span id={panelId} className={styles.panel} hidden={!open} data-listen-skip="">
        <strong>{term}:</strong> {definition}{' '}
        <Link to={`/learn/glossary#${id}`}>More in the glossary</Link>
      </span>
    </span>
  );
}
