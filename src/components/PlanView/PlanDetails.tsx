import React from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import type { CourseModule } from '@site/src/course/modules';
import { moduleTimeText } from '@site/src/course/moduleTime';
import { daysUntil, planSteps, type Plan } from '@site/src/course/plan';
import { isModuleComplete, moduleProgress, type Progress } from '@site/src/course/progress';
import { formatLongDate } from '@site/src/course/reviewDates';
import styles from './styles.module.css';

interface Props {
  readonly plan: Plan;
  readonly modules: readonly CourseModule[];
  readonly progress: Progress;
  /** YYYY-MM-DD in the reader's time zone. */
  readonly today: string;
  readonly headingId?: string;
  readonly heading: string;
}

function stepStatus(progress: Progress, id: string): string {
  const m = moduleProgress(progress, id);
  const passed = m.quiz?.passed === true;
  if (isModuleComplete(progress, id)) return 'Done: read, and knowledge check finished';
  if (m.read) return 'Read. Knowledge check not done yet';
  if (passed) return 'Knowledge check done. Not marked as read yet';
  return 'Not started';
}

function targetText(targetDate: string, today: string): string | null {
  const date = formatLongDate(targetDate);
  const days = daysUntil(targetDate, today);
  if (!date || days === null) return null;
  if (days > 1) return `Aim to finish by ${date} (in ${days} days).`;
  if (days === 1) return `Aim to finish by ${date} (tomorrow).`;
  if (days === 0) return `Aim to finish by ${date} (today).`;
  return `The target date was ${date}. That is fine: you can keep going at your own pace.`;
}

/**
 * A plan as the reader sees it: who it is from and their message (always plain React text),
 * the next step, the target date, and each module with the reader's own progress.
 */
export default function PlanDetails({ plan, modules, progress, today, heading, headingId }: Props): React.ReactElement {
  const byId = new Map(modules.map((m) => [m.id, m]));
  const planModules = plan.modules.filter((id) => byId.has(id));
  const { next, doneCount } = planSteps({ ...plan, modules: planModules }, (id) => isModuleComplete(progress, id));
  const nextModule = next ? byId.get(next) : undefined;
  const target = targetText(plan.targetDate, today);

  return (
    <section aria-labelledby={headingId} className={styles.plan} data-testid="plan-details">
      {/* A plain h2: an app page's section needs no "direct link" anchor. */}
      <h2 id={headingId} tabIndex={-1}>
        {heading}
      </h2>
      {plan.clinicName && (
        <p className={styles.from}>
          From <span data-testid="plan-clinic">{plan.clinicName}</span>
        </p>
      )}
      {plan.message && (
        <figure className={styles.message}>
          <figcaption className={styles.messageLabel}>Message with this plan</figcaption>
          <p data-testid="plan-message">{plan.message}</p>
        </figure>
      )}
      {(plan.clinicName || plan.message) && (
        <p className={styles.small}>
          The name and message come from the link you were given. This site shows them as they were written and cannot
          check who wrote them.
        </p>
      )}
      {target && <p data-testid="plan-target">{target}</p>}

      <div className={styles.next} data-testid="plan-next">
        {nextModule ? (
          <>
            <p className={styles.nextLabel}>Your next step</p>
            <p>
              <Link to={nextModule.path} className={clsx('button button--primary', styles.button)}>
                Read “{nextModule.title}”
              </Link>{' '}
              <span className={styles.minutes}>about {moduleTimeText(nextModule)}</span>
            </p>
          </>
        ) : (
          <>
            <p className={styles.nextLabel}>Your last step</p>
            <p>
              You have finished every module in this plan. Well done.{' '}
              <Link to="/summary" className={clsx('button button--primary', styles.button)}>
                Send your summary to {plan.clinicName ? 'your clinic' : 'your care team'}
              </Link>
            </p>
          </>
        )}
      </div>

      <p>
        {doneCount} of {planModules.length} {planModules.length === 1 ? 'module' : 'modules'} done. A module is done
        when you have marked it as read and finished its knowledge check.
      </p>
      <ol className={styles.steps}>
        {planModules.map((id) => {
          const m = byId.get(id)!;
          const done = isModuleComplete(progress, id);
          return (
            <li key={id} className={clsx(styles.step, done && styles.done)} data-module={id} data-done={done}>
              <span className={styles.mark} aria-hidden="true">
                {done ? '✓' : '○'}
              </span>
              <span>
                <Link to={m.path} className={styles.stepLink}>
                  {m.title}
                </Link>{' '}
                <span className={styles.minutes}>about {moduleTimeText(m)}</span>
                <br />
                <span className={styles.status}>{stepStatus(progress, id)}</span>
              </span>
            </li>
          );
        })}
        <li className={styles.step} data-step="summary">
          <span className={styles.mark} aria-hidden="true">
            ✉
          </span>
          <span>
            <Link to="/summary" className={styles.stepLink}>
              Send your summary to {plan.clinicName ? 'your clinic' : 'your care team'}
            </Link>
            <br />
            <span className={styles.status}>
              Last step: print it, or make a link you send yourself. Nothing is sent unless you do.
            </span>
          </span>
        </li>
      </ol>
    </section>
  );
}
