import React from 'react';
import Link from '@docusaurus/Link';
import type { CourseModule } from '@site/src/course/modules';
import { isModuleComplete, moduleProgress, resetModule, type Progress } from '@site/src/course/progress';
import ConfirmButton from '@site/src/components/ConfirmButton';
import styles from './styles.module.css';

interface Props {
  readonly modules: readonly CourseModule[];
  readonly progress: Progress;
  readonly update: (change: (p: Progress) => Progress) => void;
}

function formatDate(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? ''
    : ` on ${date.toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' })}`;
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
                  <span aria-hidden="true"> ✓</span> Done
                </span>
              )}
            </p>
            <ul className={styles.facts}>
              <li>Reading: {mp.read ? `marked as read${formatDate(mp.readAt)}` : 'not marked as read'}</li>
              <li>
                Knowledge check:{' '}
                {!quiz || quiz.attempts === 0
                  ? quiz?.answers && Object.keys(quiz.answers).length > 0
                    ? 'started, not finished'
                    : 'not taken'
                  : quiz.passed
                    ? 'done'
                    : `not done yet (last try: ${quiz.score} of ${quiz.total} right)`}
              </li>
            </ul>
            {anything && (
              <ConfirmButton
                label={`Reset module ${m.order}`}
                question={`Forget that you read “${m.title}” and your knowledge check answers and result?`}
                confirmLabel="Yes, reset this module"
                onConfirm={() => update((p) => resetModule(p, m.id))}
              />
            )}
          </li>
        );
      })}
    </ol>
  );
}
