import React from 'react';
import Link from '@docusaurus/Link';
import { REFERENCE_BY_ID, REFERENCES } from '@site/src/data/references';
import { referenceNumbers, shortLabel } from '@site/src/course/bibliography';
import styles from './styles.module.css';

const NUMBERS = referenceNumbers(REFERENCES);

interface Props {
  /** Key of a source in src/data/references.ts. */
  readonly id: string;
}

/** A numbered citation that links to the source on the References page. */
export default function Cite({ id }: Props): React.ReactElement {
  const ref = REFERENCE_BY_ID.get(id);
  const number = NUMBERS.get(id);
  if (!ref || number === undefined) {
    throw new Error(`<Cite id="${id}"> names no source in src/data/references.ts`);
  }
  return (
    <sup className={styles.cite}>
      <Link to={`/learn/references#${id}`} aria-label={`Source ${number}: ${shortLabel(ref)}`}>
        [{number}]
      </Link>
    </sup>
  );
}
