import React from 'react';
import type { QuizSummary } from '@site/src/course/quiz';
import { PASS_MARK } from '@site/src/course/quiz';
import type { QuizRecord } from '@site/src/course/progress';
import styles from './styles.module.css';

interface Props {
  readonly summary: QuizSummary;
  readonly record: QuizRecord | undefined;
}

const PASS_PERCENT = Math.round(PASS_MARK * 100);

/** The score once every question is checked; before that, how far the reader has got. */
export default function Summary({ summary, record }: Props): React.ReactElement | null {
  if (summary.complete) {
    return (
      <div className={styles.summary}>
        <p className={styles.score}>
          You got {summary.correct} of {summary.total} right ({summary.percent}%).
        </p>
        <p>
          {summary.passed
            ? 'You passed this check.'
            : record?.passed
              ? `You passed this check on an earlier try. The pass mark is ${PASS_PERCENT}%.`
              : `The pass mark is ${PASS_PERCENT}%. The feedback above links to the parts of the chapter that cover each answer. You can try the ones you missed again whenever you like.`}
        </p>
      </div>
    );
  }
  if (summary.answered === 0) return null;
  return (
    <p className={styles.progressLine}>
      {summary.answered} of {summary.total} questions checked.
      {record && record.attempts > 0 && ` Your last full result: ${record.score} of ${record.total}${record.passed ? ', passed' : ''}.`}
    </p>
  );
}
