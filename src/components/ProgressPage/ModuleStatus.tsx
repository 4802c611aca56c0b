import React from 'react';
import Link from '@docusaurus/Link';
import type { CourseModule } from '@site/src/course/modules';
import { isModuleComplete, moduleProgress, resetModule, type Progress } from '@site/src/course/progress';
import ConfirmButton from '@site/src/components/ConfirmButton';
import { PROGRESS_TEXT as T } from '@locale/progress';
import styles from './styles.module.css';

interface Props {
  readonly modules: readonly CourseModule[];
  readonly progress: Progress;
  readonly update: (change: (p: Progress) => Progress) => void;
}

/** Each module: reading status, knowledge-check result, and a reset for that module. */
export default function ModuleStatus({ modules, progress, update }: Props): React.ReactElement {
  return (
    <ol className={styles.modules}>
      {modules.map((m) => {
        const mp = moduleProgress(progress, m.id);
        const quiz = mp.quiz;
        const complete = isModuleComplete(progress, m.id);
        const anything = mp.read || quiz !== undefined;
        return (
          <li key={m.id} className={styles.module} data-module={m.id}>
            <p className={styles.moduleTitle}>
              <Link to={m.path}>
                {m.order}. {m.title}
              </Link>
              {complete && (
                <span className={styles.done}>
                  <span aria-hidden="true"> ✓</span> {T.done}
                </span>
              )}
            </p>
            <ul className={styles.facts}>
              <li>
                {T.readingLabel}
                {mp.read ? T.markedRead(mp.readAt) : T.notMarkedRead}
              </li>
              <li>
                {T.checkLabel}
                {!quiz || quiz.attempts === 0
                  ? quiz?.answers && Object.keys(quiz.answers).length > 0
                    ? T.startedNotFinished
                    : T.notTaken
                  : quiz.passed
                    ? T.checkDone
                    : T.checkNotDone(quiz.score, quiz.total)}
              </li>
            </ul>
            {anything && (
              <ConfirmButton
                label={T.resetModule(m.order)}
                question={T.resetModuleQuestion(m.title)}
                confirmLabel={T.resetModuleConfirm}
                onConfirm={() => update((p) => resetModule(p, m.id))}
              />
            )}
          </li>
        );
      })}
    </ol>
  );
}
