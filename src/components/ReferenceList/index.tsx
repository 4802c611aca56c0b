import React from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import { REFERENCES } from '@site/src/data/references';
import { REFERENCE_LIST_TEXT } from '@locale/references';
import { formatReference, referenceHref, sortReferences } from '@site/src/course/bibliography';
import styles from './styles.module.css';

/**
 * The References page body, generated from src/data/references.ts, numbered as <Cite> numbers them.
 * Titles, journals and authors stay as published (English) in every edition; only the labels
 * around them come from the edition's words (`@locale/references`). The entry is marked as English,
 * so a screen reader on a Spanish page reads it with English pronunciation.
 */
export default function ReferenceList(): React.ReactElement {
  const brokenLinks = useBrokenLinks();
  return (
    <ol className={styles.list}>
      {sortReferences(REFERENCES).map((ref) => {
        const href = referenceHref(ref);
        brokenLinks.collectAnchor(ref.id);
        return (
          <li key={ref.id} id={ref.id} className={styles.item}>
            <span lang="en">{formatReference(ref)}</span>{' '}
            {href && <a href={href}>{ref.doi ? `doi:${ref.doi}` : REFERENCE_LIST_TEXT.readSource}</a>}
          </li>
        );
      })}
    </ol>
  );
}
