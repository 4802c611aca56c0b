import React from 'react';
import type { CrisisLine } from '@site/src/data/crisisLines';
import styles from './styles.module.css';

interface Props {
  readonly lines: readonly CrisisLine[];
  /** Heading level for each line's name, to fit the page outline. */
  readonly headingLevel?: 2 | 3;
}

/** Crisis lines as a list of tap-to-call and tap-to-text links. */
export default function CrisisLines({ lines, headingLevel = 3 }: Props): React.ReactElement {
  const Heading = `h${headingLevel}` as 'h2' | 'h3';
  return (
    <ul className={styles.list}>
      {lines.map((line) => (
        <li key={line.id} className={styles.line}>
          <Heading className={styles.name}>
            {line.name} <span className={styles.region}>({line.region})</span>
          </Heading>
          <p className={styles.description}>{line.description}</p>
          <ul className={styles.contacts}>
            {line.contacts.map((c) => (
              <li key={c.href}>
                <a className={styles.contact} href={c.href}>
                  {c.label}
                </a>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
