import React from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import { REFERENCES } from '@site/src/data/references';
import { formatReference, referenceHref, sortReferences } from '@site/src/course/bibliography';
import styles from './styles.module.css';

/** The References page body, generated from src/data/references.ts, numbered as <Cite> numbers them. */
export default function ReferenceList(): React.ReactElement {
  const brokenLinks = useBrokenLinks();
  return (
    <ol className={styles.list}>
      {sortReferences(REFERENCES).map((ref) => {
        const href = referenceHref(ref);
        brokenLinks.collectAnchor(ref.id);
        return (
          <li key={ref.id} id={ref.id} className={styles.item}>
            {formatReference(ref)} {href && <a href={href}>{ref.doi ? `doi:${ref.doi}` : 'Read the source'}</a>}
          </li>
        );
      })}
    </ol>
  );
}
