import React from 'react';
import { CHAPTER_TEXT } from '@locale/chapter';
import styles from './styles.module.css';

interface Props {
  /** Set by the reading-time remark plugin (src/plugins/remarkReadingTime.ts). */
  readonly minutes: string | number;
  /** Set on a module's chapter: the minutes include its knowledge check, as in the plan. */
  readonly withCheck?: string | boolean;
}

export default function ReadingTime({ minutes, withCheck }: Props): React.ReactElement {
  const n = Number(minutes);
  const check = withCheck === true || withCheck === 'true';
  return <p className={`${styles.readingTime} search-ignore`}>{CHAPTER_TEXT.readingTime(n, check)}</p>;
}
