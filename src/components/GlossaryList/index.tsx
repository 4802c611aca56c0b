import React from 'react';
import Heading from '@theme/Heading';
import { GLOSSARY } from '@site/src/data/glossary';

/** The glossary page body, generated from src/data/glossary.ts in alphabetical order. */
export default function GlossaryList(): React.ReactElement {
  const entries = [...GLOSSARY].sort((a, b) => a.term.localeCompare(b.term, 'en'));
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
