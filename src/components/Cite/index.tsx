import React from 'react';
import Link from '@docusaurus/Link';
import { CHAPTER_TEXT } from '@locale/chapter';
import styles from './styles.module.css';

interface Props {
  /** Key of a source in src/data/references.ts. */
  readonly id: string;
  /** Filled in at build time by src/plugins/remarkCourseData.ts. */
  readonly number?: string | number;
  readonly label?: string;
}

/** A numbered citation that links to the source on the References page. */
export default function Cite({ id, number, label }: Props): React.ReactElement {
  if (number === undefined || label === undefined) {
    throw new Error(`<Cite id="${id}"> was not filled in from src/data/references.ts`);
  }
  return (
    <sup className={styles.cite}>
      <Link to={`/learn/references#${id}`} aria-label={CHAPTER_TEXT.source(number, label)}>
        [{number}]
      </Link>
    </sup>
  );
}
