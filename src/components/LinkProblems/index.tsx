import React, { useId } from 'react';
import Heading from '@theme/Heading';
import styles from './styles.module.css';

interface Props {
  /** e.g. "Some of this link could not be used". */
  readonly title: string;
  readonly problems: readonly { readonly message: string }[];
  readonly children?: React.ReactNode;
}

/** What was wrong with a link, in plain words, shown above whatever could still be used. */
export default function LinkProblems({ title, problems, children }: Props): React.ReactElement | null {
  const headingId = useId();
  if (problems.length === 0) return null;
  return (
    <section className={styles.problems} aria-labelledby={headingId} data-testid="link-problems">
      <Heading as="h2" id={headingId} className={styles.title}>
        {title}
      </Heading>
      <ul>
        {problems.map((p) => (
          <li key={p.message}>{p.message}</li>
        ))}
      </ul>
      {children}
    </section>
  );
}
