import React from 'react';

interface Props {
  /** Id of an entry in src/data/facts.ts. */
  readonly id: string;
  /** Filled in at build time by src/plugins/remarkCourseData.ts. */
  readonly text?: string;
}

/** A fact several pages state (src/data/facts.ts), as plain words inside the sentence. */
export default function Fact({ id, text }: Props): React.ReactElement {
  if (text === undefined) {
    throw new Error(`<Fact id="${id}" /> was not filled in from src/data/facts.ts`);
  }
  return <>{text}</>;
}
