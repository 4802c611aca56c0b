import React from 'react';
import styles from './styles.module.css';

interface Props {
  /** Set by the reading-time remark plugin (src/plugins/remarkReadingTime.ts). */
  readonly minutes: string | number;
}

export default function ReadingTime({ minutes }: Props): React.ReactElement {
  const n = Number(minutes);
  return <p className={styles.readingTime}>About {n} {n === 1 ? 'minute' : 'minutes'} to read</p>;
}
