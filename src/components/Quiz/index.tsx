import React, { useEffect, useId, useRef, useState } from 'react';
import clsx from 'clsx';
import type { QuizData } from '@site/src/course/quiz-types';
import {
  nextRecord,
  orderedOptions,
  recordAfterRetryMissed,
  recordAfterTryAgain,
  recordAnswer,
  summarize,
  validAnswers,
} from '@site/src/course/quiz';
import { moduleProgress, setQuizRecord } from '@site/src/course/progress';
import { progressStore } from '@site/src/course/storage';
import { useProgress } from '@site/src/hooks/useProgress';
import ConfirmButton from '@site/src/components/ConfirmButton';
import { QUIZ_TEXT as T } from '@locale/quiz';
import Question from './Question';
import Summary from './Summary';
import styles from './styles.module.css';

interface Props {
  /** The module id. */
  readonly id: string;
  /**
   * The module's questions (src/data/quizzes/<id>.ts). A chapter writes only `<Quiz id="..." />`;
   * src/plugins/remarkCourseData.ts fills this in at build time, so each chapter's page carries
   * its own quiz and no other.
   */
  readonly quiz?: QuizData;
}

type FocusTarget = { kind: 'feedback' | 'question'; questionId: string } | null;

/**
 * A module's knowledge check. Questions render on the server in their written order; after
 * hydration the options take this reader's stable shuffled order and saved answers appear.
 */
export default function Quiz({ id, quiz }: Props): React.ReactElement {
  if (!quiz || quiz.moduleId !== id) {
    return <p className={styles.missing}>{T.missing}</p>;
  }
  return <QuizView quiz={quiz} />;
}

function QuizView({ quiz }: { quiz: QuizData }): React.ReactElement {
  const { progress, ready, update } = useProgress();
  const idPrefix = `quiz${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const [selection, setSelection] = useState<Record<string, readonly string[]>>({});
  const [hints, setHints] = useState<ReadonlySet<string>>(new Set());
  const [focusTarget, setFocusTarget] = useState<FocusTarget>(null);
  const questionRefs = useRef(new Map<string, HTMLFieldSetElement>());
  const feedbackRefs = useRef(new Map<string, HTMLDivElement>());

  const moduleId = quiz.moduleId;
  const record = ready ? moduleProgress(progress, moduleId).quiz : undefined;
  const answers = validAnswers(quiz, record?.answers);
  const summary = summarize(quiz, answers);

  // Keep the shuffle seed, so a reload shows the options in the same order.
  useEffect(() => {
    progressStore.ensureSaved();
  }, []);

  useEffect(() => {
    if (!focusTarget) return;
    const { kind, questionId } = focusTarget;
    if (kind === 'feedback') {
      feedbackRefs.current.get(questionId)?.focus();
    } else {
      const fieldset = questionRefs.current.get(questionId);
      const first = fieldset?.querySelector<HTMLInputElement>('input:not([disabled])');
      (first ?? fieldset)?.focus();
    }
    setFocusTarget(null);
  }, [focusTarget]);

  function check(questionId: string): void {
    const chosen = selection[questionId] ?? [];
    if (chosen.length === 0) {
      setHints((h) => new Set(h).add(questionId));
      return;
    }
    update((p) => {
      const previous = moduleProgress(p, moduleId).quiz;
      const current = validAnswers(quiz, previous?.answers);
      return setQuizRecord(p, moduleId, nextRecord(quiz, previous, recordAnswer(current, questionId, chosen)));
    });
    setSelection(({ [questionId]: _done, ...rest }) => rest);
    setHints((h) => {
      const next = new Set(h);
      next.delete(questionId);
      return next;
    });
    setFocusTarget({ kind: 'feedback', questionId });
  }

  function retryMissed(): void {
    const first = summary.missedIds[0];
    update((p) => setQuizRecord(p, moduleId, recordAfterRetryMissed(quiz, moduleProgress(p, moduleId).quiz)));
    setSelection({});
    if (first) setFocusTarget({ kind: 'question', questionId: first });
  }

  function tryAgain(): void {
    update((p) => setQuizRecord(p, moduleId, recordAfterTryAgain(moduleProgress(p, moduleId).quiz)));
    setSelection({});
    setFocusTarget({ kind: 'question', questionId: quiz.questions[0].id });
  }

  function reset(): void {
    update((p) => setQuizRecord(p, moduleId, undefined));
    setSelection({});
    setFocusTarget({ kind: 'question', questionId: quiz.questions[0].id });
  }

  const missedCount = summary.missedIds.length;
  return (
    <div className={styles.quiz} data-quiz={moduleId}>
      <p className={clsx(styles.intro, 'search-ignore')}>{T.intro}</p>
      <ol className={styles.questions}>
        {quiz.questions.map((q, i) => (
          <li key={q.id} className={styles.questionItem}>
            <Question
              ref={(el) => {
                if (el) questionRefs.current.set(q.id, el);
                else questionRefs.current.delete(q.id);
              }}
              feedbackRef={(el) => {
                if (el) feedbackRefs.current.set(q.id, el);
                else feedbackRefs.current.delete(q.id);
              }}
              question={q}
              number={i + 1}
              count={quiz.questions.length}
              options={ready ? orderedOptions(q, progress.seed) : q.options}
              idPrefix={idPrefix}
              checked={Object.hasOwn(answers, q.id) ? answers[q.id] : undefined}
              selection={selection[q.id] ?? []}
              hint={hints.has(q.id)}
              onSelect={(chosen) => setSelection((s) => ({ ...s, [q.id]: chosen }))}
              onCheck={() => check(q.id)}
            />
          </li>
        ))}
      </ol>
      <div className={clsx(styles.end, 'search-ignore')}>
        <div aria-live="polite" className={styles.summaryRegion}>
          <Summary summary={summary} record={record} />
        </div>
        {(summary.answered > 0 || (record?.attempts ?? 0) > 0) && (
          <div className={styles.actions}>
            {summary.complete && missedCount > 0 && (
              <button type="button" className={clsx('button button--primary', styles.button)} onClick={retryMissed}>
                {T.retryMissed(missedCount)}
              </button>
            )}
            {summary.complete && (
              <button type="button" className={clsx('button button--secondary', styles.button)} onClick={tryAgain}>
                {T.startAgain}
              </button>
            )}
            <ConfirmButton label={T.reset} question={T.resetQuestion} confirmLabel={T.resetConfirm} onConfirm={reset} />
          </div>
        )}
      </div>
    </div>
  );
}
