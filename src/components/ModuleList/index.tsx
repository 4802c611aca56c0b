import React from 'react';
import Link from '@docusaurus/Link';
import type { CourseModule } from '@site/src/course/modules';
import { aboutMinutesText, inLanguage } from '@locale/modules';
import styles from './styles.module.css';

interface Props {
  readonly modules: readonly CourseModule[];
  /** Show each module's learning objectives (for clinicians). */
  readonly showObjectives?: boolean;
}

/** The course modules in order, with reading time: rendered from the module catalog, in the page's language. */
export default function ModuleList({ modules, showObjectives = false }: Props): React.ReactElement {
  return (
    <ol className={styles.list}>
      {inLanguage(modules).map((m) => (
        <li key={m.id} className={styles.item}>
          <Link to={m.path} className={styles.title}>
            {m.title}
          </Link>{' '}
          <span className={styles.minutes}>{aboutMinutesText(m.minutes)}</span>
          {showObjectives && (
            <ul className={styles.objectives}>
              {m.objectives.map((o) => (
                <li key={o}>{o}</li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
