import React from 'react';
import Link from '@docusaurus/Link';
// Written by src/plugins/chapterAddresses.ts at build time; only this page's code carries it.
import addresses from '@generated/chapter-addresses/default/chapter-addresses.json';
import styles from './styles.module.css';

/**
 * Every chapter's address and every section's anchor, generated at build time from the
 * chapters themselves (src/plugins/chapterAddresses.ts).
 */
export default function ChapterAddresses(): React.ReactElement {
  const { chapters } = addresses;
  return (
    <div className={`${styles.addresses} search-ignore`} data-testid="chapter-addresses">
      {chapters.map((c) => (
        <section key={c.id} aria-labelledby={`address-${c.id}`} className={styles.chapter}>
          <h3 id={`address-${c.id}`} className={styles.title}>
            <Link to={c.path}>{c.title}</Link> <code className={styles.path}>{c.path}</code>
          </h3>
          <ul className={styles.sections}>
            {c.sections.map((s) => (
              <li key={s.anchor} className={s.level === 3 ? styles.sub : undefined}>
                <Link to={`${c.path}#${s.anchor}`}>{s.text}</Link> <code className={styles.path}>#{s.anchor}</code>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
