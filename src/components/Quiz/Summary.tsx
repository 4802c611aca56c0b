import React from 'react';
import type { QuizSummary } from '@site/src/course/quiz';
import type { QuizRecord } from '@site/src/course/progress';
import { QUIZ_TEXT as T } from '@locale/quiz';
import styles from './styles.module.css';

interface Props {
  readonly summary: QuizSummary;
  readonly record: QuizRecord | undefined;
}

/**
 * Where the reader is, in kind words: a check is not a test. It is done when every question has
 * been answered right; until then the missed ones are offered again (src/course/quiz.ts).
 */
export default function Summary({ summary, record }: Props): React.ReactElement | null {
  const doneBefore = record?.passed === true;
  if (summary.complete) {
    const missed = summary.total - summary.correct;
    if (summary.allRight) {
      return (
        <div className={styles.summary}>
          <p className={styles.score}>{T.allRight(summary.total)}</p>
        </div>
      );
    }
    return (
      <div className={styles.summary}>
        <p className={styles.score}>{T.rightSoFar(summary.correct, summary.total)}</p>
        <p>{doneBefore ? T.doneBefore(missed) : T.notDoneYet(missed)}</p>
      </div>
    );
  }
  if (summary.answered === 0) return null;
  return (
    <p className={styles.progressLine}>
      {T.checkedSoFar(summary.answered, summary.total)}
      {doneBefore && T.stillDone}
    </p>
  );
}
