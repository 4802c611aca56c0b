import React from 'react';
import Heading from '@theme/Heading';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { GLOSSARY } from '@locale/glossary';

/**
 * The glossary page body, generated from the edition's glossary (`@locale/glossary`: English from
 * src/data/glossary.ts, Spanish from src/i18n/es/glossary.ts), in the alphabetical order of the
 * page's language (Spanish puts "ñ" after "n"). Each heading's anchor is the term's id, the same in
 * every language, so links to `/learn/glossary#id` work in both.
 */
export default function GlossaryList(): React.ReactElement {
  const { currentLocale } = useDocusaurusContext().i18n;
  const entries = [...GLOSSARY].sort((a, b) => a.term.localeCompare(b.term, currentLocale));
  return (
    <div>
      {entries.map((entry) => (
        <section key={entry.id}>
          <Heading as="h2" id={entry.id}>
            {entry.term}
          </Heading>
          <p>{entry.definition}</p>
        </section>
      ))}
    </div>
  );
}
