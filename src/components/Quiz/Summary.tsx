import React from 'react';
import type { QuizSummary } from '@site/src/course/quiz';
import type { QuizRecord } from '@site/src/course/progress';
import styles from './styles.module.css';

interface Props {
  readonly summary: QuizSummary;
  readonly record: QuizRecord | undefined;
}

function questions(n: number): string {
  return n === 1 ? 'question' : 'questions';
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
          <p className={styles.score}>Done: you have answered all {summary.total} questions right.</p>
        </div>
      );
    }
    return (
      <div className={styles.summary}>
        <p className={styles.score}>
          {summary.correct} of {summary.total} {questions(summary.total)} right so far.
        </p>
        <p>
          {doneBefore
            ? `You finished this check on an earlier try, so it stays done. You can try the ${missed === 1 ? 'one' : missed} you missed again if you like.`
            : `The feedback above links to the part of the chapter that covers each answer. When you are ready, try the ${missed === 1 ? 'one' : missed} you missed again. Your right answers are kept. The check is done when every question is answered right.`}
        </p>
      </div>
    );
  }
  if (summary.answered === 0) return null;
  return (
    <p className={styles.progressLine}>
      {summary.answered} of {summary.total} {questions(summary.total)} checked.
      {doneBefore && ' You finished this check before, so it stays done.'}
    </p>
  );
}
