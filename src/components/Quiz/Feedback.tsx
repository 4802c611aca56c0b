import React from 'react';
import Link from '@docusaurus/Link';
import clsx from 'clsx';
import type { QuizOption, QuizQuestion } from '@site/src/course/quiz-types';
import type { QuestionResult } from '@site/src/course/quiz';
import { QUIZ_TEXT as T } from '@locale/quiz';
import styles from './styles.module.css';

interface Props {
  readonly question: QuizQuestion;
  readonly checked: readonly string[];
  readonly result: QuestionResult;
}

/** What a checked answer means: right or not, why, and where the chapter covers it. */
export default function Feedback({ question, checked, result }: Props): React.ReactElement {
  const chosen = question.options.filter((o) => checked.includes(o.id));
  const missed = question.options.filter((o) => result.missed.includes(o.id));
  return (
    <div className={clsx(styles.feedbackBody, result.correct ? styles.feedbackRight : styles.feedbackWrong)}>
      <p className={styles.verdict}>
        <span aria-hidden="true">{result.correct ? '✓ ' : '✗ '}</span>
        {result.correct ? T.right : T.notQuite}
      </p>
      <ul className={styles.feedbackList}>
        {chosen.map((o) => (
          <OptionFeedback key={o.id} option={o} lead={question.kind === 'multiple' ? T.youChose : T.yourAnswer} />
        ))}
        {question.kind === 'multiple' && missed.map((o) => <OptionFeedback key={o.id} option={o} lead={T.alsoRight} />)}
      </ul>
    </div>
  );
}

function OptionFeedback({ option, lead }: { option: QuizOption; lead: string }): React.ReactElement {
  return (
    <li>
      <span className={styles.feedbackLead}>{T.optionLead(lead, option.text)}</span> {option.feedback}
      {option.link && (
        <>
          {' '}
          <Link to={option.link}>{T.readThisPart}</Link>
        </>
      )}
    </li>
  );
}
