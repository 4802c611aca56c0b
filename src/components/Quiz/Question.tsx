import React, { forwardRef } from 'react';
import clsx from 'clsx';
import type { QuizOption, QuizQuestion } from '@site/src/course/quiz-types';
import { checkAnswer } from '@site/src/course/quiz';
import Feedback from './Feedback';
import { QUIZ_TEXT as T } from '@locale/quiz';
import styles from './styles.module.css';

interface Props {
  readonly question: QuizQuestion;
  readonly number: number;
  readonly count: number;
  /** Options in this reader's order. */
  readonly options: readonly QuizOption[];
  /** Unique prefix for input names and ids on this page. */
  readonly idPrefix: string;
  /** The checked answer, or undefined while the question is open. */
  readonly checked: readonly string[] | undefined;
  /** What the reader has picked but not checked yet. */
  readonly selection: readonly string[];
  readonly hint: boolean;
  readonly onSelect: (chosen: readonly string[]) => void;
  readonly onCheck: () => void;
  readonly feedbackRef: (el: HTMLDivElement | null) => void;
}

/** One question: a fieldset of options, a "Check answer" button and its feedback. */
const Question = forwardRef<HTMLFieldSetElement, Props>(function Question(
  { question, number, count, options, idPrefix, checked, selection, hint, onSelect, onCheck, feedbackRef },
  ref,
) {
  const isMultiple = question.kind === 'multiple';
  const chosen = checked ?? selection;
  const result = checked ? checkAnswer(question, checked) : undefined;
  const name = `${idPrefix}-${question.id}`;
  const hintId = `${name}-hint`;

  function toggle(optionId: string, on: boolean): void {
    if (isMultiple) {
      const others = selection.filter((id) => id !== optionId);
      onSelect(on ? [...others, optionId] : others);
    } else if (on) {
      onSelect([optionId]);
    }
  }

  return (
    <fieldset
      ref={ref}
      tabIndex={-1}
      className={clsx(styles.question, result && (result.correct ? styles.questionRight : styles.questionWrong))}
      data-question-id={question.id}
      aria-describedby={hintId}
    >
      <legend className={styles.legend}>
        <span className={styles.number}>{T.questionOf(number, count)}</span>{' '}
        <span className={styles.prompt}>{question.prompt}</span>
      </legend>
      <p id={hintId} className={clsx(styles.kindHint, 'search-ignore')}>
        {T.kindHint[question.kind]}
      </p>
      <div className={clsx(styles.options, 'search-ignore')}>
        {options.map((option) => {
          const inputId = `${name}-${option.id}`;
          const isChosen = chosen.includes(option.id);
          const mark = result ? optionMark(option, isChosen) : undefined;
          return (
            <div key={option.id} className={clsx(styles.option, isChosen && styles.optionChosen)}>
              <input
                id={inputId}
                className={styles.input}
                type={isMultiple ? 'checkbox' : 'radio'}
                name={name}
                value={option.id}
                checked={isChosen}
                disabled={checked !== undefined}
                onChange={(e) => toggle(option.id, e.currentTarget.checked)}
              />
              <label htmlFor={inputId} className={styles.optionLabel}>
                {option.text}
                {mark && (
                  <span className={clsx(styles.mark, mark.right ? styles.markRight : styles.markWrong)}>
                    {' '}
                    ({mark.text})
                  </span>
                )}
              </label>
            </div>
          );
        })}
      </div>
      <div className={clsx(styles.controls, 'search-ignore')}>
        {checked === undefined && (
          <button type="button" className={clsx('button button--primary', styles.button)} onClick={onCheck}>
            {T.checkAnswer}
            <span className="sr-only">{T.toQuestion(number)}</span>
          </button>
        )}
      </div>
      <div ref={feedbackRef} tabIndex={-1} aria-live="polite" className={clsx(styles.feedback, 'search-ignore')}>
        {hint && checked === undefined && <p className={styles.hint}>{T.chooseFirst}</p>}
        {result && checked && <Feedback question={question} checked={checked} result={result} />}
      </div>
    </fieldset>
  );
});

function optionMark(option: QuizOption, chosen: boolean): { text: string; right: boolean } | undefined {
  if (chosen && option.correct) return { text: T.markYourRight, right: true };
  if (chosen) return { text: T.markYourWrong, right: false };
  if (option.correct) return { text: T.markRight, right: true };
  return undefined;
}

export default Question;
