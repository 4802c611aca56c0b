import React from 'react';
import Link from '@docusaurus/Link';
import { REFERENCE_BY_ID, REFERENCES } from '@site/src/data/references';
import { formatReference, referenceHref, referenceNumbers } from '@site/src/course/bibliography';
import styles from './styles.module.css';

const NUMBERS = referenceNumbers(REFERENCES);

interface Props {
  /** The page's `sources` front matter: ids from src/data/references.ts. */
  readonly ids: readonly string[];
}

/** The sources a chapter cites, listed at its end with the numbers its citations show. */
export default function PageSources({ ids }: Props): React.ReactElement | null {
  const refs = ids
    .map((id) => REFERENCE_BY_ID.get(id))
    .filter((r): r is NonNullable<typeof r> => r !== undefined)
    .sort((a, b) => (NUMBERS.get(a.id) ?? 0) - (NUMBERS.get(b.id) ?? 0));
  if (refs.length === 0) return null;
  return (
    <section className={styles.sources} aria-labelledby="page-sources">
      <h2 id="page-sources" className={styles.heading}>
        Sources for this page
      </h2>
      <ul className={styles.list}>
        {refs.map((ref) => {
          const href = referenceHref(ref);
          return (
            <li key={ref.id}>
              <span className={styles.number}>[{NUMBERS.get(ref.id)}]</span>{' '}
              {formatReference(ref)}{' '}
              {href && (
                <a href={href} className={styles.link}>
                  {ref.doi ? `doi:${ref.doi}` : 'Read the source'}
                </a>
              )}
            </li>
          );
        })}
      </ul>
      <p>
        <Link to="/learn/references">All references</Link>
      </p>
    </section>
  );
}
